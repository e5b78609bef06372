package network

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// bipartite is the network while Build computes it: nodes are numbered, institutions first
// (0 … len(institutions)-1, in ID order), then partners (in ID order).
type bipartite struct {
	institutions []*Institution
	partners     []*Partner
	// edges are ordered by institution, then partner.
	edges []edge
	// adjacency lists each node's neighbours, by node number.
	adjacency [][]int
	// starts are the start days of the counted cooperations.
	starts []day
	// themes are the Themenfelder each institution cooperates in.
	themes []themeSet
}

type edge struct {
	institution, partner int
	weight               int
	themes               themeSet
	first                day
}

func (g *bipartite) partnerNode(j int) int { return len(g.institutions) + j }

// assemble selects the institutions of the scope and the cooperations that count and
// joins them into edges.
func assemble(in Input, f Filter) (*bipartite, error) {
	partnerByID := make(map[drehscheibe.ID]*Partner, len(in.Partners))
	for i := range in.Partners {
		p := &in.Partners[i]
		if _, dup := partnerByID[p.ID]; dup {
			return nil, errDuplicate("partner", p.ID)
		}
		partnerByID[p.ID] = p
	}
	g := &bipartite{}
	seen := make(map[drehscheibe.ID]bool, len(in.Institutions))
	for i := range in.Institutions {
		inst := &in.Institutions[i]
		if seen[inst.ID] {
			return nil, errDuplicate("institution", inst.ID)
		}
		seen[inst.ID] = true
		if f.holds(inst) {
			g.institutions = append(g.institutions, inst)
		}
	}
	slices.SortFunc(g.institutions, func(a, b *Institution) int { return cmp.Compare(a.ID, b.ID) })
	institutionAt := make(map[drehscheibe.ID]int, len(g.institutions))
	for i, inst := range g.institutions {
		institutionAt[inst.ID] = i
	}
	g.themes = make([]themeSet, len(g.institutions))

	// Partners are numbered in order of appearance first and renumbered by ID below.
	partnerAt := make(map[drehscheibe.ID]int)
	edgeAt := make(map[[2]int]int)
	for _, c := range in.Cooperations {
		i, inScope := institutionAt[c.InstitutionID]
		p, known := partnerByID[c.PartnerID]
		if !c.Status.Counts() || !inScope || !known {
			continue
		}
		if c.Start.IsZero() {
			return nil, fmt.Errorf("network: the cooperation of %s and %s on %s has no start date", c.InstitutionID, c.PartnerID, c.ModulID)
		}
		if !f.during(c.Start) || !f.about(c.Theme) {
			continue
		}
		j, ok := partnerAt[p.ID]
		if !ok {
			j = len(g.partners)
			partnerAt[p.ID] = j
			g.partners = append(g.partners, p)
		}
		start, theme := dayOf(c.Start), themeOf(c.Theme)
		g.starts = append(g.starts, start)
		g.themes[i] |= theme
		k, ok := edgeAt[[2]int{i, j}]
		if !ok {
			k = len(g.edges)
			edgeAt[[2]int{i, j}] = k
			g.edges = append(g.edges, edge{institution: i, partner: j, first: start})
		}
		e := &g.edges[k]
		e.weight++
		e.themes |= theme
		e.first = min(e.first, start)
	}
	g.numberPartnersByID()
	g.adjacency = make([][]int, len(g.institutions)+len(g.partners))
	for _, e := range g.edges {
		u, v := e.institution, g.partnerNode(e.partner)
		g.adjacency[u] = append(g.adjacency[u], v)
		g.adjacency[v] = append(g.adjacency[v], u)
	}
	return g, nil
}

// numberPartnersByID renumbers the partners in ID order and sorts the edges.
func (g *bipartite) numberPartnersByID() {
	order := make([]int, len(g.partners))
	for j := range order {
		order[j] = j
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(g.partners[a].ID, g.partners[b].ID) })
	renumber := make([]int, len(order))
	sorted := make([]*Partner, len(order))
	for to, from := range order {
		renumber[from] = to
		sorted[to] = g.partners[from]
	}
	g.partners = sorted
	for k := range g.edges {
		g.edges[k].partner = renumber[g.edges[k].partner]
	}
	slices.SortFunc(g.edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.institution, b.institution), cmp.Compare(a.partner, b.partner))
	})
}

// themeGaps lists, per Themenfeld of the filter, the institutions without a
// cooperation in it.
func (g *bipartite) themeGaps(f Filter) []ThemeGap {
	themes := f.themes()
	gaps := make([]ThemeGap, len(themes))
	for t, theme := range themes {
		gaps[t].Theme = theme
		for i, inst := range g.institutions {
			if g.themes[i]&themeOf(theme) == 0 {
				gaps[t].Institutions = append(gaps[t].Institutions, inst.ID)
			}
		}
	}
	return gaps
}

// day is a date as yyyymmdd: ordered like the dates, cheap to compare.
type day int32

func dayOf(d drehscheibe.Date) day { return day(d.Year*10000 + int(d.Month)*100 + d.Day) }

func (d day) date() drehscheibe.Date {
	return drehscheibe.Date{Year: int(d / 10000), Month: time.Month(d / 100 % 100), Day: int(d % 100)}
}

// themeSet is a set of the six Themenfelder, one bit each in the order of
// drehscheibe.Themes. A value that is not a Themenfeld has no bit.
type themeSet uint8

func themeOf(t drehscheibe.Theme) themeSet {
	i := slices.Index(drehscheibe.Themes, t)
	if i < 0 {
		return 0
	}
	return 1 << i
}

func (s themeSet) list() []drehscheibe.Theme {
	var themes []drehscheibe.Theme
	for i, t := range drehscheibe.Themes {
		if s&(1<<i) != 0 {
			themes = append(themes, t)
		}
	}
	return themes
}
