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
	cat := catalog.New(db.store, catalogOptions(c, db))
	return &command{log: log, db: db, cat: cat, svc: newService(db.store, cat, c)}, nil
}

// as returns ctx acting as the program itself under name (for the audit trail).
func (*command) as(ctx context.Context, name string) context.Context {
	return drehscheibe.WithPrincipal(ctx, drehscheibe.System(name))
}

// close saves the catalogue's checkpoint, when the command loaded the catalogue and
// runs the embedded database itself (so that the server starting next reads little),
// and closes the database.
func (cmd *command) close(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	if _, err := saveCheckpoint(ctx, cmd.db, cmd.cat); err != nil {
		cmd.log.Warn().Err(err).Msg("catalogue checkpoint not saved; the next start reads the catalogue from the database")
	}
	cmd.db.close(ctx)
}
