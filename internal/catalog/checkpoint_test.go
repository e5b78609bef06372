package catalog

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
)

var system = drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))

// A catalogue started from a checkpoint equals one read from the database, also for
// what was written after the checkpoint; a checkpoint that does not fit is refused.
func TestCheckpoint(t *testing.T) {
	store := embeddedtest.Store(t)
	writer := New(store, Options{})
	svc := drehscheibe.NewService(store, writer, time.Now)
	if err := writer.Load(system); err != nil {
		t.Fatal(err)
	}
	if err := svc.RestoreAll(system, append(demo.Entities(), demo.Generate(200, 5)...)); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if _, err := writer.SaveCheckpoint(&file, "db-1"); err != nil {
		t.Fatal(err)
	}
	saved := file.Bytes()
	// written after the checkpoint
	m := writer.Current().module.orders[orderName].Iterator()
	_, r, _ := m.Next()
	if _, err := svc.UpdateModul(system, r.e.ID, r.e.Version, drehscheibe.ModulPatch{Title: drehscheibe.Set("Nach dem Checkpoint")}); err != nil {
		t.Fatal(err)
	}

	fromFile := New(store, Options{})
	if err := fromFile.LoadCheckpoint(system, bytes.NewReader(saved), "db-1"); err != nil {
		t.Fatal(err)
	}
	fromDB := New(store, Options{})
	if err := fromDB.Load(system); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(describe(fromDB.Current()), describe(fromFile.Current())); diff != "" {
		t.Errorf("catalogue from the checkpoint differs from the database's (-database +checkpoint):\n%s", diff)
	}
	if got, want := fromFile.Current().Version, fromDB.Current().Version; got != want {
		t.Errorf("version %d from the checkpoint, %d from the database", got, want)
	}

	refused := map[string]struct {
		reason   string
		file     []byte
		database string
	}{
		"other database": {"a checkpoint of another database", saved, "db-2"},
		"garbage":        {"a file that is no checkpoint", []byte("kein Checkpoint"), "db-1"},
	}
	ahead := New(store, Options{})
	if err := ahead.Load(system); err != nil {
		t.Fatal(err)
	}
	ahead.Current().Version += 100 // a snapshot of a database that went further
	var aheadFile bytes.Buffer
	if _, err := ahead.SaveCheckpoint(&aheadFile, "db-1"); err != nil {
		t.Fatal(err)
	}
	refused["ahead"] = struct {
		reason   string
		file     []byte
		database string
	}{"a checkpoint with a version the database has not reached (a restored backup)", aheadFile.Bytes(), "db-1"}
	for name, tc := range refused {
		c := New(store, Options{})
		err := c.LoadCheckpoint(system, bytes.NewReader(tc.file), tc.database)
		if drehscheibe.ErrorCode(err) != drehscheibe.EINVALID || c.Current().Loaded {
			t.Errorf("%s: %s was used (%v)", name, tc.reason, err)
		}
	}
}
