package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
)

// TestFundingJourney walks the money through the real handler: which programmes
// would pay shows in the recommendations (and lets a Modul over the need's budget
// through when what remains fits), the campus management splits the costs between a
// programme and its campus line, the agreement commits both, the report and its CSV
// show it, the application asks each question once and prints one form per programme,
// and the agreement prints as HTML and PDF.
func TestFundingJourney(t *testing.T) {
	w := newWorld(t)
	ogs := w.ogs(t)
	cheap := w.paidModul(t) // 400 € per booking
	dear := w.paidModulCosting(t, 400_000)

	// who sees the programmes' money
	var progs struct {
		Foerderprogramme struct {
			TotalCount int
			Nodes      []struct {
				Name  string
				Years []struct{ Year, BudgetCent int }
			}
		}
	}
	const progQuery = `{ foerderprogramme { totalCount nodes { name years { year budgetCent } } } }`
	w.as(anonymous).query(t, progQuery, nil, &progs)
	if progs.Foerderprogramme.TotalCount != 3 || progs.Foerderprogramme.Nodes[0].Years != nil {
		t.Errorf("anonymous sees %+v, want three programmes without budgets", progs.Foerderprogramme)
	}
	w.admin().query(t, progQuery, nil, &progs)
	if len(progs.Foerderprogramme.Nodes[0].Years) == 0 {
		t.Errorf("the Servicestelle does not see the budgets: %+v", progs.Foerderprogramme)
	}

	// recommendations: the need's budget (100 €) against what remains after funding
	var rec struct {
		RecommendModules struct {
			Items []struct {
				Modul   struct{ ID string }
				Reasons []string
				Funding *struct {
					Programme                  struct{ ID string }
					CoveredCent, RemainingCent int
					Reasons                    []string
				}
			}
			Excluded []struct {
				Reason string
				Count  int
			}
		}
	}
	w.as(campusOwn).query(t, `query($i: ID!) { recommendModules(input: {institutionId: $i, first: 50, needs: [{theme: SPORT_GESUNDHEIT, keywords: ["Zahlfußball"],
		ageRange: {min: 6, max: 10}, groupSize: 12, budgetCent: 10000}]}) {
		items { modul { id } reasons funding { programme { id } coveredCent remainingCent reasons } } excluded { reason count } } }`,
		map[string]any{"i": w.inst1}, &rec)
	found := false
	for _, it := range rec.RecommendModules.Items {
		switch it.Modul.ID {
		case cheap:
			found = true
			f := it.Funding
			if f == nil || f.Programme.ID == "" || f.CoveredCent+f.RemainingCent != 40_000 || f.RemainingCent > 10_000 {
				t.Errorf("funding of the 400 € Modul: %+v", f)
			}
			if !strings.Contains(strings.Join(it.Reasons, " "), "Förderfähig über „") {
				t.Errorf("the reasons do not name the programme: %q", it.Reasons)
			}
		case dear:
			t.Errorf("the 4,000 € Modul is recommended although what remains after funding exceeds the budget")
		}
	}
	if !found {
		t.Errorf("the 400 € Modul is not recommended although a programme pays all but 80 €: %+v", rec.RecommendModules.Excluded)
	}

	// the campus management splits the costs: 80 % OGS programme, the rest its line
	create := func(act actor, funding []map[string]any) (string, int, []userError) {
		in := anfrageInput(w.inst1, cheap, "")
		in["funding"] = funding
		var p struct {
			Anfrage struct {
				ID      string
				Version int
			}
		}
		ue := w.as(act).mutate(t, "createAnfrage", `mutation($input: CreateAnfrageInput!) { createAnfrage(input: $input) {
			anfrage { id version } userErrors { field message code } } }`, in, &p)
		return p.Anfrage.ID, p.Anfrage.Version, ue
	}
	campusLine := map[string]any{"source": "CAMPUS_BUDGET", "category": "PROJEKTE"}
	in := anfrageInput(w.inst1, cheap, "")
	in["funding"] = []map[string]any{campusLine}
	if r := w.as(institutionOwn).post(t, `mutation($input: CreateAnfrageInput!) { createAnfrage(input: $input) { anfrage { id } } }`,
		map[string]any{"input": in}); r.code() != "FORBIDDEN" {
		t.Errorf("an institution commits its campus's line: %+v", r.Errors)
	}
	if _, _, ue := create(campusOwn, []map[string]any{{"source": "PROGRAMME", "programmeId": ogs, "amountCent": 35_000}}); len(ue) == 0 ||
		!strings.Contains(ue[0].Message, "höchstens 320,00 €") {
		t.Errorf("a programme share above what it pays: %+v", ue)
	}
	id, v, ue := create(campusOwn, []map[string]any{{"source": "PROGRAMME", "programmeId": ogs, "amountCent": 32_000}, campusLine})
	if len(ue) > 0 {
		t.Fatalf("createAnfrage: %+v", ue)
	}

	// the application: each question once, one form per programme
	var fa struct {
		Node struct {
			Foerderantrag struct {
				Programmes []struct {
					Programme       struct{ ID string }
					FormURL, PdfURL string
				}
				Fields []struct {
					Field      string
					Programmes []struct{ ID string }
				}
				Missing   []string
				Documents []struct{ Name string }
			}
		}
	}
	w.as(institutionOwn).query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { foerderantrag {
		programmes { programme { id } formUrl pdfUrl } fields { field programmes { id } } missing documents { name } } } } }`,
		map[string]any{"id": id}, &fa)
	form := fa.Node.Foerderantrag
	seen := map[string]bool{}
	for _, f := range form.Fields {
		if seen[f.Field] {
			t.Errorf("%s is asked twice", f.Field)
		}
		seen[f.Field] = true
	}
	if len(form.Programmes) < 2 || !seen["KONZEPT"] || len(form.Missing) != len(form.Fields) {
		t.Errorf("application %+v, want the OGS programme and the Quartiersfonds, KONZEPT asked once", form)
	}
	var partnerView struct {
		Node struct{ Foerderantrag *json.RawMessage }
	}
	w.as(partnerOwn).query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { foerderantrag { missing } } } }`, map[string]any{"id": id}, &partnerView)
	if partnerView.Node.Foerderantrag != nil {
		t.Errorf("the partner sees the application: %s", *partnerView.Node.Foerderantrag)
	}
	status, h, body := w.as(institutionOwn).getRaw(t, form.Programmes[0].PdfURL)
	if status != http.StatusOK || h.Get("Content-Type") != "application/pdf" || !strings.Contains(printdoctest.Text(t, body), "Förderantrag") {
		t.Errorf("form PDF: %d %s", status, h.Get("Content-Type"))
	}
	status, h, body = w.as(institutionOwn).getRaw(t, form.Programmes[0].FormURL)
	if status != http.StatusOK || !strings.Contains(string(body), "Angaben zum Vorhaben") || h.Get("Content-Security-Policy") == "" {
		t.Errorf("form HTML: %d %s", status, body)
	}
	if status, _, _ := w.as(partnerOwn).getRaw(t, form.Programmes[0].FormURL); status != http.StatusForbidden {
		t.Errorf("the partner opens the application form: %d", status)
	}

	// agreement: accept, both confirm → committed
	id, v = w.created(t, "acceptAnfrage", "AnfrageTransitionInput", "anfrage", map[string]any{"id": id, "version": v})
	var hash struct {
		Node struct{ Vereinbarung struct{ ContentHash string } }
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { vereinbarung { contentHash } } } }`, map[string]any{"id": id}, &hash)
	for _, side := range []string{"INSTITUTION", "PARTNER"} {
		id, v = w.created(t, "confirmVereinbarung", "ConfirmVereinbarungInput", "anfrage",
			map[string]any{"id": id, "version": v, "contentHash": hash.Node.Vereinbarung.ContentHash, "side": side})
	}
	var camp struct {
		Node struct {
			Budget []struct {
				Category                                            string
				CommittedCent, SpentCent, RemainingCent, AmountCent int
			}
		}
	}
	w.as(campusOwn).query(t, `query($k: ID!) { node(id: $k) { ... on Kindercampus { budget(year: 2026) { category amountCent committedCent spentCent remainingCent } } } }`,
		map[string]any{"k": w.campus1}, &camp)
	for _, l := range camp.Node.Budget {
		if l.Category == "PROJEKTE" && (l.CommittedCent != 8_000 || l.RemainingCent != l.AmountCent-8_000) {
			t.Errorf("campus line Projekte: %+v, want 80 € committed", l)
		}
	}

	// the report and its CSV say the same as the ledgers
	var rep struct {
		FundingReport struct {
			CommittedCent        int
			SozialeStadtSharePct *float64
			Rows                 []struct{ CommittedCent int }
		}
	}
	w.as(campusOwn).query(t, `{ fundingReport(filter: {year: 2026}) { committedCent sozialeStadtSharePct rows { committedCent } } }`, nil, &rep)
	sum := 0
	for _, r := range rep.FundingReport.Rows {
		sum += r.CommittedCent
	}
	if rep.FundingReport.CommittedCent != 40_000 || sum != 40_000 || rep.FundingReport.SozialeStadtSharePct == nil {
		t.Errorf("report for the campus: %+v, want 400 € committed in its rows", rep.FundingReport)
	}
	status, h, body = w.as(campusOwn).getRaw(t, "/export/foerderung.csv?year=2026")
	csv := string(body)
	if status != http.StatusOK || !strings.HasPrefix(csv, "\uFEFFJahr;Quelle;") || !strings.Contains(csv, "320,00") || !strings.Contains(csv, "80,00") {
		t.Errorf("CSV: %d %s\n%s", status, h.Get("Content-Type"), csv)
	}
	if status, _, _ := w.as(campusOwn).getRaw(t, "/export/foerderung.csv?year=2026&kindercampusId="+w.campus2); status != http.StatusForbidden {
		t.Errorf("a campus manager reads another campus's money: %d", status)
	}
	if status, _, _ := w.as(partnerOwn).getRaw(t, "/export/foerderung.csv?year=2026"); status != http.StatusForbidden {
		t.Errorf("a partner reads the funding report: %d", status)
	}
	if status, _, body := w.as(campusOwn).getRaw(t, "/export/foerderung.csv"); status != http.StatusBadRequest || !strings.Contains(string(body), "Jahr") {
		t.Errorf("CSV without a year: %d %s", status, body)
	}

	// the agreement prints, with who pays what
	status, h, body = w.as(partnerOwn).getRaw(t, "/vereinbarungen/"+id+".pdf")
	if status != http.StatusOK || h.Get("Content-Type") != "application/pdf" || h.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("agreement PDF: %d %v", status, h)
	}
	if text := printdoctest.Squeeze(printdoctest.Text(t, body)); !strings.Contains(text, "320,00 € trägt das Förderprogramm") {
		t.Errorf("the agreement does not say who pays: %s", text)
	}
	status, _, body = w.as(institutionOwn).getRaw(t, "/vereinbarungen/"+id)
	if status != http.StatusOK || !strings.Contains(string(body), "Kooperationsvereinbarung") {
		t.Errorf("agreement HTML: %d", status)
	}
	if status, _, _ := w.as(partnerOther).getRaw(t, "/vereinbarungen/"+id); status != http.StatusNotFound {
		t.Errorf("another partner opens the agreement: %d", status)
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Get(w.a.url + "/vereinbarungen/" + id + ".pdf")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/auth/anmelden?return=") {
		t.Errorf("anonymous: %d %s, want the sign-in page", resp.StatusCode, resp.Header.Get("Location"))
	}
}
