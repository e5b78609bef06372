package match

import (
	"cmp"
	"math"
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// ThemeCoverage is supply against need for one theme and age band in an area.
type ThemeCoverage struct {
	Theme drehscheibe.Theme
	Band  drehscheibe.AgeBand
	// Open counts the open needs; Unmet those no published Modul can serve.
	Open  int
	Unmet int
	// Deliverable counts the distinct Module that pass every hard filter for at least
	// one of the needs; RemainingCapacity is their free capacity together.
	Deliverable       int
	RemainingCapacity int
	// Gap is Σ over the needs of (0.5 + Quartier priority) × urgency × 1/(1 + free
	// capacity of the Module that could serve the need): an unmet need in a
	// prioritised Quartier weighs most. Urgency: HIGH 1.5, MEDIUM 1, LOW 0.6.
	Gap float64
	// Bedarfe are the open needs, unmet ones first.
	Bedarfe []*drehscheibe.Bedarf
	// Quartiere are those of the unmet needs, highest priority first.
	Quartiere []*drehscheibe.Quartier
}

var urgency = map[drehscheibe.BedarfPriority]float64{
	drehscheibe.PriorityHigh: 1.5, drehscheibe.PriorityMedium: 1, drehscheibe.PriorityLow: 0.6,
}

// Coverage compares the open needs of the given institutions with what the published
// catalogue can deliver to them on date, per theme and age band (the band a need's ages
// overlap most). Only combinations with open needs are listed, biggest gap first.
func (ix *Index) Coverage(institutions []*drehscheibe.Institution, date drehscheibe.Date, cfg Config) []ThemeCoverage {
	type key struct {
		t drehscheibe.Theme
		b drehscheibe.AgeBand
	}
	type acc struct {
		ThemeCoverage
		modules map[int32]*Candidate
		unmet   []*drehscheibe.Bedarf
		met     []*drehscheibe.Bedarf
		quart   map[drehscheibe.ID]*drehscheibe.Quartier
	}
	combos := map[key]*acc{}
	for _, in := range institutions {
		p := ix.place(in, date, &cfg)
		for b := range ix.d.Bedarfe(in.ID) {
			if b.Status != drehscheibe.BedarfOpen {
				continue
			}
			n := prepare(NeedOf(b))
			k := key{b.Theme, mainBand(b.AgeRange)}
			a := combos[k]
			if a == nil {
				a = &acc{ThemeCoverage: ThemeCoverage{Theme: k.t, Band: k.b}, modules: map[int32]*Candidate{}, quart: map[drehscheibe.ID]*drehscheibe.Quartier{}}
				combos[k] = a
			}
			capacity := 0
			pool, _ := ix.pool(b.Theme, in.Type)
			pool.each(func(e *entry) bool {
				if r, _ := ix.check(p, e, &n, true, false); r == passed {
					capacity += int(e.remaining)
					a.modules[e.c.ord] = e.c
				}
				return true
			})
			a.Open++
			if capacity == 0 {
				a.Unmet++
				a.unmet = append(a.unmet, b)
				if p.quartier != nil {
					a.quart[p.quartier.ID] = p.quartier
				}
			} else {
				a.met = append(a.met, b)
			}
			a.Gap += (0.5 + p.priority) * urgency[b.Priority] / float64(1+capacity)
		}
	}
	out := make([]ThemeCoverage, 0, len(combos))
	for _, a := range combos {
		for _, c := range a.modules {
			a.Deliverable++
			a.RemainingCapacity += int(c.hot.remaining)
		}
		a.Gap = math.Round(a.Gap*1000) / 1000
		a.Bedarfe = append(a.unmet, a.met...)
		for _, q := range a.quart {
			a.Quartiere = append(a.Quartiere, q)
		}
		slices.SortFunc(a.Quartiere, func(x, y *drehscheibe.Quartier) int {
			if c := cmp.Compare(y.Priority(), x.Priority()); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
		out = append(out, a.ThemeCoverage)
	}
	slices.SortFunc(out, func(x, y ThemeCoverage) int {
		if c := cmp.Compare(y.Gap, x.Gap); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Open, x.Open); c != 0 {
			return c
		}
		if c := cmp.Compare(slices.Index(drehscheibe.Themes, x.Theme), slices.Index(drehscheibe.Themes, y.Theme)); c != 0 {
			return c
		}
		return cmp.Compare(slices.Index(drehscheibe.AgeBands, x.Band), slices.Index(drehscheibe.AgeBands, y.Band))
	})
	return out
}

// mainBand is the age band a range overlaps most (the younger one on a tie).
func mainBand(a drehscheibe.AgeRange) drehscheibe.AgeBand {
	best, most := drehscheibe.AgeBands[0], -1
	for _, b := range drehscheibe.AgeBands {
		if o := a.Overlap(b.Range()); o > most {
			best, most = b, o
		}
	}
	return best
}
