package opendata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// GeoJSON is decoded with encoding/json into orb's types rather than with
// orb/geojson, which pulls in the MongoDB BSON packages, and because a collection must
// be read feature by feature: one broken feature must not cost the others.

// feature is one feature of a FeatureCollection as read.
type feature struct {
	// row is the 1-based position of the feature in the file.
	row      int
	props    properties
	geometry json.RawMessage
	// err is set when the feature is not a JSON object with object properties.
	err error
}

// readFeatures reads a GeoJSON FeatureCollection in UTF-8 or Windows-1252. It fails only
// when the file cannot be read or is not a FeatureCollection at all. The features are
// streamed, so that each is scanned once; a feature of the wrong shape comes back with
// err set and the next one is read.
func readFeatures(path string) ([]feature, string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	text, enc := decodeText(raw)
	dec := json.NewDecoder(bytes.NewReader(text))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, enc, errors.New("kein JSON-Objekt")
	}
	var typ string
	var out []feature
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, enc, fmt.Errorf("kein gültiges JSON: %w", err)
		}
		switch t {
		case "type":
			if err := dec.Decode(&typ); err != nil {
				return nil, enc, fmt.Errorf("kein gültiges JSON: %w", err)
			}
		case "features":
			if out, err = decodeFeatures(dec); err != nil {
				return nil, enc, fmt.Errorf("kein gültiges JSON: %w", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, enc, fmt.Errorf("kein gültiges JSON: %w", err)
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, enc, fmt.Errorf("kein gültiges JSON: %w", err)
	}
	if typ != "FeatureCollection" {
		return nil, enc, fmt.Errorf("keine GeoJSON-FeatureCollection (type %q)", typ)
	}
	return out, enc, nil
}

// decodeFeatures reads the features array. Only a syntax error ends it.
func decodeFeatures(dec *json.Decoder) ([]feature, error) {
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, errors.New("features ist keine Liste")
	}
	var out []feature
	for dec.More() {
		var f struct {
			Geometry   json.RawMessage `json:"geometry"`
			Properties properties      `json:"properties"`
		}
		row := len(out) + 1
		err := dec.Decode(&f)
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typeErr):
			out = append(out, feature{row: row, err: errors.New("Feature ist kein GeoJSON-Objekt mit Eigenschaften")})
		case err != nil:
			return nil, err
		default:
			out = append(out, feature{row: row, props: f.Properties, geometry: f.Geometry})
		}
	}
	_, err := dec.Token() // ]
	return out, err
}

// properties are the properties of a feature, decoded on access so that a value of an
// unexpected JSON type spoils one field, not the row.
type properties map[string]json.RawMessage

// text returns a property as cleaned text: a string, or the literal of a number; ""
// for null, a missing key and other types.
func (p properties) text(key string) string {
	raw := p[key]
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ""
		}
		return cleanText(s)
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw)
	}
	return ""
}

// firstText returns the first of the keys that has a text.
func (p properties) firstText(keys ...string) string {
	for _, k := range keys {
		if s := p.text(k); s != "" {
			return s
		}
	}
	return ""
}

// number returns a numeric property; ok is false for null and a missing key, err is set
// for a value that is not a number (strings with a decimal comma are numbers).
func (p properties) number(key string) (v float64, ok bool, err error) {
	raw := p[key]
	if len(raw) == 0 || string(raw) == "null" {
		return 0, false, nil
	}
	s := string(raw)
	if raw[0] == '"' {
		if s = p.text(key); s == "" {
			return 0, false, nil
		}
	}
	return parseNumber(s)
}

// parseNumber reads "6.2" and "6,2"; it rejects NaN and infinities.
func parseNumber(s string) (float64, bool, error) {
	v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(s), ",", ".", 1), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false, fmt.Errorf("%q ist keine Zahl", s)
	}
	return v, true, nil
}

// rawGeometry is a GeoJSON geometry before its coordinates are decoded.
type rawGeometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

