package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/oauth2-proxy/mockoidc"
)

// testPerson is a person at the mock identity provider: subject, name, the groups of
// the role claim, more claims, and a way to spoil the ID token.
type testPerson struct {
	sub, name string
	groups    []string
	extra     map[string]any
	// groupsInUserInfo leaves the groups out of the ID token (user info only)
	groupsInUserInfo bool
	spoil            func(*mockoidc.IDTokenClaims)
}

func (p *testPerson) ID() string { return p.sub }

func (p *testPerson) Userinfo([]string) ([]byte, error) {
	return json.Marshal(map[string]any{"sub": p.sub, "name": p.name, "groups": p.groups})
}

func (p *testPerson) Claims(_ []string, base *mockoidc.IDTokenClaims) (jwt.Claims, error) {
	if p.spoil != nil {
		p.spoil(base)
	}
	c := &personClaims{IDTokenClaims: base, Name: p.name, Extra: p.extra}
	if !p.groupsInUserInfo {
		c.Groups = p.groups
	}
	return c, nil
}

// personClaims are the claims of a testPerson's ID token.
type personClaims struct {
	*mockoidc.IDTokenClaims
	Name   string
	Groups []string
	Extra  map[string]any
}

func (c *personClaims) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	base, err := json.Marshal(c.IDTokenClaims)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(base, &m); err != nil {
		return nil, err
	}
	m["name"] = c.Name
	if c.Groups != nil {
		m["groups"] = c.Groups
	}
	for k, v := range c.Extra {
		m[k] = v
	}
	return json.Marshal(m)
}

// startIdP runs the mock identity provider on listener ln (any free port when nil);
// with endSession, its discovery names a sign-out endpoint.
func startIdP(t testing.TB, m *mockoidc.MockOIDC, ln net.Listener, endSession bool) *mockoidc.MockOIDC {
	t.Helper()
	if m == nil {
		var err error
		if m, err = mockoidc.NewServer(nil); err != nil {
			t.Fatal(err)
		}
	}
	if endSession {
		if err := m.AddMiddleware(withEndSession(m)); err != nil {
			t.Fatal(err)
		}
	}
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Start(ln, nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Shutdown() })
	return m
}

// withEndSession adds end_session_endpoint to the mock's discovery document.
func withEndSession(m *mockoidc.MockOIDC) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != mockoidc.DiscoveryEndpoint {
				next.ServeHTTP(w, r)
				return
			}
			rec := httptest.NewRecorder()
			next.ServeHTTP(rec, r)
			doc := map[string]any{}
			_ = json.Unmarshal(rec.Body.Bytes(), &doc)
			doc["end_session_endpoint"] = m.Addr() + "/oidc/logout"
			writeJSON(w, http.StatusOK, doc)
		})
	}
}

// testRoleMap maps the mock's groups: the Servicestelle, the Clarenberg campus (its ID
// filled in), partners (with the ID from the drehscheibe_bezug claim).
const testRoleMap = "stadt-servicestelle=SERVICESTELLE,campus-a=CAMPUS_MANAGER:%s,partner=PARTNER"

// oidcApp starts the service with sign-in through m, issuer as given (m's by default).
func oidcApp(t testing.TB, m *mockoidc.MockOIDC, issuer string, env map[string]string) *testApp {
	t.Helper()
	port := freePort(t)
	if issuer == "" {
		issuer = m.Issuer()
	}
	vars := map[string]string{
		"PORT": port, "OIDC_ISSUER": issuer, "OIDC_CLIENT_ID": m.ClientID, "OIDC_CLIENT_SECRET": m.ClientSecret,
		"OIDC_REDIRECT_URL": "http://127.0.0.1:" + port + callbackPath, "OIDC_SCOPE_CLAIM": "drehscheibe_bezug",
		"OIDC_ROLE_MAP": "stadt-servicestelle=SERVICESTELLE,partner=PARTNER",
	}
	for k, v := range env {
		vars[k] = v
	}
	return newTestApp(t, vars)
}

// oidcSignIn signs b in through the provider as person (queued at m) and returns the
// last answer (the return page after a successful sign-in).
func oidcSignIn(t testing.TB, b *webClient, m *mockoidc.MockOIDC, person *testPerson, ret string) webResponse {
	t.Helper()
	m.QueueUser(person)
	return b.follow(t, b.get(t, "/auth/login?return="+url.QueryEscape(ret), nil))
}

