package main

import (
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestClientAddressBehindProxies(t *testing.T) {
	trusted, err := parseTrustedProxies("10.0.0.0/8, 192.0.2.1, ::ffff:192.0.2.2, fd00::/8")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		reason, peer string
		xff          []string
		want         string
	}{
		{"no proxy: the peer", "198.51.100.7", nil, "198.51.100.7"},
		{"an untrusted peer's header is ignored", "198.51.100.7", []string{"203.0.113.1"}, "198.51.100.7"},
		{"one trusted proxy", "192.0.2.1", []string{"203.0.113.1"}, "203.0.113.1"},
		{"a chain of trusted proxies", "10.1.2.3", []string{"203.0.113.1, 10.9.9.9", "192.0.2.1"}, "203.0.113.1"},
		{"what the client wrote itself stays left of its address", "192.0.2.1", []string{"127.0.0.1, 10.0.0.1, 203.0.113.1"}, "203.0.113.1"},
		{"ports are dropped", "192.0.2.1", []string{"203.0.113.1:4711"}, "203.0.113.1"},
		{"IPv6", "fd00::1", []string{"[2001:db8::5]:80"}, "2001:db8::5"},
		{"an IPv4-mapped proxy", "::ffff:192.0.2.2", []string{"203.0.113.9"}, "203.0.113.9"},
		{"garbage ends at the proxy that passed it", "192.0.2.1", []string{"unknown, 10.0.0.7"}, "10.0.0.7"},
		{"all trusted: the leftmost", "192.0.2.1", []string{"10.0.0.1, 10.0.0.2"}, "10.0.0.1"},
		{"a trusted proxy without header", "192.0.2.1", nil, "192.0.2.1"},
	}
	for _, tc := range cases {
		if got := trusted.client(netip.MustParseAddr(tc.peer).Unmap(), tc.xff).String(); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.reason, got, tc.want)
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.intern", "10.0.0.1-10.0.0.9"} {
		if _, err := parseTrustedProxies(bad); err == nil {
			t.Errorf("TRUSTED_PROXIES=%q accepted", bad)
		}
	}
}

// TestTrustedProxies: behind a trusted proxy every client has its own rate limit and
// failed-authentication limit, found in X-Forwarded-For; without TRUSTED_PROXIES the
// header changes nothing, so a client cannot pick a fresh limit by writing it.
func TestTrustedProxies(t *testing.T) {
	env := map[string]string{"AUTH_FAILURES": "2", "AUTH_FAILURE_INTERVAL": "1h", "RATE_LIMIT": "0.001", "RATE_BURST": "3", "SEED": "false"}
	behind := newTestApp(t, merged(env, map[string]string{"TRUSTED_PROXIES": "127.0.0.1"}))
	open := newTestApp(t, env)
	post := func(a *testApp, token, xff string) gqlResult {
		req, _ := http.NewRequest(http.MethodPost, a.url+"/query", strings.NewReader(`{"query":"{ viewer { authenticated } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if xff != "" {
			req.Header.Set("X-Forwarded-For", xff)
		}
		return a.as(token).do(t, req)
	}
	const attacker, colleague = "203.0.113.7", "198.51.100.1"
	wrong := behind.token[:len(behind.token)-4] + "aaaa"

	for range 2 {
		if r := post(behind, wrong, attacker); r.Status != http.StatusOK {
			t.Fatalf("a failed attempt under the limit: %d %+v", r.Status, r.Errors)
		}
	}
	if r := post(behind, wrong, attacker); r.Status != http.StatusTooManyRequests {
		t.Errorf("the attacker past the limit: %d", r.Status)
	}
	if r := post(behind, wrong, "192.0.2.50, "+attacker); r.Status != http.StatusTooManyRequests {
		t.Errorf("the attacker writing a fresh address in front of its own: %d", r.Status)
	}
	if r := post(behind, wrong, colleague); r.Status != http.StatusOK || r.code() != "" {
		t.Errorf("another client behind the same proxy with a wrong key: %d %+v", r.Status, r.Errors)
	}
	if r := post(behind, behind.token, attacker); r.Status != http.StatusOK || !strings.Contains(string(r.Data), `"authenticated":true`) {
		t.Errorf("a valid key from the attacker's address: %d %s", r.Status, r.Data)
	}
	// anonymous rate limit per forwarded client
	limited := 0
	for range 4 {
		if post(behind, "", colleague).Status == http.StatusTooManyRequests {
			limited++
		}
	}
	if r := post(behind, "", "192.0.2.99"); limited == 0 || r.Status != http.StatusOK {
		t.Errorf("rate limit per forwarded client: %d of 4 limited for one client, another client %d", limited, r.Status)
	}

	// without TRUSTED_PROXIES the header is ignored: every "client" shares the peer's limit
	wrong = open.token[:len(open.token)-4] + "aaaa"
	for i, xff := range []string{"203.0.113.1", "203.0.113.2"} {
		if r := post(open, wrong, xff); r.Status != http.StatusOK {
			t.Fatalf("failed attempt %d: %d", i+1, r.Status)
		}
	}
	if r := post(open, wrong, "203.0.113.3"); r.Status != http.StatusTooManyRequests {
		t.Errorf("a forged X-Forwarded-For escaped the limit: %d", r.Status)
	}
}
