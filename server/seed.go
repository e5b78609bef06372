package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// seedIfEmpty loads the demo catalogue when the database holds no entity, so a restart
// never seeds twice. Every entity goes through the service and its validation.
func seedIfEmpty(ctx context.Context, store drehscheibe.Store, svc *drehscheibe.Service, log zerolog.Logger) error {
	empty, err := store.Empty(ctx)
	if err != nil {
		return fmt.Errorf("check for data: %w", err)
	}
	if !empty {
		log.Info().Msg("database holds data; demo data not loaded")
		return nil
	}
	started := time.Now()
	entities := demo.Entities()
	for _, e := range entities {
		if err := svc.Restore(ctx, e); err != nil {
			return fmt.Errorf("seed %s: %w", drehscheibe.MetaOf(e).ID, err)
		}
	}
	log.Info().Int("entities", len(entities)).Dur("took", time.Since(started)).Msg("demo data loaded into the empty database")
	return nil
}

// seedCommand is `server seed`: load the demo data into the configured database if it
// is empty. With the embedded database it works beside a running server.
func seedCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	c, err := loadConfig("server seed", args, getenv, stdout)
	if err != nil {
		return err
	}
	log := newLogger(c, stdout)
	db, err := openDatabase(ctx, c, log, nil)
	if err != nil {
		return err
	}
	defer db.close(context.WithoutCancel(ctx))
	cat := catalog.New(db.store, catalog.Options{})
	return seedIfEmpty(ctx, db.store, drehscheibe.NewService(db.store, cat, time.Now), log)
}
