package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// The public catalogue at /angebote, end to end through the real handler on the
// embedded database with the demo data: its filters against the catalogue, what it
// never shows (drafts, contact data), its refusals, caching and sitemap.

var (
	resultLink  = regexp.MustCompile(`<h3><a href="/angebote/modul/(mod_[a-z0-9]+)">`)
	nextLink    = regexp.MustCompile(`<a href="([^"]+)" rel="next">`)
	countHeader = regexp.MustCompile(`<h2 id="ergebnis">([^<]*)</h2>`)
)

// publicView is the shared app's catalogue as an anonymous caller sees it.
func publicView(a *testApp) *catalog.View {
	return a.app.catalog.Current().As(drehscheibe.Principal{})
}

// searchAll runs a search of the public catalogue and follows its pages; it returns the
// Module listed, in order, and the heading of the first page.
func searchAll(t *testing.T, a *testApp, query string) (ids []string, heading string) {
	t.Helper()
	path := "/angebote?" + query
	for pages := 0; path != ""; pages++ {
		if pages > 50 {
			t.Fatalf("%s: more than 50 pages", query)
		}
		r := httpGet(t, a.url+path, nil)
		if r.status != http.StatusOK {
			t.Fatalf("GET %s: %d\n%s", path, r.status, r.body)
		}
		if pages == 0 {
			if m := countHeader.FindStringSubmatch(r.body); m != nil {
				heading = m[1]
			}
		}
		for _, m := range resultLink.FindAllStringSubmatch(r.body, -1) {
			ids = append(ids, m[1])
		}
		path = ""
		if m := nextLink.FindStringSubmatch(r.body); m != nil {
			path = html.UnescapeString(m[1])
		}
	}
	return ids, heading
}

func modulIDs(ms []*drehscheibe.Modul) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, string(m.ID))
	}
	return out
}

