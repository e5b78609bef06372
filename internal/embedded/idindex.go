package embedded

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// FerretDB 1.24's SQLite backend looks documents up by _id with the expression
// _ferretdb_sjson->'$._id' (find, update, delete by _id, findAndModify), but builds the
// unique _id index on _ferretdb_sjson->"_id". SQLite uses an expression index only for
// the very same expression, so every lookup by _id scans and parses the whole table
// (measured: 499 ms at 100 000 Module instead of 0.1 ms). idIndexSuffix names the index
// this package adds on the expression the queries use.
const (
	idIndexSuffix = "_drehscheibe_id"
	idExpression  = `_ferretdb_sjson->'$._id'`
	// metadataTable is where FerretDB lists its collections and their tables.
	metadataTable = "_ferretdb_collections"
)

// IndexIDs gives every collection of database name an index on the expression
// FerretDB's lookups by _id use, so that they read one row instead of the table. Run
// it after the collections exist (after the store's migration); it is idempotent and
// costs nothing once the indexes exist. FerretDB does not know these indexes (they
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
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (%s)`, quoteIdent(t+idIndexSuffix), quoteIdent(t), idExpression)
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("embedded: index _id of table %s: %w", t, err)
		}
	}
	return nil
}

// collectionTables lists the tables of FerretDB's collections.
func collectionTables(ctx context.Context, conn *sql.DB) ([]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT table_name FROM `+quoteIdent(metadataTable))
	if err != nil {
		return nil, fmt.Errorf("embedded: list collections: %w", err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("embedded: list collections: %w", err)
		}
		tables = append(tables, t)
	}
	return tables, rows.Err()
}

// quoteIdent quotes an SQLite identifier.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
