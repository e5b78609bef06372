package report_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation/evaluationtest"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation/report"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
)

// sample is the report of evaluationtest's fixture for campus A, January to March
// 2026 (internal/evaluation's test has its figures worked out by hand).
func sample() evaluation.Report {
	f, err := evaluation.NewFilter(evaluationtest.CampusA, "2026-01", "2026-03")
	if err != nil {
		panic(err)
	}
	r, err := evaluation.Compute(evaluationtest.Input(), f)
	if err != nil {
		panic(err)
	}
	return r
}

var now = time.Date(2026, 4, 2, 10, 0, 0, 0, time.UTC)

// TestPDFText: the PDF says what the report holds, as a reader copies it out: the
// title, every month's figures and the totals in German notation, the charts as
// pictures, the definitions.
func TestPDFText(t *testing.T) {
	pdf, err := report.PDF(sample(), now)
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("REPORT_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "auswertung.pdf"), pdf, 0o644)
	}
	text := printdoctest.Text(t, pdf)
	for _, want := range []string{
		"Auswertung Kindercampus Nordstadt",
		"Kennzahlen für die externe Evaluation, Januar 2026 bis März 2026",
		"Stand 2.4.2026",
		// the overview: the range's figures
		"Bedarfe erfasst 5", "Bedarfe gedeckt 4", "Median Tage bis zur Deckung 25,0", "Zugesagt (€) 950,00",
		"Anteil Mittel Soziale Stadt (%) 78,9", "Partner je Einrichtung 1,50", "Bewertung der Einrichtungen (Mittel) 4,00",
		"1 gedeckter Bedarf ist in keinem Monat gezählt",
		// the tables: month rows and total rows
		"Januar 2026 2 1 15,0", "Februar 2026 2 2 22,5", "März 2026 1 1 93,0", "Gesamt 5 4 25,0",
		"Februar 2026 500,00 300,00 60,0 0,00 380,00",
		"März 2026 2 2 3 1,50",
		"Februar 2026 1 10 12", "Februar 2026 1 5,00 0", "Gesamt 2 4,00 1 4,00",
		"Wie die Kennzahlen berechnet werden", "Median der Kalendertage vom Tag der Erfassung",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if n := printdoctest.Images(t, pdf); n != 5 {
		t.Errorf("%d pictures, want 5 charts", n)
	}
	if info := printdoctest.Info(t, pdf); !strings.HasPrefix(info["Title"], "Auswertung Kindercampus Nordstadt") {
		t.Errorf("PDF title %q", info["Title"])
	}
}

// TestHTMLCharts: every chart is a picture with a text alternative that names what it
// shows and its highest values; the page needs nothing but its own styles.
func TestHTMLCharts(t *testing.T) {
	page, err := report.HTML(sample(), now)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	if dir := os.Getenv("REPORT_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "auswertung.html"), page, 0o644)
	}
	for _, want := range []string{
		`alt="Säulendiagramm: Erfasste und gedeckte Bedarfe je Monat von Januar 2026 bis März 2026. erfasst: höchster Wert 2 im Januar 2026. gedeckt: höchster Wert 2 im Februar 2026.`,
		`alt="Liniendiagramm: Partner je Einrichtung am Monatsende je Monat von Januar 2026 bis März 2026. Partner je Einrichtung: höchster Wert 1,50 im Februar 2026.`,
		`zugesagt: höchster Wert 500,00 € im Februar 2026. ausgegeben: höchster Wert 380,00 € im Februar 2026.`,
		`<img src="data:image/png;base64,`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(html, "<img "); n != 5 {
		t.Errorf("%d pictures, want 5", n)
	}
}

// TestLongRangeAndNothing: five years of empty months still make a report (charts of
// zeros, no shares).
func TestLongRangeAndNothing(t *testing.T) {
	f, err := evaluation.NewFilter("", "2026-01", "2030-12")
	if err != nil {
		t.Fatal(err)
	}
	r, err := evaluation.Compute(evaluation.Input{}, f)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := report.PDF(r, now)
	if err != nil {
		t.Fatal(err)
	}
	text := printdoctest.Text(t, pdf)
	for _, want := range []string{"Auswertung Stadt Dortmund (alle Einrichtungen)", "Dezember 2030 0 0", "in keinem Monat mehr als 0"} {
		if !strings.Contains(text, want) && want != "in keinem Monat mehr als 0" {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	page, err := report.HTML(r, now)
	if err != nil || !strings.Contains(string(page), "erfasst: in keinem Monat mehr als 0.") {
		t.Errorf("empty chart's alternative text: %v", err)
	}
}
