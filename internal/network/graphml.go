package network

import (
	"io"
	"strconv"
)

// GraphMLContentType is the media type of WriteGraphML's output.
const GraphMLContentType = "application/graphml+xml; charset=utf-8"

// WriteGraphML writes the network as GraphML (graphml.graphdrawing.org), streaming to w:
// one undirected graph, institutions and then partners as nodes (id = the entity's ID,
// the name as "label"), one edge per cooperating pair with "weight" (the number of
// cooperations). Gephi reads "label" and "weight" as the node label and the edge weight;
// the other columns are listed in docs/network.md. Missing values (a partner's Quartier,
// an institution without a campus) are left out.
func WriteGraphML(w io.Writer, n *Network) error {
	x := newXMLWriter(w)
	x.root("graphml", "http://graphml.graphdrawing.org/xmlns", "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	x.element("key", "", "id", "label", "for", "node", "attr.name", "label", "attr.type", "string")
	cols := n.columns()
	for _, a := range cols {
		x.element("key", "", "id", a.id, "for", "node", "attr.name", a.title, "attr.type", a.graphml)
	}
	x.element("key", "", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "double")
	for _, a := range edgeAttributes {
		x.element("key", "", "id", a.id, "for", "edge", "attr.name", a.title, "attr.type", a.graphml)
	}
	x.start("graph", "id", "Kooperationsnetz", "edgedefault", "undirected")
	err := n.exportNodes(func(node exportNode) error {
		x.start("node", "id", node.id)
		x.element("data", node.label, "key", "label")
		for i, v := range node.values {
			if v != "" {
				x.element("data", v, "key", cols[i].id)
			}
		}
		x.end("node")
		return x.err
	})
	if err != nil {
		return err
	}
	for k, e := range n.Edges {
		x.start("edge", "id", edgeID(k), "source", string(e.InstitutionID), "target", string(e.PartnerID))
		x.element("data", strconv.Itoa(e.Weight), "key", "weight")
		for i, v := range edgeValues(e) {
			if v != "" {
				x.element("data", v, "key", edgeAttributes[i].id)
			}
		}
		x.end("edge")
	}
	x.end("graph")
	x.end("graphml")
	return x.close()
}
