package drehscheibe_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// TestEligibilityRules checks each rule of a programme on its own: the context passes
// all rules but the one a case breaks, and the reason says which.
func TestEligibilityRules(t *testing.T) {
	s := fixture.New("")
	q, in, m := s.Quartier, s.School, s.Modul
	today := drehscheibe.Date{Year: 2026, Month: 10, Day: 1}
	base := func() (*drehscheibe.Foerderprogramm, drehscheibe.FundingContext) {
		f := &drehscheibe.Foerderprogramm{Name: "Testfonds", Years: []drehscheibe.ProgrammeYear{{Year: 2026, BudgetCent: 1_000_000}},
			Eligibility: drehscheibe.Eligibility{MaxSharePct: 100}}
		return f, drehscheibe.FundingContext{Institution: in, Quartier: q, Modul: m, CostCent: 40_000, Year: 2026, Today: today}
	}
	cases := []struct {
		name    string
		change  func(*drehscheibe.Foerderprogramm, *drehscheibe.FundingContext)
		covered int64
		why     string // part of the reason (refused) or of the reasons (paid)
	}{
		{"no rules: pays all", func(*drehscheibe.Foerderprogramm, *drehscheibe.FundingContext) {}, 40_000, "fördert 100 %"},
		{"free Modul", func(_ *drehscheibe.Foerderprogramm, c *drehscheibe.FundingContext) { c.CostCent = 0 }, 0, "kostenfrei"},
		{"window closed", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Window = drehscheibe.Period{To: drehscheibe.Date{Year: 2026, Month: 6, Day: 30}}
		}, 0, "Antragsfrist"},
		{"other theme", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.Themes = []drehscheibe.Theme{drehscheibe.ThemeMintDigitales}
		}, 0, "andere Themenfelder"},
		{"further theme counts", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.Themes = []drehscheibe.Theme{drehscheibe.ThemeSozialkompetenz}
		}, 40_000, "Themenfeld"},
		{"other institution type", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.InstitutionTypes = []drehscheibe.InstitutionType{drehscheibe.InstitutionKita}
		}, 0, "fördert keine Grundschule"},
		{"other Quartier", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.QuartierIDs = []drehscheibe.ID{drehscheibe.StableID(drehscheibe.KindQuartier, "elsewhere")}
		}, 0, "ausgewählte Quartiere"},
		{"Soziale Stadt: not here", func(f *drehscheibe.Foerderprogramm, c *drehscheibe.FundingContext) {
			f.Eligibility.OnlySozialeStadt = true
			plain := *q
			plain.SozialeStadt = false
			c.Quartier = &plain
		}, 0, "Aktionsräumen Soziale Stadt"},
		{"Soziale Stadt: here", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.OnlySozialeStadt = true
		}, 40_000, "Aktionsraum Soziale Stadt"},
		{"Quartier unknown", func(f *drehscheibe.Foerderprogramm, c *drehscheibe.FundingContext) {
			f.Eligibility.MinPriority = 0.1
			c.Quartier = nil
		}, 0, "Priorität ab 0.10"},
		{"priority too low", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.MinPriority = 0.99
		}, 0, "Priorität ab 0.99"},
		{"ages do not overlap", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.Ages = &drehscheibe.AgeRange{Min: 12, Max: 18}
		}, 0, "12–18 Jahre"},
		{"no budget for the year", func(_ *drehscheibe.Foerderprogramm, c *drehscheibe.FundingContext) { c.Year = 2027 }, 0, "kein Budget mehr für 2027"},
		{"budget used up", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Years[0].CommittedCent = 1_000_000
		}, 0, "kein Budget mehr für 2026"},
		{"share", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.MaxSharePct, f.Eligibility.CoFundingRequired = 80, true
		}, 32_000, "mit Eigenanteil"},
		{"cap per request", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Eligibility.MaxPerAnfrageCent = 25_000
		}, 25_000, "höchstens 250,00 € je Anfrage"},
		{"what is left of the budget", func(f *drehscheibe.Foerderprogramm, _ *drehscheibe.FundingContext) {
			f.Years[0].SpentCent = 990_000
		}, 10_000, "noch 100,00 € frei"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, c := base()
			tc.change(f, &c)
			o, why := f.Covers(c)
			if o.CoveredCent != tc.covered || f.Pays(c) != tc.covered {
				t.Errorf("covers %d (Pays %d), want %d (%s)", o.CoveredCent, f.Pays(c), tc.covered, why)
			}
			text := why
			if tc.covered > 0 {
				text = strings.Join(o.Reasons, "; ")
				if o.RemainingCent != c.CostCent-tc.covered {
					t.Errorf("remaining %d, want %d", o.RemainingCent, c.CostCent-tc.covered)
				}
			}
			if !strings.Contains(text, tc.why) {
				t.Errorf("reason %q does not say %q", text, tc.why)
			}
		})
	}
}

