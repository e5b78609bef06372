package network_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// TestWithBetweennessOf: a network whose graph did not change (other names, weights,
// Themenfelder, dates) takes the betweenness of the one before and then equals a
// network built with it; a changed graph does not take it.
func TestWithBetweennessOf(t *testing.T) {
	before := generate(300, 150, 1000, 3)
	old := build(t, before, network.Filter{})

	after := generate(300, 150, 1000, 3)
	after.Institutions[0].Name = "Kita „Neuer Name“"
	after.Partners[0].Name = "Partner mit neuem Namen"
	for i := range after.Cooperations {
		c := after.Cooperations[i]
		if c.Status.Counts() {
			// the same pair once more, in another Themenfeld and later
			c.Theme, c.Start = drehscheibe.ThemeMusikKultur, drehscheibe.Date{Year: 2026, Month: 12, Day: 1}
			after.Cooperations = append(after.Cooperations, c)
			break
		}
	}
	fresh, err := network.Build(after, network.Filter{}, network.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !fresh.SameGraph(old) {
		t.Fatal("the same pairs are not the same graph")
	}
	got, ok := fresh.WithBetweennessOf(old)
	if !ok {
		t.Fatal("WithBetweennessOf refused the same graph")
	}
	if diff := cmp.Diff(build(t, after, network.Filter{}), got, approx); diff != "" {
		t.Errorf("reused betweenness differs from a new computation (-want +got):\n%s", diff)
	}
	if fresh.HasBetweenness || fresh.Partners[0].Betweenness != 0 {
		t.Error("WithBetweennessOf changed the network it was called on")
	}
	if _, ok := fresh.WithBetweennessOf(fresh); ok {
		t.Error("took the betweenness of a network that has none")
	}

	// one more pair: another graph
	extra := after.Cooperations[0]
	extra.PartnerID = after.Partners[len(after.Partners)-1].ID
	extra.InstitutionID = after.Institutions[len(after.Institutions)-1].ID
	extra.Status = network.StatusAgreed
	after.Cooperations = append(after.Cooperations, extra)
	changed, err := network.Build(after, network.Filter{}, network.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if changed.SameGraph(old) {
		t.Fatal("a new pair is the same graph")
	}
	if _, ok := changed.WithBetweennessOf(old); ok {
		t.Error("took the betweenness of another graph")
	}
}
