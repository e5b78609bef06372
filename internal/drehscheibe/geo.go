package drehscheibe

import (
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/project"
)

// GeoPoint is a WGS84 coordinate.
type GeoPoint struct {
	Lat float64
	Lon float64
}

func (pt GeoPoint) orb() orb.Point { return orb.Point{pt.Lon, pt.Lat} }

// Area is the service area: the city whose Quartiere and institutions the service
// holds. Every coordinate is checked against it, which catches swapped latitude and
// longitude and values typed in the wrong unit, and keeps another city's data apart.
// The server configures it (SERVICE_AREA); Dortmund is the default.
type Area interface {
	// Name names the area in messages ("Dortmund").
	Name() string
	// DistanceKm returns how far p lies outside the area, 0 inside.
	DistanceKm(p GeoPoint) float64
}

// How far outside the service area a coordinate may lie.
const (
	// AreaToleranceKm is the slack for Quartiere and institutions: a building on the
	// city's border street, a geocoder's error. (All 629 Kitas, schools, youth centres
	// and libraries of the city's open data lie inside their own Unterbezirk.)
	AreaToleranceKm = 1
	// PartnerReachKm is how far a partner may sit from the area: its neighbouring cities
	// and the Dutch border region (Enschede is 73 km from Dortmund's edge), still far
	// from any swapped coordinate.
	PartnerReachKm = 100
)

// Box is a service area given as a bounding box.
type Box struct {
	Label                          string
	MinLat, MaxLat, MinLon, MaxLon float64
}

// DortmundArea is the default service area: the bounding box of its 170 Unterbezirke in the
// city's open data (51.4157–51.6001° N, 7.3025–7.6381° E), rounded outwards.
var DortmundArea = Box{Label: "Dortmund", MinLat: 51.41, MaxLat: 51.61, MinLon: 7.30, MaxLon: 7.64}

// NewBox returns the box between two corners. It refuses an empty box and one outside
// WGS84.
func NewBox(label string, minLon, minLat, maxLon, maxLat float64) (Box, error) {
	if !validLat(minLat) || !validLat(maxLat) || !validLon(minLon) || !validLon(maxLon) || minLat >= maxLat || minLon >= maxLon {
		return Box{}, errors.New("keine Box aus Länge/Breite (West, Süd, Ost, Nord in Grad, West < Ost, Süd < Nord)")
	}
	return Box{Label: label, MinLat: minLat, MaxLat: maxLat, MinLon: minLon, MaxLon: maxLon}, nil
}

// Name implements Area.
func (b Box) Name() string { return b.Label }

// DistanceKm implements Area: the great-circle distance to the nearest point of the box.
func (b Box) DistanceKm(p GeoPoint) float64 {
	if !validLat(p.Lat) || !validLon(p.Lon) {
		return math.Inf(1)
	}
	near := GeoPoint{Lat: min(max(p.Lat, b.MinLat), b.MaxLat), Lon: min(max(p.Lon, b.MinLon), b.MaxLon)}
	return geo.Distance(p.orb(), near.orb()) / 1000
}

// Outline is a service area given by the city's outline: one or more polygons, such as
// the city's Unterbezirke together.
type Outline struct {
	label string
	bound orb.Bound
	// shape is the outline in Web Mercator metres, for planar distances (divided by the
	// Mercator scale factor at the point: well under a percent off across a city).
	shape orb.MultiPolygon
}

// NewOutline returns the area inside the polygons of mp (WGS84 longitude, latitude).
func NewOutline(label string, mp orb.MultiPolygon) (*Outline, error) {
	if len(mp) == 0 {
		return nil, errors.New("der Umriss hat keine Polygone")
	}
	for _, poly := range mp {
		if err := checkPolygon(poly); err != nil {
			return nil, err
		}
	}
	shape := project.MultiPolygon(mp.Clone(), project.WGS84.ToMercator)
	return &Outline{label: label, bound: mp.Bound(), shape: shape}, nil
}

// Name implements Area.
func (o *Outline) Name() string { return o.label }

// DistanceKm implements Area: 0 inside one of the polygons, else the distance to the
// nearest edge.
func (o *Outline) DistanceKm(p GeoPoint) float64 {
	if !validLat(p.Lat) || !validLon(p.Lon) {
		return math.Inf(1)
	}
	at := project.Point(p.orb(), project.WGS84.ToMercator)
	if o.shape.Bound().Contains(at) && planar.MultiPolygonContains(o.shape, at) {
		return 0
	}
	return planar.DistanceFrom(o.shape, at) / project.MercatorScaleFactor(p.orb()) / 1000
}

// Bound returns the bounding box of the outline.
func (o *Outline) Bound() Box {
	return Box{Label: o.label, MinLat: o.bound.Min.Lat(), MaxLat: o.bound.Max.Lat(), MinLon: o.bound.Min.Lon(), MaxLon: o.bound.Max.Lon()}
}

// checkPolygon checks the rings of a polygon: at least one, each closed with at least
// four positions in WGS84.
func checkPolygon(poly orb.Polygon) error {
	if len(poly) == 0 {
		return errors.New("ein Polygon hat keinen Ring")
	}
	for _, ring := range poly {
		if len(ring) < 4 || !ring.Closed() {
			return errors.New("ein Ring hat weniger als vier Punkte oder ist nicht geschlossen")
		}
		for _, pt := range ring {
			if !validLat(pt.Lat()) || !validLon(pt.Lon()) {
				return fmt.Errorf("(%g, %g) ist keine Koordinate (Länge, Breite in Grad)", pt.Lon(), pt.Lat())
			}
		}
	}
	return nil
}

func validLat(v float64) bool { return v >= -90 && v <= 90 } // written this way so NaN fails too
func validLon(v float64) bool { return v >= -180 && v <= 180 }

// area returns the service area the checks use: the Service's, or Dortmund for an
// entity validated on its own.
func (p *problems) area() Area {
	if p.serviceArea != nil {
		return p.serviceArea
	}
	return DortmundArea
}

// checkPoint validates an optional point (nil = none): a WGS84 coordinate at most
// slackKm outside the service area.
func (p *problems) checkPoint(field []string, pt *GeoPoint, slackKm float64) {
	if pt == nil {
		return
	}
	if !validLat(pt.Lat) {
		p.add(sub(field, "lat"), EINVALID, "Breitengrad muss zwischen −90 und 90 liegen")
	}
	if !validLon(pt.Lon) {
		p.add(sub(field, "lon"), EINVALID, "Längengrad muss zwischen −180 und 180 liegen")
	}
	if !validLat(pt.Lat) || !validLon(pt.Lon) {
		return
	}
	a := p.area()
	if d := a.DistanceKm(*pt); d > slackKm {
		p.add(field, EINVALID, "Liegt %s km außerhalb des Einsatzgebiets %s (höchstens %s km; Breite und Länge vertauscht?)",
			km(d), a.Name(), km(slackKm))
	}
}

// km formats a distance in German ("2,5", "140").
func km(d float64) string {
	if d >= 10 || d == math.Trunc(d) {
		return fmt.Sprintf("%.0f", math.Round(d))
	}
	s := fmt.Sprintf("%.1f", d)
	return s[:len(s)-2] + "," + s[len(s)-1:]
}

// SetArea sets the service area the Service checks coordinates against (default
// Dortmund).
func (s *Service) SetArea(a Area) { s.area = a }
