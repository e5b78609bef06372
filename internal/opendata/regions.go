package opendata

import (
	"fmt"
	"sort"
	"strings"
)

// The indicator file names each Unterbezirk by number and name only; the city's
// hierarchy above it is encoded in the number and spelled out in the point files.
//
//   - Stadtbezirk: the first digit of the Unterbezirk number (1 Eving … 9 Mengede); the
//     Innenstadt (first digit 0) is three Stadtbezirke by the second digit: 0–3
//     Innenstadt-West, 4–6 Innenstadt-Nord, 7–9 Innenstadt-Ost. The twelve names are a
//     fixed table (they are the city's Stadtbezirke and did not change since 1975);
//     every point row's stadtbeznr/stadtbezbe is checked against it.
//   - Statistischer Bezirk: the first two digits followed by 0 ("535" → "530"). Its
//     name is the one the point rows give most often for that statbeznr; failing that,
//     the name of the Unterbezirk carrying the district's own number (a statistischer
//     Bezirk of one Unterbezirk, like 130 Holthausen).
//   - Aktionsraum Soziale Stadt: taken from the point rows of the Unterbezirk (the
//     majority of aktionsrnr/aktionsrbz of the rows whose ubznr names it). Only a named
//     Aktionsraum with a number counts: the thirteen Aktionsräume of the city's
//     Aktionsplan carry the number of their Sozialraum; a few rows name an area without
//     a number ("Meylantviertel", "Wambeler Heide"), inconsistently within their
//     Unterbezirk, and are ignored. An Unterbezirk without any point row has no known
//     Aktionsraum.

// stadtbezirke are the twelve Stadtbezirke by the number the point files give them.
var stadtbezirke = map[string]string{
	"10": "Innenstadt-West", "20": "Innenstadt-Nord", "30": "Innenstadt-Ost",
	"1": "Eving", "2": "Scharnhorst", "3": "Brackel", "4": "Aplerbeck", "5": "Hörde",
	"6": "Hombruch", "7": "Lütgendortmund", "8": "Huckarde", "9": "Mengede",
}

// stadtbezirkNumber returns the Stadtbezirk number of a (three-digit) Unterbezirk.
func stadtbezirkNumber(ubz string) string {
	if ubz[0] != '0' {
		return ubz[:1]
	}
	switch {
	case ubz[1] <= '3':
		return "10"
	case ubz[1] <= '6':
		return "20"
	}
	return "30"
}

// statbezNumber returns the statistischer Bezirk number of a (three-digit) Unterbezirk.
func statbezNumber(ubz string) string { return ubz[:2] + "0" }

// aktionsraum is an Aktionsraum Soziale Stadt.
type aktionsraum struct{ number, name string }

// regions collects what the point rows say about the areas they lie in.
type regions struct {
	statbezNames  map[string]*tally[string]      // statbeznr → names
	aktionsraeume map[string]*tally[aktionsraum] // ubznr → Aktionsraum ("" = none)
	unnumbered    map[string]Problem             // Aktionsraum names without a number → first row
}

func newRegions() *regions {
	return &regions{statbezNames: map[string]*tally[string]{}, aktionsraeume: map[string]*tally[aktionsraum]{}, unnumbered: map[string]Problem{}}
}

// add records the area attributes of a point row and reports those that contradict
// the number scheme.
func (g *regions) add(r *pointRow, rep *Report) {
	if r.ubz == "" {
		return
	}
	disagree := func(format string, args ...any) {
		rep.Disagreements = append(rep.Disagreements, Problem{File: r.file, Row: r.row, Name: r.name, Kind: KindRegion, Reason: fmt.Sprintf(format, args...)})
	}
	sbz := stadtbezirkNumber(r.ubz)
	if nr := strings.TrimLeft(r.stadtbeznr, "0"); nr != "" && nr != sbz || r.stadtbezbe != "" && foldKey(r.stadtbezbe) != foldKey(stadtbezirke[sbz]) {
		disagree("Stadtbezirk der Zeile (%s %s) passt nicht zum Unterbezirk %s (%s %s); verwendet: %s nach der Unterbezirksnummer",
			r.stadtbeznr, r.stadtbezbe, r.ubz, sbz, stadtbezirke[sbz], stadtbezirke[sbz])
	}
	if r.statbeznr != "" && r.statbezbe != "" {
		if r.statbeznr != statbezNumber(r.ubz) {
			disagree("statistischer Bezirk der Zeile (%s %s) passt nicht zum Unterbezirk %s (Bezirk %s); verwendet: %s nach der Unterbezirksnummer",
				r.statbeznr, r.statbezbe, r.ubz, statbezNumber(r.ubz), statbezNumber(r.ubz))
		}
		tallyOf(g.statbezNames, r.statbeznr).add(r.statbezbe)
	}
	var a aktionsraum
	switch {
	case r.aktionsrnr != "" && r.aktionsrbz != "":
		a = aktionsraum{r.aktionsrnr, r.aktionsrbz}
	case r.aktionsrbz != "":
		if _, ok := g.unnumbered[r.aktionsrbz]; !ok {
			g.unnumbered[r.aktionsrbz] = Problem{File: r.file, Row: r.row, Name: r.name, Kind: KindDropped,
				Reason: fmt.Sprintf("Aktionsraum %q ohne Nummer (aktionsrnr): kein Aktionsraum Soziale Stadt, nicht übernommen", r.aktionsrbz)}
		}
	}
	tallyOf(g.aktionsraeume, r.ubz).add(a)
}

// statbezName returns the name of a statistischer Bezirk as the point rows give it.
func (g *regions) statbezName(number string) string {
	if t := g.statbezNames[number]; t != nil {
		return t.winner()
	}
	return ""
}

// aktionsraum returns the Aktionsraum of an Unterbezirk and every value its rows gave
// when they disagree.
func (g *regions) aktionsraum(ubz string) (aktionsraum, []aktionsraum) {
	t := g.aktionsraeume[ubz]
	if t == nil {
		return aktionsraum{}, nil
	}
	if len(t.order) > 1 {
		return t.winner(), t.order
	}
	return t.winner(), nil
}

// unnumbered returns a note for each Aktionsraum name without a number (at its first
// row), sorted by name.
func (g *regions) unnumberedNotes() []Problem {
	names := make([]string, 0, len(g.unnumbered))
	for n := range g.unnumbered {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Problem, len(names))
	for i, n := range names {
		out[i] = g.unnumbered[n]
	}
	return out
}

// tally counts values in the order they are first seen.
type tally[T comparable] struct {
	counts map[T]int
	order  []T
}

func tallyOf[T comparable](m map[string]*tally[T], key string) *tally[T] {
	t := m[key]
	if t == nil {
		t = &tally[T]{counts: map[T]int{}}
		m[key] = t
	}
	return t
}

func (t *tally[T]) add(v T) {
	if t.counts[v] == 0 {
		t.order = append(t.order, v)
	}
	t.counts[v]++
}

// winner returns the most frequent value; ties go to the one seen first.
func (t *tally[T]) winner() T {
	var best T
	n := 0
	for _, v := range t.order {
		if t.counts[v] > n {
			best, n = v, t.counts[v]
		}
	}
	return best
}
