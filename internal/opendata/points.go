package opendata

import (
	"errors"

	"github.com/paulmach/orb"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// pointRow is a row of one of the point files (Kitas, schools, youth centres,
// libraries), which share the city's "XErleben" schema.
type pointRow struct {
	file string
	row  int
	// kind is objektart (Kindergarten, Grundschule, Jugendzentrum, Bibliothek …).
	kind string
	// name is objektname, followed by objektzusa when there is one ("Caritasverband
	// Dortmund – Kinder-Förderzentrum").
	name    string
	address drehscheibe.Address
	at      orb.Point
	link    string
	email   string
	// ubz is the row's Unterbezirk number (ubznr), normalised; "" when missing.
	ubz string
	// The areas the row names.
	stadtbeznr, stadtbezbe string
	statbeznr, statbezbe   string
	aktionsrnr, aktionsrbz string
}

// location returns the row's position as a domain point.
func (r *pointRow) location() drehscheibe.GeoPoint {
	return drehscheibe.GeoPoint{Lat: r.at.Lat(), Lon: r.at.Lon()}
}

// parsePointRow reads a feature of a point file. It fails, with the reason as error,
// when the row has no name or no usable coordinates; the row it returns then still
// carries the name, if any, for the report.
func parsePointRow(file string, f feature) (pointRow, error) {
	r := pointRow{file: file, row: f.row}
	if f.err != nil {
		return r, f.err
	}
	p := f.props
	r.name = p.text("objektname")
	if extra := p.text("objektzusa"); extra != "" && extra != r.name {
		if r.name == "" {
			r.name = extra
		} else {
			r.name += " – " + extra
		}
	}
	r.kind = p.text("objektart")
	r.address = drehscheibe.Address{Street: p.text("strasse"), HouseNumber: p.text("hausnummer"), PostalCode: p.firstText("plz", "postleitzahl"), City: p.text("ort")}
	r.link = p.text("link")
	r.email = p.text("p_email")
	r.ubz = unterbezirkNumber(p.text("ubznr"))
	r.stadtbeznr, r.stadtbezbe = p.text("stadtbeznr"), p.text("stadtbezbe")
	r.statbeznr, r.statbezbe = unterbezirkNumber(p.text("statbeznr")), p.text("statbezibe")
	r.aktionsrnr, r.aktionsrbz = p.text("aktionsrnr"), p.text("aktionsrbz")
	if r.name == "" {
		return r, errors.New("Name (objektname) fehlt")
	}
	at, err := decodePoint(f.geometry)
	if err != nil {
		return r, err
	}
	r.at = at
	return r, nil
}
