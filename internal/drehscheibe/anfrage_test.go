package drehscheibe_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// roles of the fixture set, as contexts
type sides struct {
	institution, campus, partner, otherPartner, servicestelle, coordinator context.Context
}

func sidesOf(s fixture.Set) sides {
	as := func(p drehscheibe.Principal) context.Context {
		return drehscheibe.WithPrincipal(context.Background(), p)
	}
	return sides{
		institution: as(drehscheibe.Principal{KeyID: "key_inst", Name: "Schulbüro", Role: drehscheibe.RoleInstitution,
			Scope: drehscheibe.Scope{InstitutionID: s.School.ID}}),
		campus: as(drehscheibe.Principal{KeyID: "key_campus", Name: "Campus", Role: drehscheibe.RoleCampusManager,
			Scope: drehscheibe.Scope{KindercampusID: s.Kindercampus.ID}}),
		partner: as(drehscheibe.Principal{KeyID: "key_partner", Name: "SV", Role: drehscheibe.RolePartner,
			Scope: drehscheibe.Scope{PartnerID: s.Partner.ID}}),
		otherPartner: as(drehscheibe.Principal{KeyID: "key_other", Name: "Andere", Role: drehscheibe.RolePartner,
			Scope: drehscheibe.Scope{PartnerID: drehscheibe.StableID(drehscheibe.KindPartner, "other")}}),
		servicestelle: as(drehscheibe.Principal{KeyID: "key_ss", Name: "Servicestelle", Role: drehscheibe.RoleServicestelle}),
		coordinator: as(drehscheibe.Principal{KeyID: "key_coord", Name: "Koordination", Role: drehscheibe.RoleCoordinator,
			Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit}}}),
	}
}

func requestOf(s fixture.Set) drehscheibe.AnfrageInput {
	return drehscheibe.AnfrageInput{
		InstitutionID: s.School.ID, ModulID: s.Modul.ID, BedarfID: s.Bedarf.ID,
		Period:  drehscheibe.Period{From: drehscheibe.Date{Year: 2026, Month: 9, Day: 1}, To: drehscheibe.Date{Year: 2027, Month: 1, Day: 31}},
		Slots:   []drehscheibe.Slot{{Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}},
		Message: "Wir würden uns über eine Fußball-AG für die 3. Klassen freuen.",
		Contact: &drehscheibe.Contact{Name: "Ayşe Yılmaz", Email: "ogs@stift-grundschule.example", Phone: "(0231) 50-12345"},
	}
}

// must returns v, or fails the test (by a panic, which names the line) on an error.
func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("unexpected error: %v", err))
	}
	return v
}

func modulOf(t *testing.T, _ *drehscheibe.Service, store drehscheibe.Store, id drehscheibe.ID) *drehscheibe.Modul {
	t.Helper()
	return mustGet(t, store, id).(*drehscheibe.Modul)
}