func TestOIDCSignIn(t *testing.T) {
	m := startIdP(t, nil, nil, false)
	a := oidcApp(t, m, "", nil)
	b := newWebClient(t, a.url)

	if p := b.get(t, signinPath+"?return=/playground", nil); !strings.Contains(p.Body, `href="/auth/login?return=%2fplayground"`) ||
		!strings.Contains(p.Body, "Mit dem Konto der Stadt anmelden") || !strings.Contains(p.Body, `name="key"`) {
		t.Errorf("the sign-in page offers no sign-in through the city: %s", p.Body)
	}

	// the way to the provider: authorisation code flow, PKCE S256, state, nonce
	m.QueueUser(&testPerson{sub: "sub-erika", name: "Erika Mustermann", groups: []string{"stadt-servicestelle"}})
	r := b.get(t, "/auth/login?return=/auth/session", nil)
	to, _ := url.Parse(r.location())
	q := to.Query()
	if r.Status != http.StatusFound || !strings.HasPrefix(r.location(), m.AuthorizationEndpoint()+"?") || q.Get("response_type") != "code" ||
		q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) != 43 || len(q.Get("state")) != 43 || len(q.Get("nonce")) != 43 ||
		q.Get("client_id") != m.ClientID || q.Get("redirect_uri") != a.url+callbackPath || q.Get("scope") != "openid profile email" {
		t.Fatalf("GET /auth/login: %d → %s", r.Status, r.location())
	}
	if c := r.cookie(loginCookie); c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/auth/" || c.MaxAge != 600 {
		t.Errorf("sign-in cookie %+v", c)
	}
	answer := b.get(t, r.location(), nil) // the provider sends the browser back
	callback := answer.location()
	r = b.get(t, callback, nil)
	if r.Status != http.StatusSeeOther || r.location() != "/auth/session" || r.cookie(sessionCookie) == nil {
		t.Fatalf("the provider's answer: %d → %q %s", r.Status, r.location(), r.Body)
	}
	s := b.session(t)
	if !s.SignedIn || s.Via != "oidc" || s.Name != "Erika Mustermann" || s.Role != "SERVICESTELLE" {
		t.Fatalf("GET /auth/session: %+v", s)
	}
	csrf := map[string]string{csrfHeader: s.CSRFToken}
	if v := b.viewer(t, csrf); !v.Authenticated || deref(v.Name) != "Erika Mustermann" || v.KeyID != nil || deref(v.Role) != "SERVICESTELLE" {
		t.Errorf("viewer: %+v", v)
	}
	if v := b.viewer(t, nil); v.Authenticated {
		t.Errorf("without the CSRF token: %+v", v)
	}
	// the provider's answer counts once
	if again := b.get(t, callback, nil); again.Status != http.StatusBadRequest || !strings.Contains(again.Body, "Anmeldung abgelaufen") {
		t.Errorf("the answer replayed: %d %s", again.Status, again.Body)
	}

	// her change is audited by name and subject
	n := createQuartierAs(t, a, b, csrf)
	if len(n) != 1 || n[0].KeyID != nil || deref(n[0].ActorName) != "Erika Mustermann" || deref(n[0].Subject) != "sub-erika" || n[0].Role != "SERVICESTELLE" {
		t.Errorf("audit entry: %+v", n)
	}

	// sign-out: the provider has no end_session_endpoint, so back to the sign-in page
	r = b.send(t, http.MethodPost, "/auth/logout", nil, csrf)
	var out struct {
		SignedOut bool
		Redirect  string
	}
	if r.Status != http.StatusOK || json.Unmarshal([]byte(r.Body), &out) != nil || !out.SignedOut || out.Redirect != signedOutPath {
		t.Errorf("sign-out: %d %s", r.Status, r.Body)
	}
	if v := b.viewer(t, csrf); v.Authenticated {
		t.Errorf("after the sign-out: %+v", v)
	}
	checkNoSecret(t, a, b, m.ClientSecret)
}

