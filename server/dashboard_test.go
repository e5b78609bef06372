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

// The dashboard in Chromium: each role's journey end to end against the real service
// on the embedded database with the demo data, signed in through /auth/ with a key.
// Every page is checked with axe-core (WCAG 2.1 AA) at desktop and phone width, fits
// the phone's width, is written as a screenshot to the test artefacts and sends at
// most maxQueriesPerPage GraphQL requests; nothing is asked of another host.

const (
	dashboardPath = "/dashboard/"
	// the page marks itself ready (Page.tsx) with the path it shows
	pageReady         = `document.body.dataset.seite`
	maxQueriesPerPage = 3
)

// TestDashboardServed: every path below /dashboard/ answers the dashboard's page with
// a <base> that leads back to /dashboard/ from there, under a policy that allows
// nothing but the service; /dashboard leads to /dashboard/.
func TestDashboardServed(t *testing.T) {
	a := shared(t)
	for path, base := range map[string]string{"/dashboard/": "./", "/dashboard/campus/kc_x": "./../", "/dashboard/einrichtung/ins_x/bedarf/neu": "./../../../"} {
		r := httpGet(t, a.url+path, nil)
		if r.status != 200 || !strings.Contains(r.body, `<base href="`+base+`" />`) || !strings.Contains(r.body, `src="../assets/dashboard-`) {
			t.Errorf("%s: %d\n%s", path, r.status, r.body)
		}
		if csp := r.header.Get("Content-Security-Policy"); csp != appPolicy {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
	}
	if r := httpGet(t, a.url+"/dashboard", nil); r.status != 307 || r.header.Get("Location") != "/dashboard/" {
		t.Errorf("/dashboard: %d to %q", r.status, r.header.Get("Location"))
	}
}

// dash is a browser on the dashboard, with the numbers the journeys measure.
type dash struct {
	t       testing.TB
	a       *testApp
	b       *browsertest.Browser
	queries map[string]int // GraphQL requests until each page was ready
}

func newDash(t testing.TB, a *testApp) *dash {
	return &dash{t: t, a: a, b: browsertest.New(t, a.url), queries: map[string]int{}}
}

// queryCount is the number of GraphQL requests in the network log so far.
func (d *dash) queryCount() int {
	requests, _, _ := d.b.Log()
	n := 0
	for _, r := range requests {
		if r == d.a.url+"/query" {
			n++
		}
	}
	return n
}

// signIn signs in with key on the service's sign-in page and lands on the dashboard
// at path.
func (d *dash) signIn(key, want string) {
	d.t.Helper()
	d.b.Do(d.t, "open the sign-in page", chromedp.Navigate(d.a.url+signinPath+"?return="+dashboardPath),
		chromedp.WaitVisible(chromedp.CSS("#key")), chromedp.SendKeys(chromedp.CSS("#key"), key+"\n"))
	d.ready("start page", want, d.queryCount())
}

// ready waits until the page at path has its data and checks how many GraphQL
// requests it took since before (the count before the step that led there).
func (d *dash) ready(name, path string, before int) {
	d.t.Helper()
	d.waitReady(name, path)
	n := d.queryCount() - before
	d.queries[name] = n
	if n > maxQueriesPerPage {
		d.t.Errorf("%s: %d GraphQL requests, more than %d", name, n, maxQueriesPerPage)
	}
}

// waitReady waits until the tab shows the page at path with its data, through the
// navigations (sign-in, redirects) on the way, during which the page comes and goes.
func (d *dash) waitReady(name, path string) {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(d.b.Context(), time.Minute)
	defer cancel()
	js, _ := json.Marshal(path)
	for ctx.Err() == nil {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.body?.dataset.seite ?? '').includes(`+string(js)+`)`)); err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(100 * time.Millisecond):
		}
	}
	text, _ := chromedp.Run(d.b.Context(), chromedp.Evaluate[string](bodyText))
	_, _, problems := d.b.Log()
	d.t.Fatalf("%s: the page %s never became ready; it shows:\n%s\npage problems:\n  %s", name, path, text, strings.Join(problems, "\n  "))
}

// follow clicks the link or button whose text contains text and waits for path.
func (d *dash) follow(text, name, path string) {
	d.t.Helper()
	before := d.queryCount()
	d.click(text)
	d.ready(name, path, before)
}

// click clicks the first button whose text contains text, or else the first link.
func (d *dash) click(text string) {
	d.t.Helper()
	js, _ := json.Marshal(text)
	found := browsertest.Eval[bool](d.t, d.b, fmt.Sprintf(`(() => {
		const has = e => e.innerText.includes(%[1]s);
		const el = [...document.querySelectorAll('button')].find(has) ?? [...document.querySelectorAll('a, summary')].find(has);
		if (!el) return false;
		el.click();
		return true;
	})()`, js))
	if !found {
		d.t.Fatalf("no link or button %q; the page shows:\n%s", text, browsertest.Eval[string](d.t, d.b, bodyText))
	}
}

// choose picks the option value in the select labelled label, as React sees a choice.
func (d *dash) choose(label, value string) {
	d.t.Helper()
	id, _ := json.Marshal(d.fieldID(label))
	v, _ := json.Marshal(value)
	browsertest.Eval[bool](d.t, d.b, fmt.Sprintf(`(() => {
		const el = document.getElementById(%s);
		Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(el, %s);
		el.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`, id, v))
}

// open follows the link whose href ends with path's end and waits for the page.
func (d *dash) open(name, path string) {
	d.t.Helper()
	before := d.queryCount()
	d.b.Do(d.t, "follow the link to "+path, chromedp.Click(chromedp.CSS(`a[href$="`+path[strings.LastIndex(path, "/"):]+`"]`)))
	d.ready(name, path, before)
}

// check runs axe-core on the page (with every table opened) at desktop and phone
// width, checks that it fits the phone, and writes screenshots.
func (d *dash) check(name string) {
	d.t.Helper()
	browsertest.Eval[bool](d.t, d.b, `(document.querySelectorAll('details').forEach(e => e.open = true), true)`)
	for _, v := range browsertest.Viewports {
		d.b.SetViewport(d.t, v)
		d.b.Do(d.t, "let the charts lay out", chromedp.Sleep(300*time.Millisecond))
		d.b.CheckAccessible(d.t, name+" ("+v.Name+")")
		d.b.Screenshot(d.t, name+"-"+v.Name)
		if w := browsertest.Eval[int](d.t, d.b, `document.documentElement.scrollWidth`); w > int(v.Width) {
			d.t.Errorf("%s (%s): the page is %d px wide, wider than the window (%d)", name, v.Name, w, v.Width)
		}
	}
	d.b.SetViewport(d.t, browsertest.Desktop)
}

// fill types text into the field labelled label (replacing what it holds).
func (d *dash) fill(label, text string) {
	d.t.Helper()
	js, _ := json.Marshal(d.fieldID(label))
	field := chromedp.JSPath("document.getElementById(" + string(js) + ")")
	browsertest.Eval[bool](d.t, d.b, "(document.getElementById("+string(js)+").select(), true)")
	d.b.Do(d.t, "fill "+label, chromedp.SendKeys(field, text))
}

// fieldID is the id of the field whose label starts with label.
func (d *dash) fieldID(label string) string {
	d.t.Helper()
	js, _ := json.Marshal(label)
	id := browsertest.Eval[string](d.t, d.b, fmt.Sprintf(`[...document.querySelectorAll('label[for]')].find(l => l.innerText.trim().startsWith(%s))?.htmlFor ?? ''`, js))
	if id == "" {
		d.t.Fatalf("no field %q", label)
	}
	return id
}

// fieldMessage is the error shown at the field labelled label.
func (d *dash) fieldMessage(label string) string {
	d.t.Helper()
	js, _ := json.Marshal(d.fieldID(label))
	return browsertest.Eval[string](d.t, d.b, fmt.Sprintf(`document.getElementById(%s + '-fehler')?.innerText ?? ''`, js))
}

// waitFieldMessage waits until the field labelled label shows a message.
func (d *dash) waitFieldMessage(label string) {
	d.t.Helper()
	js, _ := json.Marshal(d.fieldID(label))
	// at the field, or at the group of fields it belongs to (from and to of an age range)
	d.b.WaitFor(d.t, "a message at "+label, fmt.Sprintf(`(() => {
		const id = %s;
		const group = document.getElementById(id).closest('fieldset')?.querySelector(':scope > .feldfehler');
		return (document.getElementById(id + '-fehler')?.innerText || group?.innerText || '') !== '' ? 'gezeigt' : '';
	})()`, js), "gezeigt")
}

func (d *dash) report() {
	d.t.Logf("GraphQL requests per page: %v", d.queries)
	d.b.CheckStayedHome(d.t)
}

// dashboardWorld is a fresh service with the demo data, a new open need of
// institution 1 (on campus 1) and a published Modul of partner A that fits it.
func dashboardWorld(t testing.TB) (*world, string) {
	t.Helper()
	w := benchWorld(t, newTestApp(t, nil))
	w.published(t)
	in := bedarfInput(w.inst1)
	in["slots"] = []map[string]any{{"weekday": "MONDAY", "timeSlot": "AFTERNOON"}}
	_, _ = w.created(t, "createBedarf", "CreateBedarfInput", "bedarf", in)
	// the demo Quartiere have centres only; the city's open data (importer) brings outlines
	var q struct {
		Node struct {
			Version  int
			Centroid struct{ Lat, Lon float64 }
		}
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Quartier { version centroid { lat lon } } } }`, map[string]any{"id": w.quartier}, &q)
	c := q.Node.Centroid
	ring := [][]float64{{c.Lon - 0.012, c.Lat - 0.008}, {c.Lon + 0.012, c.Lat - 0.008}, {c.Lon + 0.014, c.Lat + 0.006},
		{c.Lon - 0.004, c.Lat + 0.009}, {c.Lon - 0.013, c.Lat + 0.004}, {c.Lon - 0.012, c.Lat - 0.008}}
	w.created(t, "updateQuartier", "UpdateQuartierInput", "quartier", map[string]any{"id": w.quartier, "version": q.Node.Version,
		"geometry": map[string]any{"type": "Polygon", "coordinates": [][][]float64{ring}}})
	return w, in["title"].(string)
}

// TestDashboardCampusJourney: the Campus-Manager*in signs in, sees the campus on one
// page (needs matrix, coverage chart, pipeline, budget, map — each with its table),
// opens a need, reads the recommendations with their explanation and asks for the
// first one ("Anfrage stellen"), first with an answer the service refuses.
func TestDashboardCampusJourney(t *testing.T) {
	w, need := dashboardWorld(t)
	key := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}})
	d := newDash(t, w.a)
	campus := dashboardPath + "campus/" + w.campus1
	d.signIn(key, campus)
	for _, want := range []string{"Offene Bedarfe nach Themenfeld und Alter", "Abdeckung je Themenfeld", "Anfragen nach Stand", "Budget 2026", "Quartier ", need} {
		d.b.WaitFor(t, "the campus page", bodyText, want)
	}
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('canvas[role="img"][aria-label]').length`); n < 2 {
		t.Errorf("the campus page has %d labelled charts, want the coverage and the budget chart", n)
	}
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.karte path.quartier').length`); n != 1 {
		t.Errorf("the map draws %d Quartier outlines, want 1", n)
	}
	// the outline fills the map (and not, wound the wrong way, the rest of the earth)
	if w := browsertest.Eval[float64](t, d.b, `document.querySelector('svg.karte path.quartier')?.getBBox().width ?? 0`); w < 200 || w > 640 {
		t.Errorf("the Quartier's outline is %.0f units wide on a map 640 wide", w)
	}
	d.check("campus")

	d.follow(need, "Bedarf", dashboardPath+"einrichtung/"+w.inst1+"/bedarf/")
	d.b.WaitFor(t, "recommendations", bodyText, "Empfohlene Module")
	d.b.WaitFor(t, "a reason", bodyText, "Bewertung als Tabelle")
	d.check("bedarf")

	d.follow("Anfrage stellen", "Anfrage stellen", "/anfrage/mod_")
	d.check("anfrage-stellen")
	// a group of 600 is refused by the service (1–500), at the field
	d.fill("Teilnehmende", "600")
	d.fill("E-Mail", "ogs@schule.example")
	d.click("Anfrage senden")
	d.b.WaitFor(t, "the refusal", bodyText, "Bitte prüfen Sie die markierten Angaben:")
	if m := d.fieldMessage("Teilnehmende"); m == "" {
		t.Errorf("the service's message is not shown at the field; the page shows:\n%s", browsertest.Eval[string](t, d.b, bodyText))
	}
	d.check("anfrage-stellen-fehler")
	d.fill("Teilnehmende", "12")
	d.follow("Anfrage senden", "Anfrage (mit dem Senden)", dashboardPath+"anfrage/anf_")
	d.b.WaitFor(t, "the new Anfrage", bodyText, "Angefragt")
	d.check("anfrage")
	d.report()
}

