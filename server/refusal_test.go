package main

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// chunked is a body of unknown length: the client sends it chunked, without
// Content-Length.
type chunked struct{ io.Reader }

// TestEveryRefusalIsCoded: whatever refuses a request — the transport, the body limit,
// a rate limit, the router, the key check — answers with extensions.code, a German
// message, the request ID (in the error and the X-Request-ID header) and
// extensions.catalogVersion.
func TestEveryRefusalIsCoded(t *testing.T) {
	a := newTestApp(t, map[string]string{"RATE_LIMIT": "0.001", "RATE_BURST": "1000", "AUTH_FAILURES": "1", "AUTH_FAILURE_INTERVAL": "1h"})
	prod := newTestApp(t, map[string]string{"PRODUCTION": "true", "SEED": "false"}).anonymous()
	mutationHash := registerPersisted(t, a, `mutation { revokeApiKey(input: {id: "key_aaaaaaaaaaaaaaaaaaaaaaaaaa"}) { userErrors { code } } }`)
	huge := strings.Repeat("x", 2<<20)
	request := func(app *testApp, method, path, contentType string, body io.Reader) func() gqlResult {
		return func() gqlResult {
			req, err := http.NewRequest(method, app.url+path, body)
			if err != nil {
				t.Fatal(err)
			}
			if contentType != "" {
				req.Header.Set("Content-Type", contentType)
			}
			return app.do(t, req)
		}
	}
	anon := a.anonymous()
	cases := []struct {
		reason  string
		send    func() gqlResult
		status  int
		code    string
		message string
	}{
		{"PUT", request(a, http.MethodPut, "/query", "application/json", strings.NewReader(`{"query":"{__typename}"}`)),
			http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "nimmt GET"},
		{"a mutation over GET", request(a, http.MethodGet, "/query?query="+urlEscape(`mutation { __typename }`), "", nil),
			http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "nur per POST"},
		{"a persisted mutation over GET (was 406 without code)", request(a, http.MethodGet, "/query?extensions="+urlEscape(persistedExtension(mutationHash)), "", nil),
			http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "nur per POST"},
		{"query text over GET in production", request(prod, http.MethodGet, "/query?query="+urlEscape(`{ __typename }`), "", nil),
			http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "nur per POST"},
		{"URL parameters that do not decode", request(a, http.MethodGet, "/query?query=%zz", "", nil),
			http.StatusBadRequest, "BAD_REQUEST", "kodiert"},
		{"variables over GET that are no JSON object", request(a, http.MethodGet, "/query?query="+urlEscape(`{ __typename }`)+"&variables=%5B", "", nil),
			http.StatusBadRequest, "BAD_REQUEST", "kein JSON-Objekt"},
		{"text/plain", request(a, http.MethodPost, "/query", "text/plain", strings.NewReader(`{"query":"{__typename}"}`)),
			http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "nur JSON"},
		{"over 1 MiB with Content-Length", request(a, http.MethodPost, "/query", "application/json", strings.NewReader(`{"query":"{ __typename }","x":"`+huge+`"}`)),
			http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE", "zu groß"},
		{"over 1 MiB chunked (was 200)", request(a, http.MethodPost, "/query", "application/json", chunked{strings.NewReader(`{"query":"{ __typename }","x":"` + huge + `"}`)}),
			http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE", "zu groß"},
		{"an unknown path", request(a, http.MethodGet, "/graphql", "", nil), http.StatusNotFound, "NOT_FOUND", "gibt es nichts"},
		{"a known path with another method", request(a, http.MethodPost, "/healthz", "application/json", strings.NewReader(`{}`)),
			http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "nur GET"},
		{"a bad key", func() gqlResult { return a.as("dsk.aaaaaaaaaaaaaaaaaaaaaaaaaa.falsch").post(t, protected, nil) },
			http.StatusOK, "UNAUTHENTICATED", "ungültig"},
		{"a bad key over the limit", func() gqlResult { return a.as("dsk.aaaaaaaaaaaaaaaaaaaaaaaaaa.falsch").post(t, protected, nil) },
			http.StatusTooManyRequests, "RATE_LIMITED", "fehlgeschlagene Anmeldungen"},
	}
	// the anonymous rate limit last: it uses up the address's burst
	cases = append(cases, struct {
		reason  string
		send    func() gqlResult
		status  int
		code    string
		message string
	}{"the anonymous rate limit", func() gqlResult {
		for {
			if r := anon.post(t, `{ __typename }`, nil); r.Status != http.StatusOK {
				return r
			}
		}
	}, http.StatusTooManyRequests, "RATE_LIMITED", "Zu viele Anfragen"})

	for _, tc := range cases {
		r := tc.send()
		if r.Status != tc.status || r.code() != tc.code {
			t.Errorf("%s: %d %q %+v, want %d %q", tc.reason, r.Status, r.code(), r.Errors, tc.status, tc.code)
			continue
		}
		checkAnswer(t, tc.reason, r)
		if !strings.Contains(r.Errors[0].Message, tc.message) {
			t.Errorf("%s: message %q, want it to say %q", tc.reason, r.Errors[0].Message, tc.message)
		}
		if r.Status == http.StatusMethodNotAllowed && r.Header.Get("Allow") == "" {
			t.Errorf("%s: 405 without Allow", tc.reason)
		}
	}
}

// checkAnswer checks what every error answer carries: a coded error with the request
// ID (also in the X-Request-ID header) and the catalogue version.
func checkAnswer(t *testing.T, reason string, r gqlResult) {
	t.Helper()
	if len(r.Errors) == 0 || r.Errors[0].Message == "" || r.code() == "" {
		t.Errorf("%s: want a coded error with a message, got %+v", reason, r.Errors)
	}
	if _, ok := r.Extensions["catalogVersion"].(float64); !ok {
		t.Errorf("%s: extensions %v lack catalogVersion", reason, r.Extensions)
	}
	for _, e := range r.Errors {
		if id, _ := e.Extensions["requestId"].(string); id == "" || id != r.Header.Get("X-Request-ID") {
			t.Errorf("%s: requestId %q, X-Request-ID header %q", reason, id, r.Header.Get("X-Request-ID"))
		}
	}
}

// persistedExtension is the extensions parameter naming a persisted query by hash.
func persistedExtension(hash string) string {
	return string(mustJSON(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}))
}

// registerPersisted registers query as an automatic persisted query (by POST, as
// clients do) and returns its hash.
func registerPersisted(t *testing.T, a *testApp, query string) string {
	t.Helper()
	hash := sha256Hex(query)
	body := mustJSON(map[string]any{"query": query, "extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
	if r := a.send(t, http.MethodPost, "/query", "application/json", body); r.Status != http.StatusOK {
		t.Fatalf("registering a persisted query: %d %+v", r.Status, r.Errors)
	}
	return hash
}
