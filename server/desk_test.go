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

// tick checks the checkbox labelled label.
func (d *dash) tick(label string) {
	d.t.Helper()
	js, _ := json.Marshal(label)
	if !browsertest.Eval[bool](d.t, d.b, fmt.Sprintf(`(() => {
		const l = [...document.querySelectorAll('label.haken')].find(l => l.innerText.trim() === %s);
		l?.querySelector('input')?.click();
		return !!l;
	})()`, js)) {
		d.t.Fatalf("no checkbox %q", label)
	}
}

// TestDeskMapFundingAndAdministration: the map of coverage gaps for another
// Stadtbezirk, the funding report with its CSV and an application approved, a partner
// and an institution created (first with a value the service refuses, told at the
// field), and an API key made (shown once, working) and revoked (no longer working).
func TestDeskMapFundingAndAdministration(t *testing.T) {
	w, _ := dashboardWorld(t)
	antrag, _, programme := w.submittedAntrag(t)
	d := newDash(t, w.a)
	d.signIn(w.a.token, deskPath)

	d.follow("Lücken", "Lücken", deskPath+"/luecken")
	d.b.WaitFor(t, "the map", bodyText, "Karte: Stadtbezirk Innenstadt-Nord")
	d.check("luecken")
	before := d.queryCount()
	d.choose("Stadtbezirk", "Hörde")
	d.b.WaitFor(t, "another Stadtbezirk", bodyText, "Karte: Stadtbezirk Hörde")
	if n := d.queryCount() - before; n != 1 {
		t.Errorf("another Stadtbezirk took %d GraphQL requests, want 1", n)
	}
	// the Quartier with an outline (dashboardWorld) is drawn as one, the others as circles
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.karte path.gebiet:not(.aussen)').length`); n != 1 {
		t.Errorf("the map draws %d outlines in Hörde, want 1", n)
	}
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.karte circle.gebiet').length`); n < 5 {
		t.Errorf("the map draws %d Quartiere without outline as circles", n)
	}
	d.b.WaitFor(t, "the table", bodyText, "Quartiere des Stadtbezirks Hörde, größte Lücke zuerst")
	d.check("luecken-hoerde")

	d.b.Do(t, "to the funding", chromedp.Navigate(w.a.url+deskPath+"/foerderung"))
	d.ready("Förderung", deskPath+"/foerderung", d.queryCount())
	d.b.WaitFor(t, "the report", bodyText, "Je Quelle")
	d.b.WaitFor(t, "the application", bodyText, "Offene Förderanträge 1")
	csv, err := chromedp.Run(d.b.Context(), chromedp.Evaluate[string](`fetch(document.querySelector('a[href*="foerderung.csv"]').href).then(r => r.status + ' ' + r.headers.get('content-type'))`, chromedp.EvalAwaitPromise))
	if err != nil || !strings.HasPrefix(csv, "200 text/csv") {
		t.Errorf("the CSV link answers %q (%v)", csv, err)
	}
	d.check("foerderung")
	label := browsertest.Eval[string](t, d.b, `document.querySelector('#antraege ~ ul button')?.textContent ?? ''`)
	if !strings.HasPrefix(label, "Bewilligen: ") {
		t.Fatalf("no button to approve the application; the page shows:\n%s", browsertest.Eval[string](t, d.b, bodyText))
	}
	d.press(label)
	d.b.WaitFor(t, "approved", bodyText, "ist bewilligt.")
	var a struct {
		Node struct {
			Foerderantrag struct {
				Programmes []struct {
					Programme struct{ ID string }
					Status    *string
				}
			}
		}
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { foerderantrag { programmes { programme { id } status } } } } }`, map[string]any{"id": antrag}, &a)
	for _, p := range a.Node.Foerderantrag.Programmes {
		if p.Programme.ID == programme && deref(p.Status) != "APPROVED" {
			t.Errorf("after „Bewilligen“ the application is %s", deref(p.Status))
		}
	}

	d.follow("Partner", "Partner", deskPath+"/partner")
	d.follow("Partner anlegen", "Partner anlegen", deskPath+"/partner/neu")
	d.fill("Name", "Schachfreunde Hörde 1928 e.V.")
	d.choose("Art", "SPORTVEREIN")
	d.tick("Sport/Gesundheit")
	d.fill("E-Mail", "vorstand(at)schach-hoerde")
	d.click("Partner anlegen")
	d.waitFieldMessage("E-Mail") // the service refuses the address, at the field
	d.check("partner-anlegen-fehler")
	d.fill("E-Mail", "vorstand@schach-hoerde.example")
	d.follow("Partner anlegen", "Partner (angelegt)", deskPath+"/partner")
	d.b.WaitFor(t, "created", bodyText, "„Schachfreunde Hörde 1928 e.V.“ ist angelegt.")
	d.b.WaitFor(t, "in the list", bodyText, "Schachfreunde Hörde 1928 e.V.")
	d.check("partner")

	d.follow("Einrichtungen", "Einrichtungen", deskPath+"/einrichtungen")
	d.follow("Einrichtung anlegen", "Einrichtung anlegen", deskPath+"/einrichtungen/neu")
	d.check("einrichtung-anlegen")
	d.fill("Name", "Kita Sonnenblume")
	d.choose("Art", "KITA")
	d.choose("Quartier", w.quartier)
	d.fill("Alter von", "1")
	d.fill("Alter bis", "6")
	d.follow("Einrichtung anlegen", "Einrichtungen (angelegt)", deskPath+"/einrichtungen")
	d.b.WaitFor(t, "created", bodyText, "„Kita Sonnenblume“ ist angelegt.")

	d.follow("Schlüssel", "Schlüssel", deskPath+"/schluessel")
	d.fill("Name", "Schachfreunde, Vorstand")
	d.choose("Rolle", "PARTNER")
	d.choose("für Partner", w.partnerA)
	d.click("Schlüssel anlegen")
	d.b.WaitFor(t, "the new key", bodyText, "Er wird nur jetzt angezeigt")
	key := browsertest.Eval[string](t, d.b, `document.querySelector('code.schluessel')?.textContent ?? ''`)
	var v struct{ Viewer struct{ Role string } }
	w.a.as(key).query(t, `{ viewer { role } }`, nil, &v)
	if v.Viewer.Role != "PARTNER" {
		t.Fatalf("the key shown works as %q", v.Viewer.Role)
	}
	d.check("schluessel-neu")
	d.press("Sperren … Schachfreunde, Vorstand")
	d.press("Sperren bestätigen: Schachfreunde, Vorstand")
	d.b.WaitFor(t, "revoked", bodyText, "Der Schlüssel „Schachfreunde, Vorstand“ ist gesperrt.")
	if r := w.a.as(key).post(t, `{ viewer { role } }`, nil); r.Status == 200 && len(r.Errors) == 0 {
		var after struct{ Viewer struct{ Role *string } }
		decode(t, r.Data, &after)
		if after.Viewer.Role != nil {
			t.Errorf("the revoked key still works as %s", *after.Viewer.Role)
		}
	}
	d.report()
}

// TestDashboardOIDCSignInEachRole: each role signs in through the city's identity
// provider (the in-process mock) and lands on its start page: the Servicestelle on its
// desk, a coordinator on the curation queue of its Themenfelder (and only those), the
// campus management, an institution and a partner on theirs (the role's scope from
// the claim OIDC_SCOPE_CLAIM). Between them each signs out.
func TestDashboardOIDCSignInEachRole(t *testing.T) {
	m := startIdP(t, nil, nil, false)
	a := oidcApp(t, m, "", map[string]string{
		"OIDC_ROLE_MAP": "stadt-servicestelle=SERVICESTELLE,koordination=COORDINATOR,campus=CAMPUS_MANAGER,partner=PARTNER,einrichtung=INSTITUTION",
	})
	w := benchWorld(t, a)
	sport := w.inReviewTitled(t, "Tanzen im Hort")
	mint := modulInput(w.partnerA)
	mint["title"], mint["theme"], mint["furtherThemes"] = "Roboter bauen", "MINT_DIGITALES", []string{}
	mintID, v := w.created(t, "createModul", "CreateModulInput", "modul", mint)
	w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", map[string]any{"id": mintID, "version": v})
	d := &dash{t: t, a: a, b: browsertest.New(t, a.url, browsertest.AllowOrigins(m.Addr())), queries: map[string]int{}}
	for _, c := range []struct {
		person *testPerson
		home   string
	}{
		{&testPerson{sub: "s", name: "Sabine Servicestelle", groups: []string{"stadt-servicestelle"}}, deskPath},
		{&testPerson{sub: "k", name: "Kai Koordination", groups: []string{"koordination"}, extra: map[string]any{"drehscheibe_bezug": []string{"SPORT_GESUNDHEIT", "BNE"}}}, deskPath + "/pruefung"},
		{&testPerson{sub: "c", name: "Clara Campus", groups: []string{"campus"}, extra: map[string]any{"drehscheibe_bezug": w.campus1}}, dashboardPath + "campus/" + w.campus1},
		{&testPerson{sub: "e", name: "Emre Einrichtung", groups: []string{"einrichtung"}, extra: map[string]any{"drehscheibe_bezug": w.inst1}}, dashboardPath + "einrichtung/" + w.inst1},
		{&testPerson{sub: "p", name: "Paula Partner", groups: []string{"partner"}, extra: map[string]any{"drehscheibe_bezug": w.partnerA}}, dashboardPath + "partner/" + w.partnerA},
	} {
		m.QueueUser(c.person)
		before := d.queryCount()
		d.b.Do(t, "sign in as "+c.person.name, chromedp.Navigate(a.url+"/auth/login?return="+dashboardPath))
		d.ready("Start "+c.person.name, c.home, before)
		d.b.WaitFor(t, "who is signed in", bodyText, c.person.name)
		if c.person.sub == "k" {
			d.b.WaitFor(t, "the coordinator's queue", bodyText, "Tanzen im Hort")
			if strings.Contains(browsertest.Eval[string](t, d.b, bodyText), "Roboter bauen") {
				t.Error("the coordinator of SPORT_GESUNDHEIT and BNE sees a MINT Modul in its queue")
			}
			d.check("koordination")
			d.press("Veröffentlichen: Tanzen im Hort")
			d.b.WaitFor(t, "published by the coordinator", bodyText, "„Tanzen im Hort“ ist veröffentlicht.")
			if s, _ := w.modulState(t, sport); s != "PUBLISHED" {
				t.Errorf("the coordinator's „Veröffentlichen“ left the Modul %s", s)
			}
		}
		d.click("Abmelden")
		waitPath(t, d.b, signinPath)
		d.b.WaitFor(t, "signed out", bodyText, "Sie sind abgemeldet.")
	}
	d.report()
}

// fetchStatus fetches href from the page and returns its status and content type.
func (d *dash) fetchStatus(selector string) string {
	d.t.Helper()
	js, _ := json.Marshal(selector)
	out, err := chromedp.Run(d.b.Context(), chromedp.Evaluate[string](`fetch(document.querySelector(`+string(js)+`).href).then(r => r.status + ' ' + r.headers.get('content-type'))`, chromedp.EvalAwaitPromise))
	if err != nil {
		d.t.Fatalf("fetch %s: %v", selector, err)
	}
	return out
}

// TestDeskNetworkAndEvaluation: the cooperation network of the city and of a campus
// on the desk and on the campus page — drawn, as tables, for Gephi — with the
// evaluation of the same scope and its report.
func TestDeskNetworkAndEvaluation(t *testing.T) {
	w := benchWorld(t, newTestApp(t, nil))
	w.anfrage(t, "AGREED")
	w.anfrage(t, "ACCEPTED")
	other := modulInput(w.partnerB)
	other["targetTypes"] = []string{"GRUNDSCHULE", "KITA", "JUGENDFREIZEITSTAETTE", "FAMILIENZENTRUM"}
	other["ageRange"] = map[string]any{"min": 3, "max": 12}
	m, v := w.created(t, "createModul", "CreateModulInput", "modul", other)
	m, v = w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", map[string]any{"id": m, "version": v})
	m, _ = w.created(t, "publishModul", "ModulTransitionInput", "modul", map[string]any{"id": m, "version": v})
	w.anfrageFor(t, anfrageInput(w.inst1, m, ""), "AGREED")
	w.anfrageFor(t, anfrageInput(w.inst2, m, ""), "ACCEPTED")

	d := newDash(t, w.a)
	d.signIn(w.a.token, deskPath)
	d.follow("Netzwerk", "Netzwerk", deskPath+"/netzwerk")
	d.b.WaitFor(t, "the network", bodyText, "Kooperationsnetz der Stadt")
	// institution 1 with partners A and B, institution 2 with B: three lines; B connects
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.netz line.kante').length`); n != 3 {
		t.Errorf("the city's network draws %d lines, want 3", n)
	}
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.netz rect.knoten.partner.bruecke').length`); n != 1 {
		t.Errorf("the network marks %d partners as connecting, want 1", n)
	}
	for _, sel := range []string{`a[href*="netzwerk.graphml"]`, `a[href*="netzwerk.gexf"]`, `a[href*="auswertung.csv"]`, `a[href$="auswertung/stadt.pdf"], a[href*="auswertung/stadt.pdf?"]`} {
		if got := d.fetchStatus(sel); !strings.HasPrefix(got, "200 ") {
			t.Errorf("%s answers %s", sel, got)
		}
	}
	d.b.WaitFor(t, "the evaluation", bodyText, "Auswertung der Stadt")
	d.check("netzwerk-stadt")
	before := d.queryCount()
	d.choose("Gebiet", w.campus1)
	d.b.WaitFor(t, "the campus's network", bodyText, "Kooperationsnetz des Kindercampus")
	if n := d.queryCount() - before; n != 1 {
		t.Errorf("another scope took %d GraphQL requests, want 1", n)
	}
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.netz line.kante').length`); n != 2 {
		t.Errorf("the campus's network draws %d lines, want 2", n)
	}
	if href := browsertest.Eval[string](t, d.b, `document.querySelector('a[href*="netzwerk.graphml"]').getAttribute('href')`); !strings.Contains(href, "kindercampusId="+w.campus1) {
		t.Errorf("the GraphML download of the campus is %s", href)
	}

	campusKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}})
	d.signIn(campusKey, dashboardPath+"campus/"+w.campus1)
	d.b.WaitFor(t, "the campus's network", bodyText, "Kooperationsnetz des Kindercampus")
	d.b.WaitFor(t, "the campus's evaluation", bodyText, "Auswertung des Kindercampus")
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.netz line.kante').length`); n != 2 {
		t.Errorf("the campus page's network draws %d lines, want 2", n)
	}
	if got := d.fetchStatus(`a[href*="/auswertung/kc_"]`); !strings.HasPrefix(got, "200 text/html") {
		t.Errorf("the campus's report answers %s", got)
	}
	d.check("campus-netz")
	d.report()
}
