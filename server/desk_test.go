package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The Servicestelle's desk in Chromium (web/dashboard/pages/desk): its pages walked
// as the Servicestelle does, against the real service on the embedded database with
// the demo data, each checked like the dashboard's other pages (dash.check: axe-core
// WCAG 2.1 AA at desktop and phone width, the phone's width, screenshots, at most
// maxQueriesPerPage GraphQL requests, nothing asked of another host).

const deskPath = dashboardPath + "servicestelle"

// overdueAnfrage makes a request of institution 1 for a new published Modul of
// partner A for a new need, as if made 30 days ago: the partner let its deadline
// (ANFRAGE_RESPONSE_DAYS working days) pass, so the request is overdue now. It is made
// through the service's use case with a clock set back, as the Servicestelle would
// have made it then.
func (w *world) overdueAnfrage(t testing.TB) (id, modul string) {
	t.Helper()
	m, _ := w.published(t)
	need, _ := w.bedarf(t)
	c := w.a.app.cfg
	past := drehscheibe.NewService(w.a.app.db.store, w.a.app.writes, func() time.Time { return time.Now().AddDate(0, 0, -30) })
	past.SetArea(c.Area)
	past.SetWorkflow(drehscheibe.Workflow{ResponseDays: c.ResponseDays})
	from, _ := drehscheibe.ParseDate("2027-02-01")
	to, _ := drehscheibe.ParseDate("2027-06-30")
	a, err := past.CreateAnfrage(drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test")), drehscheibe.AnfrageInput{
		InstitutionID: drehscheibe.ID(w.inst1), ModulID: drehscheibe.ID(m), BedarfID: drehscheibe.ID(need),
		Period: drehscheibe.Period{From: from, To: to}, Message: unique("Überfällige Anfrage"),
		Contact: &drehscheibe.Contact{Name: "Ayşe Yılmaz", Email: "ogs@schule.example"},
	})
	if err != nil {
		t.Fatalf("the overdue request: %v", err)
	}
	var d struct {
		Node struct {
			Overdue bool
			Modul   struct{ Title string }
		}
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { overdue modul { title } } } }`, map[string]any{"id": a.ID}, &d)
	if !d.Node.Overdue {
		t.Fatalf("the request made 30 days ago is not overdue")
	}
	return string(a.ID), d.Node.Modul.Title
}

// press clicks the button whose text — with the words only screen readers get, which
// name the entity it acts on — is name.
func (d *dash) press(name string) {
	d.t.Helper()
	js, _ := json.Marshal(name)
	found := browsertest.Eval[bool](d.t, d.b, fmt.Sprintf(`(() => {
		const el = [...document.querySelectorAll('button')].find(b => b.textContent.replace(/\s+/g, ' ').trim() === %s);
		if (!el) return false;
		el.click();
		return true;
	})()`, js))
	if !found {
		d.t.Fatalf("no button %q; the page shows:\n%s", name, browsertest.Eval[string](d.t, d.b, bodyText))
	}
}

// inReviewTitled is a Modul of partner A in review with this title.
func (w *world) inReviewTitled(t testing.TB, title string) string {
	t.Helper()
	in := modulInput(w.partnerA)
	in["title"] = title
	id, v := w.created(t, "createModul", "CreateModulInput", "modul", in)
	id, _ = w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
	return id
}

// anfrageState is the status of request id and the request it was re-routed to.
func (w *world) anfrageState(t testing.TB, id string) (status, reroutedTo, modul string) {
	t.Helper()
	var d struct {
		Node struct {
			Status     string
			ReroutedTo *struct {
				ID    string
				Modul struct{ ID string }
			}
		}
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { status reroutedTo { id modul { id } } } } }`, map[string]any{"id": id}, &d)
	if d.Node.ReroutedTo == nil {
		return d.Node.Status, "", ""
	}
	return d.Node.Status, d.Node.ReroutedTo.ID, d.Node.ReroutedTo.Modul.ID
}