// TestAnfrageClosedLoop walks one request from the recommendation to the outcome:
// every step names who acts next, the capacity is reserved on acceptance, the need is
// covered when both sides confirmed the same revision, and both sides report.
func TestAnfrageClosedLoop(t *testing.T) {
	svc, store, s := newService(t)
	as := sidesOf(s)
	booked := modulOf(t, svc, store, s.Modul.ID).Booked

	a := must(svc.CreateAnfrage(as.institution, requestOf(s)))
	if a.Status != drehscheibe.AnfrageRequested || a.NextActor != drehscheibe.PartyPartner || a.DueAt.IsZero() ||
		a.PartnerID != s.Partner.ID || a.Sessions != 1 || a.GroupSize != s.Bedarf.GroupSize || len(a.Funding) != 0 {
		t.Fatalf("created: %+v", a)
	}
	if a.Contact.PhoneE164 != "+492315012345" {
		t.Errorf("the contact's phone was not cleaned: %+v", a.Contact)
	}

	a = must(svc.AcceptAnfrage(as.partner, a.ID, a.Version))
	m := modulOf(t, svc, store, s.Modul.ID)
	if a.Status != drehscheibe.AnfrageAccepted || a.NextActor != drehscheibe.PartyBoth || !a.Reserved || a.Vereinbarung == nil ||
		m.Booked != booked+1 || !m.Holds(a.ID) {
		t.Fatalf("accepted: %+v, Modul booked %d → %d, holds %v", a, booked, m.Booked, m.Holds(a.ID))
	}
	v := a.Vereinbarung
	if v.Hash != drehscheibe.HashOf(v.Content) || v.Content.Institution.Name != s.School.Name || v.Content.Partner.Name != s.Partner.Name {
		t.Fatalf("agreement: %+v", v)
	}

	_, err := svc.ConfirmVereinbarung(as.institution, a.ID, a.Version, "0000", "")
	wantCode(t, "a hash that is not the current one", err, drehscheibe.ECONFLICT)
	a = must(svc.ConfirmVereinbarung(as.institution, a.ID, a.Version, v.Hash, ""))
	if a.Status != drehscheibe.AnfrageAccepted || a.NextActor != drehscheibe.PartyPartner {
		t.Fatalf("after the institution's confirmation: %s, next %s", a.Status, a.NextActor)
	}
	_, err = svc.ConfirmVereinbarung(as.institution, a.ID, a.Version, v.Hash, "")
	wantCode(t, "confirming twice", err, drehscheibe.EINVALID)
	a = must(svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, v.Hash, ""))
	if a.Status != drehscheibe.AnfrageAgreed || a.NextActor != drehscheibe.PartyBoth {
		t.Fatalf("after both confirmed: %s, next %s", a.Status, a.NextActor)
	}
	b := mustGet(t, store, s.Bedarf.ID).(*drehscheibe.Bedarf)
	if b.Status != drehscheibe.BedarfCovered || !b.Covers(s.Modul.ID) {
		t.Errorf("the need is not covered: %s %v", b.Status, b.CoveredBy)
	}

	a = must(svc.CompleteAnfrage(as.institution, a.ID, a.Version,
		drehscheibe.OutcomeInput{SessionsHeld: 18, Participants: 14, Rating: 5, Feedback: "Die Kinder waren begeistert."}))
	if a.Status != drehscheibe.AnfrageDone || a.NextActor != drehscheibe.PartyPartner || a.Outcome.Institution.Rating != 5 {
		t.Fatalf("done: %+v", a)
	}
	_, err = svc.CompleteAnfrage(as.institution, a.ID, a.Version, drehscheibe.OutcomeInput{SessionsHeld: 1, Participants: 1, Rating: 1})
	wantCode(t, "the same side reporting twice", err, drehscheibe.EINVALID)
	a = must(svc.CompleteAnfrage(as.partner, a.ID, a.Version,
		drehscheibe.OutcomeInput{SessionsHeld: 99, Participants: 99, Rating: 4}))
	if a.NextActor != drehscheibe.PartyNone || a.Outcome.Partner.Rating != 4 || a.Outcome.SessionsHeld != 18 {
		t.Errorf("after both reports: next %s, outcome %+v", a.NextActor, a.Outcome)
	}
	if n := len(a.History); n != 4 {
		t.Errorf("history has %d transitions, want 4 (requested, accepted, agreed, done)", n)
	}

	// a restart reads the same request back
	stored := mustGet(t, store, a.ID).(*drehscheibe.Anfrage)
	if stored.Status != a.Status || stored.Version != a.Version || stored.Vereinbarung.Hash != v.Hash ||
		drehscheibe.HashOf(stored.Vereinbarung.Content) != v.Hash || len(stored.History) != 4 || stored.Outcome.Institution.Text != "Die Kinder waren begeistert." {
		t.Errorf("stored differs: %+v", stored)
	}
}

