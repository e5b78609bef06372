package drehscheibe

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/paulmach/orb"
)

// Quartier is a neighbourhood (Sozialraum, in the city's statistics an Unterbezirk). It
// belongs to a Stadtbezirk and carries the social indicators that matching uses to
// treat unequal neighbourhoods unequally.
type Quartier struct {
	Meta
	Name string
	// Number is the official Unterbezirk number ("535" for Clarenberg, "001" for
	// Rathaus); unique. It is kept as the city's statistics write it: at least three
	// digits, no further leading zeros, so "0535" and "535" are one number.
	Number              string
	Stadtbezirk         string
	StatistischerBezirk string
	// Aktionsraum names the "Aktionsraum Soziale Stadt" the Quartier lies in ("" = none).
	Aktionsraum  string
	SozialeStadt bool
	Indicators   Indicators
	// Geometry is the outline as a GeoJSON Polygon or MultiPolygon (nil = unknown).
	Geometry json.RawMessage
	Centroid *GeoPoint
}

// Indicators are the Sozialindex figures of a Quartier; nil means not known.
type Indicators struct {
	// ChildPovertyPct is the share of children under 15 living on SGB II benefits.
	ChildPovertyPct *float64
	// Share0to6Pct and Share6to18Pct are the shares of the population in those ages.
	Share0to6Pct  *float64
	Share6to18Pct *float64
	// SchoolSozialindex is the mean NRW Sozialindex (1 low … 9 high need) of its schools.
	SchoolSozialindex *float64
}

// Kind implements Entity.
func (*Quartier) EntityKind() Kind { return KindQuartier }

// Validate implements Entity.
func (q *Quartier) Validate() error { return validate(q) }

// MaxGeometryBytes bounds a Quartier outline.
const MaxGeometryBytes = 4 << 20

var quartierNumberPattern = regexp.MustCompile(`^[0-9]{1,6}$`)

func (q *Quartier) clean() {
	q.Name = cleanText(q.Name)
	q.Number = canonicalNumber(cleanText(q.Number))
	q.Stadtbezirk = cleanText(q.Stadtbezirk)
	q.StatistischerBezirk = cleanText(q.StatistischerBezirk)
	q.Aktionsraum = cleanText(q.Aktionsraum)
}

func (q *Quartier) check(p *problems) {
	p.checkName(path("name"), q.Name, MaxNameLength)
	if !quartierNumberPattern.MatchString(q.Number) {
		p.add(path("number"), EINVALID, "Unterbezirksnummer muss aus 1 bis 6 Ziffern bestehen")
	}
	p.checkName(path("stadtbezirk"), q.Stadtbezirk, MaxNameLength)
	p.checkText(path("statistischerBezirk"), q.StatistischerBezirk, false, MaxNameLength, false)
	p.checkText(path("aktionsraum"), q.Aktionsraum, false, MaxNameLength, false)
	in := sub(path("indicators"))
	p.checkPercent(sub(in, "childPovertyPct"), q.Indicators.ChildPovertyPct)
	p.checkPercent(sub(in, "share0to6Pct"), q.Indicators.Share0to6Pct)
	p.checkPercent(sub(in, "share6to18Pct"), q.Indicators.Share6to18Pct)
	if si := q.Indicators.SchoolSozialindex; si != nil && !(*si >= 1 && *si <= 9) {
		p.add(sub(in, "schoolSozialindex"), EINVALID, "Sozialindex liegt zwischen 1 und 9")
	}
	p.checkGeometry(path("geometry"), q.Geometry)
	p.checkPoint(path("centroid"), q.Centroid, AreaToleranceKm)
}

func (q *Quartier) refs() []ref { return nil }

func (p *problems) checkPercent(field []string, v *float64) {
	if v != nil && !(*v >= 0 && *v <= 100) {
		p.add(field, EINVALID, "Anteil muss zwischen 0 und 100 Prozent liegen")
	}
}

// canonicalNumber writes an Unterbezirk number with at least three digits and no
// further leading zeros ("0535" → "535", "1" → "001"); other text stays as it is, for
// the check to report.
func canonicalNumber(s string) string {
	if !quartierNumberPattern.MatchString(s) {
		return s
	}
	s = strings.TrimLeft(s, "0")
	return strings.Repeat("0", max(0, 3-len(s))) + s
}

// checkGeometry checks that g is a GeoJSON Polygon or MultiPolygon of plausible size,
// with closed rings of WGS84 positions, that lies in the service area.
func (p *problems) checkGeometry(field []string, g json.RawMessage) {
	if len(g) == 0 {
		return
	}
	if len(g) > MaxGeometryBytes {
		p.add(field, EINVALID, "Geometrie ist zu groß (höchstens %d MB)", MaxGeometryBytes>>20)
		return
	}
	mp, err := outline(g)
	if err != nil {
		p.add(field, EINVALID, "Geometrie muss ein GeoJSON-Polygon oder -MultiPolygon sein: %v", err)
		return
	}
	a := p.area()
	for _, pt := range sampleVertices(mp, outlineSamples) {
		if d := a.DistanceKm(GeoPoint{Lat: pt.Lat(), Lon: pt.Lon()}); d > AreaToleranceKm {
			p.add(field, EINVALID, "Der Umriss liegt außerhalb des Einsatzgebiets %s (ein Eckpunkt %s km entfernt)", a.Name(), km(d))
			return
		}
	}
}

