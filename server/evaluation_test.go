package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
)

// evaluationQuery asks for every KPI of the months and of the range.
const evaluationQuery = `query($f: EvaluationFilter!) { evaluation(filter: $f) {
	kindercampus { id } from to bedarfeCoveredUndated csvUrl reportUrl pdfUrl
	months { ...figures } total { ...figures } } }
fragment figures on EvaluationFigures { period label bedarfeRecorded bedarfeCovered medianDaysToCover agreements
	agreementsSozialeStadt agreementsSozialeStadtPct committedCent committedSozialeStadtCent committedSozialeStadtPct
	releasedCent spentCent institutions institutionsWithPartner partnerships partnersPerInstitution completed sessionsHeld
	participants institutionRatings { count mean } partnerRatings { count mean } }`

type evaluationAnswer struct {
	Kindercampus          *struct{ ID string }
	From, To              string
	BedarfeCoveredUndated int
	CSVURL                string `json:"csvUrl"`
	ReportURL             string `json:"reportUrl"`
	PDFURL                string `json:"pdfUrl"`
	Months                []map[string]any
	Total                 map[string]any
}

// evaluate asks act for the evaluation of filter f.
func (w *world) evaluate(t *testing.T, act actor, f map[string]any) evaluationAnswer {
	t.Helper()
	var d struct{ Evaluation evaluationAnswer }
	w.as(act).query(t, evaluationQuery, map[string]any{"f": f}, &d)
	return d.Evaluation
}

// figure reads a KPI of the answer by its key ("institutionRatings.count"); nil for null.
func figure(m map[string]any, key string) any {
	if outer, inner, nested := strings.Cut(key, "."); nested {
		return m[outer].(map[string]any)[inner]
	}
	return m[key]
}

func number(t *testing.T, m map[string]any, key string) float64 {
	t.Helper()
	v, ok := figure(m, key).(float64)
	if !ok {
		t.Fatalf("%s is %v, not a number", key, figure(m, key))
	}
	return v
}

// germanNumber reads "1.234,50" (or "" for none).
func germanNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), 64)
	return v, err == nil
}

