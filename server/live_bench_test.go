package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"go.mongodb.org/mongo-driver/v2/event"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// BenchmarkLivePoll measures what one poll of the dashboard's live updates costs the
// service (docs/live-updates.md): { __typename } — what the page sends every 5 s
// while visible — anonymous, with a key and with a browser session (cookie and CSRF
// token, as the dashboard sends it), against reading a page's own query (the
// partner's inbox, 5 requests in it) every time instead. Whole requests through the
// real HTTP handler on the embedded database with the demo data; dbcalls/op counts
// the database commands, resp-bytes/op the answer's size. Compare within one run:
//
//	go test ./server -run '^$' -bench BenchmarkLivePoll -benchtime 3s
func BenchmarkLivePoll(b *testing.B) {
	var calls atomic.Int64
	monitor := &event.CommandMonitor{Started: func(context.Context, *event.CommandStartedEvent) { calls.Add(1) }}
	a := newTestAppWith(b, nil, monitor)
	w := benchWorld(b, a)
	for range 5 {
		w.anfrage(b, "REQUESTED")
	}
	key := a.key(b, drehscheibe.ApiKey{Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}})
	browser := newWebClient(b, a.url)
	if r := browser.signInWithKey(b, key, dashboardPath); r.Status != http.StatusSeeOther {
		b.Fatalf("sign-in: %d %s", r.Status, r.Body)
	}
	csrf, cookie := browser.session(b).CSRFToken, browser.sessionCookie(b)
	page, err := os.ReadFile("../web/dashboard/ops/PartnerPage.graphql")
	if err != nil {
		b.Fatal(err)
	}
	const poll = `query Live { __typename }`
	session := func(r *http.Request) {
		r.Header.Set("Cookie", sessionCookie+"="+cookie)
		r.Header.Set(csrfHeader, csrf)
		r.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	for _, bc := range []struct {
		name  string
		query string
		vars  map[string]any
		auth  func(*http.Request)
	}{
		{"typename/anonymous", poll, nil, func(*http.Request) {}},
		{"typename/key", poll, nil, func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+key) }},
		{"typename/session", poll, nil, session},
		{"partnerPage/session", string(page), map[string]any{"id": w.partnerA}, session},
	} {
		body, _ := json.Marshal(map[string]any{"query": bc.query, "variables": bc.vars})
		send := func(tb testing.TB) int {
			req, _ := http.NewRequest(http.MethodPost, a.url+"/query", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			bc.auth(req)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				tb.Error(err)
				return 0
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(raw), `"catalogVersion"`) || strings.Contains(string(raw), `"errors"`) {
				tb.Errorf("%s: %d %s", bc.name, resp.StatusCode, raw)
			}
			return len(raw)
		}
		b.Run(bc.name, func(b *testing.B) {
			send(b) // warm the query cache
			before := calls.Load()
			var size atomic.Int64
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					size.Add(int64(send(b)))
				}
			})
			b.StopTimer()
			// the catalogue's background poll (every 2 s) also talks to the database
			b.ReportMetric(float64(calls.Load()-before)/float64(b.N), "dbcalls/op")
			b.ReportMetric(float64(size.Load())/float64(b.N), "resp-bytes/op")
		})
	}
}
