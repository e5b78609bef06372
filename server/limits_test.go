package main

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// introspectionQuery is what GraphiQL sends to learn the schema (graphql-js
// getIntrospectionQuery): it must pass the limits in development mode.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

// cost is extensions.cost of a response.
func costOf(t *testing.T, r gqlResult) map[string]float64 {
	t.Helper()
	c, ok := r.Extensions["cost"].(map[string]any)
	if !ok {
		t.Fatalf("no extensions.cost in %+v", r.Extensions)
	}
	out := map[string]float64{}
	for k, v := range c {
		out[k], _ = v.(float64)
	}
	return out
}

func nested(depth int) string {
	// module → nodes → partner → module → nodes → partner …
	var b strings.Builder
	b.WriteString("{ ")
	levels := 0
	for levels < depth {
		if levels%3 == 0 {
			b.WriteString("module(first: 1) { ")
		} else if levels%3 == 1 {
			b.WriteString("nodes { ")
		} else {
			b.WriteString("partner { ")
		}
		levels++
	}
	b.WriteString("__typename ")
	b.WriteString(strings.Repeat("} ", depth+1))
	return b.String()
}

func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: viewer { authenticated } ", i)
	}
	b.WriteString("}")
	return b.String()
}

func TestQueryLimits(t *testing.T) {
	a := newTestApp(t, nil)
	cases := []struct {
		reason string
		query  string
		status int
		code   string
	}{
		{"nine levels are fine", nested(9), http.StatusOK, ""},
		{"eleven levels are too deep", nested(11), http.StatusUnprocessableEntity, "MAX_DEPTH_EXCEEDED"},
		{"fifteen aliases are fine", aliases(15), http.StatusOK, ""},
		{"alias overloading", aliases(16), http.StatusUnprocessableEntity, "MAX_ALIASES_EXCEEDED"},
		{"aliases hidden in a fragment count", `{ ...F ...F } fragment F on Query { ` + strings.TrimSuffix(strings.TrimPrefix(aliases(8), "{ "), "}") + `}`,
			http.StatusUnprocessableEntity, "MAX_ALIASES_EXCEEDED"},
		{"directives in a row", `{ __typename @include(if: true) @skip(if: false) @include(if: true) @skip(if: false) @include(if: true) }`,
			http.StatusUnprocessableEntity, "MAX_DIRECTIVES_EXCEEDED"},
		{"@ inside a string is no directive", `{ module(filter: {text: "a@b@c@d@e@f@g"}) { totalCount } }`, http.StatusOK, ""},
		{"connections multiply", `{ partners(first: 100) { nodes { module(first: 100) { nodes { title partner { name } } } } } }`,
			http.StatusUnprocessableEntity, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"a full page is fine", `{ module(first: 100) { totalCount edges { cursor node { id title themes free costCent partner { name } } } pageInfo { hasNextPage endCursor } } }`,
			http.StatusOK, ""},
		{"too many tokens", "{ " + strings.Repeat("__typename ", 2100) + "}", http.StatusUnprocessableEntity, "MAX_TOKENS_EXCEEDED"},
		{"GraphiQL's introspection", introspectionQuery, http.StatusOK, ""},
		{"circular introspection", `{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`,
			http.StatusUnprocessableEntity, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tc := range cases {
		r := a.post(t, tc.query, nil)
		if r.Status != tc.status || r.code() != tc.code {
			t.Errorf("%s: %d %q %v, want %d %q", tc.reason, r.Status, r.code(), r.Errors, tc.status, tc.code)
		}
		c := costOf(t, r)
		if c["limit"] != 10000 {
			t.Errorf("%s: cost %v, want the limit 10000 reported", tc.reason, c)
		}
		if tc.code == "" && !strings.HasPrefix(tc.query, "query Introspection") && (c["requested"] < 1 || c["actual"] < 1) {
			t.Errorf("%s: cost %v, want requested and actual", tc.reason, c)
		}
	}
}

func TestCostIsReported(t *testing.T) {
	a := newTestApp(t, nil)
	small := costOf(t, a.query(t, `{ module(first: 2) { nodes { title } } }`, nil, nil))
	big := costOf(t, a.query(t, `{ module(first: 50) { nodes { title } } }`, nil, nil))
	if small["requested"] >= big["requested"] || small["actual"] >= big["actual"] {
		t.Errorf("a bigger page costs more: first 2 %v, first 50 %v", small, big)
	}
	if big["actual"] < 50 {
		t.Errorf("50 titles and their nodes resolved, actual %v", big["actual"])
	}
}

func TestRequestShapes(t *testing.T) {
	a := newTestApp(t, nil)
	big := []byte(`{"query": "{ __typename }", "variables": {"x": "` + strings.Repeat("x", 1<<20) + `"}}`)
	cases := []struct {
		reason      string
		method      string
		path        string
		contentType string
		body        []byte
		status      int
		code        string
	}{
		{"a JSON array (batch) is refused", http.MethodPost, "/query", "application/json", []byte(`[{"query":"{__typename}"},{"query":"{__typename}"}]`), http.StatusBadRequest, "BAD_REQUEST"},
		{"broken JSON", http.MethodPost, "/query", "application/json", []byte(`{"query": "{__typename}", "variables": [1,`), http.StatusBadRequest, "BAD_REQUEST"},
		{"form-encoded (CSRF)", http.MethodPost, "/query", "application/x-www-form-urlencoded", []byte(`query=%7B__typename%7D`), http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"},
		{"multipart (CSRF)", http.MethodPost, "/query", "multipart/form-data; boundary=x", []byte("--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{__typename}\r\n--x--\r\n"), http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"},
		{"text/plain (CSRF)", http.MethodPost, "/query", "text/plain", []byte(`{"query":"{__typename}"}`), http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"},
		{"no content type", http.MethodPost, "/query", "", []byte(`{"query":"{__typename}"}`), http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"},
		{"a mutation over GET", http.MethodGet, "/query?query=" + urlEscape(`mutation { revokeApiKey(input: {id: "key_x"}) { userErrors { code } } }`), "", nil, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED"},
		{"a named mutation over GET", http.MethodGet, "/query?operationName=M&query=" + urlEscape(`query Q { __typename } mutation M { revokeApiKey(input: {id: "key_x"}) { userErrors { code } } }`), "", nil, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED"},
		{"a query over GET", http.MethodGet, "/query?query=" + urlEscape(`{ __typename }`), "", nil, http.StatusOK, ""},
		{"PUT", http.MethodPut, "/query", "application/json", []byte(`{"query":"{__typename}"}`), http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED"},
		{"over 1 MiB", http.MethodPost, "/query", "application/json", big, http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE"},
	}
	for _, tc := range cases {
		r := a.send(t, tc.method, tc.path, tc.contentType, tc.body)
		if r.Status != tc.status || r.code() != tc.code {
			t.Errorf("%s: %d %q %+v, want %d %q", tc.reason, r.Status, r.code(), r.Errors, tc.status, tc.code)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "__typename") || strings.Contains(e.Message, "xxxx") {
				t.Errorf("%s: the error quotes the request back: %q", tc.reason, e.Message)
			}
		}
	}
}

func TestPersistedQueries(t *testing.T) {
	a := newTestApp(t, nil)
	q := `{ module(first: 1) { totalCount } }`
	hash := sha256Hex(q)
	ext := func(h string) map[string]any {
		return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": h}}
	}
	post := func(body map[string]any) gqlResult {
		return a.send(t, http.MethodPost, "/query", "application/json", mustJSON(body))
	}
	if r := post(map[string]any{"extensions": ext(hash)}); r.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("unknown hash: %+v", r.Errors)
	}
	if r := post(map[string]any{"query": q, "extensions": ext(hash)}); len(r.Errors) > 0 {
		t.Errorf("registering: %+v", r.Errors)
	}
	r := post(map[string]any{"extensions": ext(hash)})
	if len(r.Errors) > 0 || !bytes.Contains(r.Data, []byte("totalCount")) {
		t.Errorf("by hash: %s %+v", r.Data, r.Errors)
	}
	if r := post(map[string]any{"query": q, "extensions": ext(sha256Hex("{ __typename }"))}); len(r.Errors) == 0 {
		t.Errorf("a hash that does not match its query must be refused: %s", r.Data)
	}
	// by GET too, for caches
	g := a.send(t, http.MethodGet, "/query?extensions="+urlEscape(string(mustJSON(ext(hash)))), "", nil)
	if len(g.Errors) > 0 || !bytes.Contains(g.Data, []byte("totalCount")) {
		t.Errorf("by hash over GET: %d %s %+v", g.Status, g.Data, g.Errors)
	}
}

// @defer and @stream are refused before anything runs: no transport here delivers
// deferred parts, and a deferred field would stay null (the executor relies on it:
// see graph/generate).
func TestIncrementalDeliveryIsRefused(t *testing.T) {
	a := shared(t)
	for name, q := range map[string]string{
		"defer":          `{ module(first: 2) { edges { node { title ... @defer { partner { name } } } } } }`,
		"defer fragment": `query { module(first: 2) { nodes { ...P @defer } } } fragment P on Modul { partner { name } }`,
	} {
		r := a.post(t, q, nil)
		if r.code() != "GRAPHQL_VALIDATION_FAILED" || len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("%s: %s %+v, want GRAPHQL_VALIDATION_FAILED and no data", name, r.Data, r.Errors)
		}
	}
}
