package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
)

// checkpointFile is where the embedded database's catalogue checkpoint lives, in
// DATA_DIR beside the database (see catalog.Catalog.SaveCheckpoint).
const checkpointFile = "catalogue.checkpoint"

// loadCatalogue makes the catalogue current: from the checkpoint when the embedded
// database has one that fits (then only what was written after it is read), else by
// reading the whole catalogue from the database.
func loadCatalogue(ctx context.Context, db *database, cat *catalog.Catalog, log zerolog.Logger) error {
	if path := db.checkpointPath(); path != "" {
		started := time.Now()
		err := loadCheckpoint(ctx, db, cat, path)
		switch {
		case err == nil:
			snap := cat.Current()
			log.Info().Int64("catalogVersion", snap.Version).Dur("took", time.Since(started)).Str("file", path).
				Msg("catalogue loaded from its checkpoint and brought up to date")
			return nil
		case errors.Is(err, os.ErrNotExist):
		default:
			log.Warn().Err(err).Str("file", path).Msg("catalogue checkpoint not used; reading the catalogue from the database")
		}
	}
	return cat.Load(ctx)
}

func loadCheckpoint(ctx context.Context, db *database, cat *catalog.Catalog, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	id, err := db.store.Identity(ctx)
	if err != nil {
		return err
	}
	return cat.LoadCheckpoint(ctx, f, id)
}

// saveCheckpoint writes the catalogue to the checkpoint file of the embedded database
// this process runs (not one it is attached to: its owner keeps the file), atomically.
// It returns the version saved (0: nothing to save).
func saveCheckpoint(ctx context.Context, db *database, cat *catalog.Catalog) (int64, error) {
	path := db.checkpointPath()
	if path == "" || !cat.Current().Loaded {
		return 0, nil
	}
	id, err := db.store.Identity(ctx)
	if err != nil {
		return 0, err
	}
	var version int64
	err = writeFileAtomically(path, func(w io.Writer) (err error) {
		version, err = cat.SaveCheckpoint(w, id)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("catalogue checkpoint: %w", err)
	}
	return version, nil
}

// checkpointPath is the checkpoint file, or "" when there is none to keep: an external
// database (MongoDB reads the catalogue fast) or an embedded one another process runs.
func (db *database) checkpointPath() string {
	if db.embedded == nil || db.embedded.Attached() {
		return ""
	}
	return filepath.Join(db.embedded.Dir(), checkpointFile)
}

// keepCheckpoint saves a checkpoint every interval while the catalogue moved on, until
// ctx ends.
func (a *app) keepCheckpoint(ctx context.Context, every time.Duration) {
	saved := a.catalog.Current().Version
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if a.catalog.Current().Version == saved {
			continue
		}
		v, err := saveCheckpoint(ctx, a.db, a.catalog)
		if err != nil {
			a.log.Warn().Err(err).Msg("catalogue checkpoint not saved; the next start reads more from the database")
			continue
		}
		saved = v
	}
}
