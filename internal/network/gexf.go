package network

import (
	"io"
	"strconv"
)

// GEXFContentType is the media type of WriteGEXF's output.
const GEXFContentType = "application/gexf+xml; charset=utf-8"

// WriteGEXF writes the network as GEXF 1.3 (gexf.net), Gephi's own format, streaming to
// w: a static undirected graph with the nodes (institutions, then partners; id = the
// entity's ID, label = the name), their attributes (docs/network.md), and one edge per
// cooperating pair whose weight is the number of cooperations. Missing values are left
// out.
func WriteGEXF(w io.Writer, n *Network) error {
	x := newXMLWriter(w)
	x.root("gexf", "http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd", "version", "1.3")
	x.start("meta")
	x.element("creator", "Drehscheibe")
	x.element("description", "Kooperationsnetz der Einrichtungen und Bildungspartner")
	x.end("meta")
	x.start("graph", "mode", "static", "defaultedgetype", "undirected")
	cols := n.columns()
	x.start("attributes", "class", "node")
	for _, a := range cols {
		x.element("attribute", "", "id", a.id, "title", a.title, "type", a.gexf)
	}
	x.end("attributes")
	x.start("attributes", "class", "edge")
	for _, a := range edgeAttributes {
		x.element("attribute", "", "id", a.id, "title", a.title, "type", a.gexf)
	}
	x.end("attributes")

	x.start("nodes", "count", strconv.Itoa(len(n.Institutions)+len(n.Partners)))
	err := n.exportNodes(func(node exportNode) error {
		x.start("node", "id", node.id, "label", node.label)
		x.start("attvalues")
		for i, v := range node.values {
			if v != "" {
				x.element("attvalue", "", "for", cols[i].id, "value", v)
			}
		}
		x.end("attvalues")
		x.end("node")
		return x.err
	})
	if err != nil {
		return err
	}
	x.end("nodes")
	x.start("edges", "count", strconv.Itoa(len(n.Edges)))
	for k, e := range n.Edges {
		x.start("edge", "id", edgeID(k), "source", string(e.InstitutionID), "target", string(e.PartnerID), "weight", strconv.Itoa(e.Weight))
		x.start("attvalues")
		for i, v := range edgeValues(e) {
			if v != "" {
				x.element("attvalue", "", "for", edgeAttributes[i].id, "value", v)
			}
		}
		x.end("attvalues")
		x.end("edge")
	}
	x.end("edges")
	x.end("graph")
	x.end("gexf")
	return x.close()
}
