package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestGraphQLCopProbes runs stricter variants of graphql-cop's checks against the real
// handler in production mode (PRODUCTION=true): not only must the tool's condition
// fail, each probe must be refused with the right status and code.
func TestGraphQLCopProbes(t *testing.T) {
	a := newTestApp(t, map[string]string{"PRODUCTION": "true"}).anonymous()
	post := func(body string) gqlResult {
		return a.send(t, http.MethodPost, "/query", "application/json", []byte(body))
	}
	query := func(q string) gqlResult { return post(string(mustJSON(map[string]any{"query": q}))) }

	t.Run("alias overloading", func(t *testing.T) {
		var b strings.Builder
		for i := range 101 {
			b.WriteString("alias")
			b.WriteString(strings.Repeat("x", i%3))
			b.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26)))
			b.WriteString(":__typename ")
		}
		r := query("query { " + b.String() + "}")
		if r.code() != "MAX_ALIASES_EXCEEDED" || len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("101 aliases answered: %d %s %+v", r.Status, r.Data, r.Errors)
		}
	})
	t.Run("batch query", func(t *testing.T) {
		r := a.send(t, http.MethodPost, "/query", "application/json", []byte(`[{"query":"query cop { __typename }"},{"query":"query cop { __typename }"}]`))
		if r.Status != http.StatusBadRequest || r.code() != "BAD_REQUEST" {
			t.Errorf("a batch: %d %+v", r.Status, r.Errors)
		}
	})
	t.Run("directive overloading", func(t *testing.T) {
		r := query("query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }")
		if len(r.Errors) != 1 || r.code() != "MAX_DIRECTIVES_EXCEEDED" {
			t.Errorf("ten directives: %d errors %+v, want one MAX_DIRECTIVES_EXCEEDED", len(r.Errors), r.Errors)
		}
	})
	t.Run("circular introspection", func(t *testing.T) {
		r := query(`query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`)
		if len(r.Errors) == 0 || strings.Contains(string(r.Data), `"fields"`) {
			t.Errorf("deep introspection answered: %s", r.Data)
		}
	})
	t.Run("introspection", func(t *testing.T) {
		r := query(`query cop { __schema { types { name } } }`)
		if strings.Contains(string(r.Data), `"types"`) || r.code() != "INTROSPECTION_DISABLED" {
			t.Errorf("introspection in production: %s %+v", r.Data, r.Errors)
		}
		r = query(`query cop { __type(name: "Modul") { fields { name } } }`)
		if strings.Contains(string(r.Data), `"fields"`) {
			t.Errorf("__type in production: %s", r.Data)
		}
	})
	t.Run("field suggestions", func(t *testing.T) {
		r := query(`query cop { modul { titel } }`)
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "Did you mean") {
				t.Errorf("suggestion in production: %q", e.Message)
			}
		}
		if len(r.Errors) == 0 {
			t.Error("an unknown field must be an error")
		}
	})
	t.Run("GET query policy", func(t *testing.T) {
		// production takes query text only by POST (GET_QUERIES=false)
		r := a.send(t, http.MethodGet, "/query?query="+urlEscape(`query cop { __typename }`), "", nil)
		if r.Status != http.StatusMethodNotAllowed || len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("GET query: %d %s", r.Status, r.Data)
		}
	})
	t.Run("GET mutation", func(t *testing.T) {
		r := a.send(t, http.MethodGet, "/query?query="+urlEscape(`mutation cop { __typename }`), "", nil)
		if r.Status != http.StatusMethodNotAllowed || len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("GET mutation: %d %s", r.Status, r.Data)
		}
	})
	t.Run("form POST CSRF", func(t *testing.T) {
		r := a.send(t, http.MethodPost, "/query", "application/x-www-form-urlencoded", []byte("query=query+cop+%7B__typename%7D"))
		if r.Status != http.StatusUnsupportedMediaType {
			t.Errorf("url-encoded POST: %d %s", r.Status, r.Data)
		}
	})
	t.Run("trace mode", func(t *testing.T) {
		r := query(`query cop { __typename }`)
		if _, ok := r.Extensions["tracing"]; ok {
			t.Errorf("tracing in the response: %v", r.Extensions)
		}
	})
	t.Run("unhandled error detail", func(t *testing.T) {
		for _, body := range []string{`{"query":"qwerty cop { abc }"}`, `{"query": 1}`, `{"query":"{ node(id: 5) { id } }"}`, `{`} {
			r := post(body)
			raw, _ := json.Marshal(r.Errors)
			for _, leak := range []string{"goroutine", ".go:", "runtime.", "panic", "Exception", "stack", "mongo", "sqlite"} {
				if strings.Contains(string(raw), leak) {
					t.Errorf("%s: error detail leaks %q: %s", body, leak, raw)
				}
			}
			if len(r.Errors) == 0 || r.code() == "" {
				t.Errorf("%s: want a coded error, got %s", body, raw)
			}
		}
	})
	t.Run("GraphiQL in production", func(t *testing.T) {
		for _, path := range []string{"/playground", "/graphiql", "/"} {
			resp, err := http.Get(a.url + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			// "/" leads to the public catalogue, which must not be GraphiQL either
			if path != "/" && (resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusFound) ||
				bytes.Contains(bytes.ToLower(body), []byte("graphiql")) {
				t.Errorf("%s answers %d in production (at %s)", path, resp.StatusCode, resp.Request.URL.Path)
			}
		}
	})
}

