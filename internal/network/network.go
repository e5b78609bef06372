package network

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Network is the cooperation network of one scope: the bipartite graph of institutions
// and partners and its metrics. Every list is sorted (see each field), so the same
// input gives the same Network and byte-identical exports.
type Network struct {
	// Filter is the scope the network was built for.
	Filter Filter
	// Institutions are all institutions in the scope, with or without a cooperation,
	// by ID.
	Institutions []InstitutionNode
	// Partners are the partners with at least one cooperation in the scope, by ID.
	Partners []PartnerNode
	// Edges join an institution and a partner that cooperate, by institution ID, then
	// partner ID.
	Edges []Edge
	// Cooperations is the number of cooperations counted (the sum of the edge weights).
	Cooperations int
	// Density is len(Edges) / (len(Institutions) × len(Partners)): the share of the
	// institution–partner pairs that cooperate; 0 when either side is empty.
	Density float64
	// Isolated are the institutions without any cooperation, by ID.
	Isolated []drehscheibe.ID
	// ThemeGaps has one entry per Themenfeld, in the order of drehscheibe.Themes (only
	// the filter's, when it names one): the institutions without a cooperation in it.
	ThemeGaps []ThemeGap
	// HasBetweenness reports whether the betweenness of the nodes and Bridges were
	// computed (Options.Betweenness); without, they are zero and empty.
	HasBetweenness bool
	// Bridges are the partners with a betweenness above zero, the highest first (equal
	// values by ID).
	Bridges []drehscheibe.ID
	// Components are the connected parts of the graph that have at least one edge, the
	// largest first (see Component). Isolated institutions are not among them.
	Components []Component
	// Quarters is the growth of the network: one row per calendar quarter (see
	// QuarterStat).
	Quarters []QuarterStat
}

// InstitutionNode is an institution with its metrics.
type InstitutionNode struct {
	Institution
	// Degree is the number of different partners.
	Degree int
	// Cooperations is the number of cooperations (the weighted degree).
	Cooperations int
	// Betweenness is the normalised betweenness centrality (see docs/network.md),
	// between 0 and 1.
	Betweenness float64
}

// PartnerNode is a partner with its metrics.
type PartnerNode struct {
	Partner
	// Degree is the number of different institutions.
	Degree int
	// Cooperations is the number of cooperations (the weighted degree).
	Cooperations int
	// Betweenness is the normalised betweenness centrality (see docs/network.md),
	// between 0 and 1.
	Betweenness float64
}

// Edge is the cooperation of one institution with one partner.
type Edge struct {
	InstitutionID drehscheibe.ID
	PartnerID     drehscheibe.ID
	// Weight is the number of cooperations between the two.
	Weight int
	// Themes are the Themenfelder of those cooperations, in the order of
	// drehscheibe.Themes.
	Themes []drehscheibe.Theme
	// FirstStart is the earliest start of those cooperations.
	FirstStart drehscheibe.Date
}

// ThemeGap lists the institutions without any cooperation in one Themenfeld.
type ThemeGap struct {
	Theme        drehscheibe.Theme
	Institutions []drehscheibe.ID
}

// Component is a connected part of the graph: institutions and partners each reachable
// from every other through cooperations. Components are ordered by their number of
// nodes, the largest first, then by their first institution's ID.
type Component struct {
	Institutions []drehscheibe.ID
	Partners     []drehscheibe.ID
	// Edges is the number of edges within the component.
	Edges int
}

// Institution returns the node of the institution with the given ID.
func (n *Network) Institution(id drehscheibe.ID) (InstitutionNode, bool) {
	return find(n.Institutions, id, func(x InstitutionNode) drehscheibe.ID { return x.ID })
}

// Partner returns the node of the partner with the given ID.
func (n *Network) Partner(id drehscheibe.ID) (PartnerNode, bool) {
	return find(n.Partners, id, func(x PartnerNode) drehscheibe.ID { return x.ID })
}

func find[T any](s []T, id drehscheibe.ID, key func(T) drehscheibe.ID) (T, bool) {
	i, ok := slices.BinarySearchFunc(s, id, func(x T, id drehscheibe.ID) int { return cmp.Compare(key(x), id) })
	if !ok {
		var zero T
		return zero, false
	}
	return s[i], true
}

// Options choose the costly parts of Build.
type Options struct {
	// Betweenness computes the betweenness of every node and the bridging partners.
	// It costs O(V·E) per connected component: a few milliseconds for a Kindercampus or a
	// Quartier, seconds for the whole city (docs/network.md gives the measurements and
	// what a caller should do about them).
	Betweenness bool
}

// Build makes the network of the cooperations in the filter's scope.
//
// A cooperation is counted when its status counts (Status.Counts), its start lies in
// the filter's dates, its institution is in the scope and its partner is in
// in.Partners; all others are left out. Build returns the *drehscheibe.Error of
// Filter.Validate for a bad filter, and a plain error for input the caller must not
// produce (duplicate IDs, a counted cooperation without a start date).
func Build(in Input, f Filter, o Options) (*Network, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	g, err := assemble(in, f)
	if err != nil {
		return nil, err
	}
	n := &Network{Filter: f, Cooperations: len(g.starts)}
	n.Institutions = make([]InstitutionNode, len(g.institutions))
	for i, inst := range g.institutions {
		n.Institutions[i] = InstitutionNode{Institution: *inst, Degree: len(g.adjacency[i])}
	}
	n.Partners = make([]PartnerNode, len(g.partners))
	for j, p := range g.partners {
		n.Partners[j] = PartnerNode{Partner: *p, Degree: len(g.adjacency[g.partnerNode(j)])}
	}
	n.Edges = make([]Edge, len(g.edges))
	for k, e := range g.edges {
		n.Institutions[e.institution].Cooperations += e.weight
		n.Partners[e.partner].Cooperations += e.weight
		n.Edges[k] = Edge{
			InstitutionID: g.institutions[e.institution].ID,
			PartnerID:     g.partners[e.partner].ID,
			Weight:        e.weight,
			Themes:        e.themes.list(),
			FirstStart:    e.first.date(),
		}
	}
	if len(n.Institutions) > 0 && len(n.Partners) > 0 {
		n.Density = density(len(n.Edges), len(n.Institutions), len(n.Partners))
	}
	for _, node := range n.Institutions {
		if node.Degree == 0 {
			n.Isolated = append(n.Isolated, node.ID)
		}
	}
	n.ThemeGaps = g.themeGaps(f)
	parts := g.connected()
	n.Components = g.components(parts)
	if o.Betweenness {
		g.betweenness(n, parts)
		n.HasBetweenness = true
		n.Bridges = bridges(n.Partners)
	}
	n.Quarters = g.quarters(f)
	return n, nil
}

func density(edges, institutions, partners int) float64 {
	return float64(edges) / (float64(institutions) * float64(partners))
}

// bridges returns the partners with a betweenness above zero, the highest first.
func bridges(partners []PartnerNode) []drehscheibe.ID {
	var b []PartnerNode
	for _, p := range partners {
		if p.Betweenness > 0 {
			b = append(b, p)
		}
	}
	slices.SortStableFunc(b, func(x, y PartnerNode) int { return cmp.Compare(y.Betweenness, x.Betweenness) })
	ids := make([]drehscheibe.ID, len(b))
	for i, p := range b {
		ids[i] = p.ID
	}
	return ids
}

// errDuplicate reports a caller's input with an ID twice.
func errDuplicate(kind string, id drehscheibe.ID) error {
	return fmt.Errorf("network: %s %s given twice", kind, id)
}
