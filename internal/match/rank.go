package match

import (
	"cmp"
	"slices"

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
	res := Result{Excluded: map[Reason]int{}}
	counts := make([]int, len(Reasons))
	// the fits of each need, in candidate order (the theme lists are in that order)
	perNeed := make([][]fit, len(req.Needs))
	needs := make([]need, len(req.Needs))
	for i := range req.Needs {
		needs[i] = prepare(req.Needs[i])
		n := &needs[i]
		n.index = i
		pool, withTheme := ix.pool(n.Theme, req.Institution.Type)
		res.Considered += len(ix.d.Candidates)
		res.Excluded[ThemeMismatch] += len(ix.d.Candidates) - withTheme
		res.Excluded[InstitutionType] += withTheme - len(pool)
		for j := range pool {
			reason, f := ix.check(p, &pool[j], n, true, false)
			if reason != "" {
				counts[reasonIndex(reason)]++
				continue
			}
			p.score(ix, &f)
			perNeed[i] = append(perNeed[i], f)
			res.Eligible++
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
	ranked := best(bestPerModul(perNeed), req.First*cfg.DiversityDepth)
	for i, f := range diversify(ranked, req.First, cfg) {
		m := p.explain(ix, &f)
		m.Rank = i + 1
		res.Items = append(res.Items, m)
	}
	return res
}

// bestPerModul merges the per-need lists (each in candidate order) and keeps, of the
// fits of each Modul, the one with the best score (on a tie, the earlier need).
func bestPerModul(perNeed [][]fit) []fit {
	if len(perNeed) == 1 {
		return perNeed[0]
	}
	total := 0
	for _, l := range perNeed {
		total += len(l)
	}
	out := make([]fit, 0, total)
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

// best returns the k best fits in byScore order (all of them when k covers them).
func best(fits []fit, k int) []fit {
	if k <= 0 {
		return nil
	}
	if len(fits) > 4*k {
		// select the k best in one pass; far cheaper than sorting thousands
		top := make([]fit, 0, k+1)
		for _, f := range fits {
			if len(top) == k && byScore(f, top[k-1]) >= 0 {
				continue
			}
			i, _ := slices.BinarySearchFunc(top, f, byScore)
			top = slices.Insert(top, i, f)
			if len(top) > k {
				top = top[:k]
			}
		}
		return top
	}
	out := slices.Clone(fits)
	slices.SortFunc(out, byScore)
	return out[:min(k, len(out))]
}

// reasonIndex is the position of r in Reasons.
func reasonIndex(r Reason) int { return reasonIndexes[r] }

var reasonIndexes = func() map[Reason]int {
	m := make(map[Reason]int, len(Reasons))
	for i, r := range Reasons {
		m[r] = i
	}
	return m
}()

// byScore orders fits best first, ties by Modul ID and then by need title.
func byScore(a, b fit) int {
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
