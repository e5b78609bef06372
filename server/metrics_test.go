package main

import (
	"strings"
	"testing"
)

func TestMetrics(t *testing.T) {
	a := newTestApp(t, nil)
	a.query(t, `query Katalog { module(first: 3) { nodes { title } } }`, nil, nil)
	a.query(t, `query Katalog { module(first: 3) { nodes { title } } }`, nil, nil)
	a.post(t, `query Kaputt { node(id: "nix") { id } }`, nil)
	a.post(t, `mutation Neu($i: CreateQuartierInput!) { createQuartier(input: $i) { userErrors { code } } }`,
		map[string]any{"i": map[string]any{"name": unique("Q"), "number": uniqueNumber(), "stadtbezirk": "Hörde"}})
	m := scrape(t, a)
	checks := map[string]func(float64) bool{
		`drehscheibe_graphql_operation_duration_seconds_count{operation="Katalog",type="query"}`: func(v float64) bool { return v == 2 },
		`drehscheibe_graphql_operation_duration_seconds_count{operation="Neu",type="mutation"}`:  func(v float64) bool { return v == 1 },
		`drehscheibe_graphql_errors_total{code="BAD_USER_INPUT"}`:                                func(v float64) bool { return v >= 1 },
		`drehscheibe_http_requests_total{code="200",path="/query"}`:                              func(v float64) bool { return v >= 4 },
		`drehscheibe_db_command_duration_seconds_count{command="insert"}`:                        func(v float64) bool { return v >= 1 },
		`drehscheibe_catalog_version`:                                                            func(v float64) bool { return v > 0 },
		`drehscheibe_catalog_age_seconds`:                                                        func(v float64) bool { return v >= 0 && v < 60 },
		`drehscheibe_catalog_loaded`:                                                             func(v float64) bool { return v == 1 },
		`drehscheibe_http_requests_in_flight`:                                                    func(v float64) bool { return v >= 1 }, // this scrape
		`drehscheibe_rate_limited_total{limiter="address"}`:                                      func(v float64) bool { return v == 0 },
	}
	for sample, ok := range checks {
		if v := metric(m, sample); !ok(v) {
			t.Errorf("%s = %v\n%s", sample, v, grep(m, strings.SplitN(sample, "{", 2)[0]))
		}
	}
	if !strings.Contains(m, "go_goroutines") || !strings.Contains(m, "process_resident_memory_bytes") {
		t.Error("runtime and process metrics missing")
	}
	// client-chosen operation names cannot blow up the label set
	for i := range 5 {
		a.post(t, `query `+strings.Repeat("x", 70+i)+` { __typename }`, nil)
	}
	if v := metric(scrape(t, a), `drehscheibe_graphql_operation_duration_seconds_count{operation="other",type="query"}`); v != 5 {
		t.Errorf("overlong operation names are counted as other: %v", v)
	}
}
