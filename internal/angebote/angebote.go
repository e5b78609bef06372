// Package angebote is the public catalogue at /angebote: server-rendered German HTML
// pages (html/template) for parents, partners and staff who are not signed in — a
// search of the published Module with filters, a page per Modul and per partner, a
// sitemap and robots.txt. The pages show what an anonymous caller of the API sees
// (published Module, partners without their contact persons), whatever key a request
// carries; they need no JavaScript, load nothing but one small style sheet of their
// own, and are cached by the catalogue version (ETag, 304).
package angebote

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"html/template"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzhttp"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Prefix is the path the catalogue lives under.
const Prefix = "/angebote"

// policy is the Content-Security-Policy of every page: no script at all, styles and
// images from the service only, forms sent to the service only.
const policy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// maxAge is how long a browser may reuse a page without asking (then it revalidates
// with the ETag and mostly gets 304).
const maxAge = "public, max-age=60"

// Options configure the catalogue.
type Options struct {
	// BaseURL is the service's public address ("https://angebote.dortmund.de"), for
	// canonical links, the sitemap and robots.txt; empty: the address each request
	// was sent to.
	BaseURL string
	// AreaName names the city ("Dortmund").
	AreaName string
}

// Handler serves the public catalogue.
type Handler struct {
	snapshot func() *catalog.Snapshot
	opts     Options
	next     http.Handler
	// stamp is what the pages depend on besides the catalogue version and the base
	// address: the build and the templates and styles it carries.
	stamp string
}

// New returns the catalogue over the catalogue snapshot current at each request.
func New(snapshot func() *catalog.Snapshot, o Options) *Handler {
	o.BaseURL = strings.TrimRight(o.BaseURL, "/")
	if o.AreaName == "" {
		o.AreaName = "Dortmund"
	}
	h := &Handler{snapshot: snapshot, opts: o, stamp: buildStamp()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+Prefix, h.view(h.list))
	mux.Handle("GET "+Prefix+"/{$}", http.RedirectHandler(Prefix, http.StatusMovedPermanently))
	mux.HandleFunc("GET "+Prefix+"/modul/{id}", h.view(h.modul))
	mux.HandleFunc("GET "+Prefix+"/partner/{id}", h.view(h.partner))
	mux.HandleFunc("GET "+sitemapPath, h.view(h.sitemap))
	mux.HandleFunc("GET "+sitemapPartPath+"{part}", h.view(h.sitemapPartOf))
	mux.HandleFunc("GET "+staticPath+"{name}", h.asset)
	mux.HandleFunc(Prefix+"/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, http.StatusNotFound, "Diese Seite gibt es nicht.")
	})
	gzip, err := gzhttp.NewWrapper(gzhttp.SuffixETag(gzipSuffix))
	if err != nil {
		panic("angebote: " + err.Error())
	}
	h.next = gzip(mux)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.next.ServeHTTP(w, r) }

// gzipSuffix marks the ETag of a compressed page (gzhttp adds it).
const gzipSuffix = "-gzip"

// request is what a page is built from: the request and the catalogue as an anonymous
// caller sees it.
type request struct {
	r    *http.Request
	v    *catalog.View
	base string
}

// view wraps a page: the catalogue must be loaded; the page sees it as anonymous.
func (h *Handler) view(serve func(http.ResponseWriter, *request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap := h.snapshot()
		if !snap.Loaded {
			w.Header().Set("Retry-After", "5")
			h.fail(w, r, http.StatusServiceUnavailable, "Der Katalog wird gerade geladen. Bitte versuchen Sie es in einigen Sekunden noch einmal.")
			return
		}
		serve(w, &request{r: r, v: snap.As(drehscheibe.Principal{}), base: h.base(r)})
	}
}

// base is the public address of the service for absolute links.
func (h *Handler) base(r *http.Request) string {
	if h.opts.BaseURL != "" {
		return h.opts.BaseURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if host == "" || strings.ContainsFunc(host, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune(".-:[]", c))
	}) {
		host = "localhost"
	}
	return scheme + "://" + host
}

// etag names what a page is made of: the catalogue version, the build and the base
// address.
func (h *Handler) etag(rq *request) string {
	f := fnv.New64a()
	_, _ = f.Write([]byte(h.stamp + "|" + rq.base))
	return fmt.Sprintf(`"%d-%016x"`, rq.v.Version(), f.Sum64())
}

// notModified sets the caching headers of a page and answers 304 when the client holds
// the page as it is now (If-None-Match names its ETag, compressed or not).
func (h *Handler) notModified(w http.ResponseWriter, rq *request) bool {
	tag := h.etag(rq)
	hd := w.Header()
	hd.Set("Cache-Control", maxAge)
	hd.Set("ETag", tag)
	match := matchingTag(rq.r.Header.Get("If-None-Match"), tag)
	if match == "" {
		return false
	}
	hd.Set("ETag", match)
	w.WriteHeader(http.StatusNotModified)
	return true
}

// matchingTag returns the entity tag of an If-None-Match header that names tag or its
// compressed variant ("" if none does). Tags compare weakly, as If-None-Match asks.
func matchingTag(header, tag string) string {
	if header == "" || len(header) > 4096 {
		return ""
	}
	gz := strings.TrimSuffix(tag, `"`) + gzipSuffix + `"`
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		switch t {
		case tag, gz:
			return t
		case "*":
			return tag
		}
	}
	return ""
}

// pageHeaders are the security headers of every answer.
func pageHeaders(w http.ResponseWriter) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", policy)
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Content-Type-Options", "nosniff")
}

// render writes the page built from tmpl and data with status.
func render(w http.ResponseWriter, r *http.Request, status int, tmpl *template.Template, data any) {
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		pageHeaders(w)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = fmt.Fprintf(w, internalError, template.HTMLEscapeString(w.Header().Get("X-Request-ID")))
		return
	}
	pageHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// internalError is the page of a fault of ours (a template that fails), with the
// request ID to quote.
const internalError = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Interner Fehler</title></head>` +
	`<body><main><h1>Interner Fehler</h1><p>Die Seite konnte nicht erstellt werden. Bitte nennen Sie bei Rückfragen die Anfrage-ID %s.</p>` +
	`<p><a href="` + Prefix + `">Zur Angebotssuche</a></p></main></body></html>`

// fail answers with an error page: status and a German message.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, status int, message string) {
	w.Header().Set("Cache-Control", "no-store")
	render(w, r, status, pages.failure, h.layout(layout{
		Title: statusTitle(status), NoIndex: true, Message: message,
	}))
}

func statusTitle(status int) string {
	switch status {
	case http.StatusNotFound:
		return "Seite nicht gefunden"
	case http.StatusServiceUnavailable:
		return "Gleich wieder da"
	}
	return "Fehler"
}

// buildStamp names the build: its VCS revision when the build has one (so that
// instances of one build share ETags), else the start of this process; and the
// embedded templates and styles.
func buildStamp() string {
	stamp := strconv.FormatInt(time.Now().UnixNano(), 36)
	if info, ok := debug.ReadBuildInfo(); ok {
		rev, modified := "", ""
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" && modified != "true" {
			stamp = rev
		}
	}
	return stamp + "|" + assetsStamp
}