// TestAnfrageTransitionsRefused: every step the state machine does not allow is
// INVALID_TRANSITION, and every side may only take its own steps.
func TestAnfrageTransitionsRefused(t *testing.T) {
	svc, _, s := newService(t)
	as := sidesOf(s)
	a := must(svc.CreateAnfrage(as.institution, requestOf(s)))

	_, err := svc.AcceptAnfrage(as.institution, a.ID, a.Version)
	wantCode(t, "an institution accepting", err, drehscheibe.EFORBIDDEN)
	_, err = svc.AcceptAnfrage(as.otherPartner, a.ID, a.Version)
	wantCode(t, "another partner accepting (cannot see it)", err, drehscheibe.ENOTFOUND)
	_, err = svc.WithdrawAnfrage(as.partner, a.ID, a.Version, nil)
	wantCode(t, "a partner withdrawing", err, drehscheibe.EFORBIDDEN)
	_, err = svc.CompleteAnfrage(as.institution, a.ID, a.Version, drehscheibe.OutcomeInput{Rating: 3})
	wantCode(t, "completing a request", err, drehscheibe.EINVALIDTRANSITION)
	_, err = svc.CancelAnfrage(as.institution, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonSchedule})
	wantCode(t, "cancelling a request not yet accepted", err, drehscheibe.EINVALIDTRANSITION)
	_, err = svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, "x", "")
	wantCode(t, "confirming without an agreement", err, drehscheibe.EINVALIDTRANSITION)
	_, err = svc.DeclineAnfrage(as.partner, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonOther})
	wantCode(t, "declining for another reason without saying which", err, drehscheibe.EINVALID)
	_, err = svc.AcceptAnfrage(as.partner, a.ID, a.Version+1)
	wantCode(t, "a stale version", err, drehscheibe.ECONFLICT)

	d := must(svc.DeclineAnfrage(as.partner, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonSchedule, Text: "montags belegt"}))
	if d.Status != drehscheibe.AnfrageDeclined || d.NextActor != drehscheibe.PartyNone || d.Reason.Code != drehscheibe.ReasonSchedule {
		t.Fatalf("declined: %+v", d)
	}
	for name, step := range map[string]func() error{
		"accept": func() error { _, err := svc.AcceptAnfrage(as.partner, d.ID, d.Version); return err },
		"decline": func() error {
			_, err := svc.DeclineAnfrage(as.partner, d.ID, d.Version, drehscheibe.Reason{Code: drehscheibe.ReasonSchedule})
			return err
		},
		"withdraw": func() error { _, err := svc.WithdrawAnfrage(as.institution, d.ID, d.Version, nil); return err },
		"cancel": func() error {
			_, err := svc.CancelAnfrage(as.institution, d.ID, d.Version, drehscheibe.Reason{Code: drehscheibe.ReasonSchedule})
			return err
		},
	} {
		wantCode(t, name+" after a decline", step(), drehscheibe.EINVALIDTRANSITION)
	}
	// asking again for the same Modul and need: allowed after a decline, not while one runs
	again := must(svc.CreateAnfrage(as.campus, requestOf(s)))
	_, err = svc.CreateAnfrage(as.servicestelle, requestOf(s))
	wantCode(t, "a second request under way for the same Modul and need", err, drehscheibe.ECONFLICT)
	if again.RequestedBy.Role != drehscheibe.RoleCampusManager || again.History[0].Side != drehscheibe.PartyInstitution {
		t.Errorf("requested by: %+v, side %s", again.RequestedBy, again.History[0].Side)
	}
	_, err = svc.CreateAnfrage(as.partner, requestOf(s))
	wantCode(t, "a partner requesting", err, drehscheibe.EFORBIDDEN)
	_, err = svc.CreateAnfrage(as.coordinator, requestOf(s))
	wantCode(t, "a coordinator requesting", err, drehscheibe.EFORBIDDEN)
}

// TestAnfrageForHiddenModul: a request for a partner's draft is NOT_FOUND, as if the
// Modul did not exist.
func TestAnfrageForHiddenModul(t *testing.T) {
	svc, _, s := newService(t)
	as := sidesOf(s)
	draft := fixture.New("entwurf").Modul
	draft.Meta = drehscheibe.Meta{}
	draft.PartnerID = s.Partner.ID
	draft = must(svc.CreateModul(sys, draft))
	in := requestOf(s)
	in.ModulID = draft.ID
	_, hidden := svc.CreateAnfrage(as.institution, in)
	in.ModulID = drehscheibe.NewID(drehscheibe.KindModul)
	_, unknown := svc.CreateAnfrage(as.institution, in)
	for what, err := range map[string]error{"a draft the institution may not see": hidden, "an unknown Modul": unknown} {
		e, ok := drehscheibe.AsError(err)
		if !ok || e.Code != drehscheibe.ENOTFOUND || strings.Join(e.Field, ".") != "modulId" {
			t.Errorf("%s: %v, want not found at modulId", what, err)
		}
	}
	if drehscheibe.ErrorMessage(hidden) != drehscheibe.ErrorMessage(unknown) {
		t.Errorf("a hidden Modul must look like an unknown one: %q vs %q", drehscheibe.ErrorMessage(hidden), drehscheibe.ErrorMessage(unknown))
	}
}

