package evaluation_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
)

// The fixture: campus A with institution 1 (in an Aktionsraum Soziale Stadt, recorded
// in December 2025) and institution 2 (not, recorded on 10 February 2026); campus B
// with institution 3, whose needs, requests and money campus A's figures never count.
// Every expected value below is worked out by hand in the comments.

const (
	campusA, campusB = drehscheibe.ID("kc_a"), drehscheibe.ID("kc_b")
	inst1, inst2     = drehscheibe.ID("in_1"), drehscheibe.ID("in_2")
	inst3            = drehscheibe.ID("in_3")
	p1, p2, p3       = drehscheibe.ID("pa_1"), drehscheibe.ID("pa_2"), drehscheibe.ID("pa_3")
)

// at is an instant in Dortmund.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, drehscheibe.Dortmund)
}

func meta(id drehscheibe.ID, created time.Time) drehscheibe.Meta {
	return drehscheibe.Meta{ID: id, CreatedAt: created.UTC()}
}

func bedarf(id, inst drehscheibe.ID, created time.Time, covered time.Time, by ...drehscheibe.ID) *drehscheibe.Bedarf {
	b := &drehscheibe.Bedarf{Meta: meta(id, created), InstitutionID: inst, Status: drehscheibe.BedarfOpen}
	if len(by) > 0 {
		b.Status, b.CoveredBy, b.CoveredAt = drehscheibe.BedarfCovered, by, covered
	}
	return b
}

type step struct {
	to drehscheibe.AnfrageStatus
	at time.Time
}

func anfrage(id, inst, partner, modul, need drehscheibe.ID, steps ...step) *drehscheibe.Anfrage {
	a := &drehscheibe.Anfrage{Meta: meta(id, steps[0].at), InstitutionID: inst, PartnerID: partner, ModulID: modul, BedarfID: need}
	for _, s := range steps {
		a.History = append(a.History, drehscheibe.Transition{From: a.Status, To: s.to, At: s.at.UTC()})
		a.Status = s.to
	}
	return a
}

func outcome(sessions, participants int, completed time.Time, institution, partner *drehscheibe.Feedback) *drehscheibe.Outcome {
	return &drehscheibe.Outcome{SessionsHeld: sessions, Participants: participants, CompletedAt: completed.UTC(), Institution: institution, Partner: partner}
}

func rating(r int, t time.Time) *drehscheibe.Feedback {
	return &drehscheibe.Feedback{Rating: r, At: t.UTC()}
}

func entry(kind drehscheibe.LedgerKind, t time.Time, campus drehscheibe.ID, sozial bool, committed, spent int64) drehscheibe.LedgerEntry {
	return drehscheibe.LedgerEntry{Kind: kind, At: t.UTC(), KindercampusID: campus, SozialeStadt: sozial, CommittedCent: committed, SpentCent: spent}
}

