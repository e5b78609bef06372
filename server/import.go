package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/importer"
)

// importCommand is `server import dortmund --dir DIR [--dry-run]`: the city's open
// data into the configured database (beside a running server too), with a report.
func importCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	usage := errors.New("Aufruf: server import dortmund --dir VERZEICHNIS [--dry-run]")
	if len(args) == 0 || args[0] != "dortmund" {
		return usage
	}
	var dir string
	var dryRun bool
	c, err := loadConfig("server import dortmund", args[1:], getenv, stdout, func(fs *flag.FlagSet) {
		fs.StringVar(&dir, "dir", "", "the folder with the city's files (do_data2024.geojson, kindergarten.geojson, schools.geojson, youth_centers.geojson, libraries.geojson, dortmund_schulen_2024_25_sozialindex.csv)")
		fs.BoolVar(&dryRun, "dry-run", false, "read and compare, write nothing")
	})
	if err != nil {
		return err
	}
	if dir == "" {
		return usage
	}
	cmd, err := openCommand(ctx, c, stdout, true)
	if err != nil {
		return err
	}
	defer cmd.close(ctx)
	if err := loadCatalogue(ctx, cmd.db, cmd.cat, cmd.log); err != nil {
		return fmt.Errorf("load catalogue: %w", err)
	}
	im := &importer.Importer{Service: cmd.svc, Catalog: cmd.cat, Now: time.Now}
	rep, err := im.Dortmund(cmd.as(ctx, "Import Stadt Dortmund (server import dortmund)"), dir, dryRun)
	if err != nil {
		return err
	}
	if _, err := rep.WriteTo(stdout); err != nil {
		return err
	}
	if t := rep.Total(); t.Skipped > 0 {
		return fmt.Errorf("%d Datensätze nicht geschrieben (siehe oben); alle anderen sind importiert", t.Skipped)
	}
	return nil
}
