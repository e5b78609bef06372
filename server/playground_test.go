package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
)

// The page's elements (GraphiQL 5) and what they show.
const (
	queryEditor   = ".graphiql-query-editor .monaco-editor"
	headersTab    = `button[data-name="headers"]`
	headersEditor = `section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)`
	runButton     = ".graphiql-execute-button"
	docsButton    = `button[aria-label="Show Documentation Explorer"]`
	docsQueryType = ".graphiql-doc-explorer-root-type + a" // "query: Query"
	responseText  = `document.querySelector('.graphiql-response .view-lines')?.innerText.replace(/\u00a0/g, ' ')`
	docsText      = `document.querySelector('.graphiql-doc-explorer')?.innerText`
	headersText   = `document.querySelector('section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden) .view-lines')?.innerText.replace(/\u00a0/g, ' ')`
	// every value the page keeps in the browser's storage, and its cookies
	storedText = `JSON.stringify({local: {...localStorage}, session: {...sessionStorage}, cookies: document.cookie})`
)

// TestPlaygroundInChromium opens GraphiQL in headless Chromium through the real handler
// with every host but the service unreachable: the schema shows in the docs explorer,
// queries run with and without an API key from the Headers pane, the key is in none of
// the browser's storage (and gone after a reload), and the network log shows no request
// leaving the service.
func TestPlaygroundInChromium(t *testing.T) {
	a := shared(t)
	b := browsertest.New(t, a.url)

	b.Do(t, "open /playground", chromedp.Navigate(a.url+"/playground"), chromedp.WaitVisible(chromedp.CSS(queryEditor)))
	for _, v := range b.Axe(t) {
		t.Logf("GraphiQL (third-party UI) breaks WCAG 2.1 AA: %s", v)
	}
	b.Screenshot(t, "playground-desktop")

	// the schema, read by introspection from the service
	b.Do(t, "open the docs explorer", chromedp.Click(chromedp.CSS(docsButton)), chromedp.WaitVisible(chromedp.CSS(docsQueryType)))
	b.WaitFor(t, "root types", docsText, "Mutation")
	b.Do(t, "open the query type", chromedp.Click(chromedp.CSS(docsQueryType)))
	b.WaitFor(t, "fields of Query", docsText, "quartiere")
	b.WaitFor(t, "field descriptions", docsText, "Quartiere (neighbourhoods")

	// the welcome query with a key in the Headers pane
	header := fmt.Sprintf(`{"Authorization": "Bearer %s"}`, a.token)
	b.Do(t, "open the Headers pane", chromedp.Click(chromedp.CSS(headersTab)))
	typeInto(t, b, headersEditor, header)
	// GraphiQL copies the editor into the tab 100 ms after the last change (and from the
	// tab into its history when the query runs): run as a person would, a moment later
	b.Do(t, "pause", chromedp.Sleep(500*time.Millisecond))
	b.Do(t, "run with the key", chromedp.Click(chromedp.CSS(runButton)))
	b.WaitFor(t, "answer with the key", responseText, `"role": "SERVICESTELLE"`)

	// GraphiQL has written its history (the run with the key) and its tabs; neither
	// holds the key
	b.WaitFor(t, "history stored", `localStorage.getItem('graphiql:queries')`, "viewer")
	b.Do(t, "let GraphiQL store its tabs", chromedp.Sleep(time.Second)) // it debounces by 500 ms
	stored := browsertest.Eval[string](t, b, storedText)
	if !strings.Contains(stored, "graphiql:tabState") {
		t.Errorf("GraphiQL stored no tabs, so the check below proves nothing: %s", stored)
	}
	if strings.Contains(stored, a.token) {
		t.Errorf("the API key is in the browser's storage: %s", stored)
	}

	// a reload keeps the queries and forgets the key
	b.Do(t, "reload", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(queryEditor)))
	b.Do(t, "show the headers", chromedp.Click(chromedp.CSS(headersTab)), chromedp.WaitVisible(chromedp.CSS(headersEditor+" .view-lines")))
	if h := strings.TrimSpace(browsertest.Eval[string](t, b, headersText)); h != "" {
		t.Errorf("after a reload the Headers pane still shows %q", h)
	}
	b.Do(t, "run after the reload", chromedp.Click(chromedp.CSS(runButton)))
	b.WaitFor(t, "anonymous answer after the reload", responseText, `"authenticated": false`)
	if !strings.Contains(browsertest.Eval[string](t, b, storedText), "viewer") {
		t.Error("the queries did not survive the reload")
	}

	for _, path := range []string{"/assets/", "/query"} {
		if !b.Requested(path) {
			t.Errorf("the network log has no request to %s: the page did not work through the service", path)
		}
	}
	b.CheckStayedHome(t)
}

