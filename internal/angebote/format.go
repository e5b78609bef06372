package angebote

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The public fields in German words, as the pages show them.

var german = message.NewPrinter(language.German)

// ages says an age range: "6–10 Jahre", "3 Jahre".
func ages(a drehscheibe.AgeRange) string {
	if a.Min == a.Max {
		return fmt.Sprintf("%d Jahre", a.Min)
	}
	return fmt.Sprintf("%d–%d Jahre", a.Min, a.Max)
}

// cost says what a Modul costs: "kostenlos", or "35,00 € pro Termin".
func cost(m *drehscheibe.Modul) string {
	if m.Free() {
		return "kostenlos"
	}
	return german.Sprintf("%.2f €", float64(m.CostCent)/100) + " " + m.CostUnit.Label()
}

// funding says whether a Modul can be paid from a Förderprogramm, and how (the note
// says it in a sentence: "förderfähig über Bildung und Teilhabe").
func funding(m *drehscheibe.Modul) string {
	if !m.Fundable {
		return ""
	}
	if m.FundingNote == "" {
		return "förderfähig"
	}
	return m.FundingNote
}

// names joins the German names of values: "AG, Workshop", "Deutsch, Türkisch".
func names[T any](vs []T, name func(T) string) string { return strings.Join(nameList(vs, name), ", ") }

// nameList returns the German names of values.
func nameList[T any](vs []T, name func(T) string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = name(v)
	}
	return out
}

// slots says when in the week a Modul can take place, by part of the day:
// "Nachmittag (14–17 Uhr): Montag, Mittwoch"; none: by arrangement.
func slots(ss []drehscheibe.Slot) []string {
	if len(ss) == 0 {
		return []string{"nach Absprache"}
	}
	var out []string
	for _, ts := range drehscheibe.TimeSlots {
		var days []string
		for _, d := range drehscheibe.Weekdays {
			for _, s := range ss {
				if s.TimeSlot == ts && s.Weekday == d {
					days = append(days, d.Label())
				}
			}
		}
		if len(days) > 0 {
			out = append(out, ts.Label()+": "+strings.Join(days, ", "))
		}
	}
	return out
}

// period says when a Modul is offered: "01.08.2026 bis 31.07.2027", "ab …", "bis …".
func period(p drehscheibe.Period) string {
	switch {
	case !p.From.IsZero() && !p.To.IsZero():
		return day(p.From) + " bis " + day(p.To)
	case !p.From.IsZero():
		return "ab " + day(p.From)
	case !p.To.IsZero():
		return "bis " + day(p.To)
	}
	return ""
}

// day writes a date the German way: "01.08.2026".
func day(d drehscheibe.Date) string { return fmt.Sprintf("%02d.%02d.%04d", d.Day, d.Month, d.Year) }

// groupSize says how many take part: "8 bis 16 Personen", "12 Personen".
func groupSize(g drehscheibe.GroupSize) string {
	switch {
	case g.Max == 0:
		return ""
	case g.Min == g.Max:
		return fmt.Sprintf("%d Personen", g.Max)
	}
	return fmt.Sprintf("%d bis %d Personen", g.Min, g.Max)
}

// address writes a postal address on one line: "Clarenberg 50, 44263 Dortmund".
func address(a drehscheibe.Address) string {
	street := strings.TrimSpace(a.Street + " " + a.HouseNumber)
	place := strings.TrimSpace(a.PostalCode + " " + a.City)
	if a.Country != "" && a.Country != drehscheibe.DefaultCountry {
		place = strings.TrimSpace(place + ", " + a.Country)
	}
	var parts []string
	for _, s := range []string{street, place} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// serviceArea says where a partner brings its offers: the city, the Quartiere it names
// (with their Stadtbezirk), a radius around its seat.
func serviceArea(v *catalog.View, p *drehscheibe.Partner, areaName string) []string {
	sa := p.ServiceArea
	var out []string
	if sa.Citywide {
		out = append(out, "ganz "+areaName)
	}
	var names []string
	for _, id := range sa.QuartierIDs {
		if q, ok := v.Quartier(id); ok {
			names = append(names, q.Name+" ("+q.Stadtbezirk+")")
		}
	}
	if len(names) == 1 {
		out = append(out, "Quartier "+names[0])
	} else if len(names) > 1 {
		out = append(out, "Quartiere "+strings.Join(names, ", "))
	}
	if sa.RadiusKm > 0 && p.Location != nil {
		around := "seinen Sitz"
		if a := address(p.Address); a != "" {
			around += " (" + a + ")"
		}
		out = append(out, german.Sprintf("Umkreis von %v km um %s", sa.RadiusKm, around))
	}
	return out
}

// blankLines separates paragraphs.
var blankLines = regexp.MustCompile(`\n\s*\n`)

// paragraphs splits a text at its blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range blankLines.Split(strings.TrimSpace(s), -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// short is the beginning of a text, at most n characters, cut at a word: for result
// lists and meta descriptions.
func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return strings.TrimRight(string(r)[:i], " ,;:.–-") + " …"
	}
	return string(r) + "…"
}
