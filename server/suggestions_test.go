package main

import (
	"strings"
	"testing"
)

// TestNoSuggestionsInProduction: production names no field, argument, type, enum value
// or input field the caller did not write ("Did you mean …" would let anyone map the
// schema with introspection off); development keeps the hints.
func TestNoSuggestionsInProduction(t *testing.T) {
	dev := newTestApp(t, map[string]string{"SEED": "false"}).anonymous()
	prod := newTestApp(t, map[string]string{"PRODUCTION": "true", "SEED": "false"}).anonymous()
	cases := []struct {
		reason, query string
		vars          map[string]any
		devHint       bool // development suggests something
	}{
		{"unknown field", `{ modul(first: 1) { totalCount } }`, nil, true},
		{"unknown argument", `{ module(frist: 1) { totalCount } }`, nil, true},
		{"unknown enum value", `{ module(filter: {themes: [SPORT_GESUNDHEITT]}) { totalCount } }`, nil, true},
		{"unknown input field", `{ module(filter: {theme: [SPORT_GESUNDHEIT]}) { totalCount } }`, nil, true},
		{"unknown type of a fragment", `{ ...F } fragment F on Quer { __typename }`, nil, true},
		{"a field without its selection", `{ module }`, nil, true},
		{"unknown type of a variable", `query($f: ModulFiltr) { module(filter: $f) { totalCount } }`, nil, false},
		{"unknown enum value in variables", `query($t: [Theme!]) { module(filter: {themes: $t}) { totalCount } }`, map[string]any{"t": []string{"SPORT_GESUNDHEITT"}}, false},
	}
	for _, tc := range cases {
		r := prod.post(t, tc.query, tc.vars)
		if len(r.Errors) == 0 {
			t.Errorf("%s: no error", tc.reason)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "Did you mean") {
				t.Errorf("%s: a suggestion in production: %q", tc.reason, e.Message)
			}
		}
		// the probe is one that gets a hint where hints are on
		r = dev.post(t, tc.query, tc.vars)
		if got := len(r.Errors) > 0 && strings.Contains(r.Errors[0].Message, "Did you mean"); got != tc.devHint {
			t.Errorf("%s: development hints %v, want %v: %+v", tc.reason, got, tc.devHint, r.Errors)
		}
	}
}
