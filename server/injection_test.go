package main

import (
	"net/http"
	"strings"
	"testing"
)

// TestInjectionAttempts: operators, odd keys, huge and broken values from clients end
// in clear errors or are stored as the plain text they are — never as a query operator,
// a field name, a crash or a leak.
func TestInjectionAttempts(t *testing.T) {
	a := newTestApp(t, nil)
	createPartner := mutation("createPartner", "CreatePartnerInput", "id name description", "partner")
	partner := func(fields map[string]any) map[string]any {
		in := map[string]any{"name": unique("Verein"), "kind": "VEREIN", "themes": []string{"BNE"}}
		for k, v := range fields {
			in[k] = v
		}
		return map[string]any{"input": in}
	}
	type outcome struct {
		status int
		code   string // top-level code, or the first userError's
		field  string // the userError's field path, when a userError is expected
	}
	cases := []struct {
		reason string
		query  string
		vars   map[string]any
		want   outcome
	}{
		{"$where in a text filter is only text", `{ module(filter: {text: "$where: 1 == 1"}) { totalCount } }`, nil, outcome{200, "", ""}},
		{"an operator object where a string goes", `query($t: String) { module(filter: {text: $t}) { totalCount } }`,
			map[string]any{"t": map[string]any{"$ne": ""}}, outcome{422, "GRAPHQL_VALIDATION_FAILED", ""}},
		{"an operator object as an ID", `query($p: ID) { module(filter: {partnerId: $p}) { totalCount } }`,
			map[string]any{"p": map[string]any{"$gt": ""}}, outcome{422, "GRAPHQL_VALIDATION_FAILED", ""}},
		{"an operator string as an ID", `{ module(filter: {partnerId: "{\"$gt\": \"\"}"}) { totalCount } }`, nil, outcome{200, "BAD_USER_INPUT", ""}},
		{"$-prefixed and dotted keys in the input", createPartner, map[string]any{"input": map[string]any{"name": "x", "kind": "VEREIN", "themes": []string{"BNE"}, "$where": "1", "a.b": 1}},
			outcome{422, "GRAPHQL_VALIDATION_FAILED", ""}},
		{"$-prefixed and dotted keys in a GeoJSON value", mutation("createQuartier", "CreateQuartierInput", "id", "quartier"),
			map[string]any{"input": map[string]any{"name": unique("Q"), "number": uniqueNumber(), "stadtbezirk": "Hörde",
				"geometry": map[string]any{"$where": "sleep(1000)", "a.b": map[string]any{"$ne": 1}}}}, outcome{200, "INVALID", "geometry"}},
		{"a 900 kB name", createPartner, partner(map[string]any{"name": strings.Repeat("x", 900_000)}), outcome{200, "INVALID", "name"}},
		{"invalid UTF-8 (decoded as U+FFFD)", createPartner, partner(map[string]any{"description": "Verein \xff\xfe"}), outcome{200, "INVALID", "description"}},
		{"a NUL byte", createPartner, partner(map[string]any{"name": "Verein\x00DROP"}), outcome{200, "INVALID", "name"}},
		{"control characters", createPartner, partner(map[string]any{"name": "Verein\x1b[31m"}), outcome{200, "INVALID", "name"}},
		{"a number beyond 32 bits", mutation("createModul", "CreateModulInput", "id", "modul"),
			map[string]any{"input": map[string]any{"capacity": 1e12}}, outcome{422, "GRAPHQL_VALIDATION_FAILED", ""}},
		{"a negative page", `{ module(first: -5) { totalCount } }`, nil, outcome{200, "BAD_USER_INPUT", ""}},
		{"a huge page", `{ module(first: 2147483647) { totalCount } }`, nil, outcome{200, "BAD_USER_INPUT", ""}},
		{"an Int literal beyond 32 bits", `{ module(first: 99999999999999999999) { totalCount } }`, nil, outcome{422, "GRAPHQL_VALIDATION_FAILED", ""}},
		{"a cursor that is not one", `{ module(after: "eyIkd2hlcmUiOiIxIn0") { totalCount } }`, nil, outcome{200, "BAD_USER_INPUT", ""}},
		{"a malformed ID in node", `{ node(id: "mod_$where") { id } }`, nil, outcome{200, "BAD_USER_INPUT", ""}},
	}
	for _, tc := range cases {
		r := a.post(t, tc.query, tc.vars)
		got := outcome{status: r.Status, code: r.code()}
		if len(r.Errors) == 0 && r.Status == http.StatusOK {
			var data map[string]struct{ UserErrors []userError }
			decode(t, r.Data, &data)
			for _, p := range data {
				if len(p.UserErrors) > 0 {
					got.code, got.field = p.UserErrors[0].Code, strings.Join(p.UserErrors[0].Field, ".")
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s: %+v %+v, want %+v", tc.reason, got, r.Errors, tc.want)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "xxxxxxxxxx") || e.Extensions["code"] == "INTERNAL" {
				t.Errorf("%s: %q", tc.reason, e.Message[:min(len(e.Message), 200)])
			}
		}
	}

	// what looks like an operator is stored and found as plain text
	name := `{"$ne": null} '; db.dropDatabase(); //`
	var p struct {
		CreatePartner struct{ Partner struct{ ID, Name string } }
	}
	a.query(t, createPartner, partner(map[string]any{"name": name}), &p)
	var d struct {
		Partners struct {
			Nodes []struct{ ID, Name string }
		}
	}
	a.query(t, `query($t: String) { partners(filter: {text: $t}) { nodes { id name } } }`, map[string]any{"t": `dropDatabase`}, &d)
	if p.CreatePartner.Partner.Name != name || len(d.Partners.Nodes) != 1 || d.Partners.Nodes[0].Name != name {
		t.Errorf("an operator-like name is plain text: stored %q, found %+v", p.CreatePartner.Partner.Name, d.Partners.Nodes)
	}
}