// TestDashboardPartnerJourney: a partner finds a request in its inbox, accepts it and
// confirms the agreement; declines another with a reason (first without one); signs
// out; the institution signs in and confirms too: the Anfrage is agreed, with the
// agreement to view and as a PDF.
func TestDashboardPartnerJourney(t *testing.T) {
	w := benchWorld(t, newTestApp(t, nil))
	anfrage, _, _ := w.anfrage(t, "REQUESTED")
	other, _, _ := w.anfrage(t, "REQUESTED")
	partnerKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}})
	institutionKey := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}})
	d := newDash(t, w.a)

	d.signIn(partnerKey, dashboardPath+"partner/"+w.partnerA)
	d.b.WaitFor(t, "the inbox", bodyText, "Eingang: Sie sind am Zug")
	d.check("partner")

	d.open("Anfrage (Partner)", dashboardPath+"anfrage/"+anfrage)
	d.check("anfrage-partner")
	d.click("Anfrage annehmen")
	d.b.WaitFor(t, "accepted", bodyText, "Vereinbarung bestätigen")
	d.click("Vereinbarung bestätigen")
	d.b.WaitFor(t, "confirmed by the partner", bodyText, "Bestätigt von: Partner")
	d.check("anfrage-partner-bestaetigt")

	d.b.Do(t, "back to the inbox", chromedp.NavigateBack())
	d.b.Do(t, "to the inbox", chromedp.Navigate(w.a.url+dashboardPath+"partner/"+w.partnerA))
	d.ready("Partner (neu geladen)", dashboardPath+"partner/"+w.partnerA, d.queryCount())
	d.open("Anfrage (ablehnen)", dashboardPath+"anfrage/"+other)
	d.click("Anfrage ablehnen")
	d.b.WaitFor(t, "the decline form", bodyText, "Grund der Ablehnung")
	d.click("Ablehnung senden")
	d.b.WaitFor(t, "no reason", bodyText, "Bitte wählen Sie einen Grund.")
	d.check("anfrage-ablehnen-fehler")
	d.choose("Grund der Ablehnung", "OTHER")
	d.click("Ablehnung senden")
	d.waitFieldMessage("Erläuterung") // the service wants a text for OTHER
	d.fill("Erläuterung", "Die Trainerin ist im Herbst nicht da.")
	d.click("Ablehnung senden")
	d.b.WaitFor(t, "declined", bodyText, "Die Trainerin ist im Herbst nicht da.")
	d.b.WaitFor(t, "declined", bodyText, "Abgelehnt")

	// "Wo werde ich gebraucht?" for one of its Module, and a new Modul
	d.b.Do(t, "to the inbox", chromedp.Navigate(w.a.url+dashboardPath+"partner/"+w.partnerA))
	d.ready("Partner (neu geladen)", dashboardPath+"partner/"+w.partnerA, d.queryCount())
	before := d.queryCount()
	d.b.Do(t, "open the Modul", chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll('section[aria-labelledby="module"] a')].find(a => a.innerText.includes('Fußball-AG'))`)))
	d.ready("Modul", dashboardPath+"modul/mod_", before)
	d.b.WaitFor(t, "placements", bodyText, "Einrichtungen mit offenem Bedarf, zu dem das Modul passt")
	if n := browsertest.Eval[int](t, d.b, `document.querySelectorAll('svg.karte .punkt.einrichtung').length`); n == 0 {
		t.Error("the map of the placements shows no institution")
	}
	d.check("modul")
	d.follow("Modul anlegen", "Modul anlegen", dashboardPath+"partner/"+w.partnerA+"/modul/neu")
	d.check("modul-anlegen")
	d.click("Entwurf anlegen")
	d.waitFieldMessage("Titel")

	d.click("Abmelden")
	waitPath(t, d.b, signinPath)
	d.b.WaitFor(t, "signed out", bodyText, "Sie sind abgemeldet.")

	d.signIn(institutionKey, dashboardPath+"einrichtung/"+w.inst1)
	d.open("Anfrage (Einrichtung)", dashboardPath+"anfrage/"+anfrage)
	d.click("Vereinbarung bestätigen")
	d.b.WaitFor(t, "agreed", bodyText, "Beide Seiten haben diese Fassung bestätigt.")
	d.b.WaitFor(t, "agreed", bodyText, "Vereinbart")
	pdf := browsertest.Eval[string](t, d.b, `document.querySelector('a[download]')?.getAttribute('href') ?? ''`)
	if pdf != "/vereinbarungen/"+anfrage+".pdf" {
		t.Errorf("the PDF link is %q, want /vereinbarungen/%s.pdf", pdf, anfrage)
	}
	d.check("anfrage-vereinbart")
	d.report()
}

// TestDashboardInstitutionJourney: an institution records a need — typing a group
// size the page cannot read, then ages the service refuses for it, each told at the
// field in German — and sees the recommendations for it.
func TestDashboardInstitutionJourney(t *testing.T) {
	w := benchWorld(t, newTestApp(t, nil))
	key := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}})
	d := newDash(t, w.a)
	home := dashboardPath + "einrichtung/" + w.inst1
	d.signIn(key, home)
	d.b.WaitFor(t, "the institution page", bodyText, "Bedarfe")
	d.check("einrichtung")

	d.follow("Bedarf erfassen", "Bedarf erfassen", home+"/bedarf/neu")
	d.check("bedarf-erfassen")
	d.fill("Bezeichnung", "Schwimmen lernen")
	d.choose("Themenfeld", "SPORT_GESUNDHEIT")
	d.fill("Teilnehmende", "viele")
	d.click("Bedarf erfassen")
	d.b.WaitFor(t, "the group size unread", bodyText, "Bitte geben Sie eine ganze Zahl")
	if m := d.fieldMessage("Teilnehmende"); !strings.Contains(m, "ganze Zahl") {
		t.Errorf("the message at the group size is %q", m)
	}
	if focused := browsertest.Eval[string](t, d.b, `document.activeElement?.getAttribute('aria-invalid') ?? ''`); focused != "true" {
		t.Error("after an error the focus is not on the field with the error")
	}
	d.fill("Teilnehmende", "12")
	d.fill("Alter von", "20")
	d.fill("Alter bis", "27")
	d.click("Bedarf erfassen")
	d.waitFieldMessage("Alter von") // the service refuses ages the institution does not serve
	d.check("bedarf-erfassen-fehler")
	d.fill("Alter von", "6")
	d.fill("Alter bis", "10")
	d.follow("Bedarf erfassen", "Bedarf (neu)", home+"/bedarf/bed_")
	d.b.WaitFor(t, "recommendations", bodyText, "Empfohlene Module")
	d.b.WaitFor(t, "a recommendation", bodyText, "Anfrage stellen")
	d.check("bedarf-empfehlungen")
	d.report()
}

// tabTo presses Tab until the focused element's text (or value's label) contains text
// and checks that the focus is visible there.
func (d *dash) tabTo(text string) {
	d.t.Helper()
	js, _ := json.Marshal(text)
	probe := fmt.Sprintf(`(() => {
		const e = document.activeElement;
		if (!e || e === document.body) return '';
		const label = e.labels?.[0]?.innerText ?? e.getAttribute('aria-label') ?? '';
		if (!((e.innerText ?? '') + ' ' + label).includes(%s)) return '';
		const s = getComputedStyle(e);
		return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? 'sichtbar' : 'unsichtbar';
	})()`, js)
	for range 400 {
		d.b.Do(d.t, "press Tab", chromedp.KeyEvent("\t"))
		switch browsertest.Eval[string](d.t, d.b, probe) {
		case "sichtbar":
			return
		case "unsichtbar":
			d.t.Errorf("the focus on %q is not visible", text)
			return
		}
	}
	d.t.Fatalf("Tab never reached %q", text)
}

// key presses keys (Enter is "\r") on what has the focus.
func (d *dash) key(keys string) {
	d.t.Helper()
	d.b.Do(d.t, "type", chromedp.KeyEvent(keys))
}

// TestDashboardKeyboardCampusJourney: the campus journey with the keyboard only (Tab,
// Enter, typing): from the campus page to the need, its recommendations, the form and
// the new Anfrage; the focus is visible on every element reached and lands on each
// new page's heading.
func TestDashboardKeyboardCampusJourney(t *testing.T) {
	w, need := dashboardWorld(t)
	key := w.a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}})
	d := newDash(t, w.a)
	d.signIn(key, dashboardPath+"campus/"+w.campus1)

	d.tabTo(need)
	before := d.queryCount()
	d.key("\r")
	d.ready("Bedarf (Tastatur)", "/bedarf/bed_", before)
	if h := browsertest.Eval[string](t, d.b, `document.activeElement?.tagName ?? ''`); h != "H1" {
		t.Errorf("after the navigation the focus is on %s, not on the page's heading", h)
	}
	d.tabTo("Anfrage stellen")
	before = d.queryCount()
	d.key("\r")
	d.ready("Anfrage stellen (Tastatur)", "/anfrage/mod_", before)
	d.tabTo("E-Mail")
	if browsertest.Eval[string](t, d.b, `document.activeElement.value`) == "" {
		d.key("ogs@schule.example")
	}
	d.tabTo("Anfrage senden")
	before = d.queryCount()
	d.key("\r")
	d.ready("Anfrage (Tastatur)", dashboardPath+"anfrage/anf_", before)
	d.b.WaitFor(t, "the new Anfrage", bodyText, "Angefragt")
	d.report()
}
