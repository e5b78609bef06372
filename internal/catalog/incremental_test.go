package catalog

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// TestIncrementalSnapshotEqualsAFreshLoad applies random sequences of writes one small
// batch at a time and checks that the snapshot they build equals one built from the
// final entities in one go: the same entities in every order, the same reverse edges
// and counts, and the matching index answering every question alike.
func TestIncrementalSnapshotEqualsAFreshLoad(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			w := newWriter(seed)
			snap := emptySnapshot().with(w.initial())
			for range 400 {
				snap = snap.with(w.batch())
			}
			fresh := emptySnapshot().with(w.final())
			if diff := cmp.Diff(describe(fresh), describe(snap)); diff != "" {
				t.Errorf("incremental snapshot differs from a fresh load (-fresh +incremental):\n%s", diff)
			}
		})
	}
}

// writer makes random writes to the demo catalogue and some generated Module.
type writer struct {
	rng    *rand.Rand
	latest map[drehscheibe.ID]drehscheibe.Entity
	order  []drehscheibe.ID
	seq    int64
	byKind map[drehscheibe.Kind][]drehscheibe.ID
}

func newWriter(seed uint64) *writer {
	return &writer{rng: rand.New(rand.NewPCG(seed, 7)), latest: map[drehscheibe.ID]drehscheibe.Entity{},
		byKind: map[drehscheibe.Kind][]drehscheibe.ID{}}
}

func (w *writer) initial() []drehscheibe.Entity {
	all := append(demo.Entities(), demo.Generate(300, 3)...)
	for _, e := range all {
		w.put(e)
	}
	return all
}

func (w *writer) put(e drehscheibe.Entity) {
	m := drehscheibe.MetaOf(e)
	w.seq++
	m.Seq = w.seq
	if m.Version == 0 {
		m.Version = 1
	}
	if _, ok := w.latest[m.ID]; !ok {
		w.order = append(w.order, m.ID)
		w.byKind[e.EntityKind()] = append(w.byKind[e.EntityKind()], m.ID)
	}
	w.latest[m.ID] = e
}

func (w *writer) final() []drehscheibe.Entity {
	out := make([]drehscheibe.Entity, len(w.order))
	for i, id := range w.order {
		out[i] = w.latest[id]
	}
	return out
}

func (w *writer) pick(k drehscheibe.Kind) drehscheibe.ID {
	ids := w.byKind[k]
	return ids[w.rng.IntN(len(ids))]
}

// batch returns one to three changes (sometimes of the same entity twice, sometimes
// an old copy arriving late, which must change nothing).
func (w *writer) batch() []drehscheibe.Entity {
	var out []drehscheibe.Entity
	for range 1 + w.rng.IntN(3) {
		if w.rng.IntN(20) == 0 && len(out) > 0 {
			out = append(out, out[0]) // the same copy twice
			continue
		}
		out = append(out, w.change()...)
	}
	return out
}