// TestAngeboteFilters: every filter of the search, alone and combined, lists exactly
// the published Module that meet it — computed here from the Module's own fields, by
// title, or by relevance for a search text — page after page, with the right count.
func TestAngeboteFilters(t *testing.T) {
	a := shared(t)
	v := publicView(a)
	all := v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByName}).All()
	quartiere := v.Quartiere(catalog.QuartierFilter{}, catalog.Order{}).All()
	// a Modul is found under a Stadtbezirk when its partner serves one of its Quartiere
	inBezirk := func(bezirk string) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool {
			p, _ := v.Partner(m.PartnerID)
			for _, q := range quartiere {
				if q.Stadtbezirk == bezirk && match.Serves(p, q.ID, q.Centroid) {
					return true
				}
			}
			return false
		}
	}
	hasTheme := func(th drehscheibe.Theme) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return m.Theme == th || slices.Contains(m.FurtherThemes, th) }
	}
	forAge := func(age int) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return m.AgeRange.Min <= age && age <= m.AgeRange.Max }
	}
	forType := func(ty drehscheibe.InstitutionType) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return slices.Contains(m.TargetTypes, ty) }
	}
	free := func(m *drehscheibe.Modul) bool { return m.CostCent == 0 }
	and := func(fs ...func(*drehscheibe.Modul) bool) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool {
			for _, f := range fs {
				if !f(m) {
					return false
				}
			}
			return true
		}
	}
	for _, c := range []struct {
		query string
		keep  func(*drehscheibe.Modul) bool
	}{
		{"", func(*drehscheibe.Modul) bool { return true }},
		{"thema=sport-gesundheit", hasTheme(drehscheibe.ThemeSportGesundheit)},
		{"thema=musik-kultur", hasTheme(drehscheibe.ThemeMusikKultur)},
		{"alter=4", forAge(4)},
		{"alter=0", forAge(0)},
		{"alter=16", forAge(16)},
		{"einrichtung=jugendfreizeitstaette", forType(drehscheibe.InstitutionJugendfreizeitstaette)},
		{"einrichtung=kita", forType(drehscheibe.InstitutionKita)},
		{"bezirk=Mengede", inBezirk("Mengede")},
		{"bezirk=H%C3%B6rde", inBezirk("Hörde")},
		{"bezirk=hoerde", inBezirk("Hörde")}, // spelt without the umlaut, in lower case
		{"kostenlos=ja", free},
		// what a form sends: every field, the empty ones too
		{"q=&thema=bne&alter=9&einrichtung=grundschule&bezirk=Innenstadt-Nord&kostenlos=ja",
			and(hasTheme(drehscheibe.ThemeBNE), forAge(9), forType(drehscheibe.InstitutionGrundschule), inBezirk("Innenstadt-Nord"), free)},
		{"thema=sport-gesundheit&alter=8&bezirk=Mengede", and(hasTheme(drehscheibe.ThemeSportGesundheit), forAge(8), inBezirk("Mengede"))},
	} {
		var want []string
		for _, m := range all {
			if c.keep(m) {
				want = append(want, string(m.ID))
			}
		}
		if c.query != "" && (len(want) == 0 || len(want) == len(all)) {
			t.Fatalf("%q: %d of %d Module meet it: the case shows nothing", c.query, len(want), len(all))
		}
		got, heading := searchAll(t, a, c.query)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("/angebote?%s lists other Module than the catalogue has (-want +got):\n%s", c.query, d)
		}
		if !strings.HasPrefix(heading, fmt.Sprintf("%d Angebote", len(want))) && !(len(want) == 1 && strings.HasPrefix(heading, "1 Angebot ")) {
			t.Errorf("/angebote?%s: heading %q, want %d Angebote", c.query, heading, len(want))
		}
	}

	// free text: the catalogue's search with German folding, by relevance
	for _, c := range []struct{ query, text, word string }{
		{"q=Fussball", "Fussball", "fussball"},
		{"q=fu%C3%9Fball&bezirk=H%C3%B6rde", "Fußball", "fussball"},
		{"q=Schueler", "Schueler", "schueler"},
	} {
		want := []string{}
		keep := func(*drehscheibe.Modul) bool { return true }
		if strings.Contains(c.query, "bezirk=") {
			keep = inBezirk("Hörde")
		}
		for _, m := range v.Module(catalog.ModulFilter{Text: c.text}, catalog.Order{By: catalog.ByRelevance}).All() {
			if !keep(m) {
				continue
			}
			if hay := fold.String(m.Title + " " + m.Description + " " + strings.Join(m.Tags, " ")); !strings.Contains(hay, c.word) {
				t.Errorf("%q: the catalogue finds %q, which does not say %q", c.query, m.Title, c.word)
			}
			want = append(want, string(m.ID))
		}
		if len(want) == 0 {
			t.Fatalf("%q finds nothing in the demo data: the case shows nothing", c.query)
		}
		got, _ := searchAll(t, a, c.query)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("/angebote?%s (-want +got):\n%s", c.query, d)
		}
	}

	// nothing found: the help offers the search without each filter
	r := httpGet(t, a.url+"/angebote?q=Quidditch&thema=bne&kostenlos=ja", nil)
	for _, want := range []string{"Keine Angebote gefunden", `href="/angebote?kostenlos=ja&amp;thema=bne"`,
		`href="/angebote?q=Quidditch&amp;thema=bne"`, `href="/angebote?kostenlos=ja&amp;q=Quidditch"`, "alle Angebote ansehen"} {
		if r.status != http.StatusOK || !strings.Contains(r.body, want) {
			t.Errorf("no results: %d, the page lacks %q", r.status, want)
		}
	}

	// pages: stable addresses, 20 a page, the last one and one beyond
	ids, _ := searchAll(t, a, "")
	pages := (len(ids) + 19) / 20
	last := httpGet(t, a.url+fmt.Sprintf("/angebote?seite=%d", pages), nil)
	if got := len(resultLink.FindAllString(last.body, -1)); last.status != http.StatusOK || got != len(ids)-(pages-1)*20 {
		t.Errorf("last page %d: %d with %d Module", pages, last.status, got)
	}
	if !strings.Contains(last.body, fmt.Sprintf("Seite %d von %d", pages, pages)) || !strings.Contains(last.body, `rel="prev"`) || strings.Contains(last.body, `rel="next"`) {
		t.Errorf("last page: pager wrong")
	}
	beyond := httpGet(t, a.url+fmt.Sprintf("/angebote?seite=%d", pages+1), nil)
	if beyond.status != http.StatusNotFound || !strings.Contains(beyond.body, fmt.Sprintf("Seite %d gibt es in dieser Suche nicht", pages+1)) {
		t.Errorf("page %d: %d", pages+1, beyond.status)
	}
}

// crawl fetches every public page of the catalogue: every page of the search, every
// published Modul, every partner, the sitemap and robots.txt, refusals and 404 pages,
// and the extra paths. It returns the bodies by path.
func crawl(t *testing.T, a *testApp, extra ...string) map[string]string {
	t.Helper()
	v := publicView(a)
	paths := []string{"/angebote/sitemap.xml", "/robots.txt", "/angebote?alter=99", "/angebote/modul/mod_nichtda", "/angebote/nichts",
		"/angebote?q=Quidditch", "/angebote?thema=bne&kostenlos=ja"}
	for p := 1; p <= (v.Module(catalog.ModulFilter{}, catalog.Order{}).Count()+19)/20; p++ {
		paths = append(paths, fmt.Sprintf("/angebote?seite=%d", p))
	}
	for _, m := range v.Module(catalog.ModulFilter{}, catalog.Order{}).All() {
		paths = append(paths, "/angebote/modul/"+string(m.ID))
	}
	for _, p := range v.Partners(catalog.PartnerFilter{}, catalog.Order{}).All() {
		paths = append(paths, "/angebote/partner/"+string(p.ID))
	}
	pages := map[string]string{}
	for _, p := range append(paths, extra...) {
		r := httpGet(t, a.url+p, nil)
		if r.status >= 500 {
			t.Fatalf("GET %s: %d", p, r.status)
		}
		pages[p] = r.body
	}
	return pages
}