// outlineSamples bounds the vertices of an outline checked against the service area,
// so that a large outline against a detailed city outline stays cheap.
const outlineSamples = 200

// outline decodes a GeoJSON Polygon or MultiPolygon and checks its rings.
func outline(g json.RawMessage) (orb.MultiPolygon, error) {
	var head struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if err := json.Unmarshal(g, &head); err != nil {
		return nil, errors.New("kein JSON-Objekt")
	}
	var mp orb.MultiPolygon
	switch head.Type {
	case "Polygon":
		var c [][][]float64
		if err := json.Unmarshal(head.Coordinates, &c); err != nil {
			return nil, errors.New("Koordinaten sind keine Liste von Ringen")
		}
		mp = orb.MultiPolygon{toPolygon(c)}
	case "MultiPolygon":
		var c [][][][]float64
		if err := json.Unmarshal(head.Coordinates, &c); err != nil {
			return nil, errors.New("Koordinaten sind keine Liste von Polygonen")
		}
		for _, poly := range c {
			mp = append(mp, toPolygon(poly))
		}
	default:
		return nil, fmt.Errorf("Typ %q", head.Type)
	}
	if len(mp) == 0 {
		return nil, errors.New("leer")
	}
	for _, poly := range mp {
		if err := checkPolygon(poly); err != nil {
			return nil, err
		}
	}
	return mp, nil
}

// toPolygon converts GeoJSON rings; a position without two numbers becomes NaN, which
// checkPolygon refuses.
func toPolygon(rings [][][]float64) orb.Polygon {
	poly := make(orb.Polygon, len(rings))
	for i, ring := range rings {
		poly[i] = make(orb.Ring, len(ring))
		for j, c := range ring {
			if len(c) < 2 {
				poly[i][j] = orb.Point{math.NaN(), math.NaN()}
				continue
			}
			poly[i][j] = orb.Point{c[0], c[1]}
		}
	}
	return poly
}

// sampleVertices returns at most n vertices of mp, spread evenly over its rings.
func sampleVertices(mp orb.MultiPolygon, n int) []orb.Point {
	total := 0
	for _, poly := range mp {
		for _, ring := range poly {
			total += len(ring)
		}
	}
	step := max(1, total/n)
	var out []orb.Point
	i := 0
	for _, poly := range mp {
		for _, ring := range poly {
			for _, pt := range ring {
				if i%step == 0 {
					out = append(out, pt)
				}
				i++
			}
		}
	}
	return out
}

// Weights of the priority formula (see Priority).
const (
	PriorityWeightChildPoverty = 0.6
	PriorityWeightSozialeStadt = 0.2
	PriorityWeightSozialindex  = 0.2
	// ChildPovertySaturationPct is the child-poverty rate at which that part of the
	// priority is full (Dortmund's most disadvantaged Unterbezirke lie around 50 %).
	ChildPovertySaturationPct = 50.0
)

// Priority is how strongly matching favours the Quartier, in [0,1]:
//
//	priority = (0.6·min(1, childPoverty/50) + 0.2·[Soziale Stadt] + 0.2·(sozialindex−1)/8) / (sum of the weights of known indicators)
//
// An unknown indicator drops out and the others are weighted up, so a Quartier is
// neither punished nor favoured for missing statistics. Soziale Stadt is always known.
func (q *Quartier) Priority() float64 {
	sum, weights := 0.0, 0.0
	if v := q.Indicators.ChildPovertyPct; v != nil {
		sum += PriorityWeightChildPoverty * min(1, max(0, *v/ChildPovertySaturationPct))
		weights += PriorityWeightChildPoverty
	}
	if q.SozialeStadt {
		sum += PriorityWeightSozialeStadt
	}
	weights += PriorityWeightSozialeStadt
	if v := q.Indicators.SchoolSozialindex; v != nil {
		sum += PriorityWeightSozialindex * min(1, max(0, (*v-1)/8))
		weights += PriorityWeightSozialindex
	}
	return sum / weights
}

// QuartierPatch changes some fields of a Quartier.
type QuartierPatch struct {
	Name                Update[string]
	Number              Update[string]
	Stadtbezirk         Update[string]
	StatistischerBezirk Update[string]
	Aktionsraum         Update[string]
	SozialeStadt        Update[bool]
	ChildPovertyPct     Update[*float64]
	Share0to6Pct        Update[*float64]
	Share6to18Pct       Update[*float64]
	SchoolSozialindex   Update[*float64]
	Geometry            Update[json.RawMessage]
	Centroid            Update[*GeoPoint]
}

func (pt QuartierPatch) apply(q *Quartier) {
	pt.Name.apply(&q.Name)
	pt.Number.apply(&q.Number)
	pt.Stadtbezirk.apply(&q.Stadtbezirk)
	pt.StatistischerBezirk.apply(&q.StatistischerBezirk)
	pt.Aktionsraum.apply(&q.Aktionsraum)
	pt.SozialeStadt.apply(&q.SozialeStadt)
	pt.ChildPovertyPct.apply(&q.Indicators.ChildPovertyPct)
	pt.Share0to6Pct.apply(&q.Indicators.Share0to6Pct)
	pt.Share6to18Pct.apply(&q.Indicators.Share6to18Pct)
	pt.SchoolSozialindex.apply(&q.Indicators.SchoolSozialindex)
	pt.Geometry.apply(&q.Geometry)
	pt.Centroid.apply(&q.Centroid)
}
