package network

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// view is a set of nodes and the edges among them as a gonum graph.Undirected, read
// straight from the adjacency lists: node IDs are the node numbers, and the nodes and neighbour lists are
// prepared once as []graph.Node, so that gonum's algorithms walk slices instead of the
// maps of simple.UndirectedGraph.
type view struct {
	nodes     []graph.Node
	index     map[int64]int
	neighbour [][]graph.Node
}

// view returns the nodes given by number; their neighbours must be among them (a
// connected component, or every node with an edge).
func (g *bipartite) view(part []int) *view {
	v := &view{nodes: make([]graph.Node, len(part)), index: make(map[int64]int, len(part)), neighbour: make([][]graph.Node, len(part))}
	for i, u := range part {
		v.nodes[i] = simple.Node(u)
		v.index[int64(u)] = i
	}
	for i, u := range part {
		v.neighbour[i] = make([]graph.Node, len(g.adjacency[u]))
		for k, w := range g.adjacency[u] {
			v.neighbour[i][k] = v.nodes[v.index[int64(w)]]
		}
	}
	return v
}

func (v *view) Node(id int64) graph.Node {
	if i, ok := v.index[id]; ok {
		return v.nodes[i]
	}
	return nil
}

func (v *view) Nodes() graph.Nodes { return iterator.NewOrderedNodes(v.nodes) }

func (v *view) From(id int64) graph.Nodes {
	i, ok := v.index[id]
	if !ok {
		return graph.Empty
	}
	return iterator.NewOrderedNodes(v.neighbour[i])
}

func (v *view) HasEdgeBetween(xid, yid int64) bool {
	i, ok := v.index[xid]
	return ok && slices.ContainsFunc(v.neighbour[i], func(n graph.Node) bool { return n.ID() == yid })
}

func (v *view) Edge(uid, vid int64) graph.Edge { return v.EdgeBetween(uid, vid) }

func (v *view) EdgeBetween(xid, yid int64) graph.Edge {
	if !v.HasEdgeBetween(xid, yid) {
		return nil
	}
	return simple.Edge{F: v.Node(xid), T: v.Node(yid)}
}
