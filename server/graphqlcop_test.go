package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// The checks of graphql-cop (github.com/dolevf/graphql-cop, lib/tests at 2b7e086), a
// Python tool that cannot be installed here: each sends what the tool sends and judges
// the answer by the tool's own condition (its try/except: a missing key is no finding).

// copProbe is one check: its title as the tool prints it, and whether it finds the
// weakness at url.
type copProbe struct {
	title string
	found func(t *testing.T, url string) bool
}

var copProbes = []copProbe{
	{"Alias Overloading", func(t *testing.T, u string) bool {
		var b strings.Builder
		for i := range 101 {
			fmt.Fprintf(&b, "alias%d:__typename \n", i)
		}
		return truthy(at(copQuery(t, u, "query cop { "+b.String()+" }"), "data", "alias100"))
	}},
	{"Array-based Query Batching", func(t *testing.T, u string) bool {
		batch := make([]map[string]string, 10)
		for i := range batch {
			batch[i] = map[string]string{"query": "query cop { __typename }"}
		}
		switch v := copSend(t, http.MethodPost, u, "application/json", mustJSON(batch), nil).(type) {
		case []any:
			return len(v) >= 10
		case map[string]any:
			return len(v) >= 10 // Python's len of a dict: its keys
		}
		return false
	}},
	{"Trace Mode", func(t *testing.T, u string) bool {
		r := copQuery(t, u, "query cop { __typename }")
		return truthy(at(r, "errors", 0, "extensions", "tracing")) || at(r, "extensions", "tracing") != nil
	}},
	{"Directive Overloading", func(t *testing.T, u string) bool {
		errs, _ := at(copQuery(t, u, "query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }"), "errors").([]any)
		return len(errs) == 10
	}},
	{"Introspection-based Circular Query", func(t *testing.T, u string) bool {
		types, _ := at(copQuery(t, u, "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }"),
			"data", "__schema", "types").([]any)
		return len(types) > 25
	}},
	{"Mutation is allowed over GET (possible CSRF)", func(t *testing.T, u string) bool {
		return truthy(at(copSend(t, http.MethodGet, u+"?query="+url.QueryEscape("mutation cop {__typename}"), "", nil, nil), "data", "__typename"))
	}},
	{"POST based url-encoded query (possible CSRF)", func(t *testing.T, u string) bool {
		body := url.Values{"query": {"query cop { __typename }"}}.Encode()
		return truthy(at(copSend(t, http.MethodPost, u, "application/x-www-form-urlencoded", []byte(body), nil), "data", "__typename"))
	}},
	{"Unhandled Errors Detection", func(t *testing.T, u string) bool {
		r := copQuery(t, u, "qwerty cop { abc }")
		return truthy(at(r, "errors", 0, "extensions", "exception")) || at(r, "extensions", "exception") != nil
	}},
	{"Field Suggestions", func(t *testing.T, u string) bool {
		msg, _ := at(copQuery(t, u, "query cop { __schema { directive } }"), "errors", 0, "message").(string)
		return strings.Contains(msg, "Did you mean")
	}},
	{"Introspection", func(t *testing.T, u string) bool {
		return truthy(at(copQuery(t, u, "query cop { __schema { types { name fields { name } } } }"), "data", "__schema", "types"))
	}},
	{"GraphQL IDE", func(t *testing.T, u string) bool {
		var page string
		copSend(t, http.MethodGet, u, "", nil, func(req *http.Request, body []byte) {
			req.Header.Set("Accept", "text/html")
			page = string(body)
		})
		for _, w := range []string{"graphiql.min.css", "GraphQL Playground", "GraphiQL", "graphql-playground"} {
			if strings.Contains(page, w) {
				return true
			}
		}
		return false
	}},
	{"GET Method Query Support", func(t *testing.T, u string) bool {
		return truthy(at(copSend(t, http.MethodGet, u+"?query="+url.QueryEscape("query cop {__typename}"), "", nil, nil), "data", "__typename"))
	}},
	// The tool's "Field Duplication" check (500 × __typename) is switched off upstream
	// (graphql-cop issue 43): duplicate fields merge into one by the GraphQL spec.
}

// graphQLCop runs every probe against the GraphQL endpoint u and returns the titles of
// the findings, after the tool's own check that u speaks GraphQL (without which it
// would scan nothing and find nothing).
func graphQLCop(t *testing.T, u string) []string {
	t.Helper()
	if at(copQuery(t, u, "\n    query cop {\n      __typename\n    }\n  "), "data", "__typename") != "Query" {
		t.Fatalf("%s does not look like GraphQL to graphql-cop", u)
	}
	var found []string
	for _, p := range copProbes {
		if p.found(t, u) {
			found = append(found, p.title)
		}
	}
	slices.Sort(found)
	return found
}

// TestGraphQLCop: graphql-cop finds nothing in production mode. The same probes find
// what development mode leaves on for developers (so they can find things), and
// GET_QUERIES=true brings back the one production finding it had.
func TestGraphQLCop(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want []string
	}{
		{map[string]string{"PRODUCTION": "true"}, nil},
		{nil, []string{"Field Suggestions", "GET Method Query Support", "Introspection"}},
		{map[string]string{"PRODUCTION": "true", "GET_QUERIES": "true"}, []string{"GET Method Query Support"}},
	} {
		a := newTestApp(t, merged(tc.env, map[string]string{"SEED": "false"}))
		if got := graphQLCop(t, a.url+"/query"); !slices.Equal(got, tc.want) {
			t.Errorf("%v: graphql-cop finds %q, want %q", tc.env, got, tc.want)
		}
	}
}

// copQuery is the tool's graph_query: a JSON POST of the query with operationName cop.
func copQuery(t *testing.T, u, query string) any {
	return copSend(t, http.MethodPost, u, "application/json", mustJSON(map[string]string{"query": query, "operationName": "cop"}), nil)
}

// copSend sends a request as the tool does (its User-Agent, no key, no cookies) and
// decodes the JSON answer (nil when it is none); seen, if given, may add headers and
// gets the raw body.
func copSend(t *testing.T, method, u, contentType string, body []byte, seen func(*http.Request, []byte)) any {
	t.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("User-Agent", "graphql-cop/1.14")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if seen != nil {
		seen(req, nil)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if seen != nil {
		seen(req, raw)
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	return v
}

// at walks decoded JSON by object keys and array indexes; nil where the path ends.
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

// truthy is Python's truth of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// merged is a copy of a with b's entries on top.
func merged(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range []map[string]string{a, b} {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}