// paidService is a service on the fixture whose Modul costs 400 € per booking, with
// a programme that pays 80 % up to budget, returned too.
func paidService(t *testing.T, budget int64) (*drehscheibe.Service, *mongodb.Store, fixture.Set, *drehscheibe.Foerderprogramm) {
	t.Helper()
	svc, store, s, _ := newServiceAt(t, time.Now)
	m := modulOf(t, svc, store, s.Modul.ID)
	must(svc.UpdateModul(sys, m.ID, m.Version, drehscheibe.ModulPatch{CostCent: drehscheibe.Set(int64(40_000)), Fundable: drehscheibe.Set(false),
		Capacity: drehscheibe.Set(100)}))
	as := sidesOf(s)
	f := must(svc.CreateFoerderprogramm(as.servicestelle, &drehscheibe.Foerderprogramm{Name: "Testfonds Ganztag", Provider: drehscheibe.ProviderLand,
		Years:          []drehscheibe.ProgrammeYear{{Year: 2026, BudgetCent: budget}},
		Eligibility:    drehscheibe.Eligibility{MaxSharePct: 80, CoFundingRequired: true},
		RequiredFields: []drehscheibe.ApplicationField{drehscheibe.FieldKonzept, drehscheibe.FieldEigenanteil}}))
	return svc, store, s, f
}

// agreedRequest makes a request with the given shares and takes it to both sides'
// confirmation but the partner's last one, which it returns to call.
func acceptedRequest(t *testing.T, svc *drehscheibe.Service, s fixture.Set, as sides, i int, shares []drehscheibe.FundingShare) *drehscheibe.Anfrage {
	t.Helper()
	in := requestOf(s)
	in.Message = fmt.Sprintf("Gruppe %d", i)
	b := fixture.New(fmt.Sprintf("f%d", i)).Bedarf
	b.Meta, b.InstitutionID = drehscheibe.Meta{}, s.School.ID
	in.BedarfID = must(svc.CreateBedarf(sys, b)).ID
	in.Funding = shares
	a := must(svc.CreateAnfrage(as.campus, in))
	a = must(svc.AcceptAnfrage(as.partner, a.ID, a.Version))
	return must(svc.ConfirmVereinbarung(as.institution, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyNone))
}

func programme(t *testing.T, store *mongodb.Store, id drehscheibe.ID) *drehscheibe.Foerderprogramm {
	t.Helper()
	return mustGet(t, store, id).(*drehscheibe.Foerderprogramm)
}

