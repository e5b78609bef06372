package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"
)

// webClient is a browser as far as the sign-in cares: a cookie jar, redirects followed
// only when asked, and a transcript of every answer (status line, headers with the
// cookies set, body) for checking that no secret ever comes back.
type webClient struct {
	base       string
	jar        http.CookieJar
	client     *http.Client
	transcript strings.Builder
}

func newWebClient(t testing.TB, base string) *webClient {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &webClient{base: base, jar: jar, client: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// webResponse is an answer with its body read.
type webResponse struct {
	Status int
	Header http.Header
	Body   string
}

// location is the redirect's target.
func (r webResponse) location() string { return r.Header.Get("Location") }

// cookie returns the Set-Cookie of name in the answer, or nil.
func (r webResponse) cookie(name string) *http.Cookie {
	for _, c := range (&http.Response{Header: r.Header}).Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// send sends a request (target relative to the service, or absolute) with headers.
func (b *webClient) send(t testing.TB, method, target string, body io.Reader, header map[string]string) webResponse {
	t.Helper()
	if strings.HasPrefix(target, "/") {
		target = b.base + target
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := b.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var head bytes.Buffer
	_ = resp.Header.Write(&head)
	b.transcript.WriteString(resp.Status + "\n" + head.String() + "\n" + string(raw) + "\n")
	return webResponse{Status: resp.StatusCode, Header: resp.Header, Body: string(raw)}
}

func (b *webClient) get(t testing.TB, target string, header map[string]string) webResponse {
	t.Helper()
	return b.send(t, http.MethodGet, target, nil, header)
}

// postForm sends a form as a page of the service would.
func (b *webClient) postForm(t testing.TB, target string, form url.Values, header map[string]string) webResponse {
	t.Helper()
	h := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	for k, v := range header {
		h[k] = v
	}
	return b.send(t, http.MethodPost, target, strings.NewReader(form.Encode()), h)
}

// follow follows redirects from r (up to 10) as a browser would, to the service and to
// other hosts (the identity provider), and returns the last answer.
func (b *webClient) follow(t testing.TB, r webResponse) webResponse {
	t.Helper()
	for range 10 {
		if r.Status < 300 || r.Status > 399 {
			return r
		}
		next := r.location()
		if strings.HasPrefix(next, "/") {
			next = b.base + next
		}
		r = b.get(t, next, nil)
	}
	t.Fatal("more than 10 redirects")
	return r
}

// signInWithKey sends the sign-in form with key and return address.
func (b *webClient) signInWithKey(t testing.TB, key, ret string) webResponse {
	t.Helper()
	return b.postForm(t, "/auth/key", url.Values{"key": {key}, "return": {ret}}, nil)
}

// session reads GET /auth/session.
func (b *webClient) session(t testing.TB) sessionInfo {
	t.Helper()
	r := b.get(t, "/auth/session", nil)
	var s sessionInfo
	if r.Status != http.StatusOK || json.Unmarshal([]byte(r.Body), &s) != nil {
		t.Fatalf("GET /auth/session: %d %s", r.Status, r.Body)
	}
	return s
}

// sessionCookie is the value of the session cookie the browser holds ("" for none).
func (b *webClient) sessionCookie(t testing.TB) string {
	t.Helper()
	u, _ := url.Parse(b.base)
	for _, c := range b.jar.Cookies(u) {
		if c.Name == sessionCookie {
			return c.Value
		}
	}
	return ""
}

// graphql sends a GraphQL request with the browser's cookies and headers (e.g. the
// CSRF token) and decodes the answer.
func (b *webClient) graphql(t testing.TB, query string, vars map[string]any, header map[string]string) gqlResult {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	h := map[string]string{"Content-Type": "application/json"}
	for k, v := range header {
		h[k] = v
	}
	r := b.send(t, http.MethodPost, "/query", bytes.NewReader(body), h)
	var g gqlResult
	if err := json.Unmarshal([]byte(r.Body), &g); err != nil {
		t.Fatalf("POST /query: %d, undecodable %q", r.Status, r.Body)
	}
	g.Status, g.Header = r.Status, r.Header
	return g
}

// viewer is what { viewer } says about the caller.
type viewerInfo struct {
	Authenticated     bool
	Role              *string
	Name              *string
	KeyID             *string
	CredentialProblem *string
}

const sessionViewerQuery = `{ viewer { authenticated role name keyId credentialProblem } }`

func (b *webClient) viewer(t testing.TB, header map[string]string) viewerInfo {
	t.Helper()
	r := b.graphql(t, sessionViewerQuery, nil, header)
	var d struct{ Viewer viewerInfo }
	if len(r.Errors) > 0 || json.Unmarshal(r.Data, &d) != nil {
		t.Fatalf("viewer: %d %+v %s", r.Status, r.Errors, r.Data)
	}
	return d.Viewer
}

// auditedActor is who the audit trail says made a change.
type auditedActor struct {
	KeyID, ActorName, Subject *string
	Role                      string
}

// createQuartierAs creates a Quartier through b's session (header: the CSRF token)
// and returns who the audit trail names for it.
func createQuartierAs(t testing.TB, a *testApp, b *webClient, header map[string]string) []auditedActor {
	t.Helper()
	g := b.graphql(t, mutation("createQuartier", "CreateQuartierInput", "id", "quartier"),
		map[string]any{"input": map[string]any{"name": unique("Sitzungsquartier"), "number": uniqueNumber(), "stadtbezirk": "Hörde"}}, header)
	var created struct {
		CreateQuartier struct{ Quartier struct{ ID string } }
	}
	if len(g.Errors) > 0 || json.Unmarshal(g.Data, &created) != nil || created.CreateQuartier.Quartier.ID == "" {
		t.Fatalf("createQuartier through the session: %+v %s", g.Errors, g.Data)
	}
	var audit struct {
		AuditLog struct{ Nodes []auditedActor }
	}
	a.query(t, `query($id: ID!) { auditLog(filter: {entityId: $id}) { nodes { keyId actorName subject role } } }`,
		map[string]any{"id": created.CreateQuartier.Quartier.ID}, &audit)
	return audit.AuditLog.Nodes
}
