package match

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// DistanceKm is the great-circle distance between a and b in kilometres.
func DistanceKm(a, b drehscheibe.GeoPoint) float64 {
	return geo.DistanceHaversine(orb.Point{a.Lon, a.Lat}, orb.Point{b.Lon, b.Lat}) / 1000
}

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