// TestAngeboteShowNoDraftsAndNoContactData: no page of the public catalogue shows a
// Modul that is not published — a draft, one in review, an archived one, of any
// partner — or any contact data: the partners' contact persons, e-mail addresses and
// phone numbers (in either form) appear nowhere, nor does any e-mail address at all.
// A Modul of a new partner with a contact appears when published and goes when
// archived.
func TestAngeboteShowNoDraftsAndNoContactData(t *testing.T) {
	a := shared(t)
	ctx := drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
	p, err := a.app.svc.CreatePartner(ctx, &drehscheibe.Partner{
		Name: unique("Lernwerkstatt Angebote"), Kind: drehscheibe.PartnerVerein, Themes: []drehscheibe.Theme{drehscheibe.ThemeMintDigitales},
		ServiceArea: drehscheibe.ServiceArea{Citywide: true}, Website: "lernwerkstatt.example",
		Contact: drehscheibe.Contact{Name: "Zoë Kontaktperson", Email: "zoe.kontakt@lernwerkstatt.example", Phone: "(0231) 50-98765"},
	})
	if err != nil {
		t.Fatal(err)
	}
	draft, err := a.app.svc.CreateModul(ctx, &drehscheibe.Modul{
		PartnerID: p.ID, Title: unique("Geheimer Entwurf"), Description: "Noch nicht fertig.", Theme: drehscheibe.ThemeMintDigitales,
		AgeRange: drehscheibe.AgeRange{Min: 6, Max: 10}, TargetTypes: []drehscheibe.InstitutionType{drehscheibe.InstitutionGrundschule},
		Formats: []drehscheibe.Format{drehscheibe.FormatAG}, DeliveryModes: []drehscheibe.DeliveryMode{drehscheibe.AtInstitution},
		GroupSize: drehscheibe.GroupSize{Min: 5, Max: 10}, Capacity: 2, CostUnit: drehscheibe.PerBooking,
	})
	if err != nil {
		t.Fatal(err)
	}
	draftPath := "/angebote/modul/" + string(draft.ID)

	pages := crawl(t, a, draftPath, "/angebote?q="+url.QueryEscape(strings.Fields(draft.Title)[0]), "/angebote/partner/"+string(p.ID))
	snap := a.app.catalog.Current()
	hidden := snap.Module(catalog.ModulFilter{Statuses: []drehscheibe.ModulStatus{drehscheibe.ModulDraft, drehscheibe.ModulInReview, drehscheibe.ModulArchived}}, catalog.Order{}).All()
	if len(hidden) < 10 {
		t.Fatalf("only %d Module are not published: the demo data should have drafts, Module in review and archived ones", len(hidden))
	}
	for _, m := range hidden {
		path := "/angebote/modul/" + string(m.ID)
		if r := httpGet(t, a.url+path, nil); r.status != http.StatusNotFound || !strings.Contains(r.body, "Dieses Angebot gibt es nicht") {
			t.Errorf("%s Modul %q: %d, want the 404 page", m.Status, m.Title, r.status)
		}
		for page, body := range pages {
			if strings.Contains(body, string(m.ID)) {
				t.Errorf("%s names the %s Modul %s (%q)", page, m.Status, m.ID, m.Title)
			}
		}
	}
	for page, body := range pages {
		if strings.Contains(body, draft.Title) {
			t.Errorf("%s shows the draft's title", page)
		}
	}

	// contact data of every partner (the demo's, other tests', this one's)
	var secrets []string
	for _, pa := range snap.Partners(catalog.PartnerFilter{}, catalog.Order{}).All() {
		c := pa.Contact
		secrets = append(secrets, c.Name, c.Email, c.Phone, c.PhoneE164, strings.ReplaceAll(c.Phone, " ", ""))
	}
	for _, in := range snap.Institutionen(catalog.InstitutionFilter{}, catalog.Order{}).All() {
		secrets = append(secrets, in.Contact.Name, in.Contact.Email, in.Contact.Phone, in.Contact.PhoneE164)
	}
	checked := 0
	for _, s := range secrets {
		if len(s) < 5 {
			continue
		}
		checked++
		for page, body := range pages {
			if strings.Contains(body, s) || strings.Contains(body, html.EscapeString(s)) {
				t.Errorf("%s shows contact data %q", page, s)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d contact values to look for: the check shows nothing", checked)
	}
	for page, body := range pages {
		if m := emailAddress.FindString(body); m != "" {
			t.Errorf("%s shows an e-mail address: %s", page, m)
		}
	}
	if body := pages["/angebote/partner/"+string(p.ID)]; !strings.Contains(body, "https://lernwerkstatt.example") || !strings.Contains(body, "Keine Angebote") {
		t.Errorf("the new partner's page lacks its website or says it has Module:\n%s", body)
	}

	// the lifecycle: in review still hidden, published shown, archived gone again
	m, err := a.app.svc.SubmitModulForReview(ctx, draft.ID, draft.Version)
	if err != nil {
		t.Fatal(err)
	}
	if r := httpGet(t, a.url+draftPath, nil); r.status != http.StatusNotFound {
		t.Errorf("in review: %d", r.status)
	}
	if m, err = a.app.svc.PublishModul(ctx, m.ID, m.Version); err != nil {
		t.Fatal(err)
	}
	if r := httpGet(t, a.url+draftPath, nil); r.status != http.StatusOK || !strings.Contains(r.body, html.EscapeString(m.Title)) {
		t.Errorf("published: %d", r.status)
	}
	if r := httpGet(t, a.url+"/angebote/partner/"+string(p.ID), nil); !strings.Contains(r.body, draftPath) || !strings.Contains(r.body, "1 Angebot") {
		t.Errorf("the partner's page does not list its published Modul")
	}
	if m, err = a.app.svc.ArchiveModul(ctx, m.ID, m.Version); err != nil {
		t.Fatal(err)
	}
	if r := httpGet(t, a.url+draftPath, nil); r.status != http.StatusNotFound {
		t.Errorf("archived: %d", r.status)
	}
	if r := httpGet(t, a.url+"/angebote/sitemap.xml", nil); strings.Contains(r.body, draftPath) {
		t.Errorf("the sitemap lists the archived Modul")
	}
}

// TestAngeboteRefusesBadSearches: every bad value gets the search page again with a
// German message naming the problem and the field marked, status 400; unknown pages
// get a German 404 page. Nothing of the service's internals shows.
func TestAngeboteRefusesBadSearches(t *testing.T) {
	a := shared(t)
	for _, c := range []struct{ query, field, message string }{
		{"alter=abc", "alter", "Das Alter ist eine ganze Zahl von 0 bis 27 Jahren, nicht „abc“"},
		{"alter=-1", "alter", "nicht „-1“"},
		{"alter=28", "alter", "nicht „28“"},
		{"alter=99999999999999999999", "alter", "Das Alter ist eine ganze Zahl"},
		{"alter=7.5", "alter", "nicht „7.5“"},
		{"thema=KUNST", "thema", "Das Themenfeld „KUNST“ gibt es nicht"},
		{"einrichtung=schule", "einrichtung", "Die Art der Einrichtung „schule“ gibt es nicht"},
		{"bezirk=Atlantis", "bezirk", "Den Stadtbezirk „Atlantis“ kennt der Katalog nicht"},
		{"kostenlos=vielleicht", "kostenlos", "„kostenlos“ ist „ja“ oder fehlt"},
		{"seite=0", "", "Die Seite ist eine ganze Zahl von 1 bis 10000, nicht „0“"},
		{"seite=zwei", "", "nicht „zwei“"},
		{"q=" + strings.Repeat("a", 201), "q", "Der Suchbegriff darf höchstens 200 Zeichen lang sein"},
		{"q=%FF%FE", "q", "Der Suchbegriff enthält Zeichen, die keine Schrift sind"},
		{"q=a&q=b", "", "Die Angabe „q“ steht mehrfach in der Adresse"},
		{"alter=5&alter=6", "", "Die Angabe „alter“ steht mehrfach"},
		{"q=%zz", "", "Die Suchanfrage ist nicht lesbar"},
		{"q=" + strings.Repeat("x", 2100), "", "Die Suchanfrage ist zu lang (höchstens 2048 Zeichen)"},
		{"thema=" + strings.Repeat("%E2%9A%BD", 300), "", "Die Suchanfrage ist zu lang"},
	} {
		r := httpGet(t, a.url+"/angebote?"+c.query, nil)
		q := c.query[:min(len(c.query), 40)]
		if r.status != http.StatusBadRequest || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: %d %s, want a 400 page", q, r.status, r.header.Get("Content-Type"))
			continue
		}
		if !strings.Contains(r.body, html.EscapeString(c.message)) || !strings.Contains(r.body, `<form class="search"`) ||
			!strings.Contains(r.body, "<title>Fehler in der Suche") {
			t.Errorf("%s: the page lacks %q or the form", q, c.message)
		}
		if c.field != "" && !regexp.MustCompile(`id="`+c.field+`"[^>]*aria-invalid="true"`).MatchString(r.body) {
			t.Errorf("%s: field %s not marked invalid", q, c.field)
		}
		if r.header.Get("ETag") != "" || r.header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: a refusal is cached: ETag %q, Cache-Control %q", q, r.header.Get("ETag"), r.header.Get("Cache-Control"))
		}
		for _, leak := range []string{"goroutine", "panic", "runtime error", "strconv.", "invalid URL escape"} {
			if strings.Contains(r.body, leak) {
				t.Errorf("%s: the page shows %q", q, leak)
			}
		}
	}
	// parameters the search does not know (links pick them up) are ignored
	if r := httpGet(t, a.url+"/angebote?utm_source=newsletter&fbclid=x", nil); r.status != http.StatusOK ||
		!strings.Contains(r.body, `<link rel="canonical" href="`+a.url+`/angebote">`) {
		t.Errorf("unknown parameters: %d", r.status)
	}

	for _, c := range []struct{ path, message string }{
		{"/angebote/modul/mod_unbekannt", "Dieses Angebot gibt es nicht"},
		{"/angebote/modul/" + string(drehscheibe.NewID(drehscheibe.KindModul)), "Dieses Angebot gibt es nicht"},
		{"/angebote/modul/par_4x2tq4pbh5bydsnunwgtdcrauu", "Dieses Angebot gibt es nicht"},
		{"/angebote/modul/%00%ff", "Dieses Angebot gibt es nicht"},
		{"/angebote/partner/" + string(drehscheibe.NewID(drehscheibe.KindPartner)), "Diesen Partner gibt es nicht"},
		{"/angebote/partner/" + string(publicView(a).Module(catalog.ModulFilter{}, catalog.Order{}).All()[0].ID), "Diesen Partner gibt es nicht"},
		{"/angebote/nichts", "Diese Seite gibt es nicht"},
		{"/angebote/modul/", "Diese Seite gibt es nicht"},
		{"/angebote/static/style.css", "Diese Datei gibt es nicht"},
		{"/angebote/sitemap/1.xml", "Diesen Teil der Sitemap gibt es nicht"},
	} {
		r := httpGet(t, a.url+c.path, nil)
		if r.status != http.StatusNotFound || !strings.Contains(r.body, c.message) || !strings.Contains(r.body, `<html lang="de">`) ||
			!strings.Contains(r.body, `<meta name="robots" content="noindex, follow">`) {
			t.Errorf("%s: %d, want the German 404 page saying %q:\n%s", c.path, r.status, c.message, r.body)
		}
	}
	if r := httpGet(t, a.url+"/angebote/", nil); r.status != http.StatusMovedPermanently || r.header.Get("Location") != "/angebote" {
		t.Errorf("/angebote/: %d to %q", r.status, r.header.Get("Location"))
	}
	post := a.anonymous().send(t, http.MethodPost, "/angebote", "application/x-www-form-urlencoded", []byte("q=x"))
	if post.Status != http.StatusMethodNotAllowed {
		t.Errorf("POST /angebote: %d", post.Status)
	}
}

