package match

import (
	"cmp"
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Place answers a partner's "Wo werde ich gebraucht?": the institutions with open
// needs that Modul c fits, best first, each with its best need, scored and explained
// by the same rules as Rank. The Modul's own status is not checked, so a partner can
// ask before publishing; every other hard filter applies on date.
func (ix *Index) Place(c *Candidate, date drehscheibe.Date, first int, cfg Config) []Match {
	if own, ok := ix.byID.Get(c.Modul.ID); !ok || own != c {
		return nil // not a Modul of this catalogue version
	}
	var fits []fit
	var places []*place
	for in := range ix.d.Institutions {
		var p *place
		var best fit
		found := false
		for b := range ix.d.Bedarfe(in.ID) {
			if b.Status != drehscheibe.BedarfOpen {
				continue
			}
			if p == nil {
				p = ix.place(in, date, &cfg)
			}
			n := prepare(NeedOf(b))
			r, f := ix.check(p, &c.hot, &n, false, true)
			if r != passed {
				continue
			}
			p.score(ix, &f)
			if !found || f.score > best.score {
				best, found = f, true
			}
		}
		if found {
			fits = append(fits, best)
			places = append(places, p)
		}
	}
	order := make([]int, len(fits))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := byScore(&fits[a], &fits[b]); c != 0 {
			return c
		}
		return cmp.Compare(places[a].in.ID, places[b].in.ID)
	})
	var out []Match
	for _, i := range order[:min(first, len(order))] {
		m := places[i].explain(ix, &fits[i])
		m.Rank = len(out) + 1
		out = append(out, m)
	}
	return out
}
