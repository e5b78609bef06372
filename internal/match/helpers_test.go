package match_test

import (
	"cmp"
	"iter"
	"maps"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// world is a catalogue for tests: the entities and an index over them.
type world struct {
	quartiere     map[drehscheibe.ID]*drehscheibe.Quartier
	institutionen map[drehscheibe.ID]*drehscheibe.Institution
	partners      map[drehscheibe.ID]*drehscheibe.Partner
	module        []*drehscheibe.Modul
	bedarfe       []*drehscheibe.Bedarf
	campusOf      map[drehscheibe.ID]drehscheibe.ID
	campus        []*drehscheibe.Kindercampus
}

func newWorld(entities []drehscheibe.Entity) *world {
	c := demo.Split(entities)
	w := &world{quartiere: byID(c.Quartiere), institutionen: byID(c.Institutionen), partners: byID(c.Partner),
		module: c.Module, bedarfe: c.Bedarfe, campus: c.Kindercampus, campusOf: map[drehscheibe.ID]drehscheibe.ID{}}
	for _, k := range c.Kindercampus {
		for _, id := range k.InstitutionIDs {
			w.campusOf[id] = k.ID
		}
	}
	return w
}

func byID[T drehscheibe.Entity](es []T) map[drehscheibe.ID]T {
	m := make(map[drehscheibe.ID]T, len(es))
	for _, e := range es {
		m[drehscheibe.MetaOf(e).ID] = e
	}
	return m
}

func demoWorld() *world { return newWorld(demo.Entities()) }

func (w *world) index() *match.Index {
	cands := make([]*match.Candidate, len(w.module))
	for i, m := range w.module {
		cands[i] = match.NewCandidate(m)
	}
	d := w.data()
	return match.NewIndex(d).With(d, cands, nil)
}

// data is how the engine reads the world.
func (w *world) data() match.Data {
	bedarfe := map[drehscheibe.ID][]*drehscheibe.Bedarf{}
	for _, b := range w.bedarfe {
		bedarfe[b.InstitutionID] = append(bedarfe[b.InstitutionID], b)
	}
	for _, l := range bedarfe {
		slices.SortFunc(l, func(a, b *drehscheibe.Bedarf) int { return cmp.Compare(a.ID, b.ID) })
	}
	inQuartier := map[drehscheibe.ID][]drehscheibe.ID{}
	ids := slices.Sorted(maps.Keys(w.institutionen))
	for _, id := range ids {
		q := w.institutionen[id].QuartierID
		inQuartier[q] = append(inQuartier[q], id)
	}
	members := map[drehscheibe.ID][]drehscheibe.ID{}
	for _, k := range w.campus {
		members[k.ID] = k.InstitutionIDs
	}
	return match.Data{
		Partner:     func(id drehscheibe.ID) (*drehscheibe.Partner, bool) { p, ok := w.partners[id]; return p, ok },
		Quartier:    func(id drehscheibe.ID) (*drehscheibe.Quartier, bool) { q, ok := w.quartiere[id]; return q, ok },
		Institution: func(id drehscheibe.ID) (*drehscheibe.Institution, bool) { in, ok := w.institutionen[id]; return in, ok },
		CampusOf:    func(id drehscheibe.ID) drehscheibe.ID { return w.campusOf[id] },
		Members:     func(id drehscheibe.ID) iter.Seq[drehscheibe.ID] { return slices.Values(members[id]) },
		InQuartier:  func(id drehscheibe.ID) iter.Seq[drehscheibe.ID] { return slices.Values(inQuartier[id]) },
		Bedarfe:     func(id drehscheibe.ID) iter.Seq[*drehscheibe.Bedarf] { return slices.Values(bedarfe[id]) },
		Institutions: func(yield func(*drehscheibe.Institution) bool) {
			for _, id := range ids {
				if !yield(w.institutionen[id]) {
					return
				}
			}
		},
	}
}

// openNeeds returns the open needs of an institution.
func (w *world) openNeeds(in drehscheibe.ID) []match.Need {
	var out []match.Need
	for _, b := range w.bedarfe {
		if b.InstitutionID == in && b.Status == drehscheibe.BedarfOpen {
			out = append(out, match.NeedOf(b))
		}
	}
	return out
}

// referenceDate lies in school year 2026/27, when most demo Module are offered.
var referenceDate = drehscheibe.Date{Year: 2026, Month: 11, Day: 23}

type timeMonth = time.Month
