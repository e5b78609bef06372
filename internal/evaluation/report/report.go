// Package report composes the printable evaluation report for the external
// evaluators from an evaluation.Report — the KPIs of a Kindercampus or of the city,
// month by month, as tables, charts (PNG, drawn with gonum.org/v1/plot, each with a
// text alternative) and their definitions — and renders it as HTML and PDF
// (internal/printdoc). Its tables use evaluation.Columns, like the CSV file, so both
// show the same figures.
package report

import (
	"fmt"
	"strconv"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
)

// HTML renders the report of r as a printable page (serve it with
// printdoc.InlineCSP). now is the day the report is made.
func HTML(r evaluation.Report, now time.Time) ([]byte, error) {
	d, err := Document(r, now)
	if err != nil {
		return nil, err
	}
	return printdoc.HTML(d, printdoc.HTMLOptions{})
}

// PDF renders the report of r as an A4 PDF; the same r and now give the same bytes.
func PDF(r evaluation.Report, now time.Time) ([]byte, error) {
	d, err := Document(r, now)
	if err != nil {
		return nil, err
	}
	return printdoc.PDF(d)
}

// Document composes the report of r.
func Document(r evaluation.Report, now time.Time) (printdoc.Document, error) {
	area := evaluation.AreaName(r)
	d := printdoc.Document{
		Title:    "Auswertung " + area,
		Subtitle: "Kennzahlen für die externe Evaluation, " + r.Total.Label(),
		Meta: []string{
			"Stand " + drehscheibe.DateOf(now.In(drehscheibe.Dortmund)).German() + " · Drehscheibe der Servicestelle Bildungspartnerschaften",
			"Monate in der Zeit von Dortmund; Beträge in Euro",
		},
		Author:   "Stadt Dortmund – Drehscheibe",
		Subject:  "Auswertung " + area + ", " + r.Total.Label(),
		Keywords: []string{"Evaluation", "Kennzahlen", "Kindercampus", "Drehscheibe Dortmund"},
		Created:  now,
		Footer:   "Auswertung " + area + " · " + r.Total.Label(),
	}
	months := make([]evaluation.Month, len(r.Months))
	for i, m := range r.Months {
		months[i] = m.From
	}
	pick := func(f func(evaluation.Figures) float64) []float64 {
		out := make([]float64, len(r.Months))
		for i, m := range r.Months {
			out[i] = f(m)
		}
		return out
	}
	counts := func(x float64) string { return strconv.Itoa(int(x)) }
	euros := func(x float64) string { return evaluation.Euro(int64(x*100)) + " €" }
	decimal := func(x float64) string { return evaluation.Decimal(&x, 2) }

	overview := printdoc.KeyValues{Caption: "Gesamter Zeitraum: " + r.Total.Label()}
	for _, c := range evaluation.Columns {
		v := c.Value(r.Total)
		if v == "" {
			v = "–"
		}
		overview.Rows = append(overview.Rows, printdoc.KeyValue{Key: c.Label, Value: v})
	}
	intro := "Alle Zahlen stammen aus der Drehscheibe: aus den Bedarfen, den Anfragen mit ihren Statuswechseln und " +
		"Rückmeldungen und aus den Buchungen der Förderprogramme und Campus-Budgets. "
	if r.Campus != nil {
		intro += "Gezählt werden die Einrichtungen, die heute zum Kindercampus gehören, und die Buchungen für den Kindercampus."
	} else {
		intro += "Gezählt werden alle Einrichtungen der Stadt."
	}
	blocks := []printdoc.Block{printdoc.Paragraph{Text: intro}, overview}
	if r.CoveredUndated > 0 {
		text := fmt.Sprintf("%d gedeckte Bedarfe sind in keinem Monat gezählt: Sie wurden gedeckt, bevor die Drehscheibe "+
			"den Zeitpunkt festhielt.", r.CoveredUndated)
		if r.CoveredUndated == 1 {
			text = "1 gedeckter Bedarf ist in keinem Monat gezählt: Er wurde gedeckt, bevor die Drehscheibe den Zeitpunkt festhielt."
		}
		blocks = append(blocks, printdoc.Paragraph{Text: text})
	}
	d.Sections = append(d.Sections, printdoc.Section{Number: "1.", Heading: "Überblick", Blocks: blocks})

	sections := []struct {
		heading string
		chart   chart
		unit    func(float64) string
		kind    string
		keys    []string
		more    []string
	}{{
		heading: "Bedarfe",
		chart: chart{title: "Erfasste und gedeckte Bedarfe", yLabel: "Bedarfe", months: months, integer: true, series: []series{
			{"erfasst", pick(func(f evaluation.Figures) float64 { return float64(f.BedarfeRecorded) })},
			{"gedeckt", pick(func(f evaluation.Figures) float64 { return float64(f.BedarfeCovered) })},
		}},
		unit: counts, kind: "Säulendiagramm",
		keys: []string{"bedarfeRecorded", "bedarfeCovered", "medianDaysToCover"},
	}, {
		heading: "Vereinbarungen und Aktionsräume Soziale Stadt",
		chart: chart{title: "Vereinbarungen", yLabel: "Vereinbarungen", months: months, integer: true, series: []series{
			{"alle", pick(func(f evaluation.Figures) float64 { return float64(f.Agreements) })},
			{"in Aktionsräumen Soziale Stadt", pick(func(f evaluation.Figures) float64 { return float64(f.AgreementsSozialeStadt) })},
		}},
		unit: counts, kind: "Säulendiagramm",
		keys: []string{"agreements", "agreementsSozialeStadt", "agreementsSozialeStadtPct"},
	}, {
		heading: "Vernetzung",
		chart: chart{title: "Partner je Einrichtung am Monatsende", yLabel: "Partner je Einrichtung", months: months, lines: true, series: []series{
			{"Partner je Einrichtung", pick(func(f evaluation.Figures) float64 { return deref(f.PartnersPerInstitution) })},
		}},
		unit: decimal, kind: "Liniendiagramm",
		keys: []string{"institutions", "institutionsWithPartner", "partnerships", "partnersPerInstitution"},
	}, {
		heading: "Durchführung und Bewertungen",
		chart: chart{title: "Gehaltene Termine und Teilnehmende", yLabel: "Anzahl", months: months, integer: true, series: []series{
			{"Termine", pick(func(f evaluation.Figures) float64 { return float64(f.SessionsHeld) })},
			{"Teilnehmende", pick(func(f evaluation.Figures) float64 { return float64(f.Participants) })},
		}},
		unit: counts, kind: "Säulendiagramm",
		keys: []string{"completed", "sessionsHeld", "participants"},
		more: []string{"institutionRatings.count", "institutionRatings.mean", "partnerRatings.count", "partnerRatings.mean"},
	}, {
		heading: "Mittel",
		chart: chart{title: "Zugesagte und ausgegebene Mittel", yLabel: "Euro", months: months, series: []series{
			{"zugesagt", pick(func(f evaluation.Figures) float64 { return float64(f.CommittedCent) / 100 })},
			{"ausgegeben", pick(func(f evaluation.Figures) float64 { return float64(f.SpentCent) / 100 })},
		}},
		unit: euros, kind: "Säulendiagramm",
		keys: []string{"committedCent", "committedSozialeStadtCent", "committedSozialeStadtPct", "releasedCent", "spentCent"},
	}}
	for i, s := range sections {
		png, err := s.chart.png()
		if err != nil {
			return printdoc.Document{}, fmt.Errorf("Diagramm „%s“: %w", s.chart.title, err)
		}
		blocks := []printdoc.Block{
			printdoc.Image{PNG: png, Alt: s.chart.describe(s.kind, s.unit), Caption: s.chart.title + ", " + r.Total.Label()},
			table(s.heading+" je Monat", r, s.keys),
		}
		if len(s.more) > 0 {
			blocks = append(blocks, table("Bewertungen je Monat", r, s.more))
		}
		d.Sections = append(d.Sections, printdoc.Section{Number: strconv.Itoa(i+2) + ".", Heading: s.heading, Blocks: blocks})
	}
	d.Sections = append(d.Sections, printdoc.Section{Number: strconv.Itoa(len(sections)+2) + ".", Heading: "Wie die Kennzahlen berechnet werden",
		Blocks: definitions()})
	return d, nil
}

// table shows the columns named by keys for every month, and the range as its total
// row.
func table(caption string, r evaluation.Report, keys []string) printdoc.Table {
	cols := columns(keys)
	t := printdoc.Table{Caption: caption, RowHeaders: true, Columns: []printdoc.Column{{Header: "Monat"}}}
	for _, c := range cols {
		t.Columns = append(t.Columns, printdoc.Column{Header: c.Short, Numeric: c.Numeric})
	}
	row := func(label string, f evaluation.Figures) []string {
		out := []string{label}
		for _, c := range cols {
			out = append(out, c.Value(f))
		}
		return out
	}
	for _, m := range r.Months {
		t.Rows = append(t.Rows, row(m.Label(), m))
	}
	t.Total = row("Gesamt", r.Total)
	return t
}

// columns returns evaluation.Columns by key, in the order of keys.
func columns(keys []string) []evaluation.Column {
	var out []evaluation.Column
	for _, k := range keys {
		for _, c := range evaluation.Columns {
			if c.Key == k {
				out = append(out, c)
			}
		}
	}
	return out
}

func deref(x *float64) float64 {
	if x == nil {
		return 0
	}
	return *x
}
