package main

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// keyIDOf is the ID of the key token.
func keyIDOf(t testing.TB, token string) string {
	t.Helper()
	id, _, ok := drehscheibe.ParseToken(token)
	if !ok {
		t.Fatalf("not a token: %.8s…", token)
	}
	return string(id)
}

// keySession signs b in with key and returns the session's CSRF header.
func keySession(t testing.TB, b *webClient, key string) map[string]string {
	t.Helper()
	if r := b.signInWithKey(t, key, "/auth/session"); r.Status != http.StatusSeeOther {
		t.Fatalf("sign-in with a valid key: %d %s", r.Status, r.Body)
	}
	s := b.session(t)
	if !s.SignedIn || s.CSRFToken == "" {
		t.Fatalf("after the sign-in: %+v", s)
	}
	return map[string]string{csrfHeader: s.CSRFToken}
}

// checkNoSecret fails when any answer b received, or the app's log, holds one of
// secrets.
func checkNoSecret(t testing.TB, a *testApp, b *webClient, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(b.transcript.String(), s) {
			t.Errorf("an answer holds the secret %.12s…", s)
		}
		if strings.Contains(a.logs.String(), s) {
			t.Errorf("the log holds the secret %.12s…", s)
		}
	}
}

// TestKeySignIn walks the API-key sign-in as a browser does: the form, the session
// cookie, GraphQL with the CSRF token (and without it, with a wrong one, from another
// site), the audit trail, sign-out; the key is in no answer, cookie or log.
func TestKeySignIn(t *testing.T) {
	a := shared(t)
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle, Name: "Sitzung Servicestelle"})
	b := newWebClient(t, a.url)

	page := b.get(t, "/auth/anmelden?return=/playground", nil)
	if page.Status != http.StatusOK || !strings.HasPrefix(page.Header.Get("Content-Type"), "text/html") ||
		!strings.Contains(page.Body, `name="key"`) || !strings.Contains(page.Body, `value="/playground"`) ||
		!strings.Contains(page.Body, `<html lang="de">`) || strings.Contains(page.Body, "Konto der Stadt") {
		t.Errorf("sign-in page: %d %s", page.Status, page.Body)
	}
	if csp := page.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "form-action 'self';") {
		t.Errorf("sign-in page policy %q", csp)
	}

	wrong := "dsk.aaaaaaaaaaaaaaaaaaaaaaaaaa.falsch" + "geraten"
	r := b.signInWithKey(t, wrong, "/auth/session")
	if r.Status != http.StatusUnauthorized || !strings.Contains(r.Body, "Der API-Schlüssel ist ungültig.") || r.cookie(sessionCookie) != nil {
		t.Errorf("a wrong key: %d, cookie %v, %s", r.Status, r.cookie(sessionCookie), r.Body)
	}

	r = b.signInWithKey(t, key, "/auth/session")
	c := r.cookie(sessionCookie)
	if r.Status != http.StatusSeeOther || r.location() != "/auth/session" || c == nil {
		t.Fatalf("sign-in: %d → %q, cookie %v", r.Status, r.location(), c)
	}
	if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure || c.MaxAge != 0 || len(c.Value) != 43 {
		t.Errorf("session cookie %+v: want HttpOnly, SameSite=Lax, Path=/, not Secure over plain HTTP, no Max-Age, 256 bits", c)
	}
	s := b.session(t)
	if !s.SignedIn || s.Name != "Sitzung Servicestelle" || s.Role != "SERVICESTELLE" || s.Via != "key" || s.CSRFToken != session.CSRFToken(c.Value) ||
		s.Scope == nil || s.Scope.Themes == nil || s.ExpiresAt == nil || s.ExpiresAt.Sub(time.Now()) > 2*time.Hour || s.ExpiresAt.Sub(time.Now()) < time.Hour {
		t.Errorf("GET /auth/session: %+v", s)
	}
	csrf := map[string]string{csrfHeader: s.CSRFToken}

	if v := b.viewer(t, csrf); !v.Authenticated || deref(v.Role) != "SERVICESTELLE" || deref(v.Name) != "Sitzung Servicestelle" || deref(v.KeyID) != keyIDOf(t, key) {
		t.Errorf("viewer with the CSRF token: %+v", v)
	}
	for name, h := range map[string]map[string]string{
		"no CSRF token":                nil,
		"a wrong CSRF token":           {csrfHeader: session.CSRFToken(session.NewSecret())},
		"another origin":               {csrfHeader: s.CSRFToken, "Origin": "https://boese.example"},
		"Sec-Fetch-Site: cross-site":   {csrfHeader: s.CSRFToken, "Sec-Fetch-Site": "cross-site"},
		"Sec-Fetch-Site: same-site":    {csrfHeader: s.CSRFToken, "Sec-Fetch-Site": "same-site"},
		"the token of another session": {csrfHeader: session.CSRFToken(wrong)},
	} {
		want := problemCSRF
		if h["Origin"] != "" || h["Sec-Fetch-Site"] != "" {
			want = problemCrossSite
		}
		if v := b.viewer(t, h); v.Authenticated || deref(v.CredentialProblem) != want {
			t.Errorf("%s: %+v, want anonymous with %q", name, v, want)
		}
		g := b.graphql(t, `{ auditLog(first: 1) { totalCount } }`, nil, h)
		if g.code() != "UNAUTHENTICATED" || !strings.HasSuffix(g.Errors[0].Message, ": "+want) {
			t.Errorf("%s: a protected query answers %+v", name, g.Errors)
		}
	}
	if v := b.viewer(t, map[string]string{csrfHeader: s.CSRFToken, "Sec-Fetch-Site": "same-origin", "Origin": a.url}); !v.Authenticated {
		t.Errorf("from the service's own page: %+v", v)
	}
	get := "/query?query=" + url.QueryEscape(sessionViewerQuery)
	if r := b.get(t, get, nil); strings.Contains(r.Body, `"authenticated":true`) {
		t.Errorf("GET /query with the cookie alone counted as signed in: %s", r.Body)
	}
	if r := b.get(t, get, csrf); !strings.Contains(r.Body, `"authenticated":true`) {
		t.Errorf("GET /query with the cookie and the CSRF token: %s", r.Body)
	}
	// a Bearer key wins over the cookie
	coordinator := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE}}})
	if v := b.viewer(t, map[string]string{csrfHeader: s.CSRFToken, "Authorization": "Bearer " + coordinator}); deref(v.Role) != "COORDINATOR" {
		t.Errorf("Bearer key and cookie: %+v, want the key's role", v)
	}

	// a change through the session is audited under its key
	n := createQuartierAs(t, a, b, csrf)
	if len(n) != 1 || deref(n[0].KeyID) != keyIDOf(t, key) || deref(n[0].ActorName) != "Sitzung Servicestelle" || n[0].Subject != nil {
		t.Errorf("audit entry of the session's change: %+v", n)
	}

	// sign-out needs the CSRF token; the page offers a button with it
	if r := b.send(t, http.MethodPost, "/auth/logout", nil, nil); r.Status != http.StatusForbidden || !strings.Contains(r.Body, "CSRF-Token") || !strings.Contains(r.Body, `"FORBIDDEN"`) {
		t.Errorf("sign-out without the CSRF token: %d %s", r.Status, r.Body)
	}
	confirm := b.get(t, "/auth/logout", nil)
	if !strings.Contains(confirm.Body, `name="csrf" value="`+s.CSRFToken+`"`) || !strings.Contains(confirm.Body, "Sitzung Servicestelle") {
		t.Errorf("GET /auth/logout: %s", confirm.Body)
	}
	old := b.sessionCookie(t)
	r = b.postForm(t, "/auth/logout", url.Values{csrfField: {s.CSRFToken}}, nil)
	if r.Status != http.StatusSeeOther || r.location() != signedOutPath || r.cookie(sessionCookie) == nil || r.cookie(sessionCookie).MaxAge >= 0 {
		t.Errorf("sign-out: %d → %q, cookie %v", r.Status, r.location(), r.cookie(sessionCookie))
	}
	if p := b.get(t, r.location(), nil); !strings.Contains(p.Body, "Sie sind abgemeldet.") {
		t.Errorf("after the sign-out: %s", p.Body)
	}
	if s := b.session(t); s.SignedIn {
		t.Errorf("still signed in: %+v", s)
	}
	// the old cookie, sent again, is dead
	replay := map[string]string{"Cookie": sessionCookie + "=" + old, csrfHeader: s.CSRFToken}
	if v := b.viewer(t, replay); v.Authenticated || !strings.Contains(deref(v.CredentialProblem), "abgelaufen oder wurde beendet") {
		t.Errorf("the signed-out cookie: %+v", v)
	}
	checkNoSecret(t, a, b, key, wrong)
}

