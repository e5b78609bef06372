package network_test

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	dnetwork "github.com/stadtdortmund/drehscheibe/internal/network"
)

// TestBetweennessPerComponent checks Build's betweenness, computed per component, on a
// generated city with many components against gonum's Betweenness of the whole graph at
// once: on each side every node's value must be its raw value (halved: gonum counts each
// pair twice) times one factor, the side's normalisation.
func TestBetweennessPerComponent(t *testing.T) {
	in := generate(600, 300, 700, 3)
	n := build(t, in, dnetwork.Filter{})
	if len(n.Components) < 10 {
		t.Fatalf("%d components; the check needs many", len(n.Components))
	}
	number := map[drehscheibe.ID]int64{}
	g := simple.NewUndirectedGraph()
	for _, e := range n.Edges {
		for _, id := range []drehscheibe.ID{e.InstitutionID, e.PartnerID} {
			if _, ok := number[id]; !ok {
				number[id] = int64(len(number))
				g.AddNode(simple.Node(number[id]))
			}
		}
		g.SetEdge(simple.Edge{F: simple.Node(number[e.InstitutionID]), T: simple.Node(number[e.PartnerID])})
	}
	raw := network.Betweenness(g)

	check := func(side string, id drehscheibe.ID, got float64, factor *float64) {
		r := raw[number[id]] / 2
		if r == 0 || got == 0 {
			if r != got {
				t.Errorf("%s %s: betweenness %v, raw %v", side, id, got, r)
			}
			return
		}
		if *factor == 0 {
			*factor = got / r
		}
		if math.Abs(got-r**factor) > 1e-9 {
			t.Errorf("%s %s: betweenness %v, want raw %v × %v", side, id, got, r, *factor)
		}
	}
	var institutionFactor, partnerFactor float64
	for _, x := range n.Institutions {
		if x.Degree > 0 {
			check("institution", x.ID, x.Betweenness, &institutionFactor)
		}
	}
	for _, x := range n.Partners {
		check("partner", x.ID, x.Betweenness, &partnerFactor)
		if x.Betweenness < 0 || x.Betweenness > 1 {
			t.Errorf("partner %s: betweenness %v outside [0, 1]", x.ID, x.Betweenness)
		}
	}
	if institutionFactor == 0 || partnerFactor == 0 {
		t.Fatal("no node with a betweenness above zero: the check checked nothing")
	}
	// Bridges: every partner above zero, the highest first.
	for i := 1; i < len(n.Bridges); i++ {
		a, _ := n.Partner(n.Bridges[i-1])
		b, _ := n.Partner(n.Bridges[i])
		if a.Betweenness < b.Betweenness {
			t.Errorf("bridges out of order: %s (%v) before %s (%v)", a.ID, a.Betweenness, b.ID, b.Betweenness)
		}
	}
}
