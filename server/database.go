package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/event"

	"github.com/stadtdortmund/drehscheibe/internal/embedded"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// database is the store and, without MONGODB_URI, the embedded FerretDB behind it.
type database struct {
	store    *mongodb.Store
	embedded *embedded.DB
	name     string
}

// openDatabase connects to MONGODB_URI or starts the embedded FerretDB in DATA_DIR.
// When another process already runs the embedded one there, a command (attach) uses
// that instance; a server refuses to start, since it would share the other's database
// and fail with it. It does not wait for an external server (the driver connects in
// the background). It logs which database is used and where its data lives.
func openDatabase(ctx context.Context, c Config, log zerolog.Logger, monitor *event.CommandMonitor, attach bool) (*database, error) {
	db := &database{name: c.MongoDatabase}
	uri := c.MongoURI
	if uri == "" {
		e, err := embedded.Start(c.DataDir, newSlog(log))
		if err != nil {
			return nil, err
		}
		if e.Attached() && !attach {
			_ = e.Close()
			return nil, fmt.Errorf("DATA_DIR %s gehört schon einem anderen laufenden Drehscheibe-Prozess (einem Server oder seed/import): "+
				"ein zweiter Server darauf würde dessen Datenbank mitbenutzen und mit ihm ausfallen. Einen eigenen DATA_DIR wählen, "+
				"oder mehrere Instanzen mit MongoDB betreiben (MONGODB_URI)", e.Dir())
		}
		db.embedded, uri = e, e.URI()
		how := "started"
		if e.Attached() {
			how = "attached to the instance of a running server"
		}
		log.Info().Str("database", "embedded FerretDB (SQLite)").Str("dataDir", e.Dir()).Str("uri", uri).
			Msgf("database: embedded FerretDB %s; data in %s", how, e.Dir())
	} else {
		log.Info().Str("database", "MongoDB").Str("uri", redactURI(uri)).Str("name", c.MongoDatabase).
			Msgf("database: MongoDB at %s, database %q", redactURI(uri), c.MongoDatabase)
	}
	opts := mongodb.Options{Monitor: monitor, ServerSelectionTimeout: c.MongoTimeout, OnAuditError: auditErrorLogger(log)}
	if e := db.embedded; e != nil {
		opts.ChangedIDs = func(ctx context.Context, coll string, since int64) ([]string, error) {
			return e.ChangedIDs(ctx, c.MongoDatabase, coll, since)
		}
	}
	store, err := mongodb.Open(uri, c.MongoDatabase, opts)
	if err != nil {
		db.close(ctx)
		return nil, err
	}
	db.store = store
	return db, nil
}

// migrate brings the database's indexes and schema version up to date.
func (db *database) migrate(ctx context.Context) error {
	mctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := db.store.Migrate(mctx); err != nil {
		return fmt.Errorf("database not usable: %w", err)
	}
	if db.embedded != nil {
		// FerretDB's lookups by _id need an index it does not build itself
		if err := db.embedded.IndexIDs(mctx, db.name); err != nil {
			return fmt.Errorf("database not usable: %w", err)
		}
	}
	return nil
}

// openMigrated is openDatabase and migrate, for the commands that need the database
// at once.
func openMigrated(ctx context.Context, c Config, log zerolog.Logger) (*database, error) {
	db, err := openDatabase(ctx, c, log, nil, true)
	if err != nil {
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		db.close(ctx)
		return nil, err
	}
	return db, nil
}

// close disconnects and stops the embedded database, if any.
func (db *database) close(ctx context.Context) {
	if db.store != nil {
		_ = db.store.Close(ctx)
	}
	if db.embedded != nil {
		_ = db.embedded.Close()
	}
}

// auditErrorLogger logs that audit entries could not be moved to the audit trail: the
// first failure, then at most once a minute while it lasts. The entries wait in their
// entities' documents and are moved once the database answers.
func auditErrorLogger(log zerolog.Logger) func(error) {
	var mu sync.Mutex
	var last time.Time
	return func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if time.Since(last) < time.Minute {
			return
		}
		last = time.Now()
		log.Warn().Err(err).Msg("audit entries wait in their documents: moving them to the audit trail failed; retrying")
	}
}
