package browsertest

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAxeFindsViolations shows that the accessibility check can fail: a page with an
// image without a text alternative and a field without a label breaks two rules, and
// the same page with both fixed breaks none.
func TestAxeFindsViolations(t *testing.T) {
	pages := map[string]string{
		"/bad":  `<!doctype html><html lang="de"><head><title>t</title></head><body><main><h1>t</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>`,
		"/good": `<!doctype html><html lang="de"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title></head><body><main><h1>t</h1><img alt="Punkt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><label>Name <input type="text"></label></main></body></html>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(pages[r.URL.Path]))
	}))
	defer srv.Close()
	b := New(t, srv.URL)

	b.Do(t, "open the bad page", chromedp.Navigate(srv.URL+"/bad"), chromedp.WaitVisible(chromedp.CSS("h1")))
	var ids []string
	for _, v := range b.Axe(t) {
		ids = append(ids, v.ID)
	}
	for _, want := range []string{"image-alt", "label"} {
		if !slices.Contains(ids, want) {
			t.Errorf("axe did not report %s; it reported %v", want, ids)
		}
	}
	b.Do(t, "open the good page", chromedp.Navigate(srv.URL+"/good"), chromedp.WaitVisible(chromedp.CSS("h1")))
	b.CheckAccessible(t, "the fixed page")
	b.SetViewport(t, Phone)
	if w := Eval[int](t, b, "window.innerWidth"); w != int(Phone.Width) {
		t.Errorf("phone viewport: the page is %d px wide, want %d", w, Phone.Width)
	}
	b.Screenshot(t, "good-phone")
	b.CheckStayedHome(t)
}