func fixture() evaluation.Input {
	const (
		req, acc, agr = drehscheibe.AnfrageRequested, drehscheibe.AnfrageAccepted, drehscheibe.AnfrageAgreed
		done, canc    = drehscheibe.AnfrageDone, drehscheibe.AnfrageCancelled
	)
	a1 := anfrage("an_1", inst1, p1, "mo_1", "be_1", step{req, at(2026, 1, 6, 9, 0)}, step{acc, at(2026, 1, 8, 9, 0)},
		step{agr, at(2026, 1, 20, 9, 0)}, step{done, at(2026, 2, 25, 12, 0)})
	a1.Outcome = outcome(10, 12, at(2026, 2, 25, 12, 0), rating(5, at(2026, 2, 25, 12, 0)), rating(4, at(2026, 3, 2, 8, 0)))
	a3 := anfrage("an_3", inst2, p1, "mo_5", "be_4", step{req, at(2026, 2, 15, 9, 0)}, step{acc, at(2026, 2, 16, 9, 0)},
		step{agr, at(2026, 2, 22, 9, 0)}, step{done, at(2026, 3, 20, 16, 0)})
	a3.Outcome = outcome(6, 8, at(2026, 3, 20, 16, 0), rating(3, at(2026, 3, 20, 16, 0)), nil)

	programme := &drehscheibe.Foerderprogramm{Meta: meta("fp_1", at(2025, 1, 1, 0, 0)), Ledger: []drehscheibe.LedgerEntry{
		entry(drehscheibe.LedgerCommit, at(2026, 1, 20, 9, 0), campusA, true, 40000, 0),
		entry(drehscheibe.LedgerCommit, at(2026, 2, 14, 9, 0), campusA, true, 30000, 0),
		entry(drehscheibe.LedgerCommit, at(2026, 2, 22, 9, 0), campusA, false, 20000, 0),
		entry(drehscheibe.LedgerSpend, at(2026, 2, 25, 12, 0), campusA, true, -40000, 38000),
		entry(drehscheibe.LedgerRelease, at(2026, 3, 10, 11, 0), campusA, true, -30000, 0),
		entry(drehscheibe.LedgerSpend, at(2026, 3, 20, 16, 0), campusA, false, -20000, 20000),
		entry(drehscheibe.LedgerCommit, at(2026, 1, 10, 9, 0), campusB, true, 99999, 0),
	}}
	return evaluation.Input{
		Quartiere: []*drehscheibe.Quartier{
			{Meta: meta("qu_1", at(2025, 1, 1, 0, 0)), SozialeStadt: true},
			{Meta: meta("qu_2", at(2025, 1, 1, 0, 0))},
		},
		Institutions: []*drehscheibe.Institution{
			{Meta: meta(inst1, at(2025, 12, 1, 0, 0)), QuartierID: "qu_1"},
			{Meta: meta(inst2, at(2026, 2, 10, 0, 0)), QuartierID: "qu_2"},
			{Meta: meta(inst3, at(2025, 1, 1, 0, 0)), QuartierID: "qu_1"},
		},
		Campus: []*drehscheibe.Kindercampus{
			{Meta: meta(campusA, at(2025, 1, 1, 0, 0)), InstitutionIDs: []drehscheibe.ID{inst1, inst2},
				// 00:30 on 1 March in Dortmund is still February in UTC: a March booking
				Ledger: []drehscheibe.LedgerEntry{entry(drehscheibe.LedgerCommit, time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC), campusA, true, 5000, 0)}},
			{Meta: meta(campusB, at(2025, 1, 1, 0, 0)), InstitutionIDs: []drehscheibe.ID{inst3}},
		},
		Programmes: []*drehscheibe.Foerderprogramm{programme},
		Bedarfe: []*drehscheibe.Bedarf{
			bedarf("be_1", inst1, at(2026, 1, 5, 10, 0), at(2026, 1, 20, 9, 0), "mo_1"),    // Jan → Jan: 15 days
			bedarf("be_2", inst1, at(2026, 1, 10, 10, 0), at(2026, 2, 14, 9, 0), "mo_2"),   // Jan → Feb: 35 days
			bedarf("be_3", inst2, at(2026, 2, 11, 10, 0), time.Time{}),                     // Feb, open
			bedarf("be_4", inst2, at(2026, 2, 12, 23, 30), at(2026, 2, 22, 0, 10), "mo_5"), // Feb → Feb: 10 days (calendar days in Dortmund)
			// covered before the time was recorded, then closed: the agreement on 3 March
			// tells when (30 November to 3 March: 93 days)
			{Meta: meta("be_5", at(2025, 11, 30, 10, 0)), InstitutionID: inst1, Status: drehscheibe.BedarfClosed, CoveredBy: []drehscheibe.ID{"mo_3"}},
			// recorded at 00:30 on 1 March in Dortmund (still February in UTC); covered
			// when, nobody knows: undated
			{Meta: meta("be_6", time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC)), InstitutionID: inst1, Status: drehscheibe.BedarfCovered, CoveredBy: []drehscheibe.ID{"mo_4"}},
			bedarf("be_7", inst3, at(2026, 1, 15, 10, 0), time.Time{}), // campus B
			bedarf("be_8", inst1, at(2026, 4, 1, 10, 0), time.Time{}),  // after the range
		},
		Anfragen: []*drehscheibe.Anfrage{
			a1,
			anfrage("an_2", inst1, p2, "mo_2", "be_2", step{req, at(2026, 2, 1, 9, 0)}, step{acc, at(2026, 2, 3, 9, 0)},
				step{agr, at(2026, 2, 14, 9, 0)}, step{canc, at(2026, 3, 10, 11, 0)}),
			a3,
			// booked outside the service: straight to AGREED
			anfrage("an_5", inst1, p3, "mo_3", "be_5", step{agr, at(2026, 3, 3, 10, 0)}),
			anfrage("an_6", inst1, p2, "mo_6", "", step{req, at(2026, 1, 2, 9, 0)}, step{drehscheibe.AnfrageDeclined, at(2026, 1, 5, 9, 0)}),
			anfrage("an_7", inst3, p2, "mo_7", "be_7", step{agr, at(2026, 1, 10, 9, 0)}), // campus B
		},
	}
}

