package main

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"

	"github.com/rs/zerolog/hlog"
)

// The sign-in pages are rendered here, in German, without a script, with one
// stylesheet of the service: accessible by keyboard and screen reader (WCAG 2.1 AA),
// usable at a phone's width.
const (
	signinPath = "/auth/anmelden"
	stylePath  = "/auth/stil.css"
)

// page is what one of the sign-in pages shows.
type page struct {
	Title string
	// Status is a note (role=status), Error what went wrong (role=alert).
	Status, Error string
	// Text are paragraphs, Links the ways on.
	Text  []string
	Links []pageLink

	// the sign-in page: the return address, the ways to sign in, who is signed in
	SignIn     bool
	Return     string
	OIDC       bool
	KeyForm    bool
	SignedInAs string

	// the sign-out page: the session's CSRF token (empty: not signed in)
	SignOut bool
	CSRF    string

	// formTarget is an origin besides the service's a form may lead to (the identity
	// provider's sign-out).
	formTarget string
}

type pageLink struct{ Href, Text string }

var pageTemplate = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} – Drehscheibe</title>
<link rel="stylesheet" href="` + stylePath + `">
<link rel="icon" href="data:,">
</head>
<body>
<header class="kopf"><p class="marke"><span class="name">Drehscheibe</span> <span class="zusatz">Bildungspartnerschaften Dortmund</span></p></header>
<main>
<h1>{{.Title}}</h1>
{{- if .Status}}
<p class="hinweis" role="status">{{.Status}}</p>
{{- end}}
{{- if .Error}}
<div class="fehler" role="alert" id="fehler"><p>{{.Error}}</p></div>
{{- end}}
{{- range .Text}}
<p>{{.}}</p>
{{- end}}
{{- if .SignIn}}
{{- if .SignedInAs}}
<p class="hinweis">Sie sind angemeldet als {{.SignedInAs}}. <a href="{{.Return}}">Weiter</a> oder <a href="/auth/logout">abmelden</a>.</p>
{{- end}}
{{- if .OIDC}}
<section aria-labelledby="stadt">
<h2 id="stadt">Mit dem Konto der Stadt</h2>
<p>Für Beschäftigte der Stadt Dortmund und alle, die ein Konto beim Anmeldedienst der Stadt haben.</p>
<p><a class="knopf" href="/auth/login?return={{.Return}}">Mit dem Konto der Stadt anmelden</a></p>
</section>
{{- end}}
{{- if .KeyForm}}
<section aria-labelledby="schluessel">
<h2 id="schluessel">Mit API-Schlüssel</h2>
<form method="post" action="/auth/key">
<input type="hidden" name="return" value="{{.Return}}">
<label for="key">API-Schlüssel</label>
<p class="hilfe" id="key-hilfe">Beginnt mit „dsk.“. Sie erhalten ihn von der Servicestelle Bildungspartnerschaften. Er dient nur der Anmeldung und wird nicht im Browser gespeichert.</p>
<input id="key" name="key" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" required
 aria-describedby="key-hilfe{{if .Error}} fehler{{end}}"{{if .Error}} aria-invalid="true" autofocus{{end}}>
<button type="submit">Anmelden</button>
</form>
</section>
{{- end}}
{{- if not (or .OIDC .KeyForm)}}
<p>Die Anmeldung im Browser ist für diesen Dienst nicht eingerichtet.</p>
{{- end}}
{{- end}}
{{- if .SignOut}}
{{- if .CSRF}}
<form method="post" action="/auth/logout">
<input type="hidden" name="` + csrfField + `" value="{{.CSRF}}">
<button type="submit">Abmelden</button>
</form>
{{- else}}
<p>Sie sind nicht angemeldet.</p>
{{- end}}
{{- end}}
{{- if .Links}}
<ul class="wege">
{{- range .Links}}
<li><a href="{{.Href}}">{{.Text}}</a></li>
{{- end}}
</ul>
{{- end}}
</main>
</body>
</html>
`))

// pageStyle is the stylesheet of the sign-in pages: system fonts, contrast of at least
// 4.5:1, a visible focus, nothing wider than the screen.
const pageStyle = `*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:100%;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
.kopf{background:#0b3d6e;color:#fff;padding:.75rem 0}
.marke{margin:0 auto;max-width:40rem;padding:0 1rem}
.name{font-weight:700;font-size:1.25rem}
.zusatz{display:inline-block}
main{max-width:40rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:1rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
section{border-top:1px solid #c6c6c6}
a{color:#0b4f91;text-decoration:underline;text-underline-offset:.15em}
a:hover{color:#082f57}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #ffd24d}
label{display:block;font-weight:700;margin-top:1rem}
.hilfe{margin:.25rem 0 .5rem;color:#3d3d3d}
input[type=password]{display:block;width:100%;font:inherit;padding:.6rem .75rem;border:2px solid #5a5a5a;border-radius:4px;background:#fff;color:#1b1b1b}
input[aria-invalid=true]{border-color:#a3101e}
button,.knopf{display:inline-block;font:inherit;font-weight:700;margin-top:1rem;padding:.65rem 1.25rem;min-height:44px;border:2px solid #0b3d6e;border-radius:4px;background:#0b3d6e;color:#fff;text-decoration:none;cursor:pointer}
button:hover,.knopf:hover{background:#082f57;color:#fff}
.hinweis{padding:.75rem 1rem;border-left:4px solid #0b4f91;background:#eef4fb}
.fehler{padding:.25rem 1rem;border:2px solid #a3101e;border-left-width:6px;background:#fdf0f1;color:#7a0c16}
.wege{padding-left:1.25rem}
.wege li{margin:.5rem 0}
`

// pagePolicyFor is the content security policy of a sign-in page: nothing but the
// stylesheet is loaded (the icon is an empty data: URL, so the browser asks for no
// favicon), forms go to the service (and to target, the provider's
// sign-out, when given).
func pagePolicyFor(target string) string {
	action := "'self'"
	if target != "" {
		action += " " + target
	}
	return "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action " + action +
		"; base-uri 'none'; frame-ancestors 'none'"
}

// render writes p with status.
func (s *signin) render(w http.ResponseWriter, r *http.Request, status int, p page) {
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, p); err != nil {
		hlog.FromRequest(r).Error().Err(err).Msg("sign-in page not rendered")
		http.Error(w, "Die Seite konnte nicht erstellt werden.", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pagePolicyFor(p.formTarget))
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// message renders a page that says what happened and offers to sign in again.
func (s *signin) message(w http.ResponseWriter, r *http.Request, status int, title string, text ...string) {
	s.render(w, r, status, page{Title: title, Text: text, Links: []pageLink{{signinPath, "Zur Anmeldung"}}})
}

func serveStyle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(pageStyle))
	}
}

// origin is the scheme and host of an absolute URL ("" for anything else).
func origin(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