// TestOIDCSignInRefusals: an ID token that does not hold (issuer, audience, expiry,
// nonce), an answer with another state, without the browser's cookie, or of a sign-in
// begun elsewhere, and accounts without a (usable) role: no session, a page that says
// why.
func TestOIDCSignInRefusals(t *testing.T) {
	m := startIdP(t, nil, nil, false)
	a := oidcApp(t, m, "", nil)
	servicestelle := []string{"stadt-servicestelle"}
	for name, c := range map[string]struct {
		person *testPerson
		status int
		text   string
	}{
		"another issuer": {&testPerson{sub: "s1", groups: servicestelle, spoil: func(c *mockoidc.IDTokenClaims) {
			c.Issuer = "http://127.0.0.1:1/oidc"
		}}, http.StatusUnauthorized, "ungültig oder abgelaufen"},
		"another audience": {&testPerson{sub: "s2", groups: servicestelle, spoil: func(c *mockoidc.IDTokenClaims) {
			c.Audience = jwt.ClaimStrings{"fremde-anwendung"}
		}}, http.StatusUnauthorized, "ungültig oder abgelaufen"},
		"expired": {&testPerson{sub: "s3", groups: servicestelle, spoil: func(c *mockoidc.IDTokenClaims) {
			c.IssuedAt, c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(-time.Hour)), jwt.NewNumericDate(time.Now().Add(-time.Minute))
		}}, http.StatusUnauthorized, "ungültig oder abgelaufen"},
		"another nonce": {&testPerson{sub: "s4", groups: servicestelle, spoil: func(c *mockoidc.IDTokenClaims) {
			c.Nonce = "nicht-die-eigene"
		}}, http.StatusUnauthorized, "ungültig oder abgelaufen"},
		"no role":                  {&testPerson{sub: "s5", groups: []string{"engineering", "design"}}, http.StatusForbidden, "Ihr Konto hat keine Rolle in der Drehscheibe"},
		"no groups at all":         {&testPerson{sub: "s6"}, http.StatusForbidden, "Ihr Konto hat keine Rolle in der Drehscheibe"},
		"a partner without its ID": {&testPerson{sub: "s7", groups: []string{"partner"}}, http.StatusForbidden, "Ihr Konto hat die Rolle Partner, aber die Angabe, wofür"},
		"a partner that does not exist": {&testPerson{sub: "s8", groups: []string{"partner"}, extra: map[string]any{"drehscheibe_bezug": "par_aaaaaaaaaaaaaaaaaaaaaaaaaa"}},
			http.StatusForbidden, "gibt es in der Drehscheibe nicht"},
	} {
		b := newWebClient(t, a.url)
		r := oidcSignIn(t, b, m, c.person, "/auth/session")
		if r.Status != c.status || !strings.Contains(r.Body, c.text) || r.cookie(sessionCookie) != nil || b.sessionCookie(t) != "" {
			t.Errorf("%s: %d %s, want %d with %q and no session", name, r.Status, r.Body, c.status, c.text)
		}
		if !strings.Contains(r.Body, `<html lang="de">`) || !strings.Contains(r.Body, `href="/auth/anmelden"`) {
			t.Errorf("%s: not a page with a way on: %s", name, r.Body)
		}
	}

	// the answer with another state, and one without the browser's cookie
	b := newWebClient(t, a.url)
	m.QueueUser(&testPerson{sub: "s9", groups: servicestelle})
	to, _ := url.Parse(b.get(t, "/auth/login", nil).location())
	q := to.Query()
	q.Set("state", "fremder-zustand")
	to.RawQuery = q.Encode()
	if r := b.follow(t, b.get(t, to.String(), nil)); r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "Anmeldung abgelaufen") {
		t.Errorf("another state: %d %s", r.Status, r.Body)
	}
	if r := newWebClient(t, a.url).get(t, callbackPath+"?code=x&state=y", nil); r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "Anmeldung abgelaufen") {
		t.Errorf("an answer without the sign-in cookie: %d %s", r.Status, r.Body)
	}
	// the sign-in began in one browser, the answer comes to another
	first, second := newWebClient(t, a.url), newWebClient(t, a.url)
	m.QueueUser(&testPerson{sub: "s10", groups: servicestelle})
	answer := first.get(t, first.get(t, "/auth/login", nil).location(), nil)
	second.get(t, "/auth/login", nil) // has a sign-in cookie of its own
	if r := second.get(t, answer.location(), nil); r.Status != http.StatusBadRequest || r.cookie(sessionCookie) != nil {
		t.Errorf("the answer to another browser's sign-in: %d %s", r.Status, r.Body)
	}
	// the provider refuses
	m.QueueUser(&testPerson{sub: "s11", groups: servicestelle})
	to, _ = url.Parse(b.get(t, "/auth/login", nil).location())
	refused := a.url + callbackPath + "?error=access_denied&state=" + to.Query().Get("state")
	if r := b.get(t, refused, nil); r.Status != http.StatusUnauthorized || !strings.Contains(r.Body, "abgebrochen oder abgelehnt") {
		t.Errorf("the provider's refusal: %d %s", r.Status, r.Body)
	}
}