func fl(x float64) *float64 { return &x }

func month(m time.Month) evaluation.Month { return evaluation.Month{Year: 2026, Month: m} }

func TestKPIsByHand(t *testing.T) {
	f, err := evaluation.NewFilter(campusA, "2026-01", "2026-03")
	if err != nil {
		t.Fatal(err)
	}
	r, err := evaluation.Compute(fixture(), f)
	if err != nil {
		t.Fatal(err)
	}
	want := []evaluation.Figures{{
		From: month(1), To: month(1),
		BedarfeRecorded: 2, BedarfeCovered: 1, MedianDaysToCover: fl(15), // be_1, be_2; be_1 in 15 days
		Agreements: 1, AgreementsSozialeStadt: 1, AgreementsSozialeStadtPct: fl(100), // an_1 (institution 1)
		CommittedCent: 40000, CommittedSozialeStadtCent: 40000, CommittedSozialeStadtPct: fl(100),
		// end of January: institution 2 not yet recorded; institution 1 with partner 1
		Institutions: 1, InstitutionsWithPartner: 1, Partnerships: 1, PartnersPerInstitution: fl(1),
	}, {
		From: month(2), To: month(2),
		BedarfeRecorded: 2, BedarfeCovered: 2, MedianDaysToCover: fl(22.5), // be_3, be_4; be_2 35 and be_4 10 days
		Agreements: 2, AgreementsSozialeStadt: 1, AgreementsSozialeStadtPct: fl(50), // an_2 (1), an_3 (2)
		CommittedCent: 50000, CommittedSozialeStadtCent: 30000, CommittedSozialeStadtPct: fl(60), SpentCent: 38000,
		// institution 1 with partners 1 (an_1 done) and 2 (an_2), institution 2 with partner 1
		Institutions: 2, InstitutionsWithPartner: 2, Partnerships: 3, PartnersPerInstitution: fl(1.5),
		Completed: 1, SessionsHeld: 10, Participants: 12, // an_1
		InstitutionRatings: evaluation.Ratings{Count: 1, Sum: 5, Mean: fl(5)},
	}, {
		From: month(3), To: month(3),
		BedarfeRecorded: 1, BedarfeCovered: 1, MedianDaysToCover: fl(93), // be_6; be_5 in 93 days
		Agreements: 1, AgreementsSozialeStadt: 1, AgreementsSozialeStadtPct: fl(100), // an_5
		CommittedCent: 5000, CommittedSozialeStadtCent: 5000, CommittedSozialeStadtPct: fl(100), ReleasedCent: 30000, SpentCent: 20000,
		// an_2 cancelled; institution 1 with partners 1 and 3, institution 2 with 1
		Institutions: 2, InstitutionsWithPartner: 2, Partnerships: 3, PartnersPerInstitution: fl(1.5),
		Completed: 1, SessionsHeld: 6, Participants: 8, // an_3
		InstitutionRatings: evaluation.Ratings{Count: 1, Sum: 3, Mean: fl(3)},
		PartnerRatings:     evaluation.Ratings{Count: 1, Sum: 4, Mean: fl(4)},
	}}
	if diff := cmp.Diff(want, r.Months); diff != "" {
		t.Errorf("months (-want +got):\n%s", diff)
	}
	wantTotal := evaluation.Figures{
		From: month(1), To: month(3),
		BedarfeRecorded: 5, BedarfeCovered: 4, MedianDaysToCover: fl(25), // 10, 15, 35, 93
		Agreements: 4, AgreementsSozialeStadt: 3, AgreementsSozialeStadtPct: fl(75),
		// 75,000 of 95,000: 78.947… %
		CommittedCent: 95000, CommittedSozialeStadtCent: 75000, CommittedSozialeStadtPct: fl(78.9), ReleasedCent: 30000, SpentCent: 58000,
		Institutions: 2, InstitutionsWithPartner: 2, Partnerships: 3, PartnersPerInstitution: fl(1.5),
		Completed: 2, SessionsHeld: 16, Participants: 20,
		InstitutionRatings: evaluation.Ratings{Count: 2, Sum: 8, Mean: fl(4)},
		PartnerRatings:     evaluation.Ratings{Count: 1, Sum: 4, Mean: fl(4)},
	}
	if diff := cmp.Diff(wantTotal, r.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	if r.CoveredUndated != 1 || r.Campus == nil || r.Campus.ID != campusA {
		t.Errorf("undated %d (want 1: be_6), campus %v", r.CoveredUndated, r.Campus)
	}
}

// TestCityWide: without a campus every institution, need, request and ledger entry
// counts.
func TestCityWide(t *testing.T) {
	f, err := evaluation.NewFilter("", "2026-01", "2026-01")
	if err != nil {
		t.Fatal(err)
	}
	r, err := evaluation.Compute(fixture(), f)
	if err != nil {
		t.Fatal(err)
	}
	jan := r.Months[0]
	// be_1, be_2 and campus B's be_7; an_1 and an_7; 40,000 + 99,999 committed;
	// institutions 1 and 3 (2 not yet recorded), each with one partner
	if jan.BedarfeRecorded != 3 || jan.Agreements != 2 || jan.AgreementsSozialeStadt != 2 || jan.CommittedCent != 139999 ||
		jan.Institutions != 2 || jan.Partnerships != 2 || r.Campus != nil {
		t.Errorf("city, January: %+v", jan)
	}
}

func TestUnknownCampus(t *testing.T) {
	f, _ := evaluation.NewFilter("kc_unbekannt", "2026-01", "2026-01")
	_, err := evaluation.Compute(fixture(), f)
	if drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("unknown campus: %v", err)
	}
}

