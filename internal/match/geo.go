package match

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/project"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// DistanceKm is the great-circle distance between a and b in kilometres.
func DistanceKm(a, b drehscheibe.GeoPoint) float64 {
	return geo.DistanceHaversine(orb.Point{a.Lon, a.Lat}, orb.Point{b.Lon, b.Lat}) / 1000
}

// mercator projects a point to Web Mercator metres (orb/project), so that many
// distances from one place are a subtraction and a square root each.
func mercator(p drehscheibe.GeoPoint) orb.Point {
	return project.Point(orb.Point{p.Lon, p.Lat}, project.WGS84.ToMercator)
}

// nearKm is the distance in km between two projected points near the place whose
// Mercator scale factor is scale: planar distance divided by the scale. Across the
// city the error stays below half a percent; reported distances use DistanceKm.
func nearKm(a, b orb.Point, scale float64) float64 { return planar.Distance(a, b) / scale / 1000 }

// Serves reports whether partner p brings its offers to a place in Quartier q at point
// at (nil when unknown): the partner works citywide, names the Quartier, or the place
// lies within its radius.
func Serves(p *drehscheibe.Partner, q drehscheibe.ID, at *drehscheibe.GeoPoint) bool {
	sa := p.ServiceArea
	if sa.Citywide || (q != "" && slices.Contains(sa.QuartierIDs, q)) {
		return true
	}
	return sa.RadiusKm > 0 && p.Location != nil && at != nil && DistanceKm(*p.Location, *at) <= sa.RadiusKm
}