// TestOIDCRolesAndScopes: the role map's scope, the scope claim, groups only in the
// user info, and rate limits per person.
func TestOIDCRolesAndScopes(t *testing.T) {
	m := startIdP(t, nil, nil, false)
	shared := shared(t)
	var d struct {
		KindercampusStandorte struct{ Nodes []struct{ ID string } }
		Partners              struct{ Nodes []struct{ ID string } }
	}
	shared.query(t, `{ kindercampusStandorte { nodes { id } } partners(first: 1) { nodes { id } } }`, nil, &d)
	campus, partner := d.KindercampusStandorte.Nodes[0].ID, d.Partners.Nodes[0].ID
	a := oidcApp(t, m, "", map[string]string{
		"OIDC_ROLE_MAP":  strings.Replace(testRoleMap, "%s", campus, 1),
		"RATE_LIMIT_KEY": "0.001", "RATE_BURST_KEY": "3",
	})
	for _, c := range []struct {
		person       *testPerson
		role, entity string
	}{
		{&testPerson{sub: "campus", name: "Clara Campus", groups: []string{"campus-a", "partner"}}, "CAMPUS_MANAGER", campus},
		{&testPerson{sub: "partner", name: "Paul Partner", groups: []string{"partner"}, extra: map[string]any{"drehscheibe_bezug": partner}}, "PARTNER", partner},
		{&testPerson{sub: "userinfo", name: "Uwe Info", groups: []string{"campus-a"}, groupsInUserInfo: true}, "CAMPUS_MANAGER", campus},
	} {
		b := newWebClient(t, a.url)
		if r := oidcSignIn(t, b, m, c.person, "/auth/session"); r.Status != http.StatusOK {
			t.Fatalf("%s: %d %s", c.person.sub, r.Status, r.Body)
		}
		s := b.session(t)
		if s.Role != c.role || s.Name != c.person.name || (deref(s.Scope.KindercampusID) != c.entity && deref(s.Scope.PartnerID) != c.entity) {
			t.Errorf("%s: %+v %+v", c.person.sub, s, s.Scope)
		}
		// every person has a bucket of their own: 3 requests (the burst) pass, the 4th not
		for i := range 4 {
			g := b.graphql(t, `{ viewer { role } }`, nil, map[string]string{csrfHeader: s.CSRFToken})
			if (g.Status == http.StatusOK) != (i < 3) {
				t.Errorf("%s: request %d answered %d", c.person.sub, i+1, g.Status)
			}
		}
	}
}

// TestOIDCSignOutAtTheProvider: a provider with an end_session_endpoint gets the
// browser after the sign-out, with the address to send it back to.
func TestOIDCSignOutAtTheProvider(t *testing.T) {
	m := startIdP(t, nil, nil, true)
	a := oidcApp(t, m, "", nil)
	b := newWebClient(t, a.url)
	oidcSignIn(t, b, m, &testPerson{sub: "sub-o", name: "Olga", groups: []string{"stadt-servicestelle"}}, "/auth/session")
	s := b.session(t)
	page := b.get(t, "/auth/logout", nil)
	if csp := page.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "form-action 'self' "+m.Addr()+";") {
		t.Errorf("the sign-out page's form may not lead to the provider: %q", csp)
	}
	r := b.postForm(t, "/auth/logout", url.Values{csrfField: {s.CSRFToken}}, nil)
	to, _ := url.Parse(r.location())
	q := to.Query()
	if r.Status != http.StatusSeeOther || !strings.HasPrefix(r.location(), m.Addr()+"/oidc/logout?") || q.Get("client_id") != m.ClientID ||
		q.Get("post_logout_redirect_uri") != a.url+signinPath || q.Get("state") != "abgemeldet" {
		t.Errorf("sign-out: %d → %s", r.Status, r.location())
	}
	if p := b.get(t, signinPath+"?state=abgemeldet", nil); !strings.Contains(p.Body, "Sie sind abgemeldet.") {
		t.Errorf("back from the provider: %s", p.Body)
	}
	if v := b.viewer(t, map[string]string{csrfHeader: s.CSRFToken}); v.Authenticated {
		t.Errorf("after the sign-out: %+v", v)
	}
}