// TestEvaluationEverywhere: a need recorded, covered by an agreement paid from the
// campus budget, delivered and rated both ways moves the KPIs by exactly that, and
// GraphQL, the CSV file and the printed report show the same numbers.
func TestEvaluationEverywhere(t *testing.T) {
	w := newWorld(t)
	start := evaluation.MonthOf(time.Now())
	// the month the test starts in and the next: the test's writes fall in the range
	// even if it runs over the end of a month
	filter := map[string]any{"kindercampusId": w.campus1, "from": start.String(), "to": start.Next().String()}
	before := w.evaluate(t, campusOwn, filter)

	// the campus management asks for a 400 € Modul for a new need, paid from its
	// project line; the partner accepts, both sides confirm, both report
	modul := w.paidModul(t)
	need, _ := w.bedarf(t)
	in := anfrageInput(w.inst1, modul, need)
	in["funding"] = []map[string]any{{"source": "CAMPUS_BUDGET", "category": "PROJEKTE"}}
	var created struct {
		Anfrage struct {
			ID      string
			Version int
		}
	}
	if ue := w.as(campusOwn).mutate(t, "createAnfrage", `mutation($input: CreateAnfrageInput!) { createAnfrage(input: $input) {
		anfrage { id version } userErrors { field message code } } }`, in, &created); len(ue) > 0 {
		t.Fatalf("createAnfrage: %+v", ue)
	}
	id, v, hash := w.accept(t, created.Anfrage.ID, created.Anfrage.Version)
	id, v = w.confirmBoth(t, id, v, hash)
	id, v = w.created(t, "completeAnfrage", "CompleteAnfrageInput", "anfrage", map[string]any{"id": id, "version": v,
		"sessionsHeld": 12, "participants": 9, "actualCostCent": 35_000, "rating": 5, "side": "INSTITUTION"})
	w.created(t, "completeAnfrage", "CompleteAnfrageInput", "anfrage", map[string]any{"id": id, "version": v,
		"sessionsHeld": 12, "participants": 9, "rating": 3, "side": "PARTNER"})

	after := w.evaluate(t, campusOwn, filter)
	var q struct {
		Node struct{ Quartier struct{ SozialeStadt bool } }
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Institution { quartier { sozialeStadt } } } }`, map[string]any{"id": w.inst1}, &q)
	sozial := 0.0
	if q.Node.Quartier.SozialeStadt {
		sozial = 1
	}
	for key, delta := range map[string]float64{
		"bedarfeRecorded": 1, "bedarfeCovered": 1, "agreements": 1, "agreementsSozialeStadt": sozial,
		"committedCent": 40_000, "committedSozialeStadtCent": 40_000 * sozial, "releasedCent": 0, "spentCent": 35_000,
		"partnerships": 1, "completed": 1, "sessionsHeld": 12, "participants": 9,
		"institutionRatings.count": 1, "partnerRatings.count": 1,
	} {
		if got := number(t, after.Total, key) - number(t, before.Total, key); got != delta {
			t.Errorf("%s moved by %v, want %v", key, got, delta)
		}
	}
	if after.Kindercampus == nil || after.Kindercampus.ID != w.campus1 || after.Total["medianDaysToCover"] == nil ||
		after.Total["period"] != start.String()+"/"+start.Next().String() || len(after.Months) != 2 {
		t.Errorf("evaluation: campus %+v, total %v", after.Kindercampus, after.Total)
	}

	// the CSV file: one row per month and the range, every figure as in GraphQL
	status, h, body := w.as(campusOwn).getRaw(t, after.CSVURL)
	if status != http.StatusOK || !bytes.HasPrefix(body, []byte("\uFEFFGebiet;Zeitraum;Bezeichnung;Bedarfe erfasst;")) ||
		!strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("CSV: %d %s\n%s", status, h.Get("Content-Type"), body)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\uFEFF"))))
	r.Comma = ';'
	records, err := r.ReadAll()
	if err != nil || len(records) != 1+len(after.Months)+1 {
		t.Fatalf("CSV: %d records (%v), want the header, %d months and the range", len(records), err, len(after.Months))
	}
	rows := append(append([]map[string]any{}, after.Months...), after.Total)
	for i, row := range rows {
		rec := records[i+1]
		if rec[1] != row["period"] || rec[2] != row["label"] {
			t.Errorf("CSV row %d is %q %q, GraphQL %v %v", i, rec[1], rec[2], row["period"], row["label"])
		}
		for j, c := range evaluation.Columns {
			cell, want := rec[3+j], figure(row, c.Key)
			got, ok := germanNumber(cell)
			if want == nil {
				if ok {
					t.Errorf("CSV %s, %s: %q, GraphQL null", row["period"], c.Label, cell)
				}
				continue
			}
			if strings.HasSuffix(c.Key, "Cent") {
				got *= 100
			}
			if !ok || math.Abs(got-want.(float64)) > 1e-9 {
				t.Errorf("CSV %s, %s: %q, GraphQL %v", row["period"], c.Label, cell, want)
			}
		}
	}
	total := records[len(records)-1]

	// the printed report: the range's figures as the CSV has them
	status, h, pdf := w.as(campusOwn).getRaw(t, after.PDFURL)
	if status != http.StatusOK || h.Get("Content-Type") != "application/pdf" || h.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("report PDF: %d %v", status, h)
	}
	text := printdoctest.Text(t, pdf)
	for j, c := range evaluation.Columns {
		value := total[3+j]
		if value == "" {
			value = "–"
		}
		if want := printdoctest.Squeeze(c.Label + " " + value); !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if n := printdoctest.Images(t, pdf); n < 5 {
		t.Errorf("the report has %d pictures, want the 5 charts", n)
	}
	status, h, page := w.as(campusOwn).getRaw(t, after.ReportURL)
	if status != http.StatusOK || !strings.Contains(string(page), "Auswertung") || !strings.Contains(string(page), `alt="Säulendiagramm: Erfasste und gedeckte Bedarfe`) ||
		!strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("report HTML: %d %s", status, h.Get("Content-Security-Policy"))
	}
}

