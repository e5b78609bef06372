package embedded

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// FerretDB 1.24's SQLite backend looks documents up by _id with the expression
// _ferretdb_sjson->'$._id' (find, update, delete by _id, findAndModify), but builds the
// unique _id index on _ferretdb_sjson->"_id". SQLite uses an expression index only for
// the very same expression, so every lookup by _id scans and parses the whole table
// (measured: 499 ms at 100 000 Module instead of 0.1 ms). idIndexSuffix names the index
// this package adds on the expression the queries use.
//
// The catalogue version of a document (its field seq) gets an index too: FerretDB
// serves no filter but one on _id alone from an index, so finding what changed since
// a version would parse every document; ChangedIDs asks SQLite instead.
const (
	idIndexSuffix  = "_drehscheibe_id"
	idExpression   = `_ferretdb_sjson->'$._id'`
	seqIndexSuffix = "_drehscheibe_seq"
	seqExpression  = `_ferretdb_sjson->>'$.seq'`
	// metadataTable is where FerretDB lists its collections and their tables.
	metadataTable = "_ferretdb_collections"
)

// IndexIDs gives every collection of database name an index on the expression
// FerretDB's lookups by _id use, so that they read one row instead of the table, and
// one on the catalogue version (see ChangedIDs). Run it after the collections exist
// (after the store's migration); it is idempotent and costs nothing once the indexes
// exist. FerretDB does not know these indexes (they
// are not in its metadata); dropping a collection drops them with its table. For an
// attached instance it does nothing: its owner indexed it.
func (db *DB) IndexIDs(ctx context.Context, name string) error {
	if db.attached {
		return nil
	}
	file := filepath.Join(db.dir, name+".sqlite")
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return nil // nothing stored yet
	}
	conn, err := sql.Open("sqlite", "file:"+filepath.ToSlash(file)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("embedded: open %s: %w", file, err)
	}
	defer conn.Close()
	tables, err := collectionTables(ctx, conn)
	if err != nil {
		return err
	}
	for _, t := range tables {
		for _, ix := range [][2]string{{idIndexSuffix, idExpression}, {seqIndexSuffix, seqExpression}} {
			q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (%s)`, quoteIdent(t.table+ix[0]), quoteIdent(t.table), ix[1])
			if _, err := conn.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("embedded: index table %s: %w", t.table, err)
			}
		}
	}
	return nil
}

// ChangedIDs returns the IDs of the documents of collection coll in database name
// whose field seq is above since, read from SQLite through the index IndexIDs made:
// what FerretDB would find by parsing every document. It opens the database file on
// its own (read only), so it works for an attached instance too.
func (db *DB) ChangedIDs(ctx context.Context, name, coll string, since int64) ([]string, error) {
	conn, err := db.sqlite(name)
	if err != nil || conn == nil {
		return nil, err
	}
	tables, err := collectionTables(ctx, conn)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(tables, func(t collectionTable) bool { return t.name == coll })
	if i < 0 {
		return nil, nil // not created yet: nothing stored
	}
	q := fmt.Sprintf(`SELECT %s FROM %s WHERE %s > ?`, `_ferretdb_sjson->>'$._id'`, quoteIdent(tables[i].table), seqExpression)
	rows, err := conn.QueryContext(ctx, q, since)
	if err != nil {
		return nil, fmt.Errorf("embedded: changes of %s: %w", coll, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("embedded: changes of %s: %w", coll, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// sqlite returns a read-only connection pool on the database file of name (nil when
// there is none yet), opened once.
func (db *DB) sqlite(name string) (*sql.DB, error) {
	db.connMu.Lock()
	defer db.connMu.Unlock()
	if c, ok := db.conns[name]; ok {
		return c, nil
	}
	file := filepath.Join(db.dir, name+".sqlite")
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	c, err := sql.Open("sqlite", "file:"+filepath.ToSlash(file)+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, fmt.Errorf("embedded: open %s: %w", file, err)
	}
	c.SetMaxOpenConns(2)
	if db.conns == nil {
		db.conns = map[string]*sql.DB{}
	}
	db.conns[name] = c
	return c, nil
}

// collectionTable is a collection of FerretDB and the SQLite table holding it.
type collectionTable struct{ name, table string }

// collectionTables lists FerretDB's collections and their tables.
func collectionTables(ctx context.Context, conn *sql.DB) ([]collectionTable, error) {
	rows, err := conn.QueryContext(ctx, `SELECT name, table_name FROM `+quoteIdent(metadataTable))
	if err != nil {
		return nil, fmt.Errorf("embedded: list collections: %w", err)
	}
	defer rows.Close()
	var tables []collectionTable
	for rows.Next() {
		var t collectionTable
		if err := rows.Scan(&t.name, &t.table); err != nil {
			return nil, fmt.Errorf("embedded: list collections: %w", err)
		}
		tables = append(tables, t)
	}
	return tables, rows.Err()
}

// quoteIdent quotes an SQLite identifier.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
