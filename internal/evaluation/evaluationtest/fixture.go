// Package evaluationtest is a small hand-made set of entities for the tests of the
// evaluation: its KPIs are worked out by hand in internal/evaluation's test, and the
// report's test prints them. Imported by tests only.
package evaluationtest

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
)

// The fixture: campus A with institution 1 (in an Aktionsraum Soziale Stadt, recorded
// in December 2025) and institution 2 (not, recorded on 10 February 2026); campus B
// with institution 3, whose needs, requests and money campus A's figures never count.
// The comments work out by hand what each entity adds to which month; the test of
// internal/evaluation holds the expected figures.

// The IDs of the fixture.
const (
	CampusA, CampusB = drehscheibe.ID("kc_a"), drehscheibe.ID("kc_b")
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

// Input is the fixture: every entity Compute needs.
func Input() evaluation.Input {
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
		entry(drehscheibe.LedgerCommit, at(2026, 1, 20, 9, 0), CampusA, true, 40000, 0),
		entry(drehscheibe.LedgerCommit, at(2026, 2, 14, 9, 0), CampusA, true, 30000, 0),
		entry(drehscheibe.LedgerCommit, at(2026, 2, 22, 9, 0), CampusA, false, 20000, 0),
		entry(drehscheibe.LedgerSpend, at(2026, 2, 25, 12, 0), CampusA, true, -40000, 38000),
		entry(drehscheibe.LedgerRelease, at(2026, 3, 10, 11, 0), CampusA, true, -30000, 0),
		entry(drehscheibe.LedgerSpend, at(2026, 3, 20, 16, 0), CampusA, false, -20000, 20000),
		entry(drehscheibe.LedgerCommit, at(2026, 1, 10, 9, 0), CampusB, true, 99999, 0),
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
			{Meta: meta(CampusA, at(2025, 1, 1, 0, 0)), Name: "Kindercampus Nordstadt", InstitutionIDs: []drehscheibe.ID{inst1, inst2},
				// 00:30 on 1 March in Dortmund is still February in UTC: a March booking
				Ledger: []drehscheibe.LedgerEntry{entry(drehscheibe.LedgerCommit, time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC), CampusA, true, 5000, 0)}},
			{Meta: meta(CampusB, at(2025, 1, 1, 0, 0)), Name: "Kindercampus Hörde", InstitutionIDs: []drehscheibe.ID{inst3}},
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