// TestAngebotePagesAreCachedAndIndexable: every page has its title, description,
// canonical address, language, structured data and the strict content security
// policy; it is compressed, carries an ETag of the catalogue version and answers 304
// to it until the catalogue changes; the style sheet is cached for good. The weights
// of the list page are logged.
func TestAngebotePagesAreCachedAndIndexable(t *testing.T) {
	a := shared(t)
	v := publicView(a)
	m := v.Module(catalog.ModulFilter{Text: "Fußball"}, catalog.Order{}).All()[0]
	p, _ := v.Partner(m.PartnerID)
	modulPath, partnerPath := "/angebote/modul/"+string(m.ID), "/angebote/partner/"+string(p.ID)
	for _, c := range []struct {
		path, canonical, title, ldType string
		noindex                        bool
	}{
		{"/angebote", "/angebote", "Bildungsangebote für Kitas, Schulen und Jugendeinrichtungen – Drehscheibe Dortmund", "", false},
		// one spelling of a search: parameters in order, empty ones dropped
		{"/angebote?thema=bne&seite=2&q=&alter=", "/angebote?seite=2&thema=bne", "Angebote: BNE – Seite 2 – Drehscheibe Dortmund", "", false},
		{"/angebote?q=Fussball", "/angebote?q=Fussball", "Angebote: „Fussball“ – Drehscheibe Dortmund", "", true},
		{modulPath, modulPath, m.Title + " – " + p.Name + " – Drehscheibe Dortmund", "Course", false},
		{partnerPath, partnerPath, p.Name + " – Bildungspartner – Drehscheibe Dortmund", "Organization", false},
	} {
		r := httpGet(t, a.url+c.path, nil)
		if r.status != http.StatusOK {
			t.Fatalf("%s: %d", c.path, r.status)
		}
		for _, want := range []string{`<html lang="de">`, "<title>" + html.EscapeString(c.title) + "</title>",
			`<meta name="description" content="`, `<link rel="canonical" href="` + html.EscapeString(a.url+c.canonical) + `">`,
			`<meta name="viewport" content="width=device-width, initial-scale=1">`} {
			if !strings.Contains(r.body, want) {
				t.Errorf("%s lacks %s", c.path, want)
			}
		}
		if got := strings.Contains(r.body, `content="noindex`); got != c.noindex {
			t.Errorf("%s: noindex %v, want %v", c.path, got, c.noindex)
		}
		if strings.Contains(r.body, "<script>") || strings.Contains(r.body, "<script src") || strings.Contains(r.body, " style=") {
			t.Errorf("%s has a script or an inline style", c.path)
		}
		csp := r.header.Get("Content-Security-Policy")
		if !strings.HasPrefix(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: Content-Security-Policy %q", c.path, csp)
		}
		if c.ldType != "" {
			ld := regexp.MustCompile(`<script type="application/ld\+json">(.*)</script>`).FindStringSubmatch(r.body)
			var data map[string]any
			if ld == nil || json.Unmarshal([]byte(ld[1]), &data) != nil || data["@type"] != c.ldType || data["@context"] != "https://schema.org" {
				t.Errorf("%s: structured data %v", c.path, ld)
			}
		}
	}

	// ETag, 304, gzip
	plain := httpGet(t, a.url+"/angebote", map[string]string{"Accept-Encoding": "identity"})
	tag := plain.header.Get("ETag")
	if tag == "" || !strings.Contains(plain.header.Get("Cache-Control"), "max-age") {
		t.Fatalf("/angebote: ETag %q, Cache-Control %q", tag, plain.header.Get("Cache-Control"))
	}
	zipped := httpGet(t, a.url+"/angebote", map[string]string{"Accept-Encoding": "gzip"})
	gzTag := zipped.header.Get("ETag")
	if zipped.header.Get("Content-Encoding") != "gzip" || gzTag == tag || string(gunzip(t, []byte(zipped.body))) != plain.body {
		t.Errorf("gzip: encoding %q, ETag %q (plain %q)", zipped.header.Get("Content-Encoding"), gzTag, tag)
	}
	for _, c := range []struct{ tag, encoding string }{{tag, "identity"}, {gzTag, "gzip"}, {"W/" + tag, "identity"}, {`"anderes", ` + gzTag, "gzip"}} {
		r := httpGet(t, a.url+"/angebote", map[string]string{"If-None-Match": c.tag, "Accept-Encoding": c.encoding})
		if r.status != http.StatusNotModified || r.body != "" || r.header.Get("ETag") == "" {
			t.Errorf("If-None-Match %s: %d, %d bytes", c.tag, r.status, len(r.body))
		}
	}
	for _, path := range []string{modulPath, partnerPath, "/angebote/sitemap.xml", "/angebote?thema=bne"} {
		first := httpGet(t, a.url+path, nil)
		if r := httpGet(t, a.url+path, map[string]string{"If-None-Match": first.header.Get("ETag")}); first.header.Get("ETag") == "" || r.status != http.StatusNotModified {
			t.Errorf("%s: revalidation %d", path, r.status)
		}
	}
	// a change of the catalogue makes every page new
	ctx := drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
	own, err := a.app.svc.CreatePartner(ctx, &drehscheibe.Partner{Name: unique("Theater im Quartier"), Kind: drehscheibe.PartnerKultureinrichtung,
		Themes: []drehscheibe.Theme{drehscheibe.ThemeMusikKultur}, Description: "Theater für Kinder."})
	if err != nil {
		t.Fatal(err)
	}
	after := httpGet(t, a.url+"/angebote", map[string]string{"If-None-Match": tag})
	if after.status != http.StatusOK || after.header.Get("ETag") == tag {
		t.Errorf("after a change: %d, ETag %q (was %q)", after.status, after.header.Get("ETag"), tag)
	}
	ownPath := "/angebote/partner/" + string(own.ID)
	before := httpGet(t, a.url+ownPath, nil)
	if _, err := a.app.svc.UpdatePartner(ctx, own.ID, own.Version, drehscheibe.PartnerPatch{Description: drehscheibe.Set("Theater und Tanz für Kinder.")}); err != nil {
		t.Fatal(err)
	}
	if r := httpGet(t, a.url+ownPath, map[string]string{"If-None-Match": before.header.Get("ETag")}); r.status != http.StatusOK || !strings.Contains(r.body, "Theater und Tanz für Kinder.") {
		t.Errorf("the partner page after its change: %d", r.status)
	}

	// the style sheet: named by its content, cached for good, compressed
	css := regexp.MustCompile(`<link rel="stylesheet" href="(/angebote/static/style\.[0-9a-f]{8}\.css)">`).FindStringSubmatch(plain.body)
	if css == nil {
		t.Fatal("no style sheet linked")
	}
	style := httpGet(t, a.url+css[1], map[string]string{"Accept-Encoding": "gzip"})
	if style.status != http.StatusOK || !strings.Contains(style.header.Get("Cache-Control"), "immutable") || style.header.Get("Content-Type") != "text/css; charset=utf-8" {
		t.Errorf("style sheet: %d %q %q", style.status, style.header.Get("Cache-Control"), style.header.Get("Content-Type"))
	}
	t.Logf("weights of /angebote (gzip): HTML %d bytes (%d uncompressed), CSS %d bytes (%d uncompressed), together %d bytes",
		len(zipped.body), len(plain.body), len(style.body), len(gunzipIf(t, style)), len(zipped.body)+len(style.body))
}

