package network

import centrality "gonum.org/v1/gonum/graph/network"

// betweenness sets the normalised betweenness centrality of every node.
//
// gonum's Brandes implementation (network.Betweenness) computes the raw value on the
// unweighted bipartite graph: for a node v the sum over all pairs s, t of other nodes of
// the share of the shortest s–t paths that pass through v. It counts every pair of an
// undirected graph in both directions, so the value is halved. It runs once per
// connected component: no shortest path leaves a component, and the cost of Brandes'
// algorithm, O(V·E) per graph, is then the sum over the components instead of the
// product over the whole graph.
//
// The raw value is divided by the largest betweenness a node of its side can have in a
// bipartite graph with these two sides (Borgatti & Everett 1997, as in NetworkX'
// bipartite.betweenness_centrality): a partner's by the maximum for a node among
// len(partners) with the active institutions on the other side, an institution's by the
// maximum for a node among the active institutions with len(partners) on the other side.
// Active institutions are those with at least one cooperation; isolated ones lie on no
// path and would only lower every partner's value. The result lies in [0, 1]: 1 for a
// partner through which every pair of other nodes must pass in the best case (the
// centre of a star).
func (g *bipartite) betweenness(n *Network, parts [][]int) {
	active := len(g.institutions) - len(n.Isolated)
	partnerMax := maxBetweenness(len(g.partners), active)
	institutionMax := maxBetweenness(active, len(g.partners))
	for _, part := range parts {
		if len(part) < 3 { // one edge: no node lies between two others
			continue
		}
		for id, raw := range centrality.Betweenness(g.view(part)) {
			v := int(id)
			if v < len(g.institutions) {
				n.Institutions[v].Betweenness = normalise(raw/2, institutionMax)
			} else {
				n.Partners[v-len(g.institutions)].Betweenness = normalise(raw/2, partnerMax)
			}
		}
	}
}

// maxBetweenness is the largest betweenness (unordered pairs) a node of a side of size
// n can have in a bipartite graph whose other side has size m (Borgatti & Everett 1997):
//
//	½ [m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)],  s = (n−1) div m,  t = (n−1) mod m.
func maxBetweenness(n, m int) float64 {
	if n < 1 || m < 1 {
		return 0
	}
	s, t := float64((n-1)/m), float64((n-1)%m)
	fm := float64(m)
	return (fm*fm*(s+1)*(s+1) + fm*(s+1)*(2*t-s-1) - t*(2*s-t+3)) / 2
}

func normalise(raw, max float64) float64 {
	if max <= 0 {
		return 0
	}
	return raw / max
}

// BetweennessCost estimates the work of Options.Betweenness for this network: the sum
// over its components of nodes × edges, Brandes' O(V·E). It is known without computing
// the betweenness, so a caller can build a network without it first and decide whether
// to compute it during a request (docs/network.md gives the rate measured).
func (n *Network) BetweennessCost() int {
	cost := 0
	for _, c := range n.Components {
		if nodes := len(c.Institutions) + len(c.Partners); nodes >= 3 {
			cost += nodes * c.Edges
		}
	}
	return cost
}
