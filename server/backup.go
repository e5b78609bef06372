package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// backupCommand is `server backup --out FILE`: every collection of the configured
// database into an archive (docs/backup.md), while the service runs — with the
// embedded database through the running server's instance. The archive is written to
// a temporary file beside FILE and renamed when complete, so FILE is always a whole
// archive (an older one, or the new one).
func backupCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var out string
	c, err := loadConfig("server backup", args, getenv, stdout, func(fs *flag.FlagSet) {
		fs.StringVar(&out, "out", "", "file to write the backup to (replaced when the backup is complete)")
	})
	if err != nil {
		return err
	}
	if out == "" {
		return errors.New("Aufruf: server backup --out DATEI")
	}
	log := newLogger(c, stdout)
	db, err := openDatabase(ctx, c, log.Level(max(c.LogLevel, zerolog.WarnLevel)), nil, true)
	if err != nil {
		return err
	}
	defer db.close(context.WithoutCancel(ctx))
	var sum mongodb.ArchiveSummary
	err = writeFileAtomically(out, func(w io.Writer) (err error) {
		sum, err = db.store.Backup(ctx, w)
		return err
	})
	if err != nil {
		return fmt.Errorf("Sicherung abgebrochen, %s nicht geschrieben: %w", out, err)
	}
	info, _ := os.Stat(out)
	fmt.Fprintf(stdout, "Sicherung geschrieben: %s (%d Bytes)\n", out, info.Size())
	printSummary(stdout, sum)
	return nil
}

// restoreCommand is `server restore --in FILE`: the archive into the configured
// database, which must be empty. The whole archive is checked before anything is
// written (format, schema version, counts, checksum); afterwards the counts of the
// database are compared with the archive's, and the migration brings an archive of an
// older schema version up to date.
func restoreCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var in string
	c, err := loadConfig("server restore", args, getenv, stdout, func(fs *flag.FlagSet) {
		fs.StringVar(&in, "in", "", "backup file to restore (from server backup)")
	})
	if err != nil {
		return err
	}
	if in == "" {
		return errors.New("Aufruf: server restore --in DATEI")
	}
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("Wiederherstellen: %w", err)
	}
	defer f.Close()
	if _, err := mongodb.VerifyArchive(f); err != nil {
		return fmt.Errorf("%s: %w (nichts geschrieben)", in, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	log := newLogger(c, stdout)
	db, err := openMigrated(ctx, c, log.Level(max(c.LogLevel, zerolog.WarnLevel)))
	if err != nil {
		return err
	}
	defer db.close(context.WithoutCancel(ctx))
	if err := db.store.CheckEmpty(ctx); err != nil {
		return err
	}
	sum, err := db.store.Restore(ctx, f)
	if err != nil {
		return fmt.Errorf("Wiederherstellen abgebrochen: %w. Die Datenbank ist jetzt teilweise gefüllt: "+
			"bitte leeren (beim eingebetteten Speicher den DATA_DIR löschen, bei MongoDB die Datenbank entfernen) und erneut versuchen", err)
	}
	if err := db.migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Wiederhergestellt aus %s:\n", in)
	printSummary(stdout, sum)
	return nil
}

// printSummary lists what an archive holds.
func printSummary(w io.Writer, sum mongodb.ArchiveSummary) {
	fmt.Fprintf(w, "Format %s %d, Schema-Version %d, Datenbank %q auf %s, erstellt %s\n", sum.Format, sum.FormatVersion,
		sum.SchemaVersion, sum.Database, sum.Server, sum.CreatedAt.Format("2006-01-02 15:04:05 MST"))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	for _, c := range sum.Counts {
		fmt.Fprintf(tw, "  %s\t%d\t\n", c.Name, c.Count)
	}
	fmt.Fprintf(tw, "  zusammen\t%d\t\n", sum.Documents())
	_ = tw.Flush()
}