// TestCapacityRace: 50 partners' clicks at once on a Modul with room for 3: exactly 3
// acceptances succeed, the others are told it is fully booked, and booked is 3.
func TestCapacityRace(t *testing.T) {
	svc, store, s, cat := newServiceAt(t, time.Now)
	as := sidesOf(s)
	m := modulOf(t, svc, store, s.Modul.ID)
	must(svc.UpdateModul(sys, m.ID, m.Version, drehscheibe.ModulPatch{Capacity: drehscheibe.Set(3 + m.Booked)}))
	before := modulOf(t, svc, store, s.Modul.ID).Booked

	const n = 50
	requests := make([]*drehscheibe.Anfrage, n)
	for i := range requests {
		in := requestOf(s)
		in.BedarfID = ""
		in.Message = fmt.Sprintf("Gruppe %d", i)
		b := fixture.New(fmt.Sprintf("r%d", i)).Bedarf
		b.Meta, b.InstitutionID = drehscheibe.Meta{}, s.School.ID
		in.BedarfID = must(svc.CreateBedarf(sys, b)).ID
		requests[i] = must(svc.CreateAnfrage(as.institution, in))
	}
	errs := atOnce(t, "acceptances", n, func(i int) error {
		_, err := svc.AcceptAnfrage(as.partner, requests[i].ID, requests[i].Version)
		return err
	})
	ok, full := 0, 0
	for _, err := range errs {
		switch drehscheibe.ErrorCode(err) {
		case "":
			ok++
		case drehscheibe.ECONFLICT:
			full++
			if e, _ := drehscheibe.AsError(err); e == nil || !strings.Contains(e.Message, "ausgebucht") {
				t.Errorf("a refused acceptance does not say it is fully booked: %v", err)
			}
		default:
			t.Errorf("unexpected: %v", err)
		}
	}
	got := modulOf(t, svc, store, s.Modul.ID)
	if ok != 3 || full != n-3 || got.Booked != before+3 || len(got.Reservations) != 3 {
		t.Errorf("%d accepted, %d fully booked; booked %d → %d with %d reservations; want 3, %d, +3", ok, full, before, got.Booked, len(got.Reservations), n-3)
	}
	// the catalogue agrees with the store
	if cm, _ := cat.Current().Modul(s.Modul.ID); cm.Booked != got.Booked || cm.Version != got.Version {
		t.Errorf("catalogue: booked %d v%d, store: booked %d v%d", cm.Booked, cm.Version, got.Booked, got.Version)
	}
}

// TestCancelReleases: cancelling an agreed request gives the unit back and opens the
// need again; a revision of the agreement needs both confirmations again.
func TestCancelReleases(t *testing.T) {
	svc, store, s := newService(t)
	as := sidesOf(s)
	booked := modulOf(t, svc, store, s.Modul.ID).Booked
	a := must(svc.CreateAnfrage(as.institution, requestOf(s)))
	a = must(svc.AcceptAnfrage(as.servicestelle, a.ID, a.Version))
	first := a.Vereinbarung.Hash
	a = must(svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, first, ""))
	a = must(svc.ReviseVereinbarung(as.institution, a.ID, a.Version, drehscheibe.VereinbarungTerms{Sessions: drehscheibe.Set(12)}))
	if a.Vereinbarung.Hash == first || a.Vereinbarung.Content.Revision != 2 || a.Vereinbarung.ConfirmedBy(drehscheibe.PartyPartner) || a.NextActor != drehscheibe.PartyBoth {
		t.Fatalf("revision: %+v", a.Vereinbarung)
	}
	_, err := svc.ConfirmVereinbarung(as.servicestelle, a.ID, a.Version, a.Vereinbarung.Hash, "")
	wantCode(t, "the Servicestelle confirming without naming a side", err, drehscheibe.EINVALID)
	a = must(svc.ConfirmVereinbarung(as.servicestelle, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyInstitution))
	a = must(svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, a.Vereinbarung.Hash, ""))
	if a.Status != drehscheibe.AnfrageAgreed {
		t.Fatalf("not agreed: %s", a.Status)
	}
	_, err = svc.CancelAnfrage(as.otherPartner, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonSchedule})
	wantCode(t, "a stranger cancelling", err, drehscheibe.ENOTFOUND)
	a = must(svc.CancelAnfrage(as.partner, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonOther, Text: "Trainer erkrankt"}))
	m := modulOf(t, svc, store, s.Modul.ID)
	b := mustGet(t, store, s.Bedarf.ID).(*drehscheibe.Bedarf)
	if a.Status != drehscheibe.AnfrageCancelled || a.Reserved || m.Booked != booked || m.Holds(a.ID) || b.Status != drehscheibe.BedarfOpen || b.Covers(s.Modul.ID) {
		t.Errorf("after cancelling: %s reserved %v; booked %d (was %d); need %s %v", a.Status, a.Reserved, m.Booked, booked, b.Status, b.CoveredBy)
	}
}

