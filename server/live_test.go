package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Live updates (web/dashboard/app/live.ts, docs/live-updates.md): a page that follows
// changes shows what somebody else changed without being reloaded. The waits have a
// generous deadline (WaitFor: a minute) for a poll every 5 seconds; nothing is timed.

// stays marks the page shown so that keeps can tell that it was not loaded again.
func (d *dash) stays() {
	d.t.Helper()
	browsertest.Eval[bool](d.t, d.b, `(window.__nichtNeuGeladen = true)`)
}

// kept fails the test when the page was loaded again since stays.
func (d *dash) kept(what string) {
	d.t.Helper()
	if !browsertest.Eval[bool](d.t, d.b, `window.__nichtNeuGeladen === true`) {
		d.t.Errorf("%s: the page was loaded again instead of updated", what)
	}
}

// pollsSent is the number of GraphQL requests the page sent since it was loaded.
func (d *dash) pollsSent() int {
	d.t.Helper()
	return browsertest.Eval[int](d.t, d.b, `performance.getEntriesByType('resource').filter(e => e.name.endsWith('/query')).length`)
}

// TestDashboardLiveUpdates: two browsers on one Anfrage — the institution's shows it
// requested, the partner accepts in the other, and the institution's page shows the
// acceptance without a reload. Then the partner's inbox shows a new request, the
// campus pipeline a new request of its institution, and the Servicestelle's curation
// queue a Modul just submitted, each made by somebody else, each without a reload.
func TestDashboardLiveUpdates(t *testing.T) {
	w := benchWorld(t, newTestApp(t, nil))
	anfrage, _, _ := w.anfrage(t, "REQUESTED")
	partnerKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}})
	institutionKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}})
	campusKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}})
	page := dashboardPath + "anfrage/" + anfrage

	watcher := newDash(t, w.a)
	watcher.signIn(institutionKey, dashboardPath+"einrichtung/"+w.inst1)
	watcher.b.Do(t, "open the Anfrage", chromedp.Navigate(w.a.url+page))
	watcher.ready("Anfrage (Einrichtung)", page, watcher.queryCount())
	watcher.b.WaitFor(t, "requested", bodyText, "Angefragt")
	watcher.stays()

	actor := newDash(t, w.a)
	actor.signIn(partnerKey, dashboardPath+"partner/"+w.partnerA)
	actor.b.Do(t, "open the Anfrage", chromedp.Navigate(w.a.url+page))
	actor.ready("Anfrage (Partner)", page, actor.queryCount())
	actor.click("Anfrage annehmen")
	actor.b.WaitFor(t, "accepted", bodyText, "Vereinbarung bestätigen")

	// the other browser shows it by itself: the Kooperationsvereinbarung appears
	watcher.b.WaitFor(t, "the acceptance, seen by the institution", bodyText, "Kooperationsvereinbarung")
	watcher.b.WaitFor(t, "the acceptance, seen by the institution", bodyText, "Angenommen")
	watcher.kept("the institution's Anfrage")
	if n := watcher.pollsSent(); n < 2 {
		t.Errorf("the institution's page sent %d GraphQL requests: no poll and no reading again", n)
	}

	// the partner's inbox: a new request made by the Servicestelle
	actor.b.Do(t, "to the inbox", chromedp.Navigate(w.a.url+dashboardPath+"partner/"+w.partnerA))
	actor.ready("Eingang", dashboardPath+"partner/"+w.partnerA, actor.queryCount())
	actor.stays()
	m := w.inReviewTitled(t, "Judo für Mädchen")
	w.created(t, "publishModul", "ModulTransitionInput", "modul", map[string]any{"id": m, "version": w.version(t, m)})
	need, _ := w.bedarf(t)
	w.created(t, "createAnfrage", "CreateAnfrageInput", "anfrage", anfrageInput(w.inst1, m, need))
	actor.b.WaitFor(t, "the new request in the inbox", `document.querySelector('#eingang')?.closest('section')?.innerText`, "Judo für Mädchen")
	actor.kept("the partner's inbox")

	// the campus pipeline: a request of one of its institutions, made by the institution
	watcher.signIn(campusKey, dashboardPath+"campus/"+w.campus1)
	watcher.stays()
	m2 := w.inReviewTitled(t, "Trommeln im Quartier")
	w.created(t, "publishModul", "ModulTransitionInput", "modul", map[string]any{"id": m2, "version": w.version(t, m2)})
	if ue := w.a.as(institutionKey).mutate(t, "createAnfrage", mutation("createAnfrage", "CreateAnfrageInput", "id", "anfrage"), anfrageInput(w.inst1, m2, ""), nil); len(ue) > 0 {
		t.Fatalf("the institution's request: %+v", ue)
	}
	watcher.b.WaitFor(t, "the new request in the pipeline", bodyText, "Trommeln im Quartier")
	watcher.kept("the campus pipeline")

	// the curation queue: a Modul a partner submitted
	watcher.signIn(w.a.token, deskPath)
	watcher.b.Do(t, "to the queue", chromedp.Navigate(w.a.url+deskPath+"/pruefung"))
	watcher.ready("Prüfung", deskPath+"/pruefung", watcher.queryCount())
	watcher.stays()
	in := modulInput(w.partnerA)
	in["title"] = "Gärtnern mit Kindern"
	var created struct{ Modul struct{ ID string } }
	partner := w.a.as(partnerKey)
	if ue := partner.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id", "modul"), in, &created); len(ue) > 0 {
		t.Fatalf("create: %+v", ue)
	}
	id := created.Modul.ID
	if ue := partner.mutate(t, "submitModulForReview", mutation("submitModulForReview", "ModulTransitionInput", "id", "modul"),
		map[string]any{"id": id, "version": w.version(t, id)}, nil); len(ue) > 0 {
		t.Fatalf("submit: %+v", ue)
	}
	watcher.b.WaitFor(t, "the submitted Modul in the queue", bodyText, "Gärtnern mit Kindern")
	watcher.kept("the curation queue")
	if strings.Contains(browsertest.Eval[string](t, watcher.b, bodyText), "Das hat nicht geklappt") {
		t.Errorf("the queue shows an error")
	}
	watcher.report()
	actor.report()
}
