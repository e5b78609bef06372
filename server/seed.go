package main

import (
	"context"
	"flag"
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
	ctx = drehscheibe.WithPrincipal(ctx, drehscheibe.System("Demodaten"))
	entities := demo.Entities()
	if err := svc.RestoreAll(ctx, entities); err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	log.Info().Int("entities", len(entities)).Dur("took", time.Since(started)).Msg("demo data loaded into the empty database")
	return nil
}

// seedCommand is `server seed`: load the demo data into the configured database if it
// is empty; with -generate N also N generated Module (for load tests), once. With the
// embedded database it works beside a running server.
func seedCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var generate int
	c, err := loadConfig("server seed", args, getenv, stdout, func(fs *flag.FlagSet) {
		fs.IntVar(&generate, "generate", 0, "also load this many generated Module (and a partner per four) for load tests")
	})
	if err != nil {
		return err
	}
	if generate < 0 || generate > 200000 {
		return fmt.Errorf("-generate muss zwischen 0 und 200000 liegen")
	}
	cmd, err := openCommand(ctx, c, stdout, false)
	if err != nil {
		return err
	}
	defer cmd.close(ctx)
	if err := seedIfEmpty(ctx, cmd.db.store, cmd.svc, cmd.log); err != nil {
		return err
	}
	if generate == 0 {
		return nil
	}
	// references are checked against the catalogue first, so load it
	if err := loadCatalogue(ctx, cmd.db, cmd.cat, cmd.log); err != nil {
		return err
	}
	return seedGenerated(ctx, cmd.cat, cmd.svc, generate, cmd.log)
}

// seedGenerated loads n generated Module unless a run with the same n did already.
func seedGenerated(ctx context.Context, cat *catalog.Catalog, svc *drehscheibe.Service, n int, log zerolog.Logger) error {
	ctx = drehscheibe.WithPrincipal(ctx, drehscheibe.System("Generierte Testdaten"))
	entities := demo.Generate(n, 1)
	if _, done := cat.Lookup(drehscheibe.MetaOf(entities[len(entities)-1]).ID); done {
		log.Info().Int("module", n).Msg("generated data already loaded")
		return nil
	}
	started := time.Now()
	todo := entities[:0:0]
	for _, e := range entities {
		if _, exists := cat.Lookup(drehscheibe.MetaOf(e).ID); !exists { // not loaded by an interrupted earlier run
			todo = append(todo, e)
		}
	}
	const chunk = 10000
	for i := 0; i < len(todo); i += chunk {
		if err := svc.RestoreAll(ctx, todo[i:min(i+chunk, len(todo))]); err != nil {
			return fmt.Errorf("generated data: %w", err)
		}
		log.Info().Int("done", min(i+chunk, len(todo))).Int("of", len(todo)).Msg("loading generated data")
	}
	log.Info().Int("entities", len(entities)).Dur("took", time.Since(started)).Msg("generated data loaded")
	return nil
}