// TestModes: development keeps the helpers on, production turns them off, and each can
// be turned on again on its own. A persisted query by its hash goes over GET in every
// mode.
func TestModes(t *testing.T) {
	cases := []struct {
		env                                          map[string]string
		introspection, playground, hints, getQueries bool
	}{
		{nil, true, true, true, true},
		{map[string]string{"PRODUCTION": "true"}, false, false, false, false},
		{map[string]string{"PRODUCTION": "true", "INTROSPECTION": "true"}, true, false, false, false},
		{map[string]string{"PRODUCTION": "true", "PLAYGROUND": "true", "FIELD_SUGGESTIONS": "true"}, false, true, true, false},
		{map[string]string{"PRODUCTION": "true", "GET_QUERIES": "true"}, false, false, false, true},
		{map[string]string{"GET_QUERIES": "false"}, true, true, true, false},
	}
	for _, tc := range cases {
		a := newTestApp(t, tc.env).anonymous()
		r := a.post(t, `{ __schema { queryType { name } } }`, nil)
		if got := len(r.Errors) == 0; got != tc.introspection {
			t.Errorf("%v: introspection %v, want %v", tc.env, got, tc.introspection)
		}
		resp, err := http.Get(a.url + "/playground")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.StatusCode == http.StatusOK; got != tc.playground {
			t.Errorf("%v: playground %v, want %v", tc.env, got, tc.playground)
		}
		r = a.post(t, `{ modul { id } }`, nil)
		if got := len(r.Errors) > 0 && strings.Contains(r.Errors[0].Message, "Did you mean"); got != tc.hints {
			t.Errorf("%v: suggestions %v (%+v), want %v", tc.env, got, r.Errors, tc.hints)
		}
		const q = `{ __typename }`
		r = a.send(t, http.MethodGet, "/query?query="+urlEscape(q), "", nil)
		if got := r.Status == http.StatusOK && string(r.Data) == `{"__typename":"Query"}`; got != tc.getQueries {
			t.Errorf("%v: query text over GET %v (%d %s), want %v", tc.env, got, r.Status, r.Data, tc.getQueries)
		}
		hash := registerPersisted(t, a, q)
		r = a.send(t, http.MethodGet, "/query?extensions="+urlEscape(persistedExtension(hash)), "", nil)
		if r.Status != http.StatusOK || string(r.Data) != `{"__typename":"Query"}` {
			t.Errorf("%v: a persisted query by hash over GET: %d %s %+v", tc.env, r.Status, r.Data, r.Errors)
		}
	}
}