func (w *writer) change() []drehscheibe.Entity {
	kinds := []drehscheibe.Kind{drehscheibe.KindModul, drehscheibe.KindModul, drehscheibe.KindModul, drehscheibe.KindBedarf,
		drehscheibe.KindBedarf, drehscheibe.KindPartner, drehscheibe.KindInstitution, drehscheibe.KindQuartier, drehscheibe.KindKindercampus}
	k := kinds[w.rng.IntN(len(kinds))]
	if k == drehscheibe.KindModul && w.rng.IntN(5) == 0 {
		m := drehscheibe.Clone(w.latest[w.pick(drehscheibe.KindModul)].(*drehscheibe.Modul))
		m.Meta = drehscheibe.Meta{ID: drehscheibe.NewID(drehscheibe.KindModul), CreatedAt: time.Unix(int64(w.seq), 0)}
		m.UpdatedAt = m.CreatedAt
		w.put(m)
		return []drehscheibe.Entity{m}
	}
	e := drehscheibe.Clone(w.latest[w.pick(k)])
	switch e := e.(type) {
	case *drehscheibe.Modul:
		w.changeModul(e)
	case *drehscheibe.Bedarf:
		switch w.rng.IntN(4) {
		case 0:
			e.Status = drehscheibe.BedarfStatuses[w.rng.IntN(len(drehscheibe.BedarfStatuses))]
		case 1:
			e.CoveredBy = append(e.CoveredBy, w.pick(drehscheibe.KindModul))
		case 2:
			e.Theme = drehscheibe.Themes[w.rng.IntN(len(drehscheibe.Themes))]
		default:
			e.Title += " x"
		}
	case *drehscheibe.Partner:
		switch w.rng.IntN(3) {
		case 0:
			e.ServiceArea = drehscheibe.ServiceArea{Citywide: true}
		case 1:
			e.ServiceArea = drehscheibe.ServiceArea{QuartierIDs: []drehscheibe.ID{w.pick(drehscheibe.KindQuartier)}}
		default:
			e.ServiceArea = drehscheibe.ServiceArea{RadiusKm: float64(1 + w.rng.IntN(9))}
		}
	case *drehscheibe.Institution:
		if w.rng.IntN(2) == 0 {
			e.QuartierID = w.pick(drehscheibe.KindQuartier)
		} else {
			e.Name = "A " + e.Name
		}
	case *drehscheibe.Quartier:
		v := float64(w.rng.IntN(60))
		e.Indicators.ChildPovertyPct = &v
	case *drehscheibe.Kindercampus:
		if len(e.InstitutionIDs) > 1 {
			// a member leaves (never the anchor school, the first)
			i := 1 + w.rng.IntN(len(e.InstitutionIDs)-1)
			e.InstitutionIDs = slices.Delete(e.InstitutionIDs, i, i+1)
		}
	}
	m := drehscheibe.MetaOf(e)
	m.Version++
	m.UpdatedAt = time.Unix(int64(w.seq), 0).UTC()
	w.put(e)
	if w.rng.IntN(15) == 0 {
		// an older copy arrives after the newer one
		old := drehscheibe.Clone(e)
		drehscheibe.MetaOf(old).Version -= 2
		drehscheibe.MetaOf(old).UpdatedAt = time.Unix(0, 0)
		return []drehscheibe.Entity{e, old}
	}
	return []drehscheibe.Entity{e}
}

func (w *writer) changeModul(m *drehscheibe.Modul) {
	switch w.rng.IntN(7) {
	case 0:
		m.Title = fmt.Sprintf("%s %d", m.Title, w.rng.IntN(10))
	case 1:
		m.Theme = drehscheibe.Themes[w.rng.IntN(len(drehscheibe.Themes))]
		m.FurtherThemes = slices.DeleteFunc(m.FurtherThemes, func(t drehscheibe.Theme) bool { return t == m.Theme })
	case 2:
		m.TargetTypes = []drehscheibe.InstitutionType{drehscheibe.InstitutionTypes[w.rng.IntN(len(drehscheibe.InstitutionTypes))]}
	case 3:
		m.Status = drehscheibe.ModulStatuses[w.rng.IntN(len(drehscheibe.ModulStatuses))]
	case 4:
		m.Booked = w.rng.IntN(max(1, m.Capacity) + 1)
	case 5:
		m.PartnerID = w.pick(drehscheibe.KindPartner)
	default:
		m.Languages = []string{"de", []string{"tr", "ar", "uk", "pl"}[w.rng.IntN(4)]}
	}
}

// view is what a snapshot answers, as plain values for comparison.
type view struct {
	Entities map[string]string // ID → version and kind-specific orders
	Orders   map[string][]drehscheibe.ID
	Groups   map[string][]drehscheibe.ID
	CampusOf map[drehscheibe.ID]drehscheibe.ID
	Counts   map[drehscheibe.Kind]int
	Public   int
	Matches  map[string][]string
}

