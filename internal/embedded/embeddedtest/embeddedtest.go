// Package embeddedtest starts an embedded FerretDB for tests: a real database in a
// temporary directory, stopped when the test ends, and a store on it.
package embeddedtest

import (
	"context"
	"log/slog"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/embedded"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// Start runs an embedded FerretDB in a fresh temporary directory and returns it. It is
// stopped at the end of the test.
func Start(tb testing.TB) *embedded.DB {
	tb.Helper()
	return StartIn(tb, tb.TempDir())
}

// StartIn runs an embedded FerretDB with its files in dir (to restart on the same
// data). It is stopped at the end of the test unless stopped before.
func StartIn(tb testing.TB, dir string) *embedded.DB {
	tb.Helper()
	db, err := embedded.Start(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatalf("start embedded FerretDB: %v", err)
	}
	tb.Cleanup(func() { _ = db.Close() })
	return db
}

// Store returns a migrated store on a fresh embedded database, closed when the test
// ends.
func Store(tb testing.TB) *mongodb.Store {
	tb.Helper()
	return StoreOn(tb, Start(tb))
}

// StoreOn returns a migrated store on db (database "test"), closed when the test
// ends.
func StoreOn(tb testing.TB, db *embedded.DB) *mongodb.Store {
	tb.Helper()
	s, err := mongodb.Open(db.URI(), "test", mongodb.Options{ChangedIDs: func(ctx context.Context, coll string, since int64) ([]string, error) {
		return db.ChangedIDs(ctx, "test", coll, since)
	}})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.Migrate(context.Background()); err != nil {
		tb.Fatal(err)
	}
	if err := db.IndexIDs(context.Background(), "test"); err != nil {
		tb.Fatal(err)
	}
	return s
}
