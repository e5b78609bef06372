package notify_test

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
	"github.com/stadtdortmund/drehscheibe/internal/notify"
)

const base = "https://drehscheibe.example"

var servicestelle = mail.Address{Name: "Servicestelle", Email: "bildung@stadt.example"}

// env is the real thing: a store on the embedded FerretDB, the catalogue over it, the
// domain service writing Anfragen, and the mail queue.
type env struct {
	store *mongodb.Store
	cat   *catalog.Catalog
	svc   *drehscheibe.Service
	queue *mongodb.MailQueue
	set   fixture.Set
	as    map[drehscheibe.Role]context.Context
	// shift moves the feeders' clock on
	shift atomic.Int64
}

// newEnv stores the fixture set, changed by tweak (if given).
func newEnv(t *testing.T, tweak ...func(*fixture.Set)) *env {
	t.Helper()
	e := &env{store: embeddedtest.Store(t), set: fixture.New("")}
	for _, f := range tweak {
		f(&e.set)
	}
	e.cat = catalog.New(e.store, catalog.Options{})
	e.svc = drehscheibe.NewService(e.store, e.cat, time.Now)
	e.queue = e.store.MailQueue()
	sys := drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
	for _, x := range e.set.Entities() {
		if err := e.svc.Restore(sys, x); err != nil {
			t.Fatalf("restore %T: %v", x, err)
		}
	}
	if err := e.cat.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	as := func(p drehscheibe.Principal) context.Context {
		return drehscheibe.WithPrincipal(context.Background(), p)
	}
	e.as = map[drehscheibe.Role]context.Context{
		drehscheibe.RoleInstitution: as(drehscheibe.Principal{KeyID: "key_inst", Name: "Schulbüro", Role: drehscheibe.RoleInstitution,
			Scope: drehscheibe.Scope{InstitutionID: e.set.School.ID}}),
		drehscheibe.RolePartner: as(drehscheibe.Principal{KeyID: "key_partner", Name: "SV", Role: drehscheibe.RolePartner,
			Scope: drehscheibe.Scope{PartnerID: e.set.Partner.ID}}),
		drehscheibe.RoleServicestelle: as(drehscheibe.Principal{KeyID: "key_ss", Name: "Servicestelle", Role: drehscheibe.RoleServicestelle}),
	}
	return e
}

