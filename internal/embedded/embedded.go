// Package embedded runs FerretDB (SQLite backend) inside the process, so the service
// works without a MongoDB installation. It speaks the MongoDB wire protocol on a
// loopback port; its files live in one directory.
package embedded

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// uriFile is where the owning process publishes its loopback address, so that
// commands run beside a running server (seed, keys) use the same database.
const uriFile = "ferretdb.uri"

// DB is an embedded FerretDB, either started by this process or, when another
// process already runs one on the same directory, attached to that.
type DB struct {
	dir      string
	uri      string
	attached bool
	cancel   context.CancelFunc
	done     chan struct{}
	lock     *os.File
	// conns read the SQLite files directly (see ChangedIDs), by database name.
	connMu sync.Mutex
	conns  map[string]*sql.DB
}

// Start runs FerretDB with its files under dir (created if missing) on a random
// loopback port. When another process holds dir, Start attaches to that process's
// instance instead (Attached reports it). logger receives FerretDB's own log.
func Start(dir string, logger *slog.Logger) (*DB, error) { return StartAt(dir, "127.0.0.1:0", logger) }

// StartAt is Start listening on addr (host:port), e.g. to run FerretDB as a stand-in
// for an external MongoDB that a test stops and starts again on the same address.
func StartAt(dir, addr string, logger *slog.Logger) (*DB, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("embedded: data directory %q: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o750); err != nil {
		return nil, fmt.Errorf("embedded: create data directory: %w", err)
	}
	lock, held, err := lockDir(abs)
	if err != nil {
		return nil, err
	}
	if held {
		return attach(abs)
	}
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + filepath.ToSlash(abs) + "/",
		Logger:    logger,
	})
	if err != nil {
		_ = unlockDir(lock)
		return nil, fmt.Errorf("embedded: start FerretDB: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	db := &DB{dir: abs, attached: false, cancel: cancel, done: make(chan struct{}), lock: lock}
	go func() {
		defer close(db.done)
		_ = f.Run(ctx)
	}()
	// MongoDBURI waits until Run has opened the listener.
	db.uri = f.MongoDBURI()
	if err := os.WriteFile(filepath.Join(abs, uriFile), []byte(db.uri+"\n"), 0o600); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("embedded: publish address: %w", err)
	}
	return db, nil
}

// attach uses the instance another process runs on dir.
func attach(dir string) (*DB, error) {
	b, err := os.ReadFile(filepath.Join(dir, uriFile))
	if err != nil {
		return nil, fmt.Errorf("embedded: %s is in use by another process, but its address is unknown: %w", dir, err)
	}
	uri := strings.TrimSpace(string(b))
	if !strings.HasPrefix(uri, "mongodb://127.0.0.1:") {
		return nil, fmt.Errorf("embedded: %s is in use by another process with an unexpected address", dir)
	}
	return &DB{dir: dir, uri: uri, attached: true}, nil
}

// URI is the MongoDB connection string of the instance.
func (db *DB) URI() string { return db.uri }

// Dir is the directory holding the database files.
func (db *DB) Dir() string { return db.dir }

// Attached reports whether the instance belongs to another process.
func (db *DB) Attached() bool { return db.attached }

// Close stops an instance this process started: the listener closes, open connections
// end and SQLite is closed. For an attached instance it does nothing.
func (db *DB) Close() error {
	db.connMu.Lock()
	for _, c := range db.conns {
		_ = c.Close()
	}
	db.conns = nil
	db.connMu.Unlock()
	if db.attached || db.cancel == nil {
		return nil
	}
	db.cancel()
	select {
	case <-db.done:
	case <-time.After(30 * time.Second):
		return errors.New("embedded: FerretDB did not stop within 30 s")
	}
	_ = os.Remove(filepath.Join(db.dir, uriFile))
	return unlockDir(db.lock)
}