// TestSignInReturnStaysLocal: after the sign-in the browser goes to the address it
// came from, when that is a page of the service, and to the dashboard otherwise.
func TestSignInReturnStaysLocal(t *testing.T) {
	a := shared(t)
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle})
	b := newWebClient(t, a.url)
	for ret, want := range map[string]string{
		"/playground?tab=2#ergebnis":    "/playground?tab=2#ergebnis",
		"/dashboard/campus/kc_x":        "/dashboard/campus/kc_x",
		"":                              defaultReturn,
		"//boese.example/anmelden":      defaultReturn,
		"https://boese.example/":        defaultReturn,
		"/\\boese.example":              defaultReturn,
		"/\t/boese.example":             defaultReturn,
		"/\n/boese.example":             defaultReturn,
		"javascript:alert(1)":           defaultReturn,
		"boese.example":                 defaultReturn,
		"http:/boese.example":           defaultReturn,
		"/" + strings.Repeat("a", 1100): defaultReturn,
	} {
		r := b.signInWithKey(t, key, ret)
		if r.Status != http.StatusSeeOther || r.location() != want {
			t.Errorf("return %.40q: %d → %q, want %q", ret, r.Status, r.location(), want)
		}
		page := b.get(t, "/auth/anmelden?return="+url.QueryEscape(ret), nil)
		if hidden := `name="return" value="` + defaultReturn + `"`; want == defaultReturn && !strings.Contains(page.Body, hidden) {
			t.Errorf("sign-in page for return %.40q offers another return: %s", ret, page.Body)
		}
	}
}

