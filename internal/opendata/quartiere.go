package opendata

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// QuartierRecord is a Quartier read from the Unterbezirke file.
type QuartierRecord struct {
	Key      string
	Row      int
	Quartier *drehscheibe.Quartier
}

// unterbezirk is a parsed row of the Unterbezirke file, before it becomes a Quartier.
type unterbezirk struct {
	row    int
	number string
	name   string
	area   orb.Geometry // Polygon or MultiPolygon
	props  properties
}

// The indicator properties of the Unterbezirke file.
const (
	propChildPoverty = "children_under_15_SGB_II_pct"
	propShare0to6    = "share_0_6_pct"
	propShare6to18   = "share_6_18_pct"
)

// geometryDecimals is the precision of stored outlines: 6 decimals are about 0.1 m, and
// halve the size of the source's 15-digit coordinates.
const geometryDecimals = 1e6

// parseUnterbezirke reads the rows of the Unterbezirke file; malformed rows and
// duplicate numbers are reported and left out.
func parseUnterbezirke(file string, feats []feature, rep *Report) []unterbezirk {
	var out []unterbezirk
	first := map[string]int{}
	dups := newDuplicates()
	for _, f := range feats {
		u, err := parseUnterbezirk(f)
		if err != nil {
			rep.skip(file, f.row, u.name, KindMalformed, err.Error())
			continue
		}
		if row, ok := first[u.number]; ok {
			dups.add(fmt.Sprintf("Unterbezirk %s", u.number), row, Problem{File: file, Row: u.row, Name: u.name})
			continue
		}
		first[u.number] = u.row
		out = append(out, u)
	}
	dups.report(rep)
	return out
}

func parseUnterbezirk(f feature) (unterbezirk, error) {
	u := unterbezirk{row: f.row, props: f.props}
	if f.err != nil {
		return u, f.err
	}
	u.name = f.props.firstText("Namen", "name", "bezeichnun")
	raw := f.props.firstText("unbeznr", "Schlüssel", "ubznr")
	u.number = unterbezirkNumber(raw)
	switch {
	case u.number == "" && raw == "":
		return u, errors.New("Unterbezirksnummer (unbeznr) fehlt")
	case u.number == "":
		return u, fmt.Errorf("Unterbezirksnummer %q ist keine Zahl mit höchstens drei Ziffern", raw)
	case u.name == "":
		return u, errors.New("Name (Namen) fehlt")
	}
	area, err := decodeArea(f.geometry)
	if err != nil {
		return u, err
	}
	u.area = area
	return u, nil
}

// buildQuartiere turns the Unterbezirke into Quartiere. Invalid ones are skipped.
func buildQuartiere(file string, units []unterbezirk, reg *regions, rep *Report) []QuartierRecord {
	names := make(map[string]string, len(units))
	for _, u := range units {
		names[u.number] = u.name
	}
	out := make([]QuartierRecord, 0, len(units))
	for _, u := range units {
		q := toQuartier(file, u, names, reg, rep)
		if err := validateQuartier(file, u, q, rep); err != nil {
			rep.skip(file, u.row, u.name, KindInvalid, validationMessage(err))
			continue
		}
		out = append(out, QuartierRecord{Key: quartierKey(u.number), Row: u.row, Quartier: q})
	}
	return out
}

