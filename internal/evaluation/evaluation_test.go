package evaluation_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation/evaluationtest"
)

func fl(x float64) *float64 { return &x }

func month(m time.Month) evaluation.Month { return evaluation.Month{Year: 2026, Month: m} }

// TestKPIsByHand: the figures of evaluationtest's fixture, worked out by hand (its
// comments say which entity adds what).
func TestKPIsByHand(t *testing.T) {
	f, err := evaluation.NewFilter(evaluationtest.CampusA, "2026-01", "2026-03")
	if err != nil {
		t.Fatal(err)
	}
	r, err := evaluation.Compute(evaluationtest.Input(), f)
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
	if r.CoveredUndated != 1 || r.Campus == nil || r.Campus.ID != evaluationtest.CampusA {
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
	r, err := evaluation.Compute(evaluationtest.Input(), f)
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
	_, err := evaluation.Compute(evaluationtest.Input(), f)
	if drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("unknown campus: %v", err)
	}
}

// TestEmptyMonths: months without anything have zeros and no shares, means or median.
func TestEmptyMonths(t *testing.T) {
	f, _ := evaluation.NewFilter(evaluationtest.CampusA, "2024-01", "2024-02")
	r, err := evaluation.Compute(evaluationtest.Input(), f)
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
