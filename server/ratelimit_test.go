package main

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func TestRateLimits(t *testing.T) {
	a := newTestApp(t, map[string]string{"RATE_LIMIT": "0.01", "RATE_BURST": "3", "RATE_LIMIT_KEY": "0.01", "RATE_BURST_KEY": "5"})
	const q = `{ __typename }`
	count := func(app *testApp, n int) (ok, limited int, last gqlResult) {
		for range n {
			r := app.post(t, q, nil)
			switch r.Status {
			case http.StatusOK:
				ok++
			case http.StatusTooManyRequests:
				limited++
				last = r
			default:
				t.Fatalf("status %d %+v", r.Status, r.Errors)
			}
		}
		return
	}
	// per address for anonymous callers
	ok, limited, last := count(a.anonymous(), 5)
	if ok != 3 || limited != 2 {
		t.Errorf("anonymous: %d answered, %d limited; want 3 and 2", ok, limited)
	}
	secs, err := strconv.Atoi(last.Header.Get("Retry-After"))
	if last.code() != "RATE_LIMITED" || err != nil || secs < 1 {
		t.Errorf("limited response: %+v Retry-After %q", last.Errors, last.Header.Get("Retry-After"))
	}
	// per key: a key has its own bucket, also from the same address
	ok, limited, _ = count(a, 7)
	if ok != 5 || limited != 2 {
		t.Errorf("first key: %d answered, %d limited; want 5 and 2", ok, limited)
	}
	other := a.as(a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle}))
	if ok, _, _ := count(other, 5); ok != 5 {
		t.Errorf("a second key shares no bucket with the first: %d of 5 answered", ok)
	}
	// health and metrics are never limited
	for _, path := range []string{"/healthz", "/metrics"} {
		resp, err := http.Get(a.url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
	m := scrape(t, a)
	if metric(m, `drehscheibe_rate_limited_total{limiter="address"}`) != 2 || metric(m, `drehscheibe_rate_limited_total{limiter="key"}`) != 2 {
		t.Errorf("rate-limit metrics:\n%s", grep(m, "rate_limited"))
	}
}

// scrape reads /metrics.
func scrape(t *testing.T, a *testApp) string {
	t.Helper()
	resp, err := http.Get(a.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("/metrics content type %q", ct)
	}
	return b.String()
}

// metric returns the value of the sample named exactly (name with labels), or -1.
func metric(text, sample string) float64 {
	for _, line := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(line, sample+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

func grep(text, part string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, part) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}
