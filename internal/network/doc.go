// Package network analyses the cooperation network of Drehscheibe: the bipartite graph of
// institutions and the partners they cooperate with, its metrics (degree, density,
// institutions without a partner per Themenfeld, bridging partners by betweenness,
// connected components, growth per quarter) and its exports for Gephi (GraphML, GEXF
// 1.3).
//
// It is pure, like internal/match: no I/O but the io.Writer of an export, no clock, no
// database, no GraphQL. The caller hands it the nodes and the cooperations (Input) and
// the scope (Filter); Build returns the Network. The metrics and their definitions are
// described in docs/network.md.
package network