// TestChromiumGuardSeesForeignRequests shows that the browser tests can fail: a page
// that loads a script, a style and a font from other hosts (as GraphiQL from a CDN
// did) is caught by the network guard.
func TestChromiumGuardSeesForeignRequests(t *testing.T) {
	page := `<!doctype html><html><head><title>CDN</title>
<link rel="stylesheet" href="https://fonts.googleapis.invalid/css2?family=Roboto">
<script src="https://cdn.invalid/react.production.min.js"></script></head>
<body><p>Seite mit fremden Quellen</p><img src="http://203.0.113.7/pixel.png" alt=""></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
	defer srv.Close()
	b := browsertest.New(t, srv.URL)
	b.Do(t, "open the page", chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS("p")))
	escapes := strings.Join(b.Escapes(), "\n")
	for _, host := range []string{"fonts.googleapis.invalid", "cdn.invalid", "203.0.113.7"} {
		if !strings.Contains(escapes, host) {
			t.Errorf("the request to %s was not caught; the guard reported:\n%s", host, escapes)
		}
	}
	_, blocked, _ := b.Log()
	if len(blocked) < 3 {
		t.Errorf("the guard failed %d requests, want 3: %v", len(blocked), blocked)
	}
}

// typeInto types text into a Monaco editor of the page as a person would: a click into
// it, then the text. The editor takes keyboard focus a moment after the click (and
// after it has loaded), so this waits for the focus and for the text, and tries again
// when the text did not arrive.
func typeInto(t *testing.T, b *browsertest.Browser, editor, text string) {
	t.Helper()
	textarea := editor + " textarea"
	shown := fmt.Sprintf("document.querySelector(%q)?.innerText.replace(/\u00a0/g, ' ')", editor+" .view-lines")
	wantJS, _ := json.Marshal(text)
	var last error
	for try := range 3 {
		if try > 0 {
			t.Logf("typing into %s: %v; again", editor, last)
		}
		ctx, cancel := context.WithTimeout(b.Context(), 10*time.Second)
		last = nil
		for _, step := range []struct {
			name   string
			action chromedp.Action[chromedp.Void]
		}{
			{"wait for the editor", chromedp.WaitReady(chromedp.CSS(textarea))},
			{"click", chromedp.Click(chromedp.CSS(editor))},
			// a click while the pane still slides open can miss: then the next try
			{"wait for the focus", chromedp.Poll[chromedp.Void](fmt.Sprintf("document.activeElement?.matches(%q)", textarea),
				chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(3*time.Second))},
			{"insert the text", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
				return err
			})},
			{"wait for the text", chromedp.Poll[chromedp.Void](fmt.Sprintf("String(%s ?? '').includes(%s)", shown, wantJS),
				chromedp.WithPollingInterval(50*time.Millisecond))},
		} {
			if err := chromedp.Do(ctx, step.action); err != nil {
				last = fmt.Errorf("%s: %w", step.name, err)
				break
			}
		}
		cancel()
		if last == nil {
			return
		}
	}
	got, _ := chromedp.Run(b.Context(), chromedp.Evaluate[string](fmt.Sprintf("String(%s ?? '')", shown)))
	t.Fatalf("typing into %s: %v; it shows %q", editor, last, got)
}

// TestPlaygroundAssets: the page names only the service's own files, each is served with
// its type, long caching and gzip, nothing else under /assets/ is, and the policy that
// keeps the browser at home comes with the page and its scripts.
func TestPlaygroundAssets(t *testing.T) {
	a := shared(t)
	page := httpGet(t, a.url+"/playground", nil)
	if page.status != http.StatusOK {
		t.Fatalf("/playground: %d", page.status)
	}
	if csp := page.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("/playground: Content-Security-Policy %q", csp)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page.body, -1)
	var assets []string
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue
		}
		if !strings.HasPrefix(ref, "../assets/") {
			t.Errorf("the page refers to %q, not to a file of the service", ref)
			continue
		}
		assets = append(assets, "/assets/"+strings.TrimPrefix(ref, "../assets/"))
	}
	if len(assets) < 2 {
		t.Fatalf("the page names %d assets (%v), want its script and its style", len(assets), refs)
	}
	assets = append(assets, "/assets/third-party-licenses.txt")
	for _, path := range assets {
		r := httpGet(t, a.url+path, map[string]string{"Accept-Encoding": "gzip"})
		if r.status != http.StatusOK {
			t.Errorf("%s: %d", path, r.status)
			continue
		}
		want := map[string]string{".js": "text/javascript", ".css": "text/css", ".txt": "text/plain"}[path[strings.LastIndex(path, "."):]]
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, want) {
			t.Errorf("%s: Content-Type %q, want %s", path, ct, want)
		}
		if ce := r.header.Get("Content-Encoding"); ce != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want gzip", path, ce)
		}
		if cc := r.header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q", path, cc)
		}
		if csp := r.header.Get("Content-Security-Policy"); csp == "" {
			t.Errorf("%s: no Content-Security-Policy (web workers take the policy of their script)", path)
		}
	}
	if lic := httpGet(t, a.url+"/assets/third-party-licenses.txt", nil).body; !strings.Contains(lic, "Name: graphiql") || !strings.Contains(lic, "Fira Code") {
		t.Errorf("the licence file lacks GraphiQL or the fonts: %.300s", lic)
	}
	for _, path := range []string{"/assets/", "/assets/nicht-da.js", "/assets/../go.mod", "/assets/%2e%2e/web.go", "/assets/playground/index.html"} {
		// 404, or the router's redirect to the cleaned path for "..", never a file
		if r := httpGet(t, a.url+path, nil); r.status != http.StatusNotFound && r.status != http.StatusTemporaryRedirect {
			t.Errorf("%s: %d, want 404", path, r.status)
		}
	}
	// without GraphiQL only the dashboard's files are served
	off := newTestApp(t, map[string]string{"PLAYGROUND": "false", "SEED": "false"})
	if r := httpGet(t, off.url+assets[0], nil); r.status != http.StatusNotFound {
		t.Errorf("with PLAYGROUND=false %s answers %d, want 404", assets[0], r.status)
	}
	dashboard := httpGet(t, off.url+"/dashboard/", nil)
	if n := strings.Count(dashboard.body, `="../assets/`); dashboard.status != http.StatusOK || n < 2 {
		t.Errorf("with PLAYGROUND=false /dashboard/ answers %d naming %d assets", dashboard.status, n)
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="\.\./assets/([^"]+)"`).FindAllStringSubmatch(dashboard.body, -1) {
		if r := httpGet(t, off.url+"/assets/"+m[1], nil); r.status != http.StatusOK {
			t.Errorf("with PLAYGROUND=false the dashboard's /assets/%s answers %d", m[1], r.status)
		}
	}
}

type response struct {
	status int
	header http.Header
	body   string
}

// httpGet sends a GET with the headers; the body is read as sent (not decompressed).
func httpGet(t *testing.T, url string, headers map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, string(body)}
}
