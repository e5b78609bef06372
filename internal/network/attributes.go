package network

import (
	"strconv"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// attribute is a column of the exports: its key (GraphML key id, GEXF attribute id),
// the German title Gephi shows, and its type in each format.
type attribute struct {
	id, title       string
	graphml, gexf   string
	needBetweenness bool
}

// nodeAttributes are the columns of the nodes, in the order of nodeValues.
var nodeAttributes = []attribute{
	{id: "kind", title: "Art", graphml: "string", gexf: "string"},
	{id: "type", title: "Typ", graphml: "string", gexf: "string"},
	{id: "quartier", title: "Quartier", graphml: "string", gexf: "string"},
	{id: "campus", title: "Kindercampus", graphml: "string", gexf: "string"},
	{id: "degree", title: "Grad", graphml: "int", gexf: "integer"},
	{id: "cooperations", title: "Kooperationen", graphml: "int", gexf: "integer"},
	{id: "betweenness", title: "Betweenness", graphml: "double", gexf: "double", needBetweenness: true},
}

// edgeAttributes are the columns of the edges besides the weight, in the order of
// edgeValues.
var edgeAttributes = []attribute{
	{id: "themes", title: "Themenfelder", graphml: "string", gexf: "string"},
	{id: "firstStart", title: "Beginn", graphml: "string", gexf: "string"},
}

// The values of the attribute kind.
const (
	kindInstitution = "Einrichtung"
	kindPartner     = "Partner"
)

// themeSeparator joins the Themenfelder of an edge.
const themeSeparator = "; "

// exportNode is one node as the exports write it: its ID, label and the values of
// nodeAttributes ("" = no value).
type exportNode struct {
	id, label string
	values    []string
}

// columns returns the node attributes the network has values for.
func (n *Network) columns() []attribute {
	var cols []attribute
	for _, a := range nodeAttributes {
		if !a.needBetweenness || n.HasBetweenness {
			cols = append(cols, a)
		}
	}
	return cols
}

// exportNodes calls yield for every node, institutions first, each side in ID order.
func (n *Network) exportNodes(yield func(exportNode) error) error {
	with := func(values []string, b float64) []string {
		if n.HasBetweenness {
			values = append(values, formatFloat(b))
		}
		return values
	}
	for _, in := range n.Institutions {
		values := with([]string{kindInstitution, in.Type.Label(), nameOr(in.QuartierName, in.QuartierID), nameOr(in.CampusName, in.CampusID),
			strconv.Itoa(in.Degree), strconv.Itoa(in.Cooperations)}, in.Betweenness)
		if err := yield(exportNode{id: string(in.ID), label: in.Name, values: values}); err != nil {
			return err
		}
	}
	for _, p := range n.Partners {
		values := with([]string{kindPartner, p.Kind.Label(), "", "", strconv.Itoa(p.Degree), strconv.Itoa(p.Cooperations)}, p.Betweenness)
		if err := yield(exportNode{id: string(p.ID), label: p.Name, values: values}); err != nil {
			return err
		}
	}
	return nil
}

// edgeValues returns the values of edgeAttributes for e.
func edgeValues(e Edge) []string {
	labels := make([]string, len(e.Themes))
	for i, t := range e.Themes {
		labels[i] = t.Label()
	}
	return []string{strings.Join(labels, themeSeparator), e.FirstStart.String()}
}

// edgeID names the k-th edge.
func edgeID(k int) string { return "e" + strconv.Itoa(k) }

func nameOr(name string, id drehscheibe.ID) string {
	if name != "" {
		return name
	}
	return string(id)
}

// formatFloat writes the shortest text that reads back as v.
func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
