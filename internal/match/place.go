package match

import (
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Place answers a partner's "Wo werde ich gebraucht?": the institutions with open
// needs that Modul c fits, best first, each with its best need, scored and explained
// by the same rules as Rank. The Modul's own status is not checked, so a partner can
// ask before publishing; every other hard filter applies on date.
func (ix *Index) Place(c *Candidate, date drehscheibe.Date, first int, cfg Config) []Match {
	own, ok := ix.byID[c.Modul.ID]
	if !ok || own.Modul != c.Modul {
		return nil // not a Modul of this catalogue version
	}
	c = own // this index's copy knows its partner
	var fits []fit
	var places []*place
	for _, id := range ix.institutions {
		in, ok := ix.d.Institution(id)
		if !ok {
			continue
		}
		p := ix.place(in, date, &cfg)
		var best fit
		found := false
		for _, b := range ix.open[id] {
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
		return compareIDs(places[a].in.ID, places[b].in.ID)
	})
	var out []Match
	for _, i := range order[:min(first, len(order))] {
		m := places[i].explain(ix, &fits[i])
		m.Rank = len(out) + 1
		out = append(out, m)
	}
	return out
}

func compareIDs(a, b drehscheibe.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