func decodeGeometry(raw json.RawMessage) (rawGeometry, error) {
	var g rawGeometry
	if len(raw) == 0 || string(raw) == "null" {
		return g, errors.New("Geometrie fehlt")
	}
	if err := json.Unmarshal(raw, &g); err != nil || g.Type == "" {
		return g, errors.New("Geometrie ist kein GeoJSON-Objekt")
	}
	return g, nil
}

// decodePoint decodes a GeoJSON Point in WGS84 and checks that it lies in the area
// the domain accepts (drehscheibe.DortmundArea), which catches swapped axes and
// projected coordinates (the files also carry UTM values).
func decodePoint(raw json.RawMessage) (orb.Point, error) {
	g, err := decodeGeometry(raw)
	if err != nil {
		return orb.Point{}, err
	}
	if g.Type != "Point" {
		return orb.Point{}, fmt.Errorf("Geometrie ist kein Punkt, sondern %q", g.Type)
	}
	var c []float64
	if err := json.Unmarshal(g.Coordinates, &c); err != nil || len(c) < 2 {
		return orb.Point{}, errors.New("Koordinaten sind kein Zahlenpaar")
	}
	p := orb.Point{c[0], c[1]}
	return p, checkPlausible(p)
}

// checkPlausible reports a position the domain would refuse: more than
// drehscheibe.AreaToleranceKm outside Dortmund (these files are Dortmund's).
func checkPlausible(p orb.Point) error {
	if p.Lat() >= -90 && p.Lat() <= 90 && p.Lon() >= -180 && p.Lon() <= 180 &&
		drehscheibe.DortmundArea.DistanceKm(drehscheibe.GeoPoint{Lat: p.Lat(), Lon: p.Lon()}) <= drehscheibe.AreaToleranceKm {
		return nil
	}
	return fmt.Errorf("Koordinaten (Länge %g, Breite %g) liegen nicht im Raum Dortmund", p.Lon(), p.Lat())
}

// decodeArea decodes a GeoJSON Polygon or MultiPolygon: every ring closed with at least
// four positions, every position plausible.
func decodeArea(raw json.RawMessage) (orb.Geometry, error) {
	g, err := decodeGeometry(raw)
	if err != nil {
		return nil, err
	}
	switch g.Type {
	case "Polygon":
		var c [][][]float64
		if err := json.Unmarshal(g.Coordinates, &c); err != nil {
			return nil, errors.New("Koordinaten des Polygons sind unlesbar")
		}
		return toPolygon(c)
	case "MultiPolygon":
		var c [][][][]float64
		if err := json.Unmarshal(g.Coordinates, &c); err != nil {
			return nil, errors.New("Koordinaten des MultiPolygons sind unlesbar")
		}
		if len(c) == 0 {
			return nil, errors.New("MultiPolygon ohne Polygone")
		}
		mp := make(orb.MultiPolygon, len(c))
		for i, pc := range c {
			if mp[i], err = toPolygon(pc); err != nil {
				return nil, err
			}
		}
		return mp, nil
	}
	return nil, fmt.Errorf("Geometrie ist kein Polygon, sondern %q", g.Type)
}

func toPolygon(c [][][]float64) (orb.Polygon, error) {
	if len(c) == 0 {
		return nil, errors.New("Polygon ohne Ring")
	}
	poly := make(orb.Polygon, len(c))
	for i, rc := range c {
		if len(rc) < 4 {
			return nil, fmt.Errorf("Ring %d hat %d Punkte (mindestens 4)", i+1, len(rc))
		}
		ring := make(orb.Ring, len(rc))
		for j, pc := range rc {
			if len(pc) < 2 {
				return nil, fmt.Errorf("Ring %d, Punkt %d ist kein Zahlenpaar", i+1, j+1)
			}
			ring[j] = orb.Point{pc[0], pc[1]}
			if err := checkPlausible(ring[j]); err != nil {
				return nil, fmt.Errorf("Ring %d, Punkt %d: %w", i+1, j+1, err)
			}
		}
		if !ring.Closed() {
			return nil, fmt.Errorf("Ring %d ist nicht geschlossen", i+1)
		}
		poly[i] = ring
	}
	return poly, nil
}
