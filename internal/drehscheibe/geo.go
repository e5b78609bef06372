package drehscheibe

// GeoPoint is a WGS84 coordinate.
type GeoPoint struct {
	Lat float64
	Lon float64
}

// PlausibleArea is the box every coordinate must lie in: Dortmund and the surrounding
// Ruhr region (partners may sit in neighbouring cities). It catches swapped latitude
// and longitude and values typed in the wrong unit.
var PlausibleArea = struct{ MinLat, MaxLat, MinLon, MaxLon float64 }{51.0, 52.0, 6.5, 8.5}

// checkPoint validates an optional point (nil = none).
func (p *problems) checkPoint(field []string, pt *GeoPoint) {
	if pt == nil {
		return
	}
	a := PlausibleArea
	if !(pt.Lat >= a.MinLat && pt.Lat <= a.MaxLat) { // written this way so NaN fails too
		p.add(sub(field, "lat"), EINVALID, "Breitengrad liegt nicht im Raum Dortmund (%.1f–%.1f)", a.MinLat, a.MaxLat)
	}
	if !(pt.Lon >= a.MinLon && pt.Lon <= a.MaxLon) {
		p.add(sub(field, "lon"), EINVALID, "Längengrad liegt nicht im Raum Dortmund (%.1f–%.1f)", a.MinLon, a.MaxLon)
	}
}
