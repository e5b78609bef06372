package network

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// connected returns the node numbers of each connected component with at least one
// edge, each in ascending order, the largest component first (then by its first node).
func (g *bipartite) connected() [][]int {
	var linked []int
	for v, neighbours := range g.adjacency {
		if len(neighbours) > 0 {
			linked = append(linked, v)
		}
	}
	var parts [][]int
	for _, c := range topo.ConnectedComponents(g.view(linked)) {
		parts = append(parts, numbers(c))
	}
	slices.SortFunc(parts, func(a, b []int) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0])) })
	return parts
}

func numbers(nodes []graph.Node) []int {
	ns := make([]int, len(nodes))
	for i, n := range nodes {
		ns[i] = int(n.ID())
	}
	slices.Sort(ns)
	return ns
}

// components lists the connected components with at least one edge.
func (g *bipartite) components(parts [][]int) []Component {
	cs := make([]Component, len(parts))
	for k, part := range parts {
		c := &cs[k]
		for _, v := range part {
			if v < len(g.institutions) {
				c.Institutions = append(c.Institutions, g.institutions[v].ID)
				c.Edges += len(g.adjacency[v])
			} else {
				c.Partners = append(c.Partners, g.partners[v-len(g.institutions)].ID)
			}
		}
	}
	return cs
}
