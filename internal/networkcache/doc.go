// Package networkcache serves the cooperation network of internal/network from the
// catalogue: it reads the network's input from a snapshot (Input), checks a client's
// filter and the caller's right to it (Scope), keeps the networks per filter and
// catalogue version and bounds the work of the betweenness (Cache), and serves the
// GraphML and GEXF downloads for Gephi (Download). The GraphQL query network(filter:)
// and the downloads share one Cache, so they show the same network. docs/network.md
// describes the metrics and the serving.
package networkcache
