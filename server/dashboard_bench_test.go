package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/web"
)

// BenchmarkDashboardFirstLoad measures the dashboard in headless Chromium on loopback,
// against the real service on the embedded database with the demo data: each role's
// start page and a need with its recommendations, loaded with the browser's cache off
// (a first visit) until the page is interactive with its data (it marks itself ready);
// ns/op is that time. It reports the GraphQL requests the page sent and the JS+CSS
// the dashboard loads, as the service sends it (gzip).
//
//	go test ./server -run '^$' -bench DashboardFirstLoad -benchtime 10x
func BenchmarkDashboardFirstLoad(b *testing.B) {
	w, _ := dashboardWorld(b)
	bundle := dashboardBundle(b)
	var need struct {
		Bedarfe struct{ Nodes []struct{ ID string } }
	}
	w.admin().query(b, `query($i: ID!) { bedarfe(filter: {institutionId: $i}, first: 1) { nodes { id } } }`, map[string]any{"i": w.inst1}, &need)
	if len(need.Bedarfe.Nodes) == 0 {
		b.Fatal("institution 1 has no open need")
	}
	campus := drehscheibe.ApiKey{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}}
	pages := []struct {
		name string
		key  drehscheibe.ApiKey
		home string
		path string
	}{
		{"campus", campus, "campus/" + w.campus1, "campus/" + w.campus1},
		{"bedarf", campus, "campus/" + w.campus1, "einrichtung/" + w.inst1 + "/bedarf/" + need.Bedarfe.Nodes[0].ID},
		{"einrichtung", drehscheibe.ApiKey{Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}}, "einrichtung/" + w.inst1, "einrichtung/" + w.inst1},
		{"partner", drehscheibe.ApiKey{Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}}, "partner/" + w.partnerA, "partner/" + w.partnerA},
	}
	// the Servicestelle's desk (docs/dashboard.md)
	servicestelle := drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle}
	for _, page := range []string{"", "/pruefung", "/ueberfaellig", "/luecken", "/foerderung", "/netzwerk", "/schluessel"} {
		pages = append(pages, struct {
			name string
			key  drehscheibe.ApiKey
			home string
			path string
		}{"servicestelle" + page, servicestelle, "servicestelle", "servicestelle" + page})
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			d := newDash(b, w.a)
			d.signIn(w.a.key(b, p.key), dashboardPath+p.home)
			if _, err := chromedp.Call(d.b.Context(), network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
				b.Fatal(err)
			}
			path := dashboardPath + p.path
			queries := 0
			for b.Loop() {
				before := d.queryCount()
				d.b.Do(b, "load "+path, chromedp.Navigate(w.a.url+path))
				d.waitReady(p.name, path)
				queries = d.queryCount() - before
			}
			b.ReportMetric(float64(queries), "queries/page")
			b.ReportMetric(float64(bundle)/1000, "kB-js+css-gzip")
		})
	}
}

// dashboardAssets are the scripts and styles the dashboard's page loads.
var dashboardAssets = regexp.MustCompile(`(?:src|href)="\.\./assets/([^"]+\.(?:js|css))"`)

// dashboardBundle is the size of the dashboard's JS and CSS as the service sends them
// to a browser that accepts gzip.
func dashboardBundle(t testing.TB) int {
	t.Helper()
	html, err := web.Page("dashboard/")
	if err != nil {
		t.Fatal(err)
	}
	assets := web.Assets("/assets/", nil)
	total := 0
	for _, m := range dashboardAssets.FindAllSubmatch(html, -1) {
		r := httptest.NewRequest(http.MethodGet, "/assets/"+string(m[1]), nil)
		r.Header.Set("Accept-Encoding", "gzip")
		rec := httptest.NewRecorder()
		assets.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: %d, %q", m[1], rec.Code, rec.Header().Get("Content-Encoding"))
		}
		n, _ := io.Copy(io.Discard, rec.Body)
		total += int(n)
	}
	if total == 0 {
		t.Fatal("the dashboard's page names no scripts or styles")
	}
	return total
}

// TestDashboardBundleSize: the dashboard's JS and CSS stay within 250 kB gzipped
// (GraphiQL is a page of its own and does not count).
func TestDashboardBundleSize(t *testing.T) {
	if n := dashboardBundle(t); n > 250_000 {
		t.Errorf("the dashboard loads %d bytes of JS and CSS gzipped, more than 250 kB", n)
	} else {
		t.Logf("JS+CSS gzipped: %.1f kB", float64(n)/1000)
	}
}
