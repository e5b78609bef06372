package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

func TestTextCache(t *testing.T) {
	ctx := context.Background()
	c := newTextCache(3, func(k, v string) int { return len(v) })
	c.budget = 10
	c.Add(ctx, "a", "xxxx")
	c.Add(ctx, "b", "xxxx")
	c.Get(ctx, "a") // a is now more recent than b
	c.Add(ctx, "c", "xxxx")
	if _, ok := c.Get(ctx, "b"); ok {
		t.Error("over the text budget, the least recently used entry stays")
	}
	for _, k := range []string{"a", "c"} {
		if _, ok := c.Get(ctx, k); !ok {
			t.Errorf("%s was dropped", k)
		}
	}
	c.Add(ctx, "big", strings.Repeat("x", 11))
	if _, ok := c.Get(ctx, "big"); ok || c.used != 8 {
		t.Errorf("an entry over the whole budget was kept (used %d)", c.used)
	}
	for _, k := range []string{"d", "e", "f"} {
		c.Add(ctx, k, "x")
	}
	if c.order.Len() != 3 || len(c.index) != 3 {
		t.Errorf("%d entries kept, at most 3", c.order.Len())
	}
}

// TestQueryCachesAreBounded: distinct valid queries with long string literals (within
// the token limit, under the 1 MiB body limit), sent as automatic persisted queries,
// do not pile up in the parsed-query and persisted-query caches: the heap stays within
// their text budget, not at count × size.
func TestQueryCachesAreBounded(t *testing.T) {
	a := newTestApp(t, map[string]string{"SEED": "false"})
	h := a.app.http.Handler
	long := strings.Repeat("x", 600_000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range 150 {
		q := fmt.Sprintf(`{ module(filter: {text: "%d%s"}) { totalCount } }`, i, long)
		body := mustJSON(map[string]any{"query": q, "extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha256Hex(q)}}})
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "BAD_USER_INPUT") {
			t.Fatalf("query %d: %d %.300s", i, rec.Code, rec.Body.String())
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("150 queries of 600 KB: the heap grew by %d MB", grown>>20)
	// two caches of 4 MiB of text each, and what the rest of the app allocated meanwhile
	if grown > 40<<20 {
		t.Errorf("the heap grew by %d MB after 150 distinct 600 KB queries (90 MB of text): the caches keep them", grown>>20)
	}
}
