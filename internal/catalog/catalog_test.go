package catalog_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
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
	seq, err := e.store.ReserveSeq(ctx, 1)
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
	if err := e.store.Insert(ctx, late, nil); err != nil {
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

// countingSource counts the reads of changes a catalogue makes.
type countingSource struct {
	catalog.Source
	changed atomic.Int32
}

func (c *countingSource) Changed(ctx context.Context, since int64) ([]drehscheibe.Entity, error) {
	c.changed.Add(1)
	return c.Source.Changed(ctx, since)
}

// An instance's own writes need no read of the database: a refresh that finds the
// counter where this instance's writes left it keeps the very same snapshot, and so
// does one that finds nothing new after another instance's writes were fetched.
func TestRefreshThatFindsNothingKeepsTheSnapshot(t *testing.T) {
	store := embeddedtest.Store(t)
	c := &clock{now: time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)}
	src := &countingSource{Source: store}
	opts := catalog.Options{Now: c.Now, Window: 30 * time.Second, FullReloadInterval: time.Hour}
	mine := catalog.New(src, opts)
	svc := drehscheibe.NewService(store, mine, c.Now)
	if err := mine.Load(sys); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute) // the full load one Window after the first
	if err := mine.Refresh(sys); err != nil {
		t.Fatal(err)
	}
	s := fixture.New("")
	for _, e := range s.Entities() {
		if err := svc.Restore(sys, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.UpdateModul(sys, s.Modul.ID, 1, drehscheibe.ModulPatch{Title: drehscheibe.Set("neu")}); err != nil {
		t.Fatal(err)
	}
	reads := src.changed.Load()
	before := mine.Current()
	for range 3 {
		c.Add(2 * time.Second)
		if err := mine.Refresh(sys); err != nil {
			t.Fatal(err)
		}
	}
	if mine.Current() != before {
		t.Error("a refresh after only own writes swapped the snapshot")
	}
	if n := src.changed.Load() - reads; n != 0 {
		t.Errorf("refreshes after only own writes read the changes %d times, want 0", n)
	}

	other := catalog.New(src, opts)
	if err := other.Load(sys); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	if err := other.Refresh(sys); err != nil {
		t.Fatal(err)
	}
	b := fixture.New("b2").Bedarf
	b.Meta, b.InstitutionID = drehscheibe.Meta{}, s.Kita.ID
	if _, err := svc.CreateBedarf(sys, b); err != nil {
		t.Fatal(err)
	}
	c.Add(2 * time.Second)
	if err := other.Refresh(sys); err != nil {
		t.Fatal(err)
	}
	if other.Current().Version != mine.Current().Version {
		t.Errorf("the other instance is at %d, the writer at %d", other.Current().Version, mine.Current().Version)
	}
	kept := other.Current()
	reads = src.changed.Load()
	c.Add(2 * time.Second)
	if err := other.Refresh(sys); err != nil {
		t.Fatal(err)
	}
	if other.Current() != kept || src.changed.Load() != reads {
		t.Error("a refresh that found the counter unchanged read the changes or swapped the snapshot")
	}
}

// Concurrent writes of one instance share their reservations and settle the version
// without the database; a write refused by a conflict gives its number up.
func TestConcurrentOwnWritesSettleTheVersion(t *testing.T) {
	e := newEnv(t)
	s := fixture.New("")
	e.seed(t, s)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := fixture.New(fmt.Sprint("c", i)).Bedarf
			b.Meta, b.InstitutionID = drehscheibe.Meta{}, s.Kita.ID
			if _, err := e.svc.CreateBedarf(sys, b); err != nil {
				errs <- err
			}
			// all of them try the same version: one wins, the others conflict
			_, _ = e.svc.UpdateModul(sys, s.Modul.ID, 1, drehscheibe.ModulPatch{Title: drehscheibe.Set(fmt.Sprint("Titel ", i))})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	counter, err := e.store.Seq(sys)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.mine.Current().Version; got != counter {
		t.Errorf("version %d after the writes settled, the counter is at %d", got, counter)
	}
	if m, _ := e.mine.Current().Modul(s.Modul.ID); m.Version != 2 {
		t.Errorf("the Modul is at version %d, want 2 (one update won)", m.Version)
	}
}
