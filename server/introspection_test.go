package main

import (
	"net/http"
	"testing"
)

// TestIntrospectionOffAnswersNoData: with introspection off, an introspection query is
// refused as a whole — data null and INTROSPECTION_DISABLED — instead of answering
// {"__schema": null}, which breaks the schema's non-null __schema and crashes clients
// such as graphql-js. Everything else still answers.
func TestIntrospectionOffAnswersNoData(t *testing.T) {
	a := newTestApp(t, map[string]string{"PRODUCTION": "true", "SEED": "false"}).anonymous()
	for reason, query := range map[string]string{
		"__schema":                 `{ __schema { types { name } } }`,
		"__type":                   `{ __type(name: "Modul") { name fields { name } } }`,
		"beside other fields":      `{ __typename viewer { authenticated } __schema { queryType { name } } }`,
		"in a fragment":            `{ ...F } fragment F on Query { __schema { queryType { name } } }`,
		"in an inline fragment":    `{ ... on Query { __type(name: "Query") { name } } }`,
		"GraphiQL's introspection": introspectionQuery,
	} {
		r := a.post(t, query, nil)
		if r.Status != http.StatusUnprocessableEntity || r.code() != "INTROSPECTION_DISABLED" || len(r.Errors) != 1 {
			t.Errorf("%s: %d %+v, want 422 and one INTROSPECTION_DISABLED", reason, r.Status, r.Errors)
		}
		if len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("%s: data %s, want null", reason, r.Data)
		}
		checkAnswer(t, reason, r)
	}
	if r := a.post(t, `{ __typename viewer { authenticated } }`, nil); r.Status != http.StatusOK || string(r.Data) != `{"__typename":"Query","viewer":{"authenticated":false}}` {
		t.Errorf("__typename with introspection off: %d %s %+v", r.Status, r.Data, r.Errors)
	}
}