func describe(s *Snapshot) view {
	v := view{Entities: map[string]string{}, Orders: map[string][]drehscheibe.ID{}, Groups: map[string][]drehscheibe.ID{},
		CampusOf: map[drehscheibe.ID]drehscheibe.ID{}, Counts: s.Counts(), Public: s.published, Matches: map[string][]string{}}
	s.eachEntity(func(e drehscheibe.Entity) {
		m := drehscheibe.MetaOf(e)
		v.Entities[string(m.ID)] = fmt.Sprintf("v%d", m.Version)
	})
	describeOrders(v.Orders, "quartiere", s.quartiere)
	describeOrders(v.Orders, "institutionen", s.institutionen)
	describeOrders(v.Orders, "partner", s.partner)
	describeOrders(v.Orders, "module", s.module)
	describeOrders(v.Orders, "bedarfe", s.bedarfe)
	describeOrders(v.Orders, "campus", s.campus)
	describeGroup(v.Groups, "modulesOf", s.modulesOf)
	describeGroup(v.Groups, "bedarfeOf", s.bedarfeOf)
	describeGroup(v.Groups, "institutionIn", s.institutionIn)
	for it := s.campusOf.Iterator(); !it.Done(); {
		k, c, _ := it.Next()
		v.CampusOf[k] = c
	}
	// the matching index: recommendations, placements and coverage everywhere
	date := drehscheibe.Date{Year: 2026, Month: 11, Day: 23}
	cfg := match.DefaultConfig()
	s.institutionen.each(func(r *row[*drehscheibe.Institution]) bool {
		res, err := s.Recommend(RecommendRequest{InstitutionID: r.e.ID, First: 10, Date: date, Today: date}, cfg)
		if err == nil {
			v.Matches["rank "+string(r.e.ID)] = describeMatches(res.Items)
			v.Matches["excluded "+string(r.e.ID)] = []string{fmt.Sprint(res.Considered, res.Eligible, res.Excluded)}
		}
		return true
	})
	n := 0
	s.module.each(func(r *row[*drehscheibe.Modul]) bool {
		if ms, err := s.Placements(r.e.ID, 5, date, date, cfg); err == nil {
			v.Matches["place "+string(r.e.ID)] = describeMatches(ms)
		}
		n++
		return n < 60
	})
	s.campus.each(func(r *row[*drehscheibe.Kindercampus]) bool {
		cov, err := s.Coverage(CoverageArea{KindercampusID: r.e.ID}, date, date, cfg)
		if err == nil {
			for _, c := range cov {
				v.Matches["coverage "+string(r.e.ID)] = append(v.Matches["coverage "+string(r.e.ID)],
					fmt.Sprintf("%s/%s open %d unmet %d deliverable %d remaining %d gap %.3f", c.Theme, c.Band, c.Open, c.Unmet, c.Deliverable, c.RemainingCapacity, c.Gap))
			}
		}
		return true
	})
	return v
}

func describeOrders[T drehscheibe.Entity](out map[string][]drehscheibe.ID, name string, t *table[T]) {
	for o := range t.orders {
		for it := t.orders[o].Iterator(); !it.Done(); {
			_, r, _ := it.Next()
			out[fmt.Sprint(name, " ", o)] = append(out[fmt.Sprint(name, " ", o)], r.id())
		}
	}
}

func describeGroup[T drehscheibe.Entity](out map[string][]drehscheibe.ID, name string, g group[T]) {
	for it := g.m.Iterator(); !it.Done(); {
		k, rs, _ := it.Next()
		for _, r := range rs {
			out[name+" "+string(k)] = append(out[name+" "+string(k)], r.id())
		}
	}
}

func describeMatches(ms []match.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%d %s %s %.6f %v", m.Rank, m.Modul.ID, m.Institution.ID, m.Score, m.Reasons())
	}
	return out
}
