package match

import (
	"cmp"
	"math"
	"slices"
	"sync"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Request asks for the Module that fit an institution's needs.
type Request struct {
	Institution *drehscheibe.Institution
	Needs       []Need
	// Date is the reference day: a Modul must be offered then.
	Date  drehscheibe.Date
	First int
}

// Result is the ranked list and the account of what was left out.
type Result struct {
	Items []Match
	// Considered counts the Modul–need pairs examined; every one is either Eligible or
	// counted under the first hard filter it failed.
	Considered int
	Eligible   int
	Excluded   map[Reason]int
}

// Rank recommends Module for the needs of one institution: it applies the hard filters
// to every Modul for every need, scores what passes, keeps each Modul's best need,
// orders by score (ties by Modul ID), re-ranks the top for diversity and explains the
// first req.First.
func (ix *Index) Rank(req Request, cfg Config) Result {
	p := ix.place(req.Institution, req.Date, &cfg)
	sc := scratchPool.Get().(*scratch)
	defer sc.release(p)
	p.distances = sc.distances(ix.partners.Len())
	res := Result{Excluded: map[Reason]int{}}
	counts := make([]int, len(Reasons))
	// the fits of each need, in candidate order (the theme lists are in that order)
	perNeed := sc.perNeed(len(req.Needs))
	needs := make([]need, len(req.Needs))
	for i := range req.Needs {
		needs[i] = prepare(req.Needs[i])
		n := &needs[i]
		n.index = i
		pool, withTheme := ix.pool(n.Theme, req.Institution.Type)
		res.Considered += ix.n
		res.Excluded[ThemeMismatch] += ix.n - withTheme
		res.Excluded[InstitutionType] += withTheme - pool.len()
		if pool == nil {
			continue
		}
		for _, seg := range pool.segs {
			for j := range seg.entries {
				r, f := ix.check(p, &seg.entries[j], n, true, false)
				if r != passed {
					counts[r]++
					continue
				}
				p.score(ix, &f)
				perNeed[i] = append(perNeed[i], f)
				res.Eligible++
			}
		}
	}
	for i, n := range counts {
		if n > 0 {
			res.Excluded[Reasons[i]] += n
		}
	}
	for r, n := range res.Excluded {
		if n == 0 {
			delete(res.Excluded, r)
		}
	}
	sc.merged = bestPerModul(perNeed, sc.merged[:0])
	ranked := best(sc.merged, req.First*cfg.DiversityDepth)
	for i, f := range diversify(ranked, req.First, cfg) {
		m := p.explain(ix, &f)
		m.Rank = i + 1
		res.Items = append(res.Items, m)
	}
	return res
}

// scratch holds a ranking's working memory for the next one: the distances to the
// partners, the fits per need and merged. A Match keeps copies, never these (at
// 100,000 Module the fits of one ranking take half a megabyte).
type scratch struct {
	dist   []float64
	fits   [][]fit
	merged []fit
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// distances returns n distances marked "not yet computed".
func (s *scratch) distances(n int) []float64 {
	if cap(s.dist) < n {
		s.dist = make([]float64, n)
	}
	s.dist = s.dist[:n]
	for i := range s.dist {
		s.dist[i] = math.NaN()
	}
	return s.dist
}

// perNeed returns n empty fit lists.
func (s *scratch) perNeed(n int) [][]fit {
	for len(s.fits) < n {
		s.fits = append(s.fits, nil)
	}
	for i := range s.fits {
		s.fits[i] = s.fits[i][:0]
	}
	return s.fits[:n]
}

// release returns the scratch; p no longer needs the distances (explanations use the
// fits' own distances).
func (s *scratch) release(p *place) {
	p.distances = nil
	scratchPool.Put(s)
}

// bestPerModul merges the per-need lists (each in candidate order) into out and keeps,
// of the fits of each Modul, the one with the best score (on a tie, the earlier need).
func bestPerModul(perNeed [][]fit, out []fit) []fit {
	if len(perNeed) == 1 {
		return append(out, perNeed[0]...)
	}
	pos := make([]int, len(perNeed))
	for {
		next := -1
		for i, l := range perNeed {
			if pos[i] < len(l) && (next < 0 || l[pos[i]].c.ord < perNeed[next][pos[next]].c.ord) {
				next = i
			}
		}
		if next < 0 {
			return out
		}
		f := perNeed[next][pos[next]]
		pos[next]++
		if n := len(out); n > 0 && out[n-1].c.ord == f.c.ord {
			if f.score > out[n-1].score {
				out[n-1] = f
			}
			continue
		}
		out = append(out, f)
	}
}

// best returns the k best fits in byScore order (all of them when k covers them): a
// bounded heap keeps the k best seen so far, so thousands of fits cost n·log k.
func best(fits []fit, k int) []fit {
	k = min(k, len(fits))
	if k <= 0 {
		return nil
	}
	worse := func(a, b int32) bool { return byScore(&fits[a], &fits[b]) > 0 }
	// heap of positions with the worst of the k best on top
	h := make([]int32, 0, k)
	down := func(i int) {
		for {
			w := i
			for _, c := range [2]int{2*i + 1, 2*i + 2} {
				if c < len(h) && worse(h[c], h[w]) {
					w = c
				}
			}
			if w == i {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for i := range fits {
		switch {
		case len(h) < k:
			h = append(h, int32(i))
			for j := len(h) - 1; j > 0 && worse(h[j], h[(j-1)/2]); j = (j - 1) / 2 {
				h[j], h[(j-1)/2] = h[(j-1)/2], h[j]
			}
		case worse(h[0], int32(i)):
			h[0] = int32(i)
			down(0)
		}
	}
	slices.SortFunc(h, func(a, b int32) int { return byScore(&fits[a], &fits[b]) })
	out := make([]fit, len(h))
	for i, j := range h {
		out[i] = fits[j]
	}
	return out
}

// byScore orders fits best first, ties by Modul ID and then by need.
func byScore(a, b *fit) int {
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	if c := cmp.Compare(a.c.Modul.ID, b.c.Modul.ID); c != 0 {
		return c
	}
	return cmp.Compare(a.need.index, b.need.index)
}

// diversify picks first items from the best ones (ranked, in score order) by maximal
// marginal relevance:
// each next item maximises λ·score − (1−λ)·(its greatest similarity to those already
// picked), where two items are similar when they come from the same partner (0.6) or
// serve the same need (0.4). Only the order changes: every item passed all filters.
func diversify(ranked []fit, first int, cfg Config) []fit {
	if first <= 0 {
		return nil
	}
	pool := ranked
	picked := make([]fit, 0, min(first, len(pool)))
	used := make([]bool, len(pool))
	sim := make([]float64, len(pool)) // greatest similarity to the picked ones
	for len(picked) < first && len(picked) < len(pool) {
		best, bestValue := -1, 0.0
		for i, f := range pool {
			if used[i] {
				continue
			}
			if v := cfg.Lambda*f.score - (1-cfg.Lambda)*sim[i]; best < 0 || v > bestValue {
				best, bestValue = i, v
			}
		}
		used[best] = true
		picked = append(picked, pool[best])
		for i := range pool {
			sim[i] = max(sim[i], similarity(pool[i], pool[best]))
		}
	}
	return picked
}

func similarity(a, b fit) float64 {
	s := 0.0
	if a.c.Modul.PartnerID == b.c.Modul.PartnerID {
		s += 0.6
	}
	if a.need == b.need {
		s += 0.4
	}
	return s
}