// TestFundingOverspendRace: 50 agreements confirmed at once against a programme whose
// budget holds three commitments: exactly three are agreed, the others are refused
// with a clear reason, and committed stays within the budget.
func TestFundingOverspendRace(t *testing.T) {
	svc, store, s, f := paidService(t, 3*32_000)
	as := sidesOf(s)
	const n = 50
	requests := make([]*drehscheibe.Anfrage, n)
	for i := range requests {
		requests[i] = acceptedRequest(t, svc, s, as, i, []drehscheibe.FundingShare{{Source: drehscheibe.FundingProgramme, ProgrammeID: f.ID, AmountCent: 32_000}})
	}
	errs := atOnce(t, "commitments", n, func(i int) error {
		a := requests[i]
		_, err := svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyNone)
		return err
	})
	ok, refused := 0, 0
	for _, err := range errs {
		switch drehscheibe.ErrorCode(err) {
		case "":
			ok++
		case drehscheibe.ECONFLICT:
			refused++
			if e, _ := drehscheibe.AsError(err); e == nil || !strings.Contains(e.Message, "Budget") {
				t.Errorf("a refused commitment does not name the budget: %v", err)
			}
		default:
			t.Errorf("unexpected: %v", err)
		}
	}
	got := programme(t, store, f.ID)
	y, _ := got.Year(2026)
	if ok != 3 || refused != n-3 || y.CommittedCent != 3*32_000 || len(got.Ledger) != 3 {
		t.Errorf("%d agreed, %d refused; committed %d with %d ledger entries; want 3, %d, %d, 3", ok, refused, y.CommittedCent, len(got.Ledger), n-3, 3*32_000)
	}
	agreed := 0
	for _, a := range requests {
		if cur := mustGet(t, store, a.ID).(*drehscheibe.Anfrage); cur.Status == drehscheibe.AnfrageAgreed {
			agreed++
		}
	}
	if agreed != 3 {
		t.Errorf("%d requests are stored as agreed, want 3", agreed)
	}
}

// TestFundingLifecycle: a split of 80 % programme and 20 % campus line is committed on
// agreement, spent (the actual amount, shared out alike) when done, and released when
// an agreed request is cancelled; every movement is in the ledgers and the report's
// sums are the ledgers' sums.
func TestFundingLifecycle(t *testing.T) {
	svc, store, s, f := paidService(t, 1_000_000)
	as := sidesOf(s)
	split := []drehscheibe.FundingShare{{Source: drehscheibe.FundingProgramme, ProgrammeID: f.ID, AmountCent: 32_000},
		{Source: drehscheibe.FundingCampus, Category: drehscheibe.BudgetProjekte, Rest: true}}

	// who may commit what
	in := requestOf(s)
	in.Funding = split[1:]
	if _, err := svc.CreateAnfrage(as.institution, in); drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN {
		t.Errorf("an institution commits its campus's line: %v", err)
	}
	in.Funding = []drehscheibe.FundingShare{{Source: drehscheibe.FundingProgramme, ProgrammeID: f.ID, AmountCent: 33_000}}
	if _, err := svc.CreateAnfrage(as.institution, in); drehscheibe.ErrorCode(err) != drehscheibe.EINVALID || !strings.Contains(err.Error(), "höchstens 320,00 €") {
		t.Errorf("a programme asked for more than it pays: %v", err)
	}

	a := acceptedRequest(t, svc, s, as, 1, split)
	if len(a.Funding) != 2 || a.Funding[1].AmountCent != 8_000 {
		t.Fatalf("shares %+v, want 320 € + the rest 80 €", a.Funding)
	}
	a = must(svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyNone))
	if a.Status != drehscheibe.AnfrageAgreed {
		t.Fatalf("status %s", a.Status)
	}
	line := func() drehscheibe.BudgetLine {
		l, _ := mustGet(t, store, s.Kindercampus.ID).(*drehscheibe.Kindercampus).Line(2026, drehscheibe.BudgetProjekte)
		return l
	}
	year := func() drehscheibe.ProgrammeYear {
		y, _ := programme(t, store, f.ID).Year(2026)
		return y
	}
	if y, l := year(), line(); y.CommittedCent != 32_000 || l.CommittedCent != 8_000 {
		t.Errorf("committed: programme %d, campus %d; want 32,000 and 8,000", y.CommittedCent, l.CommittedCent)
	}

	actual := int64(35_000)
	a = must(svc.CompleteAnfrage(as.institution, a.ID, a.Version, drehscheibe.OutcomeInput{SessionsHeld: 10, Participants: 12, Rating: 5, ActualCostCent: &actual}))
	if y, l := year(), line(); y.CommittedCent != 0 || y.SpentCent != 28_000 || l.CommittedCent != 0 || l.SpentCent != 7_000 {
		t.Errorf("after done: programme %+v, campus %+v; want spent 28,000 and 7,000, nothing committed", y, l)
	}

	b := acceptedRequest(t, svc, s, as, 2, split)
	b = must(svc.ConfirmVereinbarung(as.partner, b.ID, b.Version, b.Vereinbarung.Hash, drehscheibe.PartyNone))
	must(svc.CancelAnfrage(as.partner, b.ID, b.Version, drehscheibe.Reason{Code: drehscheibe.ReasonOther, Text: "Trainer erkrankt"}))
	if y, l := year(), line(); y.CommittedCent != 0 || l.CommittedCent != 0 {
		t.Errorf("after cancel: programme %+v, campus %+v; want nothing committed", y, l)
	}

	// the ledgers and the report
	fp := programme(t, store, f.ID)
	k := mustGet(t, store, s.Kindercampus.ID).(*drehscheibe.Kindercampus)
	kinds := ""
	for _, e := range fp.Ledger {
		kinds += string(e.Kind) + " "
	}
	if kinds != "COMMIT SPEND COMMIT RELEASE " {
		t.Errorf("programme ledger %q", kinds)
	}
	rep := drehscheibe.NewFundingReport([]*drehscheibe.Foerderprogramm{fp}, []*drehscheibe.Kindercampus{k},
		drehscheibe.FundingReportFilter{Year: 2026}, func(id drehscheibe.ID) string { return string(id) })
	var committed, spent int64
	for _, e := range append(fp.Ledger, k.Ledger...) {
		committed += e.CommittedCent
		spent += e.SpentCent
	}
	var rowCommitted, rowSpent int64
	for _, r := range rep.Rows {
		rowCommitted += r.CommittedCent
		rowSpent += r.SpentCent
	}
	if rep.CommittedCent != committed || rep.SpentCent != spent || rowCommitted != committed || rowSpent != spent || spent != 35_000 {
		t.Errorf("report committed %d / rows %d / ledger %d, spent %d / rows %d / ledger %d (want 35,000)",
			rep.CommittedCent, rowCommitted, committed, rep.SpentCent, rowSpent, spent)
	}
	if rep.SozialeStadtSharePct == nil || *rep.SozialeStadtSharePct != 100 {
		t.Errorf("the fixture's Quartier is an Aktionsraum: share %v, want 100", rep.SozialeStadtSharePct)
	}
	if rep.BudgetCent != 1_000_000+1_500_000+1_000_000 || rep.RemainingCent != rep.BudgetCent-committed-spent {
		t.Errorf("budget %d remaining %d", rep.BudgetCent, rep.RemainingCent)
	}
}

