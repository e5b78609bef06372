package printdoc_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
)

// TestHTMLUnderStrictCSPInChromium serves the page as a caller would — with the
// embedded stylesheet under InlineCSP, and with the linked stylesheet under
// LinkedCSP — and shows in Chromium that the styles and the picture apply, that the
// page breaks no rule of WCAG 2.1 AA and asks nothing of anyone. A policy with
// another hash leaves the page unstyled and is reported, which shows that the check
// can fail.
func TestHTMLUnderStrictCSPInChromium(t *testing.T) {
	browsertest.Chromium(t)
	inline, err := printdoc.HTML(sample(), printdoc.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	linked, err := printdoc.HTML(sample(), printdoc.HTMLOptions{Stylesheet: "/print.css"})
	if err != nil {
		t.Fatal(err)
	}
	wrongCSP := strings.Replace(printdoc.InlineCSP, printdoc.StyleHash, "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='", 1)
	serve := func(body []byte, policy, contentType string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Header().Set("Content-Security-Policy", policy)
			_, _ = w.Write(body)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("GET /inline", serve(inline, printdoc.InlineCSP, "text/html; charset=utf-8"))
	mux.Handle("GET /linked", serve(linked, printdoc.LinkedCSP, "text/html; charset=utf-8"))
	mux.Handle("GET /print.css", serve([]byte(printdoc.CSS), printdoc.LinkedCSP, "text/css; charset=utf-8"))
	mux.Handle("GET /wrong", serve(inline, wrongCSP, "text/html; charset=utf-8"))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	b := browsertest.New(t, srv.URL)

	// the header cells' grey background comes from the stylesheet only
	styled := `getComputedStyle(document.querySelector('thead th')).backgroundColor`
	for _, path := range []string{"/inline", "/linked"} {
		b.Do(t, "open "+path, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(chromedp.CSS("h1")))
		if got := browsertest.Eval[string](t, b, styled); got != "rgb(238, 238, 238)" {
			t.Errorf("%s: the stylesheet does not apply under the policy (header background %s)", path, got)
		}
		if w := browsertest.Eval[int](t, b, `document.querySelector('img').naturalWidth`); w != 120 {
			t.Errorf("%s: the picture did not load under the policy (width %d)", path, w)
		}
		b.CheckAccessible(t, path)
	}

	// printed from the browser: A4 (the stylesheet's @page), page numbers in the margin
	prefer := true
	printed, err := chromedp.Call(b.Context(), page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &prefer})
	if err != nil {
		t.Fatalf("print the page: %v", err)
	}
	if size := printdoctest.Info(t, printed.Data)["Page size"]; !strings.Contains(size, "(A4)") {
		t.Errorf("the browser prints on %s, want A4", size)
	}
	if text := printdoctest.Text(t, printed.Data); !strings.Contains(text, "Seite 1 von 2") || !strings.Contains(text, "1.234,50 €") {
		t.Errorf("the printed page lacks its page numbers or its text:\n%s", text)
	}
	b.SetViewport(t, browsertest.Phone)
	if w := browsertest.Eval[int](t, b, `document.documentElement.scrollWidth`); w > int(browsertest.Phone.Width) {
		t.Errorf("the page is %d px wide, wider than a phone's screen (%d px)", w, browsertest.Phone.Width)
	}
	b.Screenshot(t, "phone")
	b.SetViewport(t, browsertest.Desktop)
	b.Screenshot(t, "desktop")
	b.CheckStayedHome(t)

	b.Do(t, "open /wrong", chromedp.Navigate(srv.URL+"/wrong"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if got := browsertest.Eval[string](t, b, styled); got == "rgb(238, 238, 238)" {
		t.Errorf("the stylesheet applies under a policy with another hash: the policy is not enforced in this test")
	}
}
