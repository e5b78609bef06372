package network

import (
	"fmt"
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Filter selects the part of the network Build looks at. The zero Filter is the whole
// city over all time.
type Filter struct {
	// CampusID keeps the institutions of one Kindercampus ("" = any).
	CampusID drehscheibe.ID
	// QuartierID keeps the institutions of one Quartier ("" = any). With CampusID both
	// apply.
	QuartierID drehscheibe.ID
	// Theme keeps the cooperations in one Themenfeld ("" = all). The institutions of
	// the scope stay in the network without one.
	Theme drehscheibe.Theme
	// From and To keep the cooperations that start in [From, To], both days included; a
	// zero value leaves that side open. To alone is the network as of that day.
	From, To drehscheibe.Date
}

// The years a filter date may lie in, as for every period of the domain.
const (
	minYear = 2000
	maxYear = 2100
)

// Validate checks a filter from a client. It returns a *drehscheibe.Error with code
// EINVALID and one Problem per broken rule (German messages, field paths as in the
// API: campus, quartier, theme, from, to), or nil.
func (f Filter) Validate() error {
	var problems []drehscheibe.Problem
	add := func(field, format string, args ...any) {
		problems = append(problems, drehscheibe.Problem{Field: []string{field}, Code: drehscheibe.EINVALID, Message: fmt.Sprintf(format, args...)})
	}
	if f.CampusID != "" && f.CampusID.Kind() != drehscheibe.KindKindercampus {
		add("campus", "Das ist keine ID eines Kindercampus.")
	}
	if f.QuartierID != "" && f.QuartierID.Kind() != drehscheibe.KindQuartier {
		add("quartier", "Das ist keine ID eines Quartiers.")
	}
	if f.Theme != "" && !slices.Contains(drehscheibe.Themes, f.Theme) {
		add("theme", "Das ist kein Themenfeld.")
	}
	for _, d := range []struct {
		field string
		date  drehscheibe.Date
	}{{"from", f.From}, {"to", f.To}} {
		if !d.date.IsZero() && (d.date.Year < minYear || d.date.Year > maxYear) {
			add(d.field, "Das Datum muss zwischen %d und %d liegen.", minYear, maxYear)
		}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.From.After(f.To) {
		add("to", "Das Ende liegt vor dem Anfang.")
	}
	if len(problems) == 0 {
		return nil
	}
	return &drehscheibe.Error{Code: drehscheibe.EINVALID, Message: "Der Filter des Netzwerks ist ungültig.", Problems: problems}
}

// holds reports whether the filter's scope contains the institution.
func (f Filter) holds(in *Institution) bool {
	return (f.CampusID == "" || in.CampusID == f.CampusID) && (f.QuartierID == "" || in.QuartierID == f.QuartierID)
}

// during reports whether a cooperation starting on d lies in the filter's dates.
func (f Filter) during(d drehscheibe.Date) bool {
	return drehscheibe.Period{From: f.From, To: f.To}.Contains(d)
}

// about reports whether a cooperation in Themenfeld t lies in the filter's theme.
func (f Filter) about(t drehscheibe.Theme) bool { return f.Theme == "" || t == f.Theme }

// themes are the Themenfelder the filter looks at: its theme, or all six.
func (f Filter) themes() []drehscheibe.Theme {
	if f.Theme != "" {
		return []drehscheibe.Theme{f.Theme}
	}
	return drehscheibe.Themes
}
