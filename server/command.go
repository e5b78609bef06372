package main

import (
	"context"
	"io"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// command is what a sub-command (seed, keys, import) works with: the migrated
// database, a catalogue over it and the domain service, acting as the program itself.
type command struct {
	log zerolog.Logger
	db  *database
	cat *catalog.Catalog
	svc *drehscheibe.Service
}

// openCommand opens the configured database for a sub-command. quiet keeps the log to
// warnings, for commands that print what matters themselves.
func openCommand(ctx context.Context, c Config, stdout io.Writer, quiet bool) (*command, error) {
	log := newLogger(c, stdout)
	if quiet {
		log = log.Level(max(c.LogLevel, zerolog.WarnLevel))
	}
	db, err := openMigrated(ctx, c, log)
	if err != nil {
		return nil, err
	}
	cat := catalog.New(db.store, catalog.Options{})
	return &command{log: log, db: db, cat: cat, svc: newService(db.store, cat, c.Area)}, nil
}

// as returns ctx acting as the program itself under name (for the audit trail).
func (*command) as(ctx context.Context, name string) context.Context {
	return drehscheibe.WithPrincipal(ctx, drehscheibe.System(name))
}

func (cmd *command) close(ctx context.Context) { cmd.db.close(context.WithoutCancel(ctx)) }
