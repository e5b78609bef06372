package evaluation

import (
	"net/url"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// MaxMonths bounds the months of one evaluation (five years).
const MaxMonths = 60

// Filter is what to evaluate: a Kindercampus ("" for the whole city) and a range of
// months, both ends included.
type Filter struct {
	KindercampusID drehscheibe.ID
	From, To       Month
}

// NewFilter reads a filter from client input: the months as "YYYY-MM". EINVALID (in
// German, on the field filter.from or filter.to) for a malformed month, an end before
// the start, or more than MaxMonths months.
func NewFilter(campus drehscheibe.ID, from, to string) (Filter, error) {
	f := Filter{KindercampusID: campus}
	var err error
	if f.From, err = ParseMonth(from); err != nil {
		return Filter{}, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{"filter", "from"}, "from: %v", err)
	}
	if f.To, err = ParseMonth(to); err != nil {
		return Filter{}, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{"filter", "to"}, "to: %v", err)
	}
	switch n := f.Months(); {
	case f.To.Before(f.From):
		return Filter{}, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{"filter", "to"}, "to (%s) liegt vor from (%s)", to, from)
	case n > MaxMonths:
		return Filter{}, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{"filter", "to"}, "Höchstens %d Monate auf einmal (angefragt: %d)", MaxMonths, n)
	}
	return f, nil
}

// Months is the number of months in the range.
func (f Filter) Months() int { return f.To.index() - f.From.index() + 1 }

// City is the path element of the whole city's report (/auswertung/stadt).
const City = "stadt"

// CSVPath is where the CSV file of f is served.
func CSVPath(f Filter) string {
	q := url.Values{}
	if f.KindercampusID != "" {
		q.Set("kindercampusId", string(f.KindercampusID))
	}
	q.Set("from", f.From.String())
	q.Set("to", f.To.String())
	return "/export/auswertung.csv?" + q.Encode()
}

// ReportPath is where the printable report of f is served, as HTML or as PDF.
func ReportPath(f Filter, pdf bool) string {
	name := City
	if f.KindercampusID != "" {
		name = url.PathEscape(string(f.KindercampusID))
	}
	if pdf {
		name += ".pdf"
	}
	q := url.Values{}
	q.Set("from", f.From.String())
	q.Set("to", f.To.String())
	return "/auswertung/" + name + "?" + q.Encode()
}

// FileName names the files of f: "kc_…-2026-01-2026-12", or "stadt-…" for the city.
func FileName(f Filter) string {
	name := City
	if f.KindercampusID != "" {
		name = string(f.KindercampusID)
	}
	return name + "-" + f.From.String() + "-" + f.To.String()
}

// AreaName names what report r evaluates: the campus's name, or the city.
func AreaName(r Report) string {
	if r.Campus != nil {
		return r.Campus.Name
	}
	return CityName
}

// CityName names the whole city's evaluation.
const CityName = "Stadt Dortmund (alle Einrichtungen)"
