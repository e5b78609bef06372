package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// download serves h over a catalogue of es and returns the response and its body.
func download(t *testing.T, h func(func() *catalog.Snapshot) http.HandlerFunc, es ...drehscheibe.Entity) (*http.Response, []byte) {
	t.Helper()
	c := catalog.New(fixture.Source{Entities: es}, catalog.Options{})
	if err := c.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h(c.Current))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// parse reads a CSV file as Excel with German settings does: a UTF-8 byte order mark,
// semicolons.
func parse(t *testing.T, b []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(b, []byte("\xef\xbb\xbf"))
	if !ok {
		t.Fatalf("no UTF-8 byte order mark: %q", b[:min(len(b), 10)])
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v", err)
	}
	return rows
}

func noRefusal(http.ResponseWriter, *http.Request, int, string, string, map[string]any) {}

// TestModuleCSV: the published Module, one row each, with umlauts, decimal commas, and
// texts that a spreadsheet would take for formulas defused.
func TestModuleCSV(t *testing.T) {
	set := fixture.New("")
	set.Modul.CostCent, set.Modul.CostUnit = 123456, drehscheibe.PerSession
	set.Modul.Description = "=HYPERLINK(\"http://example.com\")\nzweite Zeile; mit Semikolon"
	draft := *set.Modul
	draft.ID, draft.Title, draft.Status = drehscheibe.StableID(drehscheibe.KindModul, "draft"), "Entwurf", drehscheibe.ModulDraft
	resp, body := download(t, func(s func() *catalog.Snapshot) http.HandlerFunc { return Module(s, noRefusal) }, append(set.Entities(), &draft)...)
	if ct := resp.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" || !strings.Contains(resp.Header.Get("Content-Disposition"), "module.csv") {
		t.Errorf("headers: %v", resp.Header)
	}
	rows := parse(t, body)
	if len(rows) != 2 {
		t.Fatalf("%d rows, want the header and the published Modul: %q", len(rows), rows)
	}
	got := map[string]string{}
	for i, name := range rows[0] {
		got[name] = rows[1][i]
	}
	want := map[string]string{
		"ID": string(set.Modul.ID), "Titel": "Fußball-AG im Ganztag", "Partner": "SV Clarenberg 1921 e.V.",
		"Themenfeld": "Sport/Gesundheit", "weitere Themenfelder": "Sozialkompetenz", "Schlagworte": "Fußball, Bewegung",
		"Alter von": "6", "Alter bis": "10", "Einrichtungsarten": "Grundschule", "Formate": "AG", "Durchführung": "in der Einrichtung",
		"Zeitfenster": "Montag Nachmittag (14–17 Uhr), Mittwoch Nachmittag (14–17 Uhr)", "Zeitraum von": "2026-08-01", "Zeitraum bis": "2027-07-31",
		"Dauer einer Einheit (Minuten)": "90", "Termine je Buchung": "", "Gruppengröße von": "8", "Gruppengröße bis": "16",
		"Kapazität": "4", "freie Plätze": "4", "Kosten (Euro)": "1.234,56", "Kosteneinheit": "pro Termin", "kostenlos": "nein",
		"förderfähig": "ja", "Förderhinweis": "förderfähig über Bildung und Teilhabe", "Sprachen": "Deutsch, Türkisch",
		"mit Eltern": "nein", "Inklusion und Barrierefreiheit": "",
		"Beschreibung":      "'=HYPERLINK(\"http://example.com\")\nzweite Zeile; mit Semikolon",
		"veröffentlicht am": "2026-06-01 10:00", "geändert am": "2026-06-01 10:00",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("row (-want +got):\n%s", d)
	}
}

// TestPartnerCSV: every partner, without the contact person.
func TestPartnerCSV(t *testing.T) {
	set := fixture.New("")
	set.Partner.ServiceArea.Citywide = true
	resp, body := download(t, func(s func() *catalog.Snapshot) http.HandlerFunc { return Partner(s, noRefusal, "Dortmund") }, set.Entities()...)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if strings.Contains(string(body), "Erika") || strings.Contains(string(body), "1234567") || strings.Contains(string(body), "@") {
		t.Errorf("the partner file holds the contact person: %s", body)
	}
	rows := parse(t, body)
	want := []string{string(set.Partner.ID), "SV Clarenberg 1921 e.V.", "Sportverein", "Breitensport im Quartier.", "Sport/Gesundheit",
		"", "", "", "", "DE", "51,485000", "7,500000", "https://sv-clarenberg.example", "Deutsch, Türkisch",
		"ganz Dortmund; Quartiere Clarenberg; Umkreis von 3,0 km", "1", "2026-06-01 10:00"}
	if len(rows) != 2 {
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	if d := cmp.Diff(want, rows[1]); d != "" {
		t.Errorf("row (-want +got):\n%s", d)
	}
}

// TestDefused: only texts a spreadsheet would evaluate get the apostrophe.
func TestDefused(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+49 231": "'+49 231", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"Fußball": "Fußball", "": "", "1,5": "1,5", "–": "–", "'=x": "'=x",
	} {
		if got := defused(in); got != want {
			t.Errorf("defused(%q) = %q, want %q", in, got, want)
		}
	}
}
