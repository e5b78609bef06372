package networkcache_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// world is a catalogue over a database in memory that the tests change: two campus
// sites (fixture sets a and b, each a Quartier with a school and a Kita, a partner and
// its Modul in Sport/Gesundheit) and requests between them.
//
// The requests of newWorld: school a with partner a (AGREED, from 2026-08-01), Kita a
// with partner b (DONE, from 2026-09-01), school b with partner b (ACCEPTED, from
// 2026-10-01), Kita b with partner b (a booking recorded outside the service without a
// period, on fixture.Created: 2026-06-01), and Kita b asking partner a (REQUESTED: not
// a cooperation). So partner b joins three institutions and bridges them; partner a and
// school a are an island of their own.
type world struct {
	t    testing.TB
	a, b fixture.Set
	src  *source
	cat  *catalog.Catalog
}

func newWorld(t testing.TB) *world {
	t.Helper()
	w := &world{t: t, a: fixture.New(""), b: fixture.New("2"), src: &source{}}
	w.b.Modul.Theme = drehscheibe.ThemeMusikKultur
	w.b.Partner.Themes = []drehscheibe.Theme{drehscheibe.ThemeMusikKultur}
	for _, s := range []fixture.Set{w.a, w.b} {
		for _, e := range s.Entities() {
			w.src.put(e)
		}
	}
	w.src.put(request("1", w.a.School, w.a.Modul, drehscheibe.AnfrageAgreed, day(2026, 8, 1)))
	w.src.put(request("2", w.a.Kita, w.b.Modul, drehscheibe.AnfrageDone, day(2026, 9, 1)))
	w.src.put(request("3", w.b.School, w.b.Modul, drehscheibe.AnfrageAccepted, day(2026, 10, 1)))
	outside := request("4", w.b.Kita, w.b.Modul, drehscheibe.AnfrageAgreed, drehscheibe.Date{})
	outside.Outside, outside.Period = true, drehscheibe.Period{}
	w.src.put(outside)
	w.src.put(request("5", w.b.Kita, w.a.Modul, drehscheibe.AnfrageRequested, day(2026, 11, 1)))
	w.cat = catalog.New(w.src, catalog.Options{SingleInstance: true})
	w.load()
	return w
}

// write stores e (a new version of it when it exists) and loads the catalogue again.
func (w *world) write(e drehscheibe.Entity) {
	w.t.Helper()
	w.src.put(e)
	w.load()
}

func (w *world) load() {
	w.t.Helper()
	if err := w.cat.Load(context.Background()); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) snapshot() *catalog.Snapshot { return w.cat.Current() }

func day(y, m, d int) drehscheibe.Date {
	return drehscheibe.Date{Year: y, Month: timeMonth(m), Day: d}
}

// request is an Anfrage of institution in for Modul m in status, from the day from.
func request(key string, in *drehscheibe.Institution, m *drehscheibe.Modul, status drehscheibe.AnfrageStatus, from drehscheibe.Date) *drehscheibe.Anfrage {
	to := from
	if !from.IsZero() {
		to.Year++
	}
	return &drehscheibe.Anfrage{
		Meta:          drehscheibe.Meta{ID: drehscheibe.StableID(drehscheibe.KindAnfrage, key), CreatedAt: fixture.Created, UpdatedAt: fixture.Created},
		InstitutionID: in.ID, ModulID: m.ID, PartnerID: m.PartnerID,
		Period: drehscheibe.Period{From: from, To: to}, Sessions: 10, GroupSize: 12,
		Contact: drehscheibe.Contact{Email: "ogs@schule.example"}, Status: status,
	}
}

// source is a database in memory: every put is a write with the next catalogue
// version.
type source struct {
	mu       sync.Mutex
	seq      int64
	entities []drehscheibe.Entity
}

func (s *source) put(e drehscheibe.Entity) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	m := drehscheibe.MetaOf(e)
	i := slices.IndexFunc(s.entities, func(x drehscheibe.Entity) bool { return drehscheibe.MetaOf(x).ID == m.ID })
	if i < 0 {
		m.Version = 1
		s.entities = append(s.entities, e)
	} else {
		m.Version = drehscheibe.MetaOf(s.entities[i]).Version + 1
		s.entities[i] = e
	}
	m.Seq = s.seq
}

func (s *source) Seq(context.Context) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seq, nil
}

func (s *source) ReserveSeq(context.Context, int64) (int64, error) {
	return s.Seq(context.Background())
}

func (s *source) Changed(context.Context, int64) ([]drehscheibe.Entity, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.entities), nil
}