// TestOIDCProviderAway: the service starts while the provider is away; sign-in then
// says so (503) and works once the provider is back, asked again no sooner than
// discoveryRetry later. A provider whose discovery names another issuer is refused.
func TestOIDCProviderAway(t *testing.T) {
	m, err := mockoidc.NewServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	idpPort := freePort(t)
	a := oidcApp(t, m, "http://127.0.0.1:"+idpPort+"/oidc", nil)
	b := newWebClient(t, a.url)
	if p := b.get(t, signinPath, nil); !strings.Contains(p.Body, "Mit dem Konto der Stadt anmelden") {
		t.Errorf("the sign-in page while the provider is away: %s", p.Body)
	}
	r := b.get(t, "/auth/login", nil)
	if r.Status != http.StatusServiceUnavailable || !strings.Contains(r.Body, "Anmeldedienst nicht erreichbar") {
		t.Fatalf("sign-in while the provider is away: %d %s", r.Status, r.Body)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+idpPort)
	if err != nil {
		t.Skipf("the provider's port was taken meanwhile: %v", err)
	}
	startIdP(t, m, ln, false)
	if r := b.get(t, "/auth/login", nil); r.Status != http.StatusServiceUnavailable {
		t.Errorf("asked again at once: %d", r.Status)
	}
	a.app.signin.clock.advance(discoveryRetry)
	if r := oidcSignIn(t, b, m, &testPerson{sub: "zurueck", groups: []string{"stadt-servicestelle"}}, "/auth/session"); r.Status != http.StatusOK || !b.session(t).SignedIn {
		t.Errorf("sign-in once the provider is back: %d %s", r.Status, r.Body)
	}

	wrong := oidcApp(t, m, m.Issuer()+"/", nil)
	if r := newWebClient(t, wrong.url).get(t, "/auth/login", nil); r.Status != http.StatusServiceUnavailable {
		t.Errorf("a provider that names another issuer: %d %s", r.Status, r.Body)
	}
	if !strings.Contains(wrong.logs.String(), "did not match the issuer") {
		t.Errorf("the log does not say why: %s", lastLines(wrong.logs.String(), 5))
	}
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestSigninConfig: the settings of OIDC are checked together, in German, with their
// names.
func TestSigninConfig(t *testing.T) {
	base := map[string]string{"OIDC_ISSUER": "https://login.dortmund.de/realms/stadt", "OIDC_CLIENT_ID": "drehscheibe",
		"OIDC_REDIRECT_URL": "https://drehscheibe.dortmund.de/auth/callback", "OIDC_ROLE_MAP": "servicestelle=SERVICESTELLE"}
	for name, c := range map[string]struct {
		env  map[string]string
		want string
	}{
		"complete":                {nil, ""},
		"http issuer":             {map[string]string{"OIDC_ISSUER": "http://login.dortmund.de"}, "OIDC_ISSUER: muss mit https://"},
		"no client":               {map[string]string{"OIDC_CLIENT_ID": ""}, "OIDC_CLIENT_ID: fehlt"},
		"no role map":             {map[string]string{"OIDC_ROLE_MAP": ""}, "OIDC_ROLE_MAP: fehlt"},
		"bad role map":            {map[string]string{"OIDC_ROLE_MAP": "a=CHEF"}, "OIDC_ROLE_MAP: \"a=CHEF\": unbekannte Rolle"},
		"scope claim missing":     {map[string]string{"OIDC_ROLE_MAP": "p=PARTNER"}, "OIDC_SCOPE_CLAIM: fehlt"},
		"redirect elsewhere":      {map[string]string{"OIDC_REDIRECT_URL": "https://drehscheibe.dortmund.de/rueckweg"}, "OIDC_REDIRECT_URL: muss auf /auth/callback enden"},
		"no openid":               {map[string]string{"OIDC_SCOPES": "profile email"}, "OIDC_SCOPES: muss „openid“ enthalten"},
		"client without issuer":   {map[string]string{"OIDC_ISSUER": ""}, "OIDC_ISSUER: fehlt"},
		"max age below idle":      {map[string]string{"SESSION_IDLE": "3h", "SESSION_MAX_AGE": "2h"}, "SESSION_MAX_AGE: darf nicht kürzer sein als SESSION_IDLE"},
		"a role claim with space": {map[string]string{"OIDC_ROLE_CLAIM": "meine rollen"}, "OIDC_ROLE_CLAIM: ein Name"},
	} {
		env := map[string]string{}
		for k, v := range base {
			env[k] = v
		}
		for k, v := range c.env {
			env[k] = v
		}
		var log bytes.Buffer
		cfg, err := loadConfig("server", nil, func(k string) string { return env[k] }, &log)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", name, err)
		case c.want == "" && (!cfg.Signin.OIDC.Enabled() || cfg.Signin.OIDC.RoleClaim != "groups" || cfg.Signin.OIDC.NameClaim != "name" || cfg.Signin.Idle != 2*time.Hour || cfg.Signin.MaxAge != 12*time.Hour || !cfg.Signin.KeyForm):
			t.Errorf("%s: defaults %+v", name, cfg.Signin)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}
