package network_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// metrics are the figures of a network the hand-computed cases check.
type metrics struct {
	Degree       map[drehscheibe.ID]int
	Betweenness  map[drehscheibe.ID]float64
	Density      float64
	Cooperations int
	Isolated     []drehscheibe.ID
	Bridges      []drehscheibe.ID
	Components   []network.Component
	Cost         int
}

func metricsOf(n *network.Network) metrics {
	m := metrics{Degree: map[drehscheibe.ID]int{}, Betweenness: map[drehscheibe.ID]float64{}, Density: n.Density,
		Cooperations: n.Cooperations, Isolated: n.Isolated, Bridges: n.Bridges, Components: n.Components, Cost: n.BetweennessCost()}
	for _, x := range n.Institutions {
		m.Degree[x.ID], m.Betweenness[x.ID] = x.Degree, x.Betweenness
	}
	for _, x := range n.Partners {
		m.Degree[x.ID], m.Betweenness[x.ID] = x.Degree, x.Betweenness
	}
	return m
}

// TestMetricsOfKnownGraphs checks degree, density, betweenness, bridges and components
// on small graphs computed by hand. Betweenness is normalised by the bipartite maximum
// (docs/network.md): for a node among n on its side with m on the other,
// ½[m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)], s = (n−1) div m, t = (n−1) mod m.
func TestMetricsOfKnownGraphs(t *testing.T) {
	cases := map[string]struct {
		reason string
		in     network.Input
		want   metrics
	}{
		"partner star": {
			reason: "x joins four institutions: the C(4,2) = 6 pairs all pass through it, and 6 is the maximum for one partner with four institutions (½[16·1 + 4·1·(−1)] = 6)",
			in:     graphOf([]string{"a", "b", "c", "d"}, []string{"x"}, [2]string{"a", "x"}, [2]string{"b", "x"}, [2]string{"c", "x"}, [2]string{"d", "x"}),
			want: metrics{
				Degree:       map[drehscheibe.ID]int{ins("a"): 1, ins("b"): 1, ins("c"): 1, ins("d"): 1, par("x"): 4},
				Betweenness:  map[drehscheibe.ID]float64{ins("a"): 0, ins("b"): 0, ins("c"): 0, ins("d"): 0, par("x"): 1},
				Density:      1, // 4 edges / (4 × 1)
				Cooperations: 4,
				Bridges:      []drehscheibe.ID{par("x")},
				Components:   []network.Component{{Institutions: []drehscheibe.ID{ins("a"), ins("b"), ins("c"), ins("d")}, Partners: []drehscheibe.ID{par("x")}, Edges: 4}},
				Cost:         5 * 4,
			},
		},
		"institution star": {
			reason: "a works with three partners: it lies on the 3 partner pairs, the maximum for one institution with three partners; no partner bridges",
			in:     graphOf([]string{"a"}, []string{"x", "y", "z"}, [2]string{"a", "x"}, [2]string{"a", "y"}, [2]string{"a", "z"}),
			want: metrics{
				Degree:       map[drehscheibe.ID]int{ins("a"): 3, par("x"): 1, par("y"): 1, par("z"): 1},
				Betweenness:  map[drehscheibe.ID]float64{ins("a"): 1, par("x"): 0, par("y"): 0, par("z"): 0},
				Density:      1,
				Cooperations: 3,
				Components:   []network.Component{{Institutions: []drehscheibe.ID{ins("a")}, Partners: []drehscheibe.ID{par("x"), par("y"), par("z")}, Edges: 3}},
				Cost:         4 * 3,
			},
		},
		"path with one bridging partner": {
			reason: "x – a – y – b – z: y lies on the 4 paths between {x, a} and {b, z}, the maximum for a partner among three with two institutions (s = 1, t = 0: ½[4·4 + 2·2·(−2)] = 4); a lies on the 3 paths from x to y, b and z, of a maximum of 5 (s = 0, t = 1: ½[9 + 3 − 2])",
			in:     graphOf([]string{"a", "b"}, []string{"x", "y", "z"}, [2]string{"a", "x"}, [2]string{"a", "y"}, [2]string{"b", "y"}, [2]string{"b", "z"}),
			want: metrics{
				Degree:       map[drehscheibe.ID]int{ins("a"): 2, ins("b"): 2, par("x"): 1, par("y"): 2, par("z"): 1},
				Betweenness:  map[drehscheibe.ID]float64{ins("a"): 0.6, ins("b"): 0.6, par("x"): 0, par("y"): 1, par("z"): 0},
				Density:      4.0 / 6, // 4 edges / (2 × 3)
				Cooperations: 4,
				Bridges:      []drehscheibe.ID{par("y")},
				Components:   []network.Component{{Institutions: []drehscheibe.ID{ins("a"), ins("b")}, Partners: []drehscheibe.ID{par("x"), par("y"), par("z")}, Edges: 4}},
				Cost:         5 * 4,
			},
		},
		"two components and an isolated institution": {
			reason: "{a, b, x} and {c, y} share no node; d has no partner and is no component; x lies on the pair (a, b): 1 of a maximum of 5 for a partner among two with three active institutions (s = 0, t = 1: ½[9 + 3 − 2])",
			in:     graphOf([]string{"a", "b", "c", "d"}, []string{"x", "y"}, [2]string{"a", "x"}, [2]string{"b", "x"}, [2]string{"c", "y"}),
			want: metrics{
				Degree:       map[drehscheibe.ID]int{ins("a"): 1, ins("b"): 1, ins("c"): 1, ins("d"): 0, par("x"): 2, par("y"): 1},
				Betweenness:  map[drehscheibe.ID]float64{ins("a"): 0, ins("b"): 0, ins("c"): 0, ins("d"): 0, par("x"): 0.2, par("y"): 0},
				Density:      3.0 / 8, // 3 edges / (4 × 2)
				Cooperations: 3,
				Isolated:     []drehscheibe.ID{ins("d")},
				Bridges:      []drehscheibe.ID{par("x")},
				Components: []network.Component{
					{Institutions: []drehscheibe.ID{ins("a"), ins("b")}, Partners: []drehscheibe.ID{par("x")}, Edges: 2},
					{Institutions: []drehscheibe.ID{ins("c")}, Partners: []drehscheibe.ID{par("y")}, Edges: 1},
				},
				Cost: 3 * 2, // the single edge c–y costs nothing
			},
		},
		"empty": {
			reason: "no institutions, no partners: no edges, density 0",
			in:     network.Input{},
			want:   metrics{Degree: map[drehscheibe.ID]int{}, Betweenness: map[drehscheibe.ID]float64{}},
		},
		"institutions without cooperations": {
			reason: "partners without a cooperation in the scope are not in the network, so the density has no pairs to count",
			in:     graphOf([]string{"a", "b"}, []string{"x"}),
			want: metrics{
				Degree:      map[drehscheibe.ID]int{ins("a"): 0, ins("b"): 0},
				Betweenness: map[drehscheibe.ID]float64{ins("a"): 0, ins("b"): 0},
				Isolated:    []drehscheibe.ID{ins("a"), ins("b")},
			},
		},
		"single edge": {
			reason: "two cooperations of a and x make one edge of weight 2; nobody lies between two others",
			in:     graphOf([]string{"a"}, []string{"x"}, [2]string{"a", "x"}, [2]string{"a", "x"}),
			want: metrics{
				Degree:       map[drehscheibe.ID]int{ins("a"): 1, par("x"): 1},
				Betweenness:  map[drehscheibe.ID]float64{ins("a"): 0, par("x"): 0},
				Density:      1,
				Cooperations: 2,
				Components:   []network.Component{{Institutions: []drehscheibe.ID{ins("a")}, Partners: []drehscheibe.ID{par("x")}, Edges: 1}},
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := metricsOf(build(t, tc.in, network.Filter{}))
			if diff := cmp.Diff(tc.want, got, approx, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestEdges checks that cooperations of one pair make one edge: weight, themes in the
// city's order, the earliest start; and the weighted degrees.
func TestEdges(t *testing.T) {
	in := graphOf([]string{"a", "b"}, []string{"x"})
	in.Cooperations = []network.Cooperation{
		coop("a", "x", drehscheibe.ThemeMusikKultur, "2026-03-01"),
		coop("a", "x", drehscheibe.ThemeSportGesundheit, "2025-11-20"),
		coop("a", "x", drehscheibe.ThemeMusikKultur, "2026-05-01"),
		coop("b", "x", drehscheibe.ThemeBNE, "2026-02-02"),
	}
	n := build(t, in, network.Filter{})
	want := []network.Edge{
		{InstitutionID: ins("a"), PartnerID: par("x"), Weight: 3, Themes: []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit, drehscheibe.ThemeMusikKultur}, FirstStart: date("2025-11-20")},
		{InstitutionID: ins("b"), PartnerID: par("x"), Weight: 1, Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE}, FirstStart: date("2026-02-02")},
	}
	if diff := cmp.Diff(want, n.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	a, _ := n.Institution(ins("a"))
	x, _ := n.Partner(par("x"))
	if a.Degree != 1 || a.Cooperations != 3 || x.Degree != 2 || x.Cooperations != 4 {
		t.Errorf("a: degree %d, cooperations %d; x: degree %d, cooperations %d; want 1, 3; 2, 4", a.Degree, a.Cooperations, x.Degree, x.Cooperations)
	}
	if _, ok := n.Partner(par("nobody")); ok {
		t.Error("Partner found a partner that is not in the network")
	}
}

// TestWhatCounts checks which cooperations make the network: the statuses of an
// accepted request or an agreement, known partners, institutions in the scope.
func TestWhatCounts(t *testing.T) {
	in := graphOf([]string{"a"}, []string{"x", "y", "z", "w", "v"})
	for i, s := range []network.Status{network.StatusAccepted, network.StatusAgreed, network.StatusDone, "REQUESTED", "DECLINED", "WITHDRAWN", "CANCELLED", ""} {
		c := coop("a", []string{"x", "y", "z", "w", "v", "w", "v", "v"}[i], drehscheibe.ThemeBNE, "2026-01-10")
		c.Status = s
		in.Cooperations = append(in.Cooperations, c)
	}
	in.Cooperations = append(in.Cooperations,
		coop("a", "unknown", drehscheibe.ThemeBNE, "2026-01-10"),      // no such partner
		coop("unknown", "x", drehscheibe.ThemeBNE, "2026-01-10"),      // no such institution
		coop("a", "x", drehscheibe.Theme("ASTRONOMIE"), "2026-01-10"), // not a Themenfeld: counted, without theme
	)
	n := build(t, in, network.Filter{})
	var partners []drehscheibe.ID
	for _, p := range n.Partners {
		partners = append(partners, p.ID)
	}
	if diff := cmp.Diff([]drehscheibe.ID{par("x"), par("y"), par("z")}, partners); diff != "" {
		t.Errorf("partners: ACCEPTED, AGREED and DONE count, nothing else (-want +got):\n%s", diff)
	}
	if n.Cooperations != 4 || n.Edges[0].Weight != 2 {
		t.Errorf("cooperations %d, weight of a–x %d; want 4 and 2", n.Cooperations, n.Edges[0].Weight)
	}
	if diff := cmp.Diff([]drehscheibe.Theme{drehscheibe.ThemeBNE}, n.Edges[0].Themes); diff != "" {
		t.Errorf("themes of a–x (-want +got):\n%s", diff)
	}
}

// TestThemeGaps checks the institutions without a partner per Themenfeld.
func TestThemeGaps(t *testing.T) {
	in := graphOf([]string{"a", "b", "c"}, []string{"x", "y"})
	in.Cooperations = []network.Cooperation{
		coop("a", "x", drehscheibe.ThemeSportGesundheit, "2026-01-10"),
		coop("a", "y", drehscheibe.ThemeMintDigitales, "2026-01-10"),
		coop("b", "x", drehscheibe.ThemeSportGesundheit, "2026-01-10"),
		coop("b", "x", drehscheibe.ThemeBNE, "2026-01-10"),
	}
	all := []drehscheibe.ID{ins("a"), ins("b"), ins("c")}
	want := []network.ThemeGap{
		{Theme: drehscheibe.ThemeSportGesundheit, Institutions: []drehscheibe.ID{ins("c")}},
		{Theme: drehscheibe.ThemeMintDigitales, Institutions: []drehscheibe.ID{ins("b"), ins("c")}},
		{Theme: drehscheibe.ThemeDemokratiefoerderung, Institutions: all},
		{Theme: drehscheibe.ThemeSozialkompetenz, Institutions: all},
		{Theme: drehscheibe.ThemeBNE, Institutions: []drehscheibe.ID{ins("a"), ins("c")}},
		{Theme: drehscheibe.ThemeMusikKultur, Institutions: all},
	}
	if diff := cmp.Diff(want, build(t, in, network.Filter{}).ThemeGaps); diff != "" {
		t.Errorf("theme gaps (-want +got):\n%s", diff)
	}
	// The empty network still names the six Themenfelder.
	if got := build(t, network.Input{}, network.Filter{}).ThemeGaps; len(got) != len(drehscheibe.Themes) {
		t.Errorf("empty network: %d theme gaps, want %d", len(got), len(drehscheibe.Themes))
	}
}

// TestThemeFilter checks the filter by Themenfeld: only the cooperations in it count,
// every institution of the scope stays, and the gaps name that Themenfeld only.
func TestThemeFilter(t *testing.T) {
	in := graphOf([]string{"a", "b", "c"}, []string{"x", "y"})
	in.Cooperations = []network.Cooperation{
		coop("a", "x", drehscheibe.ThemeSportGesundheit, "2026-01-10"),
		coop("a", "y", drehscheibe.ThemeMintDigitales, "2026-01-10"),
		coop("b", "x", drehscheibe.ThemeSportGesundheit, "2026-02-10"),
		coop("b", "x", drehscheibe.ThemeBNE, "2026-03-10"),
	}
	f := network.Filter{Theme: drehscheibe.ThemeSportGesundheit}
	n := build(t, in, f)
	want := metrics{
		Degree:       map[drehscheibe.ID]int{ins("a"): 1, ins("b"): 1, ins("c"): 0, par("x"): 2},
		Betweenness:  map[drehscheibe.ID]float64{ins("a"): 0, ins("b"): 0, ins("c"): 0, par("x"): 1},
		Density:      2.0 / 3, // 2 edges / (3 × 1)
		Cooperations: 2,
		Isolated:     []drehscheibe.ID{ins("c")},
		Bridges:      []drehscheibe.ID{par("x")},
		Components:   []network.Component{{Institutions: []drehscheibe.ID{ins("a"), ins("b")}, Partners: []drehscheibe.ID{par("x")}, Edges: 2}},
		Cost:         3 * 2,
	}
	if diff := cmp.Diff(want, metricsOf(n), approx); diff != "" {
		t.Errorf("Sport/Gesundheit only (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]network.ThemeGap{{Theme: drehscheibe.ThemeSportGesundheit, Institutions: []drehscheibe.ID{ins("c")}}}, n.ThemeGaps); diff != "" {
		t.Errorf("theme gaps (-want +got):\n%s", diff)
	}
	if e := n.Edges[1]; e.Weight != 1 || !cmp.Equal(e.Themes, []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit}) {
		t.Errorf("edge b–x: weight %d, themes %v; want the one cooperation in Sport/Gesundheit", e.Weight, e.Themes)
	}
	if got := len(n.Quarters); got != 1 || n.Quarters[0].Cooperations != 2 {
		t.Errorf("growth: %+v, want 2026-Q1 with the two cooperations in the theme", n.Quarters)
	}
}

// TestScope checks the filters by Kindercampus, Quartier and dates.
func TestScope(t *testing.T) {
	in := network.Input{
		Institutions: []network.Institution{
			institution("a", quartierNord, campusNord),
			institution("b", quartierNord, campusNord),
			institution("c", quartierNord, ""),
			institution("d", quartierSued, ""),
		},
		Partners: []network.Partner{partner("x"), partner("y"), partner("z")},
		Cooperations: []network.Cooperation{
			coop("a", "x", drehscheibe.ThemeBNE, "2025-03-01"),
			coop("b", "x", drehscheibe.ThemeBNE, "2025-09-01"),
			coop("c", "y", drehscheibe.ThemeBNE, "2026-01-01"),
			coop("d", "z", drehscheibe.ThemeBNE, "2026-06-30"),
			coop("d", "x", drehscheibe.ThemeBNE, "2026-07-01"),
		},
	}
	type scope struct {
		Institutions, Partners []drehscheibe.ID
		Edges                  int
	}
	cases := map[string]struct {
		reason string
		filter network.Filter
		want   scope
	}{
		"city": {
			reason: "everything",
			want:   scope{[]drehscheibe.ID{ins("a"), ins("b"), ins("c"), ins("d")}, []drehscheibe.ID{par("x"), par("y"), par("z")}, 5},
		},
		"campus": {
			reason: "the campus's institutions and their partners only",
			filter: network.Filter{CampusID: campusNord},
			want:   scope{[]drehscheibe.ID{ins("a"), ins("b")}, []drehscheibe.ID{par("x")}, 2},
		},
		"quartier": {
			reason: "d's partners, x among them, although x also works in Nord",
			filter: network.Filter{QuartierID: quartierSued},
			want:   scope{[]drehscheibe.ID{ins("d")}, []drehscheibe.ID{par("x"), par("z")}, 2},
		},
		"campus and quartier": {
			reason: "both apply: the campus lies in Nord, so nothing of Süd",
			filter: network.Filter{CampusID: campusNord, QuartierID: quartierSued},
			want:   scope{nil, nil, 0},
		},
		"as of": {
			reason: "To alone: the cooperations started by 2026-06-30, that day included",
			filter: network.Filter{To: date("2026-06-30")},
			want:   scope{[]drehscheibe.ID{ins("a"), ins("b"), ins("c"), ins("d")}, []drehscheibe.ID{par("x"), par("y"), par("z")}, 4},
		},
		"range": {
			reason: "From and To, both days included; institutions stay in the scope without cooperations",
			filter: network.Filter{From: date("2025-09-01"), To: date("2026-01-01")},
			want:   scope{[]drehscheibe.ID{ins("a"), ins("b"), ins("c"), ins("d")}, []drehscheibe.ID{par("x"), par("y")}, 2},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			n := build(t, in, tc.filter)
			got := scope{Edges: len(n.Edges)}
			for _, x := range n.Institutions {
				got.Institutions = append(got.Institutions, x.ID)
			}
			for _, x := range n.Partners {
				got.Partners = append(got.Partners, x.ID)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.reason, diff)
			}
			if n.Filter != tc.filter {
				t.Errorf("Filter = %+v, want %+v", n.Filter, tc.filter)
			}
		})
	}
}

// TestBadFilter checks the German errors for a filter from a client.
func TestBadFilter(t *testing.T) {
	f := network.Filter{CampusID: "qua_nord", QuartierID: "kc_nord", From: date("2026-05-01"), To: date("2026-04-30")}
	_, err := network.Build(network.Input{}, f, network.Options{})
	var e *drehscheibe.Error
	if !errorAs(err, &e) || e.Code != drehscheibe.EINVALID {
		t.Fatalf("Build with a bad filter: %v, want a *drehscheibe.Error with code EINVALID", err)
	}
	want := []drehscheibe.Problem{
		{Field: []string{"campus"}, Code: drehscheibe.EINVALID, Message: "Das ist keine ID eines Kindercampus."},
		{Field: []string{"quartier"}, Code: drehscheibe.EINVALID, Message: "Das ist keine ID eines Quartiers."},
		{Field: []string{"to"}, Code: drehscheibe.EINVALID, Message: "Das Ende liegt vor dem Anfang."},
	}
	if diff := cmp.Diff(want, e.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if err := (network.Filter{From: date("1999-12-31"), To: drehscheibe.Date{Year: 9999, Month: 1, Day: 1}}).Validate(); err == nil ||
		len(err.(*drehscheibe.Error).Problems) != 2 {
		t.Errorf("dates outside 2000–2100: %v, want two problems", err)
	}
	if err := (network.Filter{Theme: "KOCHEN"}).Validate(); err == nil || err.(*drehscheibe.Error).Problems[0].Field[0] != "theme" {
		t.Errorf("an unknown Themenfeld: %v, want a problem with theme", err)
	}
	if err := (network.Filter{CampusID: campusNord, QuartierID: quartierNord, Theme: drehscheibe.ThemeBNE, From: date("2026-01-01"), To: date("2026-01-01")}).Validate(); err != nil {
		t.Errorf("a good filter: %v", err)
	}
}

// TestCallerFaults checks the errors for input a caller must not produce.
func TestCallerFaults(t *testing.T) {
	twice := graphOf([]string{"a", "a"}, []string{"x"})
	if _, err := network.Build(twice, network.Filter{}, network.Options{}); err == nil {
		t.Error("an institution given twice was accepted")
	}
	twice = graphOf([]string{"a"}, []string{"x", "x"})
	if _, err := network.Build(twice, network.Filter{}, network.Options{}); err == nil {
		t.Error("a partner given twice was accepted")
	}
	undated := graphOf([]string{"a"}, []string{"x"}, [2]string{"a", "x"})
	undated.Cooperations[0].Start = drehscheibe.Date{}
	if _, err := network.Build(undated, network.Filter{}, network.Options{}); err == nil {
		t.Error("a cooperation without a start date was accepted")
	}
}

// TestWithoutBetweenness checks that the costly part is left out unless asked for.
func TestWithoutBetweenness(t *testing.T) {
	in := graphOf([]string{"a", "b"}, []string{"x"}, [2]string{"a", "x"}, [2]string{"b", "x"})
	n, err := network.Build(in, network.Filter{}, network.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, _ := n.Partner(par("x"))
	if n.HasBetweenness || x.Betweenness != 0 || len(n.Bridges) != 0 {
		t.Errorf("without Options.Betweenness: HasBetweenness %v, betweenness of x %v, bridges %v", n.HasBetweenness, x.Betweenness, n.Bridges)
	}
	if x.Degree != 2 || n.Density != 1 || len(n.Components) != 1 {
		t.Errorf("the other metrics are computed all the same: degree %d, density %v, components %d", x.Degree, n.Density, len(n.Components))
	}
}