func toQuartier(file string, u unterbezirk, names map[string]string, reg *regions, rep *Report) *drehscheibe.Quartier {
	sb := statbezNumber(u.number)
	statbez := reg.statbezName(sb)
	if statbez == "" {
		statbez = names[sb]
	}
	q := &drehscheibe.Quartier{
		Meta:                drehscheibe.Meta{ID: drehscheibe.StableID(drehscheibe.KindQuartier, quartierKey(u.number))},
		Name:                u.name,
		Number:              u.number,
		Stadtbezirk:         stadtbezirke[stadtbezirkNumber(u.number)],
		StatistischerBezirk: statbez,
	}
	a, seen := reg.aktionsraum(u.number)
	if len(seen) > 0 {
		rep.Disagreements = append(rep.Disagreements, Problem{File: file, Row: u.row, Name: u.name, Kind: KindRegion,
			Reason: fmt.Sprintf("die Zeilen im Unterbezirk %s nennen verschiedene Aktionsräume (%s); verwendet: %s (die meisten Zeilen)", u.number, aktionsraeumeText(seen), aktionsraumText(a))})
	}
	q.Aktionsraum, q.SozialeStadt = a.name, a.name != ""
	q.Indicators.ChildPovertyPct = percent(file, u, propChildPoverty, rep)
	q.Indicators.Share0to6Pct = percent(file, u, propShare0to6, rep)
	q.Indicators.Share6to18Pct = percent(file, u, propShare6to18, rep)
	c, _ := planar.CentroidArea(u.area)
	q.Centroid = &drehscheibe.GeoPoint{Lat: round6(c.Lat()), Lon: round6(c.Lon())}
	geom, err := outline(u.area)
	if err != nil {
		rep.note(file, u.row, u.name, KindDropped, err.Error())
	}
	q.Geometry = geom
	return q
}

// validateQuartier validates q. The names taken from other rows (statistischer
// Bezirk, Aktionsraum) are optional: when the domain rejects one, it is dropped with a
// note instead of costing the Quartier.
func validateQuartier(file string, u unterbezirk, q *drehscheibe.Quartier, rep *Report) error {
	err := q.Validate()
	e, ok := drehscheibe.AsError(err)
	if !ok {
		return err
	}
	for _, p := range e.Problems {
		if len(p.Field) == 0 || p.Field[0] != "statistischerBezirk" && p.Field[0] != "aktionsraum" {
			return err
		}
	}
	for _, p := range e.Problems {
		var value string
		if p.Field[0] == "statistischerBezirk" {
			value, q.StatistischerBezirk = q.StatistischerBezirk, ""
		} else {
			value, q.Aktionsraum, q.SozialeStadt = q.Aktionsraum, "", false
		}
		rep.note(file, u.row, u.name, KindDropped, fmt.Sprintf("%s %q verworfen: %s", p.Field[0], value, p.Message))
	}
	return q.Validate()
}

// percent reads an indicator; a value that is not a number or not a percentage is
// dropped (nil) with a note rather than costing the Quartier.
func percent(file string, u unterbezirk, key string, rep *Report) *float64 {
	v, ok, err := u.props.number(key)
	switch {
	case err != nil:
		rep.note(file, u.row, u.name, KindDropped, fmt.Sprintf("%s: %v; Wert bleibt unbekannt", key, err))
		return nil
	case !ok:
		return nil
	case v < 0 || v > 100:
		rep.note(file, u.row, u.name, KindDropped, fmt.Sprintf("%s: %g liegt nicht zwischen 0 und 100; Wert bleibt unbekannt", key, v))
		return nil
	}
	return &v
}

// outline returns the area as GeoJSON with coordinates rounded to 6 decimals; nil and
// an error when it is still larger than drehscheibe.MaxGeometryBytes.
func outline(area orb.Geometry) (json.RawMessage, error) {
	rounded := orb.Round(orb.Clone(area), geometryDecimals)
	b, err := json.Marshal(struct {
		Type        string       `json:"type"`
		Coordinates orb.Geometry `json:"coordinates"`
	}{area.GeoJSONType(), rounded})
	if err != nil {
		return nil, err
	}
	if len(b) > drehscheibe.MaxGeometryBytes {
		return nil, fmt.Errorf("Umriss ist %d Bytes groß (höchstens %d) und wird weggelassen; der Mittelpunkt bleibt", len(b), drehscheibe.MaxGeometryBytes)
	}
	return b, nil
}

func round6(v float64) float64 { return math.Round(v*geometryDecimals) / geometryDecimals }

func aktionsraumText(a aktionsraum) string {
	if a.name == "" {
		return "keiner"
	}
	return a.number + " " + a.name
}

func aktionsraeumeText(as []aktionsraum) string {
	s := ""
	for i, a := range as {
		if i > 0 {
			s += ", "
		}
		s += aktionsraumText(a)
	}
	return s
}
