package vereinbarung_test

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// now is the service's clock in these tests: 3 December 2026, 14:05 in Dortmund.
var now = time.Date(2026, 12, 3, 13, 5, 0, 0, time.UTC)

// states are one request's agreement at each step of the real workflow, made by the
// domain service on an embedded database.
type states struct {
	// accepted: the partner accepted; nobody confirmed yet.
	accepted *drehscheibe.Anfrage
	// halfConfirmed: the institution confirmed revision 1.
	halfConfirmed *drehscheibe.Anfrage
	// revised: the partner changed the terms after that (revision 2).
	revised *drehscheibe.Anfrage
	// agreed: both confirmed revision 2.
	agreed *drehscheibe.Anfrage
}

var (
	flowOnce   sync.Once
	flowStates states
	flowErr    error
)

// workflow runs the request through the domain once per test binary: the
// institution asks for the fixture's Modul (82,30 € per session, 15 sessions =
// 1.234,50 €), the partner accepts, the institution confirms, the partner revises the
// group size, both confirm. Each state is returned as a copy the test may change.
func workflow(t testing.TB) states {
	t.Helper()
	flowOnce.Do(func() { flowStates, flowErr = runWorkflow(t) })
	if flowErr != nil {
		t.Fatal(flowErr)
	}
	return states{clone(t, flowStates.accepted), clone(t, flowStates.halfConfirmed), clone(t, flowStates.revised), clone(t, flowStates.agreed)}
}

func runWorkflow(t testing.TB) (states, error) {
	// a database of its own, stopped when the workflow is done: the states outlive it
	db := embeddedtest.StartIn(nopCleanup{t}, t.TempDir())
	defer db.Close()
	store := embeddedtest.StoreOn(nopCleanup{t}, db)
	defer store.Close(context.Background())

	svc := drehscheibe.NewService(store, catalog.New(store, catalog.Options{}), func() time.Time { return now })
	sys := drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
	s := fixture.New("")
	s.Modul.CostCent, s.Modul.CostUnit, s.Modul.Schedule.Sessions = 8230, drehscheibe.PerSession, 15
	s.Modul.Description = "Wöchentliche Fußball-AG für Mädchen und Jungen.\n\nMit Spielen, die Größe und Maß nicht kennen."
	for _, e := range s.Entities() {
		if err := svc.Restore(sys, e); err != nil {
			return states{}, err
		}
	}
	school := drehscheibe.WithPrincipal(context.Background(), drehscheibe.Principal{Role: drehscheibe.RoleInstitution, Name: "Jürgen Weiß", Scope: drehscheibe.Scope{InstitutionID: s.School.ID}})
	partner := drehscheibe.WithPrincipal(context.Background(), drehscheibe.Principal{Role: drehscheibe.RolePartner, Name: "Erika Beispiel", Scope: drehscheibe.Scope{PartnerID: s.Partner.ID}})

	a, err := svc.CreateAnfrage(school, drehscheibe.AnfrageInput{
		InstitutionID: s.School.ID, ModulID: s.Modul.ID, BedarfID: s.Bedarf.ID,
		Period:    drehscheibe.Period{From: drehscheibe.Date{Year: 2027, Month: 2, Day: 1}, To: drehscheibe.Date{Year: 2027, Month: 6, Day: 30}},
		Slots:     []drehscheibe.Slot{{Weekday: drehscheibe.Wednesday, TimeSlot: drehscheibe.Afternoon}, {Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}},
		Sessions:  15,
		GroupSize: 12,
		Contact:   &drehscheibe.Contact{Name: "Jürgen Weiß", Email: "juergen.weiss@stift-grundschule.example", Phone: "0231 50-12345"},
	})
	if err != nil {
		return states{}, err
	}
	var st states
	if st.accepted, err = svc.AcceptAnfrage(partner, a.ID, a.Version); err != nil {
		return states{}, err
	}
	a = st.accepted
	if st.halfConfirmed, err = svc.ConfirmVereinbarung(school, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyInstitution); err != nil {
		return states{}, err
	}
	a = st.halfConfirmed
	if st.revised, err = svc.ReviseVereinbarung(partner, a.ID, a.Version, drehscheibe.VereinbarungTerms{GroupSize: drehscheibe.Update[int]{Set: true, Value: 14}}); err != nil {
		return states{}, err
	}
	a = st.revised
	if a, err = svc.ConfirmVereinbarung(partner, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyPartner); err != nil {
		return states{}, err
	}
	if st.agreed, err = svc.ConfirmVereinbarung(school, a.ID, a.Version, a.Vereinbarung.Hash, drehscheibe.PartyInstitution); err != nil {
		return states{}, err
	}
	return st, nil
}

// nopCleanup is a test whose cleanups are left to the caller (the workflow's
// database is closed when the workflow is done, not when the first test ends).
type nopCleanup struct{ testing.TB }

func (nopCleanup) Cleanup(func()) {}

// clone returns a deep copy of a (through JSON), so a test may change it.
func clone(t testing.TB, a *drehscheibe.Anfrage) *drehscheibe.Anfrage {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var c drehscheibe.Anfrage
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}
