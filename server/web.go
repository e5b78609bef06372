package main

import (
	"bytes"
	"net/http"
	"regexp"
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/web"
)

// pagePolicy is the Content-Security-Policy of every page of the web build: the browser
// loads and connects to nothing but this service (and the data: URLs of the bundled
// fonts). Styles may be inline because the editor (Monaco) injects its own.
const pagePolicy = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; manifest-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// appPolicy is the policy of the dashboard: like pagePolicy, without inline styles or
// workers, and with the <base> the page is served with.
const appPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; " +
	"font-src 'self'; img-src 'self' data:; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// assetsPath is where the pages' scripts, styles and fonts are served (web/dist/assets).
const assetsPath = "/assets/"

// mountWebPages serves pages of the web build (web/) at /<name> and, when there is any,
// the files they load at /assets/. A name ending in a slash ("dashboard/") is an app
// with routes of its own: its page answers every path below it.
func mountWebPages(mux *http.ServeMux, names ...string) {
	for _, name := range names {
		html, err := web.Page(name)
		if err != nil {
			panic("the web build has no page " + name + ": " + err.Error())
		}
		if strings.HasSuffix(name, "/") {
			mux.Handle("GET /"+name, withPolicy(appPolicy, appPage("/"+name, html)))
			continue
		}
		mux.Handle("GET /"+name, withPagePolicy(webPage(html)))
	}
	if len(names) > 0 {
		// the policy goes with the scripts too: a web worker has the policy of its script
		mux.Handle("GET "+assetsPath, withPagePolicy(web.Assets(assetsPath, served(names))))
	}
}

// pageAssets finds the files of dist/assets a page's HTML names.
var pageAssets = regexp.MustCompile(`(?:src|href)="\.\./assets/([^"/]+)"`)

// served tells which files under /assets/ the pages need: with GraphiQL every file (its
// editor loads chunks and workers on demand), otherwise those the pages name in their
// HTML (the dashboard loads nothing else) and the licences.
func served(names []string) func(string) bool {
	if slices.Contains(names, "playground") {
		return nil
	}
	files := map[string]bool{"third-party-licenses.txt": true}
	for _, name := range names {
		html, _ := web.Page(name)
		for _, m := range pageAssets.FindAllSubmatch(html, -1) {
			files[string(m[1])] = true
		}
	}
	return func(name string) bool { return files[name] }
}

// webPage answers with the page's HTML; it is small and names the hashed assets of the
// current build, so browsers revalidate it while they keep the assets.
func webPage(html []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodHead {
			_, _ = w.Write(html)
		}
	})
}

// appPage answers every path below root with the app's page, whose relative links
// (../assets/…) are resolved from root: a <base> leads from the path asked for back to
// root, relatively, so the app works behind a path prefix too.
func appPage(root string, html []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		depth := strings.Count(strings.TrimPrefix(r.URL.Path, root), "/")
		base := []byte(`<base href="./` + strings.Repeat("../", depth) + `" />`)
		page := bytes.Replace(html, []byte("<head>"), append([]byte("<head>\n    "), base...), 1)
		webPage(page).ServeHTTP(w, r)
	})
}

// withPagePolicy adds the content security policy and sends no referrer.
func withPagePolicy(next http.Handler) http.Handler {
	return withPolicy(pagePolicy, next)
}

// withPolicy adds the content security policy policy and sends no referrer.
func withPolicy(policy string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", policy)
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}
