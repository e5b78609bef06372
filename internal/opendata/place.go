package opendata

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/project"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// areaIndex finds the Quartier a point lies in, by point-in-polygon on the
// Unterbezirk outlines (WGS84 treated as a plane: at the scale of a city the error is a
// few centimetres at the boundary). 170 outlines need no spatial index: a bounding-box
// test first makes a lookup a few microseconds.
type areaIndex struct {
	areas    []indexedArea
	byNumber map[string]*indexedArea
}

type indexedArea struct {
	number string
	name   string
	id     drehscheibe.ID
	area   orb.Geometry
	bound  orb.Bound
}

// newAreaIndex indexes the Unterbezirke that became Quartiere.
func newAreaIndex(units []unterbezirk, quartiere []QuartierRecord) *areaIndex {
	ids := make(map[string]drehscheibe.ID, len(quartiere))
	for _, q := range quartiere {
		ids[q.Quartier.Number] = q.Quartier.ID
	}
	ix := &areaIndex{byNumber: map[string]*indexedArea{}}
	for _, u := range units {
		if id, ok := ids[u.number]; ok {
			ix.areas = append(ix.areas, indexedArea{number: u.number, name: u.name, id: id, area: u.area, bound: u.area.Bound()})
		}
	}
	for i := range ix.areas {
		ix.byNumber[ix.areas[i].number] = &ix.areas[i]
	}
	return ix
}

// containing returns the areas that contain p, in file order.
func (ix *areaIndex) containing(p orb.Point) []*indexedArea {
	var out []*indexedArea
	for i := range ix.areas {
		a := &ix.areas[i]
		if !a.bound.Contains(p) {
			continue
		}
		var in bool
		switch g := a.area.(type) {
		case orb.Polygon:
			in = planar.PolygonContains(g, p)
		case orb.MultiPolygon:
			in = planar.MultiPolygonContains(g, p)
		}
		if in {
			out = append(out, a)
		}
	}
	return out
}

// placement is where a row is placed.
type placement struct {
	area *indexedArea // nil: not placed
	// disagreement is set when the row's ubznr and its position disagree.
	disagreement *Problem
}

// place finds the Quartier of a point row. The position decides: the row's ubznr is
// checked against it, and used only for a point outside every Unterbezirk (the city's
// outlines and points come from different sources, and a point on the city limit can
// fall just outside). Where outlines overlap, the one the row names wins.
func (ix *areaIndex) place(r *pointRow) placement {
	in := ix.containing(r.at)
	named := ix.byNumber[r.ubz]
	problem := func(kind ProblemKind, format string, args ...any) *Problem {
		return &Problem{File: r.file, Row: r.row, Name: r.name, Kind: kind, Reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case len(in) == 0 && named != nil:
		return placement{area: named, disagreement: problem(KindOutside,
			"der Punkt liegt in keinem Unterbezirk (%s vom Unterbezirk %s %s entfernt); verwendet: Unterbezirk %s aus der Zeile",
			metres(distanceM(named.area, r.at)), named.number, named.name, named.number)}
	case len(in) == 0:
		return placement{}
	}
	for _, a := range in {
		if a == named {
			return placement{area: a}
		}
	}
	chosen := in[0]
	if r.ubz == "" {
		return placement{area: chosen}
	}
	if named == nil {
		return placement{area: chosen, disagreement: problem(KindUnterbezirk,
			"die Zeile nennt den unbekannten Unterbezirk %s; verwendet: %s %s, in dem der Punkt liegt", r.ubz, chosen.number, chosen.name)}
	}
	return placement{area: chosen, disagreement: problem(KindUnterbezirk,
		"der Punkt liegt im Unterbezirk %s %s, die Zeile nennt %s %s (%s entfernt); verwendet: %s nach der Lage des Punkts",
		chosen.number, chosen.name, named.number, named.name, metres(distanceM(named.area, r.at)), chosen.number)}
}

// distanceM is the distance in metres from p to the boundary of area: planar in the
// Mercator projection, divided by its scale factor at p (exact enough for the few
// hundred metres that matter here).
func distanceM(area orb.Geometry, p orb.Point) float64 {
	projected := project.Geometry(orb.Clone(area), project.WGS84.ToMercator)
	return planar.DistanceFrom(projected, project.Point(p, project.WGS84.ToMercator)) / project.MercatorScaleFactor(p)
}

func metres(m float64) string {
	if m >= 1000 {
		return fmt.Sprintf("%.1f km", m/1000)
	}
	return fmt.Sprintf("%.0f m", m)
}