// TestFoerderantragAsksEachFieldOnce: two programmes that ask overlapping questions
// make one form that asks each once; applying needs every answer of that programme;
// the Servicestelle decides per programme.
func TestFoerderantragAsksEachFieldOnce(t *testing.T) {
	svc, _, s, f := paidService(t, 1_000_000)
	as := sidesOf(s)
	g := must(svc.CreateFoerderprogramm(as.servicestelle, &drehscheibe.Foerderprogramm{Name: "Quartiersfonds", Provider: drehscheibe.ProviderStadt,
		Years:             []drehscheibe.ProgrammeYear{{Year: 2026, BudgetCent: 500_000}},
		Eligibility:       drehscheibe.Eligibility{OnlySozialeStadt: true, MaxSharePct: 100, MaxPerAnfrageCent: 15_000},
		RequiredFields:    []drehscheibe.ApplicationField{drehscheibe.FieldKonzept, drehscheibe.FieldBankverbindung},
		RequiredDocuments: []string{"Kostenplan"}}))
	must(svc.UpdateFoerderprogramm(as.servicestelle, f.ID, f.Version+0, drehscheibe.FoerderprogrammPatch{RequiredDocuments: drehscheibe.Set([]string{"kostenplan", "Satzung"})}))
	in := requestOf(s)
	a := must(svc.CreateAnfrage(as.institution, in))

	form := must(svc.FoerderantragOf(as.institution, a.ID))
	if len(form.Options) != 2 || form.Options[0].Programme.ID != f.ID || form.Options[0].CoveredCent != 32_000 || form.Options[1].CoveredCent != 15_000 {
		t.Fatalf("options %+v", form.Options)
	}
	asked := map[drehscheibe.ApplicationField]int{}
	for _, fl := range form.Fields {
		asked[fl.Field]++
	}
	want := map[drehscheibe.ApplicationField]int{drehscheibe.FieldKonzept: 1, drehscheibe.FieldEigenanteil: 1, drehscheibe.FieldBankverbindung: 1}
	if fmt.Sprint(asked) != fmt.Sprint(want) || len(form.Fields[0].Programmes) != 2 {
		t.Errorf("fields %+v, want KONZEPT (both), EIGENANTEIL, BANKVERBINDUNG once each", form.Fields)
	}
	if len(form.Documents) != 2 || len(form.Documents[0].Programmes) != 2 {
		t.Errorf("documents %+v, want the Kostenplan once for both and the Satzung", form.Documents)
	}
	if len(form.Missing()) != 3 {
		t.Errorf("missing %v", form.Missing())
	}
	known := ""
	for _, k := range form.Known {
		known += k.Label + "=" + k.Value + "; "
	}
	for _, w := range []string{"Einrichtung=" + s.School.Name, "Gesamtkosten=400,00 €", "Aktionsraum Soziale Stadt=ja"} {
		if !strings.Contains(known, w) {
			t.Errorf("known facts %q lack %q", known, w)
		}
	}

	// applying needs that programme's answers
	answers := []drehscheibe.AntragAnswer{{Field: drehscheibe.FieldKonzept, Value: "Fußball-AG für Mädchen und Jungen der 3. Klassen"}}
	_, err := svc.SaveFoerderantrag(as.institution, a.ID, a.Version, drehscheibe.FoerderantragInput{Answers: answers, Submit: []drehscheibe.ID{f.ID}})
	if drehscheibe.ErrorCode(err) != drehscheibe.EINVALID || !strings.Contains(err.Error(), "Eigenanteil") {
		t.Errorf("applying without the Eigenanteil: %v", err)
	}
	answers = append(answers, drehscheibe.AntragAnswer{Field: drehscheibe.FieldEigenanteil, Value: "Der Kindercampus trägt 20 % aus der Budgetlinie Projekte."})
	a = must(svc.SaveFoerderantrag(as.institution, a.ID, a.Version, drehscheibe.FoerderantragInput{Answers: answers, Submit: []drehscheibe.ID{f.ID}}))
	if app, ok := a.Antrag.Application(f.ID); !ok || app.Status != drehscheibe.AntragSubmitted {
		t.Fatalf("application %+v", a.Antrag)
	}
	if _, err := svc.DecideFoerderantrag(as.institution, a.ID, a.Version, f.ID, true, ""); drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN {
		t.Errorf("the institution decides its own application: %v", err)
	}
	if _, err := svc.DecideFoerderantrag(as.servicestelle, a.ID, a.Version, f.ID, false, ""); drehscheibe.ErrorCode(err) != drehscheibe.EINVALID {
		t.Errorf("a rejection without a note: %v", err)
	}
	if _, err := svc.DecideFoerderantrag(as.servicestelle, a.ID, a.Version, g.ID, true, ""); drehscheibe.ErrorCode(err) != drehscheibe.EINVALID {
		t.Errorf("a decision on a programme not applied to: %v", err)
	}
	a = must(svc.DecideFoerderantrag(as.servicestelle, a.ID, a.Version, f.ID, true, "Bewilligt für 2026."))
	if app, _ := a.Antrag.Application(f.ID); app.Status != drehscheibe.AntragApproved || app.DecidedBy == nil || app.Note != "Bewilligt für 2026." {
		t.Errorf("decision %+v", app)
	}
	if _, err := svc.FoerderantragOf(as.partner, a.ID); drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN {
		t.Errorf("the partner sees the application: %v", err)
	}
}