// TestRevokedKeyEndsItsSessions: a session begun with a key is as good as the key.
func TestRevokedKeyEndsItsSessions(t *testing.T) {
	a := shared(t)
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle, Name: "Bald widerrufen"})
	b := newWebClient(t, a.url)
	csrf := keySession(t, b, key)
	if v := b.viewer(t, csrf); !v.Authenticated {
		t.Fatalf("before the revocation: %+v", v)
	}
	const revoke = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { active } userErrors { message } } }`
	if errs := a.mutate(t, "revokeApiKey", revoke, map[string]any{"id": keyIDOf(t, key)}, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	if v := b.viewer(t, csrf); v.Authenticated || deref(v.CredentialProblem) != "Die Sitzung ist beendet: Der API-Schlüssel wurde widerrufen" {
		t.Errorf("after the revocation: %+v", v)
	}
	if s := b.session(t); s.SignedIn {
		t.Errorf("GET /auth/session after the revocation: %+v", s)
	}
}

// TestSessionExpiry: a session ends after SESSION_IDLE without use and after
// SESSION_MAX_AGE in any case (the clock is moved, nothing waits).
func TestSessionExpiry(t *testing.T) {
	a := newTestApp(t, map[string]string{"SESSION_IDLE": "2h", "SESSION_MAX_AGE": "6h"})
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle})
	clock := a.app.signin.clock

	idle := newWebClient(t, a.url)
	csrf := keySession(t, idle, key)
	clock.advance(119 * time.Minute)
	if v := idle.viewer(t, csrf); !v.Authenticated {
		t.Fatalf("1 h 59 min after the sign-in: %+v", v)
	}
	clock.advance(119 * time.Minute) // used 1 h 59 min ago: still there
	if v := idle.viewer(t, csrf); !v.Authenticated {
		t.Fatalf("1 h 59 min after the last use: %+v", v)
	}
	clock.advance(2 * time.Hour)
	if v := idle.viewer(t, csrf); v.Authenticated || !strings.Contains(deref(v.CredentialProblem), "abgelaufen") {
		t.Errorf("2 h after the last use: %+v", v)
	}
	if s := idle.session(t); s.SignedIn {
		t.Errorf("GET /auth/session after the idle timeout: %+v", s)
	}

	busy := newWebClient(t, a.url)
	csrf = keySession(t, busy, key)
	for range 3 {
		clock.advance(110 * time.Minute)
		if v := busy.viewer(t, csrf); !v.Authenticated {
			t.Fatalf("a session used every 110 minutes ended: %+v", v)
		}
	}
	clock.advance(31 * time.Minute) // 6 h 1 min after the sign-in
	if v := busy.viewer(t, csrf); v.Authenticated {
		t.Errorf("a session older than SESSION_MAX_AGE: %+v", v)
	}
}

// TestSessionsSurviveARestart: sessions live in the database.
func TestSessionsSurviveARestart(t *testing.T) {
	dir := t.TempDir()
	a := newTestApp(t, map[string]string{"DATA_DIR": dir})
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle})
	b := newWebClient(t, a.url)
	csrf := keySession(t, b, key)
	if err := a.stop(); err != nil {
		t.Fatal(err)
	}
	again := newTestApp(t, map[string]string{"DATA_DIR": dir})
	b.base = again.url // cookies go with the host, whatever the port
	if v := b.viewer(t, csrf); !v.Authenticated {
		t.Errorf("after the restart: %+v", v)
	}
}

// TestKeySignInRefusals: failed keys count towards the limit per address (valid keys
// still pass), the form takes only same-site forms, and AUTH_API_KEY_SIGNIN=false
// removes it.
func TestKeySignInRefusals(t *testing.T) {
	a := newTestApp(t, map[string]string{"AUTH_FAILURES": "2", "AUTH_FAILURE_INTERVAL": "1h"})
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle})
	b := newWebClient(t, a.url)
	for i := range 3 {
		r := b.signInWithKey(t, "dsk.falsch.falsch", "/")
		want := http.StatusUnauthorized
		if i == 2 {
			want = http.StatusTooManyRequests
		}
		if r.Status != want {
			t.Errorf("wrong key %d: %d, want %d", i+1, r.Status, want)
		}
		if i == 2 && (r.Header.Get("Retry-After") == "" || !strings.Contains(r.Body, "Zu viele fehlgeschlagene Anmeldungen")) {
			t.Errorf("the refusal does not say when to try again: %v %s", r.Header, r.Body)
		}
	}
	if r := b.signInWithKey(t, key, "/auth/session"); r.Status != http.StatusSeeOther {
		t.Errorf("a valid key past the limit: %d", r.Status)
	}
	if r := b.postForm(t, "/auth/key", url.Values{"key": {key}}, map[string]string{"Origin": "https://boese.example"}); r.Status != http.StatusForbidden || !strings.Contains(r.Body, "fremden Seiten") {
		t.Errorf("a sign-in form on another site: %d %s", r.Status, r.Body)
	}
	if r := b.send(t, http.MethodPost, "/auth/key", strings.NewReader(`{"key":"x"}`), map[string]string{"Content-Type": "application/json"}); r.Status != http.StatusUnsupportedMediaType {
		t.Errorf("JSON to the form: %d %s", r.Status, r.Body)
	}
	if r := b.signInWithKey(t, "", "/"); r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "Bitte den API-Schlüssel eingeben") {
		t.Errorf("an empty key: %d %s", r.Status, r.Body)
	}
	checkNoSecret(t, a, b, key)

	off := newTestApp(t, map[string]string{"AUTH_API_KEY_SIGNIN": "false"})
	b = newWebClient(t, off.url)
	if p := b.get(t, signinPath, nil); p.Status != http.StatusOK || strings.Contains(p.Body, `name="key"`) || !strings.Contains(p.Body, "nicht eingerichtet") {
		t.Errorf("sign-in page with the key form off: %s", p.Body)
	}
	if r := b.signInWithKey(t, off.token, "/"); r.Status != http.StatusNotFound || !strings.Contains(r.Body, "Die Anmeldung mit API-Schlüssel ist abgeschaltet") {
		t.Errorf("POST /auth/key with the key form off: %d %s", r.Status, r.Body)
	}
	if v := b.viewer(t, map[string]string{"Authorization": "Bearer " + off.token}); !v.Authenticated {
		t.Errorf("Bearer keys must work with the key form off: %+v", v)
	}
}

// TestSessionCookieSecureBehindTLS: the cookie is Secure when the browser came over
// TLS, which only a trusted proxy can say (X-Forwarded-Proto).
func TestSessionCookieSecureBehindTLS(t *testing.T) {
	a := newTestApp(t, map[string]string{"TRUSTED_PROXIES": "127.0.0.1"})
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle})
	b := newWebClient(t, a.url)
	for proto, secure := range map[string]bool{"https": true, "http": false, "": false, "http, https": true, "https, http": false} {
		h := map[string]string{}
		if proto != "" {
			h["X-Forwarded-Proto"] = proto
		}
		r := b.postForm(t, "/auth/key", url.Values{"key": {key}}, h)
		if c := r.cookie(sessionCookie); c == nil || c.Secure != secure {
			t.Errorf("X-Forwarded-Proto %q from a trusted proxy: cookie %+v, want Secure %v", proto, c, secure)
		}
	}
	// from anybody else the header counts for nothing
	untrusted := newWebClient(t, shared(t).url)
	r := untrusted.postForm(t, "/auth/key", url.Values{"key": {shared(t).token}}, map[string]string{"X-Forwarded-Proto": "https"})
	if c := r.cookie(sessionCookie); c == nil || c.Secure {
		t.Errorf("X-Forwarded-Proto from a client: cookie %+v, want one without Secure", c)
	}
}

// TestSessionEndpointAcrossSites: GET /auth/session tells the CSRF token only to the
// service's own pages (and to the person's own navigation), never to a script of
// another site.
func TestSessionEndpointAcrossSites(t *testing.T) {
	a := shared(t)
	b := newWebClient(t, a.url)
	keySession(t, b, a.token)
	for name, c := range map[string]struct {
		header map[string]string
		status int
	}{
		"a script of another site":     {map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"}, http.StatusForbidden},
		"a script with another Origin": {map[string]string{"Origin": "https://boese.example"}, http.StatusForbidden},
		"the service's own page":       {map[string]string{"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}, http.StatusOK},
		"the person following a link":  {map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, http.StatusOK},
	} {
		r := b.get(t, "/auth/session", c.header)
		if r.Status != c.status || (c.status == http.StatusOK) != strings.Contains(r.Body, "csrfToken") {
			t.Errorf("%s: %d %s", name, r.Status, r.Body)
		}
	}
}