// modulState is the status and review note of Modul id.
func (w *world) modulState(t testing.TB, id string) (status, note string) {
	t.Helper()
	var d struct {
		Node struct {
			Status     string
			ReviewNote *string
		}
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Modul { status reviewNote } } }`, map[string]any{"id": id}, &d)
	return d.Node.Status, deref(d.Node.ReviewNote)
}

// TestDeskCurationAndRerouting: the Servicestelle signs in on its desk, publishes a
// Modul in review, gives another back with a note (first without one), and re-routes
// an overdue Anfrage to the first of the next best Module shown for it.
func TestDeskCurationAndRerouting(t *testing.T) {
	w := benchWorld(t, newTestApp(t, nil))
	const published, rejected = "Schwimmen für Anfänger*innen", "Klettern am Phoenix-See"
	toPublish, toReject := w.inReviewTitled(t, published), w.inReviewTitled(t, rejected)
	overdue, _ := w.overdueAnfrage(t)
	d := newDash(t, w.a)
	d.signIn(w.a.token, deskPath)
	d.b.WaitFor(t, "the desk", bodyText, "Module in Prüfung")
	d.check("schreibtisch")

	d.follow("Module in Prüfung", "Prüfung", deskPath+"/pruefung")
	d.b.WaitFor(t, "the queue", bodyText, published)
	d.check("pruefung")
	d.press("Veröffentlichen: " + published)
	d.b.WaitFor(t, "published", bodyText, "„"+published+"“ ist veröffentlicht.")
	if s, _ := w.modulState(t, toPublish); s != "PUBLISHED" {
		t.Errorf("after „Veröffentlichen“ the Modul is %s", s)
	}
	d.press("Zurückgeben … " + rejected)
	d.click("Mit Hinweis zurückgeben")
	d.waitFieldMessage("Hinweis an den Partner")
	d.check("pruefung-zurueckgeben-fehler")
	d.fill("Hinweis an den Partner", "Bitte die Kosten je Termin angeben.")
	d.click("Mit Hinweis zurückgeben")
	d.b.WaitFor(t, "given back", bodyText, "ist mit Ihrem Hinweis an")
	if s, note := w.modulState(t, toReject); s != "DRAFT" || note != "Bitte die Kosten je Termin angeben." {
		t.Errorf("after „Zurückgeben“ the Modul is %s with the note %q", s, note)
	}

	d.b.Do(t, "to the desk", chromedp.Navigate(w.a.url+deskPath))
	d.ready("Schreibtisch (neu geladen)", deskPath, d.queryCount())
	d.follow("Überfällige Anfragen", "Umleiten", deskPath+"/ueberfaellig")
	d.b.WaitFor(t, "the overdue request", bodyText, "Nächstbeste Module")
	d.b.WaitFor(t, "the overdue request", bodyText, "überfällig")
	d.check("umleiten")
	// the first alternative of the overdue request
	alternative := browsertest.Eval[string](t, d.b, `document.querySelector('a[href$="/anfrage/`+overdue+`"]')?.closest('li.karte-box')?.querySelector('.alternativen a')?.getAttribute('href') ?? ''`)
	if alternative == "" {
		t.Fatalf("the overdue request is shown without alternatives; the page shows:\n%s", browsertest.Eval[string](t, d.b, bodyText))
	}
	altID := alternative[strings.LastIndex(alternative, "/")+1:]
	d.b.Do(t, "re-route to the first alternative", chromedp.Click(chromedp.JSPath(`document.querySelector('a[href$="/anfrage/`+overdue+`"]').closest('li.karte-box').querySelector('.alternativen button')`)))
	d.b.WaitFor(t, "re-routed", bodyText, "umgeleitet.")
	if status, next, modul := w.anfrageState(t, overdue); status != "WITHDRAWN" || next == "" || modul != altID {
		t.Errorf("after „Umleiten“ the request is %s, re-routed to %q for the Modul %q (want %s)", status, next, modul, altID)
	}
	d.check("umgeleitet")
	d.report()
}
