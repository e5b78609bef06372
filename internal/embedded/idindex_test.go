package embedded

import (
	"context"
	"database/sql"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// sqlLog keeps the SQL statements FerretDB logs at debug level (">>> statement").
type sqlLog struct {
	mu    sync.Mutex
	stmts []string
}

func (l *sqlLog) Enabled(context.Context, slog.Level) bool { return true }
func (l *sqlLog) Handle(_ context.Context, r slog.Record) error {
	if q, ok := strings.CutPrefix(r.Message, ">>> "); ok {
		l.mu.Lock()
		l.stmts = append(l.stmts, q)
		l.mu.Unlock()
	}
	return nil
}
func (l *sqlLog) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *sqlLog) WithGroup(string) slog.Handler      { return l }

// take returns the statements logged since the last call that touch the _id.
func (l *sqlLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, q := range l.stmts {
		if strings.Contains(q, "WHERE") && strings.Contains(q, "_id") {
			out = append(out, q)
		}
	}
	l.stmts = nil
	return out
}

// TestIndexIDsServesFerretDBsLookups runs the statements FerretDB itself sends for a
// find, a replace and a findAndModify by _id through SQLite's planner: with IndexIDs
// each searches the index instead of scanning the table.
func TestIndexIDsServesFerretDBsLookups(t *testing.T) {
	dir := t.TempDir()
	log := &sqlLog{}
	db, err := Start(dir, slog.New(log))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	ctx := context.Background()
	client, err := mongo.Connect(options.Client().ApplyURI(db.URI()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Disconnect(ctx) })
	coll := client.Database("test").Collection("things")
	docs := make([]any, 200)
	for i := range docs {
		docs[i] = bson.D{{Key: "_id", Value: "thing_" + string(rune('a'+i%26)) + string(rune('a'+i/26))}, {Key: "n", Value: i}}
	}
	if _, err := coll.InsertMany(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := db.IndexIDs(ctx, "test"); err != nil {
		t.Fatal(err)
	}
	if err := db.IndexIDs(ctx, "test"); err != nil {
		t.Fatalf("a second run must be harmless: %v", err)
	}
	log.take()

	id := bson.D{{Key: "_id", Value: "thing_cb"}}
	if err := coll.FindOne(ctx, id).Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := coll.ReplaceOne(ctx, id, bson.D{{Key: "n", Value: -1}}); err != nil {
		t.Fatal(err)
	}
	if err := coll.FindOneAndUpdate(ctx, id, bson.D{{Key: "$inc", Value: bson.D{{Key: "n", Value: 1}}}}).Err(); err != nil {
		t.Fatal(err)
	}
	stmts := log.take()
	if len(stmts) < 3 {
		t.Fatalf("FerretDB logged %d statements by _id, want at least 3: %q", len(stmts), stmts)
	}

	conn, err := sql.Open("sqlite", "file:"+filepath.ToSlash(filepath.Join(dir, "test.sqlite")))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range stmts {
		plan := queryPlan(t, conn, q)
		if !strings.Contains(plan, idIndexSuffix) {
			t.Errorf("FerretDB's statement\n  %s\ndoes not use the _id index; plan: %s", q, plan)
		}
	}
}

// queryPlan returns SQLite's plan for q (parameters unbound) as one line.
func queryPlan(t *testing.T, conn *sql.DB, q string) string {
	t.Helper()
	args := make([]any, strings.Count(q, "?"))
	rows, err := conn.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "; ")
	}
	return b.String()
}
