package drehscheibe

import "github.com/paulmach/orb/geo"

// Rules between an entity and the entities it references, checked by the Service once
// the references are found.

// How far an institution may lie from its Quartier. All 629 institutions of the city's
// open data lie inside their own Unterbezirk, and no Unterbezirk reaches further than
// 2.4 km from its centre (Holzen, 542).
const (
	// MaxOutsideQuartierKm is the slack outside a known outline: a building on the
	// border street, a geocoder's error.
	MaxOutsideQuartierKm = 1
	// MaxFromQuartierCentreKm bounds the distance to the centre of a Quartier whose
	// outline is not known: twice the widest Unterbezirk.
	MaxFromQuartierCentreKm = 5
)

// checkReference checks the rules between e and target, an entity it references.
func checkReference(p *problems, e Entity, target Entity) {
	switch e := e.(type) {
	case *Institution:
		if q, ok := target.(*Quartier); ok {
			p.checkInQuartier(e, q)
		}
	case *Bedarf:
		if in, ok := target.(*Institution); ok && !e.AgeRange.Overlaps(in.AgeRange) {
			p.add(path("ageRange"), EINVALID, "Das Alter %d–%d passt nicht zur Einrichtung „%s“ (%s für %d–%d Jahre)",
				e.AgeRange.Min, e.AgeRange.Max, in.Name, in.Type.Label(), in.AgeRange.Min, in.AgeRange.Max)
		}
	}
}

// checkInQuartier checks that an institution lies in or near its Quartier.
func (p *problems) checkInQuartier(in *Institution, q *Quartier) {
	if in.Location == nil {
		return
	}
	if len(q.Geometry) > 0 {
		mp, err := outline(q.Geometry)
		if err != nil {
			return // the Quartier's own check reports its outline
		}
		o, err := NewOutline(q.Name, mp)
		if err != nil {
			return
		}
		if d := o.DistanceKm(*in.Location); d > MaxOutsideQuartierKm {
			p.add(path("location"), EINVALID, "Der Standort liegt %s km außerhalb des Quartiers %s (höchstens %s km)", km(d), q.Name, km(MaxOutsideQuartierKm))
		}
		return
	}
	if q.Centroid != nil {
		if d := geo.Distance(in.Location.orb(), q.Centroid.orb()) / 1000; d > MaxFromQuartierCentreKm {
			p.add(path("location"), EINVALID, "Der Standort liegt %s km vom Quartier %s entfernt (höchstens %s km von seiner Mitte)", km(d), q.Name, km(MaxFromQuartierCentreKm))
		}
	}
}
