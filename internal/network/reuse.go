package network

import "slices"

// SameGraph reports whether n and m are the same graph: the same institutions, the
// same partners and the same cooperating pairs. Names, types, weights, Themenfelder and
// dates may differ; the betweenness, which depends on the graph alone, does not.
func (n *Network) SameGraph(m *Network) bool {
	return slices.EqualFunc(n.Institutions, m.Institutions, func(a, b InstitutionNode) bool { return a.ID == b.ID }) &&
		slices.EqualFunc(n.Partners, m.Partners, func(a, b PartnerNode) bool { return a.ID == b.ID }) &&
		slices.EqualFunc(n.Edges, m.Edges, func(a, b Edge) bool {
			return a.InstitutionID == b.InstitutionID && a.PartnerID == b.PartnerID
		})
}

// WithBetweennessOf returns a copy of n with the betweenness and the bridging partners
// of m, which must have them (HasBetweenness) and be the same graph (SameGraph); false
// otherwise. It spares computing the betweenness again when only what it does not
// depend on changed. n is not changed.
func (n *Network) WithBetweennessOf(m *Network) (*Network, bool) {
	if !m.HasBetweenness || !n.SameGraph(m) {
		return nil, false
	}
	out := *n
	out.Institutions = slices.Clone(n.Institutions)
	for i := range out.Institutions {
		out.Institutions[i].Betweenness = m.Institutions[i].Betweenness
	}
	out.Partners = slices.Clone(n.Partners)
	for j := range out.Partners {
		out.Partners[j].Betweenness = m.Partners[j].Betweenness
	}
	out.Bridges = slices.Clone(m.Bridges)
	out.HasBetweenness = true
	return &out, true
}
