package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

// nestedGET is a GET of a query nested levels deep ({a{a{a…}}}), the shape of the
// denial-of-service query found by outside testing: about 7 bytes of URL per level.
func nestedGET(levels int) string {
	q := strings.Repeat("a{", levels) + "a" + strings.Repeat("}", levels)
	return "/query?query=" + urlEscape("{"+q+"}")
}

// serveCost runs GET path through the app's real handler in-process (no network, so
// that only the server's work is counted) and returns the allocations and allocated
// bytes of one request, the least of a few runs.
func serveCost(t testing.TB, h http.Handler, path string) (mallocs, bytes uint64) {
	t.Helper()
	mallocs, bytes = ^uint64(0), ^uint64(0)
	for range 3 {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		rec := httptest.NewRecorder()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		h.ServeHTTP(rec, req)
		runtime.ReadMemStats(&after)
		// refused by the token limit or, first, by the parser's nesting limit: either
		// way the parser stops early
		body := rec.Body.String()
		if rec.Code != http.StatusUnprocessableEntity || !(strings.Contains(body, "MAX_TOKENS_EXCEEDED") || strings.Contains(body, "zu tief verschachtelt")) {
			t.Fatalf("GET of %d bytes: %d %.200s, want 422 MAX_TOKENS_EXCEEDED or a parse refusal for the nesting", len(path), rec.Code, body)
		}
		mallocs = min(mallocs, after.Mallocs-before.Mallocs)
		bytes = min(bytes, after.TotalAlloc-before.TotalAlloc)
	}
	return mallocs, bytes
}

// TestHugeNestedGETIsBounded: a nested GET query of almost 1 MB (the URL limit of the
// HTTP server) costs what one just over the token limit costs, plus decoding the URL
// once: the query is parsed only up to the token limit, however long it is. Before, a
// GET was parsed in full and without a limit to see whether it was a mutation.
func TestHugeNestedGETIsBounded(t *testing.T) {
	a := newTestApp(t, map[string]string{"SEED": "false"})
	h := a.app.http.Handler
	small, huge := nestedGET(2000), nestedGET(140_000)
	if len(huge) < 950_000 || len(huge) > 1_000_000 {
		t.Fatalf("the huge GET has %d bytes, want about 980 KB", len(huge))
	}
	serveCost(t, h, small) // warm up
	sm, sb := serveCost(t, h, small)
	hm, hb := serveCost(t, h, huge)
	t.Logf("GET of %d bytes: %d allocations, %d bytes; of %d bytes: %d allocations, %d bytes", len(small), sm, sb, len(huge), hm, hb)
	if hm > 2*sm+1000 {
		t.Errorf("allocations grow with the query: %d for %d bytes, %d for %d bytes", sm, len(small), hm, len(huge))
	}
	// the URL is decoded once (the query parameter is a copy of it), nothing more
	if hb > sb+4*uint64(len(huge)) {
		t.Errorf("allocated bytes grow beyond decoding the URL: %d for %d bytes, %d for %d bytes", sb, len(small), hb, len(huge))
	}
}

// BenchmarkNestedGET measures nested GET queries far past the token limit through the
// real handler, in-process: time and allocations stay flat as the query grows.
//
//	go test ./server -run '^$' -bench BenchmarkNestedGET -benchmem
func BenchmarkNestedGET(b *testing.B) {
	a := newTestApp(b, map[string]string{"SEED": "false"})
	h := a.app.http.Handler
	for _, levels := range []int{2_000, 14_000, 140_000} {
		path := nestedGET(levels)
		req := httptest.NewRequest(http.MethodGet, path, nil) // parsing the URL is the HTTP server's part
		b.Run(fmt.Sprintf("%dKB", len(path)/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req.Clone(req.Context()))
				if rec.Code != http.StatusUnprocessableEntity {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}