func (e *env) feeder(t *testing.T) *notify.Feeder {
	t.Helper()
	f, err := notify.NewFeeder(e.store, e.queue, e.cat, notify.Options{BaseURL: base + "/", Servicestelle: servicestelle,
		Now: func() time.Time { return time.Now().Add(time.Duration(e.shift.Load())) }})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// feed runs one round, which must succeed.
func feed(t *testing.T, f *notify.Feeder) notify.Event {
	t.Helper()
	ev, _ := f.Feed(context.Background())
	if ev.Err != nil {
		t.Fatalf("feed: %v", ev.Err)
	}
	return ev
}

// request makes an Anfrage of the school for the fixture's Modul as role.
// A nil contact stands for the institution's.
func (e *env) request(t *testing.T, role drehscheibe.Role, contact *drehscheibe.Contact) *drehscheibe.Anfrage {
	t.Helper()
	a, err := e.svc.CreateAnfrage(e.as[role], drehscheibe.AnfrageInput{
		InstitutionID: e.set.School.ID, ModulID: e.set.Modul.ID,
		Period:  drehscheibe.Period{From: drehscheibe.Date{Year: 2026, Month: 9, Day: 1}, To: drehscheibe.Date{Year: 2027, Month: 1, Day: 31}},
		Slots:   []drehscheibe.Slot{{Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}},
		Message: "Für die Klasse 3b, Kinder mit Förderbedarf.", Contact: contact,
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var ogs = &drehscheibe.Contact{Name: "Ayşe Yılmaz", Email: "OGS@stift-grundschule.example"}

// queued claims everything due from the queue (each message once), by recipient.
func (e *env) queued(t *testing.T) map[string][]mail.Message {
	t.Helper()
	got, err := e.queue.Claim(context.Background(), time.Now().Add(30*24*time.Hour), 100, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]mail.Message{}
	for _, p := range got {
		for _, to := range p.Message.To {
			out[to.Email] = append(out[to.Email], p.Message)
		}
	}
	return out
}

// TestFeedQueuesNewNotifications: the first round starts at the current version, so
// what happened before is history; then every notification goes to its side's address
// as one German mail with a link to the dashboard.
func TestFeedQueuesNewNotifications(t *testing.T) {
	e := newEnv(t)
	old := e.request(t, drehscheibe.RoleInstitution, ogs)
	f := e.feeder(t)
	if ev := feed(t, f); ev.Queued != 0 {
		t.Fatalf("the first round queued %d mails for history", ev.Queued)
	}
	if _, err := e.svc.AcceptAnfrage(e.as[drehscheibe.RolePartner], old.ID, old.Version); err != nil {
		t.Fatal(err)
	}
	if ev := feed(t, f); ev.Queued != 1 || ev.Anfragen != 1 || len(ev.Skipped) != 0 || ev.To <= ev.From {
		t.Fatalf("after the acceptance: %+v, want one mail and the progress moved on", ev)
	}
	got := e.queued(t)
	inst := got[ogs.Email]
	if len(got) != 1 || len(inst) != 1 {
		t.Fatalf("queued %v, want one mail to the request's contact", got)
	}
	m := inst[0]
	if m.Subject != "Drehscheibe: Anfrage angenommen: "+e.set.Modul.Title || m.To[0].Name != ogs.Name ||
		!strings.HasPrefix(m.Key, "ntf_") || !strings.HasSuffix(m.Key, "/"+strings.ToLower(ogs.Email)) {
		t.Errorf("mail: subject %q, to %+v, key %q", m.Subject, m.To, m.Key)
	}
	for _, want := range []string{"Guten Tag,", e.set.Partner.Name + " hat die Anfrage", base + "/dashboard/anfrage/" + string(old.ID),
		"„" + e.set.School.Name + "“"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the text lacks %q:\n%s", want, m.Text)
		}
	}
	if strings.Contains(m.Text, "3b") || strings.Contains(m.HTML, "3b") {
		t.Errorf("the institution's message to the partner is in the mail:\n%s", m.Text)
	}
}

// TestFeedQueuesEachMailOnce: two instances (or one restarted after a crash before it
// recorded its progress) derive the same notifications; each is queued once.
func TestFeedQueuesEachMailOnce(t *testing.T) {
	e := newEnv(t)
	f1, f2 := e.feeder(t), e.feeder(t)
	feed(t, f1)
	feed(t, f2)
	e.request(t, drehscheibe.RoleInstitution, ogs)
	if ev := feed(t, f1); ev.Queued != 1 {
		t.Fatalf("first instance: %+v", ev)
	}
	if ev := feed(t, f2); ev.Queued != 0 || ev.Anfragen != 1 {
		t.Fatalf("second instance, reading the same request: %+v, want nothing queued", ev)
	}
	got := e.queued(t)
	if p := got[e.set.Partner.Contact.Email]; len(got) != 1 || len(p) != 1 || p[0].Subject != "Drehscheibe: Neue Anfrage: "+e.set.Modul.Title {
		t.Errorf("queued %v, want one mail to the partner's contact", got)
	}
	// a restart reads the stored progress: nothing to read again
	if ev := feed(t, e.feeder(t)); ev.Anfragen != 0 || ev.Queued != 0 {
		t.Errorf("after a restart: %+v", ev)
	}
}

// TestDeclineMailsWithoutFreeText: a decline goes to the institution and to the
// Servicestelle (to re-route), with the reason's code but not the text a person typed.
func TestDeclineMailsWithoutFreeText(t *testing.T) {
	e := newEnv(t)
	f := e.feeder(t)
	feed(t, f)
	a := e.request(t, drehscheibe.RoleServicestelle, &drehscheibe.Contact{Name: "Schulbüro", Email: "buero@stift-grundschule.example"})
	_, err := e.svc.DeclineAnfrage(e.as[drehscheibe.RolePartner], a.ID, a.Version,
		drehscheibe.Reason{Code: drehscheibe.ReasonSchedule, Text: "Montags trainiert Mia Muster bei uns."})
	if err != nil {
		t.Fatal(err)
	}
	feed(t, f)
	got := e.queued(t)
	// requested by the Servicestelle: both sides; declined: the institution and the
	// Servicestelle
	want := map[string][]string{
		e.set.Partner.Contact.Email:       {"Neue Anfrage"},
		"buero@stift-grundschule.example": {"Neue Anfrage", "Anfrage abgelehnt"},
		servicestelle.Email:               {"Anfrage abgelehnt"},
	}
	for to, subjects := range want {
		if len(got[to]) != len(subjects) {
			t.Errorf("%s got %d mails, want %v", to, len(got[to]), subjects)
			continue
		}
		for _, s := range subjects {
			if !slices.ContainsFunc(got[to], func(m mail.Message) bool { return strings.Contains(m.Subject, s) }) {
				t.Errorf("%s has no mail %q", to, s)
			}
		}
	}
	for _, ms := range got {
		for _, m := range ms {
			if strings.Contains(m.Text+m.HTML, "Mia") {
				t.Errorf("the reason's free text is in a mail:\n%s", m.Text)
			}
			if strings.Contains(m.Subject, "abgelehnt") && !strings.Contains(m.Text, drehscheibe.ReasonSchedule.Label()) {
				t.Errorf("the reason's code is missing:\n%s", m.Text)
			}
		}
	}
	if s := got[servicestelle.Email]; len(s) == 1 && !strings.Contains(s[0].Text, notify.ServicestelleName) {
		t.Errorf("the Servicestelle's mail does not say whom it is for:\n%s", s[0].Text)
	}
}

// TestFeedSkipsWhatCannotBeMailed: a side without an address is reported by IDs.
func TestFeedSkipsWhatCannotBeMailed(t *testing.T) {
	e := newEnv(t)
	f := e.feeder(t)
	feed(t, f)
	byPhone := &drehscheibe.Contact{Name: "Schulbüro", Phone: "0231 1234567"}
	a := e.request(t, drehscheibe.RoleInstitution, byPhone) // the school has no address either
	if _, err := e.svc.AcceptAnfrage(e.as[drehscheibe.RolePartner], a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	ev := feed(t, f)
	if len(ev.Skipped) != 1 || ev.Skipped[0].Side != drehscheibe.PartyInstitution || ev.Skipped[0].Anfrage != a.ID ||
		!ev.Skipped[0].Notification.Is(drehscheibe.KindNotification) || ev.Queued != 1 {
		t.Fatalf("%+v, want the acceptance skipped for want of an address and the request queued", ev)
	}

}

// TestFeedFallsBackToTheInstitution: a request whose contact has no e-mail address
// notifies the institution's contact.
func TestFeedFallsBackToTheInstitution(t *testing.T) {
	school := drehscheibe.Contact{Name: "Sekretariat", Email: "sekretariat@stift-grundschule.example"}
	e := newEnv(t, func(s *fixture.Set) { s.School.Contact = school })
	f := e.feeder(t)
	feed(t, f)
	a := e.request(t, drehscheibe.RoleInstitution, &drehscheibe.Contact{Name: "Schulbüro", Phone: "0231 1234567"})
	if _, err := e.svc.AcceptAnfrage(e.as[drehscheibe.RolePartner], a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	feed(t, f)
	if got := e.queued(t); len(got[school.Email]) != 1 || got[school.Email][0].To[0].Name != school.Name {
		t.Errorf("queued %v, want the acceptance to the school's contact", got)
	}
}

// TestFeedLeavesOutWhatIsTooOld: notifications older than the horizon are not mailed
// (mail was off for days: they would be given up unsent), and the progress moves on.
func TestFeedLeavesOutWhatIsTooOld(t *testing.T) {
	e := newEnv(t)
	f := e.feeder(t)
	feed(t, f)
	e.request(t, drehscheibe.RoleInstitution, ogs)
	e.shift.Store(int64(4 * 24 * time.Hour))
	if ev := feed(t, f); ev.Queued != 0 || ev.Anfragen != 1 || ev.To <= ev.From {
		t.Errorf("four days later: %+v, want nothing queued and the progress moved on", ev)
	}
}

// TestBeginSettlesTheFirstStart: a request made after Begin is mailed, however late the
// first round runs (TestFeedQueuesNewNotifications: without Begin, the first round
// takes a request made before it for history).
func TestBeginSettlesTheFirstStart(t *testing.T) {
	e := newEnv(t)
	f := e.feeder(t)
	if err := f.Begin(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.request(t, drehscheibe.RoleInstitution, ogs)
	if ev := feed(t, f); ev.Queued != 1 {
		t.Errorf("begun before the request: %+v, want it queued", ev)
	}
}