// gunzipIf decompresses a body sent with gzip.
func gunzipIf(t *testing.T, r response) string {
	if r.header.Get("Content-Encoding") == "gzip" {
		return string(gunzip(t, []byte(r.body)))
	}
	return r.body
}

// TestAngeboteSitemap: the sitemap lists the search, every published Modul and every
// partner with absolute addresses of the service, and nothing else; robots.txt points
// to it and keeps crawlers out of everything but the catalogue.
func TestAngeboteSitemap(t *testing.T) {
	a := shared(t)
	v := publicView(a)
	r := httpGet(t, a.url+"/angebote/sitemap.xml", nil)
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "application/xml") {
		t.Fatalf("sitemap: %d %s", r.status, r.header.Get("Content-Type"))
	}
	var set struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
		URLs    []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.NewDecoder(bytes.NewReader([]byte(r.body))).Decode(&set); err != nil {
		t.Fatalf("sitemap is no sitemap: %v", err)
	}
	want := []string{a.url + "/angebote"}
	for _, m := range v.Module(catalog.ModulFilter{}, catalog.Order{}).All() {
		want = append(want, a.url+"/angebote/modul/"+string(m.ID))
	}
	for _, p := range v.Partners(catalog.PartnerFilter{}, catalog.Order{}).All() {
		want = append(want, a.url+"/angebote/partner/"+string(p.ID))
	}
	var got []string
	for _, u := range set.URLs {
		got = append(got, u.Loc)
		if u.Loc != a.url+"/angebote" && !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(u.LastMod) {
			t.Errorf("%s: lastmod %q", u.Loc, u.LastMod)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sitemap (-want +got):\n%s", d)
	}
	robots := httpGet(t, a.url+"/robots.txt", nil)
	for _, line := range []string{"User-agent: *", "Allow: /angebote", "Disallow: /", "Sitemap: " + a.url + "/angebote/sitemap.xml"} {
		if !strings.Contains(robots.body, line+"\n") {
			t.Errorf("robots.txt lacks %q:\n%s", line, robots.body)
		}
	}
}