// TestEvaluationRights: campus management sees its own campus only, the Servicestelle
// any campus and the city; nobody else; bad months are told in German.
func TestEvaluationRights(t *testing.T) {
	w := newWorld(t)
	months := "from=2026-01&to=2026-12"

	// campus management without a campus named gets its own
	own := w.evaluate(t, campusOwn, map[string]any{"from": "2026-01", "to": "2026-12"})
	if own.Kindercampus == nil || own.Kindercampus.ID != w.campus1 || own.CSVURL != "/export/auswertung.csv?from=2026-01&kindercampusId="+urlEscape(w.campus1)+"&to=2026-12" {
		t.Errorf("campus management's own evaluation: %+v", own)
	}
	city := w.evaluate(t, servicestelle, map[string]any{"from": "2026-01", "to": "2026-12"})
	if city.Kindercampus != nil || city.ReportURL != "/auswertung/stadt?"+months || city.PDFURL != "/auswertung/stadt.pdf?"+months ||
		number(t, city.Total, "institutions") <= number(t, own.Total, "institutions") {
		t.Errorf("the city: %+v (campus: %v institutions)", city, own.Total["institutions"])
	}

	for _, c := range []struct {
		act    actor
		path   string
		status int
	}{
		{campusOwn, "/export/auswertung.csv?" + months, http.StatusOK},
		{campusOwn, "/auswertung/" + w.campus1 + "?" + months, http.StatusOK},
		{campusOther, "/export/auswertung.csv?kindercampusId=" + w.campus1 + "&" + months, http.StatusForbidden},
		{campusOther, "/auswertung/" + w.campus1 + ".pdf?" + months, http.StatusForbidden},
		{campusOwn, "/auswertung/stadt?" + months, http.StatusForbidden},
		{partnerOwn, "/export/auswertung.csv?" + months, http.StatusForbidden},
		{institutionOwn, "/auswertung/" + w.campus1 + "?" + months, http.StatusForbidden},
		{coordinatorOwn, "/auswertung/stadt?" + months, http.StatusForbidden},
		{anonymous, "/export/auswertung.csv?" + months, http.StatusUnauthorized},
		{servicestelle, "/export/auswertung.csv?" + months, http.StatusOK},
		{servicestelle, "/auswertung/stadt.pdf?" + months, http.StatusOK},
		{servicestelle, "/auswertung/" + w.campus2 + "?" + months, http.StatusOK},
		{servicestelle, "/auswertung/kc_unbekannt?" + months, http.StatusNotFound},
		{servicestelle, "/export/auswertung.csv?kindercampusId=kc_unbekannt&" + months, http.StatusNotFound},
	} {
		if status, _, body := w.as(c.act).getRaw(t, c.path); status != c.status {
			t.Errorf("%s %s: %d, want %d (%s)", c.act, c.path, status, c.status, body)
		}
	}

	// a browser without a session is sent to sign in
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Get(w.a.url + "/auswertung/" + w.campus1 + ".pdf?" + months)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/auth/anmelden?return=") {
		t.Errorf("anonymous report: %d %s, want the sign-in page", resp.StatusCode, resp.Header.Get("Location"))
	}

	// bad months: a German message, in GraphQL and over HTTP
	for _, m := range []struct{ from, to, says string }{
		{"2026-13", "2026-12", "Monat"},
		{"2026-06", "2026-01", "liegt vor"},
		{"2020-01", "2026-01", "Höchstens 60 Monate"},
		{"", "2026-01", "JJJJ-MM"},
	} {
		r := w.as(servicestelle).post(t, evaluationQuery, map[string]any{"f": map[string]any{"from": m.from, "to": m.to}})
		if r.code() != "BAD_USER_INPUT" || !strings.Contains(fmt.Sprint(r.Errors), m.says) {
			t.Errorf("GraphQL %s–%s: %+v, want BAD_USER_INPUT saying %q", m.from, m.to, r.Errors, m.says)
		}
		path := "/export/auswertung.csv?from=" + urlEscape(m.from) + "&to=" + urlEscape(m.to)
		if status, _, body := w.as(servicestelle).getRaw(t, path); status != http.StatusBadRequest || !json.Valid(body) || !strings.Contains(string(body), m.says) {
			t.Errorf("CSV %s–%s: %d %s", m.from, m.to, status, body)
		}
	}
}
