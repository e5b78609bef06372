package catalog_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// clock is a manual clock for the catalogue's window logic.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// env is a store on an embedded database, and two catalogues over it: one for "this"
// instance (with a service writing through it), one for "another" instance.
type env struct {
	store *mongodb.Store
	svc   *drehscheibe.Service
	mine  *catalog.Catalog
	other *catalog.Catalog
	clock *clock
}

func newEnv(t *testing.T) *env {
	t.Helper()
	store := embeddedtest.Store(t)
	ctx := sys
	c := &clock{now: time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)}
	opts := catalog.Options{Now: c.Now, Window: 30 * time.Second, FullReloadInterval: time.Hour}
	e := &env{store: store, mine: catalog.New(store, opts), other: catalog.New(store, opts), clock: c}
	e.svc = drehscheibe.NewService(store, e.mine, c.Now)
	for _, cat := range []*catalog.Catalog{e.mine, e.other} {
		if err := cat.Load(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

func (e *env) seed(t *testing.T, s fixture.Set) {
	t.Helper()
	for _, ent := range s.Entities() {
		if err := e.svc.Restore(sys, ent); err != nil {
			t.Fatalf("restore %T: %v", ent, err)
		}
	}
}

func TestOwnWritesAreVisibleAtOnce(t *testing.T) {
	e := newEnv(t)
	s := fixture.New("")
	e.seed(t, s)
	snap := e.mine.Current()
	if _, ok := snap.Modul(s.Modul.ID); !ok {
		t.Fatal("a written Modul is not in the catalogue right after the write")
	}
	if snap.Version != int64(len(s.Entities())) {
		t.Errorf("Version = %d after %d own writes, want %d", snap.Version, len(s.Entities()), len(s.Entities()))
	}
	m, err := e.svc.UpdateModul(sys, s.Modul.ID, 1, drehscheibe.ModulPatch{Title: drehscheibe.Set("Neuer Titel")})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.mine.Current().Modul(m.ID); got.Title != "Neuer Titel" || got.Version != 2 {
		t.Errorf("after update the catalogue has %q v%d", got.Title, got.Version)
	}
}

func TestOtherInstancesWritesArriveByRefresh(t *testing.T) {
	e := newEnv(t)
	ctx := sys
	s := fixture.New("")
	e.seed(t, s)
	if _, ok := e.other.Current().Modul(s.Modul.ID); ok {
		t.Fatal("the other instance saw the write before refreshing")
	}
	e.clock.Add(2 * time.Second)
	if err := e.other.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	snap := e.other.Current()
	if _, ok := snap.Modul(s.Modul.ID); !ok || snap.Version != e.mine.Current().Version {
		t.Errorf("after refresh: Modul present %v, version %d (writer at %d)", ok, snap.Version, e.mine.Current().Version)
	}
}

// A write that took its sequence number before another instance refreshed, but landed
// only after, must still arrive: changes are re-read for one window.
func TestSlowWriteWithinTheWindowIsNotLost(t *testing.T) {
	e := newEnv(t)
	ctx := sys
	s := fixture.New("")
	e.seed(t, s)
	// let the other instance settle well past one window, so its history starts late
	for _, d := range []time.Duration{time.Second, 60 * time.Second, time.Second, 40 * time.Second} {
		e.clock.Add(d)
		if err := e.other.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// a slow writer takes a number ...
	seq, err := e.store.NextSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// ... the other instance refreshes meanwhile and sees the counter moved ...
	e.clock.Add(2 * time.Second)
	if err := e.other.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	// ... then the write lands, with the old number
	late := fixture.New("late").Partner
	drehscheibe.MetaOf(late).Seq, drehscheibe.MetaOf(late).Version = seq, 1
	if err := e.store.Insert(ctx, late); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(2 * time.Second)
	if err := e.other.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.other.Current().Partner(late.ID); !ok {
		t.Error("a write that landed after the counter was read is lost")
	}
}

func TestRefreshNeverGoesBack(t *testing.T) {
	e := newEnv(t)
	ctx := sys
	s := fixture.New("")
	e.seed(t, s)
	if _, err := e.svc.UpdateModul(ctx, s.Modul.ID, 1, drehscheibe.ModulPatch{Title: drehscheibe.Set("Version 2")}); err != nil {
		t.Fatal(err)
	}
	// applying an old copy (a delayed delta) must not replace the newer one
	for range 3 {
		e.clock.Add(40 * time.Second)
		if err := e.mine.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.mine.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.mine.Current().Modul(s.Modul.ID); got.Title != "Version 2" {
		t.Errorf("title went back to %q", got.Title)
	}
}

func TestSnapshotsAreImmutable(t *testing.T) {
	e := newEnv(t)
	s := fixture.New("")
	e.seed(t, s)
	before := e.mine.Current()
	if _, err := e.svc.UpdateModul(sys, s.Modul.ID, 1, drehscheibe.ModulPatch{Title: drehscheibe.Set("geändert")}); err != nil {
		t.Fatal(err)
	}
	if got, _ := before.Modul(s.Modul.ID); got.Title == "geändert" {
		t.Error("an older snapshot changed under its reader")
	}
	if before.Version == e.mine.Current().Version {
		t.Error("the version did not move")
	}
}

// sys is the context of the tests' calls: the program itself, which may do everything.
var sys = drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