// TestReroute: the Servicestelle sends an unanswered request to another Modul.
func TestReroute(t *testing.T) {
	svc, _, s := newService(t)
	as := sidesOf(s)
	other := fixture.New("2").Modul
	other.Meta, other.PartnerID = drehscheibe.Meta{}, s.Partner.ID
	other = must(svc.CreateModul(sys, other))
	other = must(svc.SubmitModulForReview(sys, other.ID, other.Version))
	other = must(svc.PublishModul(sys, other.ID, other.Version))

	a := must(svc.CreateAnfrage(as.institution, requestOf(s)))
	_, err := svc.RerouteAnfrage(as.institution, a.ID, a.Version, other.ID, "")
	wantCode(t, "an institution re-routing", err, drehscheibe.EFORBIDDEN)
	next := must(svc.RerouteAnfrage(as.servicestelle, a.ID, a.Version, other.ID, ""))
	if next.ModulID != other.ID || next.ReroutedFrom != a.ID || next.Status != drehscheibe.AnfrageRequested || next.Message != a.Message {
		t.Errorf("new request: %+v", next)
	}
	old := must(svc.Anfrage(as.servicestelle, a.ID))
	if old.Status != drehscheibe.AnfrageWithdrawn || old.ReroutedTo != next.ID || old.Reason.Code != drehscheibe.ReasonRerouted {
		t.Errorf("old request: %+v", old)
	}
	_, err = svc.Anfrage(as.otherPartner, a.ID)
	wantCode(t, "a stranger reading it", err, drehscheibe.ENOTFOUND)
	_, err = svc.Anfrage(context.Background(), a.ID)
	wantCode(t, "an anonymous caller reading it", err, drehscheibe.EUNAUTHENTICATED)
}

// TestDueDates: a request made on a Friday before a holiday is due at the end of the
// tenth working day.
func TestDueDates(t *testing.T) {
	friday := time.Date(2026, 12, 18, 10, 0, 0, 0, drehscheibe.Dortmund) // before Christmas
	svc, _, s, _ := newServiceAt(t, func() time.Time { return friday })
	a := must(svc.CreateAnfrage(sidesOf(s).institution, requestOf(s)))
	// 21, 22, 23, 24 Dec (4), 25/26 holidays, 28, 29, 30, 31 Dec (8), 1 Jan holiday, 4, 5 Jan (10)
	want := time.Date(2027, 1, 5, 23, 59, 59, int(999*time.Millisecond), drehscheibe.Dortmund)
	if !a.DueAt.Equal(want) {
		t.Errorf("due %s, want %s", a.DueAt.In(drehscheibe.Dortmund), want)
	}
	if a.Overdue(want) || !a.Overdue(want.Add(time.Second)) {
		t.Error("overdue must begin right after the due date")
	}
}

// atOnce runs f(0) … f(n-1) in n goroutines released together, logs how long they
// took (what) and returns their errors.
func atOnce(t *testing.T, what string, n int, f func(i int) error) []error {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			errs[i] = f(i)
		})
	}
	began := time.Now()
	close(start)
	wg.Wait()
	t.Logf("%d concurrent %s took %v", n, what, time.Since(began))
	return errs
}