// TestEmptyMonths: months without anything have zeros and no shares, means or median.
func TestEmptyMonths(t *testing.T) {
	f, _ := evaluation.NewFilter(campusA, "2024-01", "2024-02")
	r, err := evaluation.Compute(fixture(), f)
	if err != nil {
		t.Fatal(err)
	}
	want := evaluation.Figures{From: evaluation.Month{Year: 2024, Month: 1}, To: evaluation.Month{Year: 2024, Month: 1}}
	if diff := cmp.Diff(want, r.Months[0]); diff != "" {
		t.Errorf("empty month (-want +got):\n%s", diff)
	}
	if r.Total.PartnersPerInstitution != nil || r.Total.MedianDaysToCover != nil || r.Total.CommittedSozialeStadtPct != nil {
		t.Errorf("empty total: %+v", r.Total)
	}
}

func TestFilterIsChecked(t *testing.T) {
	for _, c := range []struct{ from, to, field string }{
		{"2026-13", "2026-12", "from"},
		{"26-01", "2026-12", "from"},
		{"2026-1", "2026-12", "from"},
		{"", "2026-12", "from"},
		{"2026-01", "2026-01-31", "to"},
		{"2026-01", "1999-12", "to"},
		{"2026-01", "2101-01", "to"},
		{"2026-02", "2026-01", "to"},
		{"2026-01", "2031-01", "to"}, // 61 months
	} {
		_, err := evaluation.NewFilter("", c.from, c.to)
		e, ok := drehscheibe.AsError(err)
		if !ok || e.Code != drehscheibe.EINVALID || len(e.Field) != 2 || e.Field[1] != c.field {
			t.Errorf("%q–%q: %v, want EINVALID on %s", c.from, c.to, err, c.field)
		}
	}
	f, err := evaluation.NewFilter("", "2026-01", "2030-12")
	if err != nil || f.Months() != evaluation.MaxMonths {
		t.Errorf("60 months: %v, %d", err, f.Months())
	}
}

func TestMonthNames(t *testing.T) {
	m, err := evaluation.ParseMonth("2026-03")
	if err != nil || m.String() != "2026-03" || m.Label() != "März 2026" || m.Short() != "03/2026" ||
		m.Next() != (evaluation.Month{Year: 2026, Month: 4}) || (evaluation.Month{Year: 2026, Month: 12}).Next() != (evaluation.Month{Year: 2027, Month: 1}) {
		t.Errorf("%v %v %s %s", m, err, m.Label(), m.Short())
	}
}
