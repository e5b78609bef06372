package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// maxAreaFileBytes bounds the GeoJSON file of a service area (Dortmund's 170
// Unterbezirke take 2.6 MB).
const maxAreaFileBytes = 64 << 20

// parseServiceArea reads SERVICE_AREA: empty for Dortmund, four numbers for a box
// (west, south, east, north, as a GeoJSON bbox), anything else is the path of a GeoJSON
// file with the city's outline. name names it in messages ("" picks a default).
func parseServiceArea(v, name string) (drehscheibe.Area, error) {
	if v == "" {
		if name == "" {
			return drehscheibe.DortmundArea, nil
		}
		a := drehscheibe.DortmundArea
		a.Label = name
		return a, nil
	}
	if name == "" {
		name = "Einsatzgebiet"
	}
	if parts := strings.Split(v, ","); len(parts) == 4 {
		var c [4]float64
		for i, p := range parts {
			f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil {
				return nil, fmt.Errorf("%q ist keine Zahl (Box: West,Süd,Ost,Nord in Grad)", strings.TrimSpace(p))
			}
			c[i] = f
		}
		return drehscheibe.NewBox(name, c[0], c[1], c[2], c[3])
	}
	mp, err := readOutline(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", v, err)
	}
	return drehscheibe.NewOutline(name, mp)
}

// areaName names a configured area for the log ("" when none is set).
func areaName(a drehscheibe.Area) string {
	if a == nil {
		return ""
	}
	return a.Name()
}

// readOutline reads the polygons of a GeoJSON file: a Polygon or MultiPolygon, a
// Feature with one, or a FeatureCollection of them (other geometries are ignored).
func readOutline(path string) (orb.MultiPolygon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New("Datei nicht lesbar (Box: West,Süd,Ost,Nord in Grad; sonst eine GeoJSON-Datei)")
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxAreaFileBytes+1))
	if err != nil {
		return nil, errors.New("Datei nicht lesbar")
	}
	if len(raw) > maxAreaFileBytes {
		return nil, fmt.Errorf("Datei größer als %d MB", maxAreaFileBytes>>20)
	}
	var geoms []orb.Geometry
	if fc, err := geojson.UnmarshalFeatureCollection(raw); err == nil && fc.Type == "FeatureCollection" {
		for _, ft := range fc.Features {
			geoms = append(geoms, ft.Geometry)
		}
	} else if ft, err := geojson.UnmarshalFeature(raw); err == nil && ft.Type == "Feature" {
		geoms = append(geoms, ft.Geometry)
	} else if g, err := geojson.UnmarshalGeometry(raw); err == nil {
		geoms = append(geoms, g.Geometry())
	} else {
		return nil, errors.New("kein GeoJSON")
	}
	var mp orb.MultiPolygon
	for _, g := range geoms {
		switch g := g.(type) {
		case orb.Polygon:
			mp = append(mp, g)
		case orb.MultiPolygon:
			mp = append(mp, g...)
		}
	}
	if len(mp) == 0 {
		return nil, errors.New("die Datei enthält kein Polygon")
	}
	return mp, nil
}