// TestPublicURLSetting: PUBLIC_URL takes an address without a path.
func TestPublicURLSetting(t *testing.T) {
	for v, want := range map[string]string{"https://angebote.dortmund.de/": "https://angebote.dortmund.de", "http://localhost:8080": "http://localhost:8080"} {
		c, err := loadConfig("server", nil, func(k string) string { return map[string]string{"PUBLIC_URL": v}[k] }, io.Discard)
		if err != nil || c.PublicURL != want {
			t.Errorf("PUBLIC_URL=%s: %q, %v", v, c.PublicURL, err)
		}
	}
	for _, v := range []string{"angebote.dortmund.de", "ftp://x.de", "https://x.de/angebote", "https://x.de?a=1", "https://user@x.de"} {
		if _, err := loadConfig("server", nil, func(k string) string { return map[string]string{"PUBLIC_URL": v}[k] }, io.Discard); err == nil ||
			!strings.Contains(err.Error(), "PUBLIC_URL") {
			t.Errorf("PUBLIC_URL=%s: %v, want a refusal", v, err)
		}
	}
}

// TestAngeboteInChromium: an anonymous visitor on a phone searches the public
// catalogue with the keyboard alone (tab to the search field, type, Enter; tab to the
// age, type, Enter), opens a Modul and its partner. Every page — the search, its
// results, nothing found, a bad value, an unknown page, a Modul, a partner — breaks no
// rule of WCAG 2.1 AA at desktop and phone width, fits the phone's width, and is
// photographed at both; the browser asks nothing of any other host.
func TestAngeboteInChromium(t *testing.T) {
	a := shared(t)
	b := browsertest.New(t, a.url)
	b.SetViewport(t, browsertest.Phone)
	b.Do(t, "open the search", chromedp.Navigate(a.url+"/angebote"), chromedp.WaitVisible(chromedp.CSS("#q")))

	// keyboard only: the first tab reaches the skip link, a few more the search field
	tabTo := func(id string) {
		t.Helper()
		for range 8 {
			b.Do(t, "press Tab", chromedp.KeyEvent(kb.Tab))
			if browsertest.Eval[string](t, b, "document.activeElement?.id ?? ''") == id {
				return
			}
		}
		t.Fatalf("eight tabs never reached #%s", id)
	}
	b.Do(t, "press Tab", chromedp.KeyEvent(kb.Tab))
	if got := browsertest.Eval[string](t, b, "document.activeElement?.textContent ?? ''"); got != "Zum Inhalt springen" {
		t.Errorf("the first tab reaches %q, want the skip link", got)
	}
	tabTo("q")
	b.Do(t, "type a search and press Enter", chromedp.KeyEvent("Fussball"), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitReady(chromedp.CSS(`link[rel="canonical"][href$="/angebote?q=Fussball"]`)))
	b.WaitFor(t, "results for Fussball", "document.querySelector('#ergebnis')?.textContent", "gefunden")
	if titles := browsertest.Eval[string](t, b, "[...document.querySelectorAll('.card h3')].map(h => h.textContent).join(' | ')"); !strings.Contains(titles, "Fußball") {
		t.Errorf("the search for Fussball lists %q", titles)
	}
	// after a search the filters fold away behind their summary: Enter opens them
	if browsertest.Eval[bool](t, b, "document.querySelector('details.filters-box').open") {
		t.Error("after a search the filters are still open")
	}
	tabTo("filter")
	b.Do(t, "open the filters", chromedp.KeyEvent(kb.Enter))
	tabTo("alter")
	b.Do(t, "type an age and press Enter", chromedp.KeyEvent("8"), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitReady(chromedp.CSS(`link[rel="canonical"][href$="/angebote?alter=8&q=Fussball"]`)))
	v := publicView(a)
	age := 8
	want := v.Module(catalog.ModulFilter{Text: "Fussball", Age: &drehscheibe.AgeRange{Min: age, Max: age}}, catalog.Order{By: catalog.ByRelevance}).All()
	if len(want) == 0 {
		t.Fatal("no Fußball Modul for 8-year-olds in the demo data")
	}
	wantCount := fmt.Sprintf("%d Angebote gefunden", len(want))
	if len(want) == 1 {
		wantCount = "1 Angebot gefunden"
	}
	if got := browsertest.Eval[string](t, b, "document.querySelector('#ergebnis').textContent"); got != wantCount {
		t.Errorf("the filtered search says %q, the catalogue has %d", got, len(want))
	}
	if got := browsertest.Eval[string](t, b, "document.querySelector('#q').value + '|' + document.querySelector('#alter').value"); got != "Fussball|8" {
		t.Errorf("the form does not keep the search: %q", got)
	}
	results := a.url + browsertest.Eval[string](t, b, "location.pathname + location.search")

	// a Modul and its partner
	b.Do(t, "open the first Modul", chromedp.Click(chromedp.CSS(".card h3 a")), chromedp.WaitVisible(chromedp.CSS("article h1")))
	if got := browsertest.Eval[string](t, b, "document.querySelector('article h1').textContent"); got != want[0].Title {
		t.Errorf("the first result opens %q, want %q", got, want[0].Title)
	}
	modul := a.url + "/angebote/modul/" + string(want[0].ID)
	p, _ := v.Partner(want[0].PartnerID)
	b.Do(t, "open its partner", chromedp.Click(chromedp.CSS("article .by a")), chromedp.WaitVisible(chromedp.CSS("#angebote")))
	if got := browsertest.Eval[string](t, b, "document.querySelector('h1').textContent"); got != p.Name {
		t.Errorf("the partner link opens %q, want %q", got, p.Name)
	}
	partner := a.url + "/angebote/partner/" + string(p.ID)

	pages := []struct{ name, url string }{
		{"suche", a.url + "/angebote"},
		{"ergebnisse", results},
		{"seite-2", a.url + "/angebote?seite=2"},
		{"keine-treffer", a.url + "/angebote?q=Quidditch&thema=bne&kostenlos=ja"},
		{"modul", modul},
		{"partner", partner},
	}
	checkPages(t, b, pages)
	if !b.Requested("/angebote/static/style.") {
		t.Error("the network log has no request for the style sheet")
	}
	b.CheckStayedHome(t)

	// the error pages, in a browser of their own: it reports their status as a problem
	bad := []struct{ name, url string }{
		{"fehler-400", a.url + "/angebote?alter=30"},
		{"fehler-404", a.url + "/angebote/modul/mod_nichtda"},
	}
	eb := browsertest.New(t, a.url)
	checkPages(t, eb, bad)
	for _, e := range eb.Escapes() {
		if !strings.Contains(e, "the server responded with a status of 400 (Bad Request) "+bad[0].url) &&
			!strings.Contains(e, "the server responded with a status of 404 (Not Found) "+bad[1].url) {
			t.Error(e)
		}
	}
}

// checkPages opens each page at desktop and phone width: no WCAG 2.1 AA violation, no
// wider than the window, a screenshot.
func checkPages(t *testing.T, b *browsertest.Browser, pages []struct{ name, url string }) {
	t.Helper()
	for _, page := range pages {
		for _, vp := range browsertest.Viewports {
			b.SetViewport(t, vp)
			b.Do(t, "open "+page.name, chromedp.Navigate(page.url), chromedp.WaitVisible(chromedp.CSS("main h1")))
			b.CheckAccessible(t, page.name+" ("+vp.Name+")")
			if wide := browsertest.Eval[bool](t, b, "document.documentElement.scrollWidth > window.innerWidth"); wide {
				t.Errorf("%s (%s) is wider than the window", page.name, vp.Name)
			}
			b.Screenshot(t, "angebote-"+page.name+"-"+vp.Name)
		}
	}
}
