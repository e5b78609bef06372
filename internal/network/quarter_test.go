package network_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

func TestQuarter(t *testing.T) {
	cases := []struct {
		day         string
		want        string
		first, last string
	}{
		{"2026-01-01", "2026-Q1", "2026-01-01", "2026-03-31"},
		{"2024-03-31", "2024-Q1", "2024-01-01", "2024-03-31"},
		{"2026-05-15", "2026-Q2", "2026-04-01", "2026-06-30"},
		{"2026-09-30", "2026-Q3", "2026-07-01", "2026-09-30"},
		{"2026-12-31", "2026-Q4", "2026-10-01", "2026-12-31"},
	}
	for _, c := range cases {
		q := network.QuarterOf(date(c.day))
		if q.String() != c.want || q.First() != date(c.first) || q.Last() != date(c.last) {
			t.Errorf("QuarterOf(%s) = %s from %s to %s, want %s from %s to %s", c.day, q, q.First(), q.Last(), c.want, c.first, c.last)
		}
	}
}

// growthInput: three institutions, two partners; a–x in Q1 and again in Q2 2025, b–x in
// Q2, nothing in Q3, c–y in Q4.
func growthInput() network.Input {
	in := graphOf([]string{"a", "b", "c"}, []string{"x", "y"})
	in.Cooperations = []network.Cooperation{
		coop("a", "x", drehscheibe.ThemeBNE, "2025-02-10"),
		coop("b", "x", drehscheibe.ThemeBNE, "2025-05-20"),
		coop("a", "x", drehscheibe.ThemeBNE, "2025-06-30"),
		coop("c", "y", drehscheibe.ThemeBNE, "2025-11-03"),
	}
	return in
}

// TestGrowth checks the rows per quarter, computed by hand.
func TestGrowth(t *testing.T) {
	q := func(year, number int) network.Quarter { return network.Quarter{Year: year, Number: number} }
	cases := map[string]struct {
		reason string
		filter network.Filter
		want   []network.QuarterStat
	}{
		"the quarters with data": {
			reason: "from the first start to the last; Q3 repeats Q2; the density divides by 3 institutions × the partners so far",
			want: []network.QuarterStat{
				{Quarter: q(2025, 1), AsOf: date("2025-03-31"), Institutions: 3, Connected: 1, Partners: 1, Edges: 1, Cooperations: 1, Density: 1.0 / 3},
				{Quarter: q(2025, 2), AsOf: date("2025-06-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 3, Density: 2.0 / 3},
				{Quarter: q(2025, 3), AsOf: date("2025-09-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 3, Density: 2.0 / 3},
				{Quarter: q(2025, 4), AsOf: date("2025-12-31"), Institutions: 3, Connected: 3, Partners: 2, Edges: 3, Cooperations: 4, Density: 0.5},
			},
		},
		"a requested range": {
			reason: "from Q2 2025 (the February start is left out, so a–x begins on 2025-06-30) to Q1 2026, which has no new cooperation",
			filter: network.Filter{From: date("2025-04-01"), To: date("2026-03-31")},
			want: []network.QuarterStat{
				{Quarter: q(2025, 2), AsOf: date("2025-06-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 2, Density: 2.0 / 3},
				{Quarter: q(2025, 3), AsOf: date("2025-09-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 2, Density: 2.0 / 3},
				{Quarter: q(2025, 4), AsOf: date("2025-12-31"), Institutions: 3, Connected: 3, Partners: 2, Edges: 3, Cooperations: 3, Density: 0.5},
				{Quarter: q(2026, 1), AsOf: date("2026-03-31"), Institutions: 3, Connected: 3, Partners: 2, Edges: 3, Cooperations: 3, Density: 0.5},
			},
		},
		"as of a day within a quarter": {
			reason: "the last row ends on To, before c–y starts",
			filter: network.Filter{To: date("2025-11-02")},
			want: []network.QuarterStat{
				{Quarter: q(2025, 1), AsOf: date("2025-03-31"), Institutions: 3, Connected: 1, Partners: 1, Edges: 1, Cooperations: 1, Density: 1.0 / 3},
				{Quarter: q(2025, 2), AsOf: date("2025-06-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 3, Density: 2.0 / 3},
				{Quarter: q(2025, 3), AsOf: date("2025-09-30"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 3, Density: 2.0 / 3},
				{Quarter: q(2025, 4), AsOf: date("2025-11-02"), Institutions: 3, Connected: 2, Partners: 1, Edges: 2, Cooperations: 3, Density: 2.0 / 3},
			},
		},
		"a range without data": {
			reason: "a requested range has its rows even when nothing happened in it",
			filter: network.Filter{From: date("2024-01-01"), To: date("2024-06-30")},
			want: []network.QuarterStat{
				{Quarter: q(2024, 1), AsOf: date("2024-03-31"), Institutions: 3},
				{Quarter: q(2024, 2), AsOf: date("2024-06-30"), Institutions: 3},
			},
		},
		"an open range without data": {
			reason: "no cooperation and no end: no rows",
			filter: network.Filter{From: date("2027-01-01")},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := build(t, growthInput(), tc.filter).Quarters
			if diff := cmp.Diff(tc.want, got, approx); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestGrowthEqualsNetworkAsOf checks on a generated city that each quarter's row holds
// exactly the figures of the network built as of its last day.
func TestGrowthEqualsNetworkAsOf(t *testing.T) {
	in := generate(300, 150, 1000, 7)
	for _, f := range []network.Filter{{}, {QuartierID: in.Institutions[0].QuartierID, From: date("2024-02-15")}} {
		rows := build(t, in, f).Quarters
		if len(rows) < 4 {
			t.Fatalf("%d quarters, want the years 2023–2026", len(rows))
		}
		for _, r := range rows {
			asOf := f
			asOf.To = r.AsOf
			n, err := network.Build(in, asOf, network.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := network.QuarterStat{Quarter: r.Quarter, AsOf: r.AsOf, Institutions: len(n.Institutions), Connected: len(n.Institutions) - len(n.Isolated),
				Partners: len(n.Partners), Edges: len(n.Edges), Cooperations: n.Cooperations, Density: n.Density}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("%s with filter %+v (-network as of its end +row):\n%s", r.Quarter, f, diff)
			}
		}
	}
}
