package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

const viewerQuery = `{ viewer { authenticated role credentialProblem } }`

type viewerData struct {
	Viewer struct {
		Authenticated     bool
		Role              *string
		CredentialProblem *string
	}
}

// protected is a read only signed-in callers may make.
const protected = `{ bedarfe(first: 1) { totalCount } }`

// refused checks that token is no longer accepted: viewer says why, and a protected
// operation answers UNAUTHENTICATED with the same reason.
func refused(t *testing.T, a *testApp, token, reason string) {
	t.Helper()
	var v viewerData
	a.as(token).query(t, viewerQuery, nil, &v)
	if v.Viewer.Authenticated || v.Viewer.CredentialProblem == nil || !strings.Contains(*v.Viewer.CredentialProblem, reason) {
		t.Errorf("viewer with a refused key: %+v, want the reason %q", v.Viewer, reason)
	}
	r := a.as(token).post(t, protected, nil)
	if r.code() != "UNAUTHENTICATED" || !strings.Contains(r.Errors[0].Message, reason) {
		t.Errorf("protected operation with a refused key: %+v, want UNAUTHENTICATED (%s)", r.Errors, reason)
	}
}

func accepted(t *testing.T, a *testApp, token, role string) {
	t.Helper()
	var v viewerData
	a.as(token).query(t, viewerQuery, nil, &v)
	if !v.Viewer.Authenticated || v.Viewer.Role == nil || *v.Viewer.Role != role {
		t.Fatalf("viewer with a valid %s key: %+v", role, v.Viewer)
	}
	if r := a.as(token).post(t, protected, nil); len(r.Errors) > 0 {
		t.Fatalf("protected operation with a valid key: %+v", r.Errors)
	}
}

func TestKeysThroughGraphQL(t *testing.T) {
	a := newTestApp(t, nil)
	var c struct {
		CreateApiKey struct {
			ApiKey     *struct{ ID, Name, Role string }
			Key        *string
			UserErrors []userError
		}
	}
	const create = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
		apiKey { id name role } key userErrors { field message code } } }`
	expiry := time.Now().Add(3 * time.Second)
	expires := expiry.UTC().Format(time.RFC3339Nano)
	a.query(t, create, map[string]any{"input": map[string]any{"name": "Kurzlebig", "role": "COORDINATOR",
		"themes": []string{"BNE"}, "expiresAt": expires}}, &c)
	if c.CreateApiKey.Key == nil || c.CreateApiKey.ApiKey == nil || !strings.HasPrefix(*c.CreateApiKey.Key, "dsk.") {
		t.Fatalf("createApiKey: %+v", c.CreateApiKey)
	}
	short := *c.CreateApiKey.Key
	accepted(t, a, short, "COORDINATOR")

	// the key is shown once: no query returns it or its hash again
	r := a.post(t, `{ apiKeys(first: 100) { totalCount nodes { id name role active createdAt lastUsedAt expiresAt } } }`, nil)
	secret := short[strings.LastIndex(short, ".")+1:]
	if len(r.Errors) > 0 || strings.Contains(string(r.Data), secret) || !strings.Contains(string(r.Data), c.CreateApiKey.ApiKey.ID) {
		t.Errorf("apiKeys: %s %+v", r.Data, r.Errors)
	}

	// expiry takes effect at once
	time.Sleep(time.Until(expiry) + 100*time.Millisecond)
	refused(t, a, short, "abgelaufen")

	// revocation too
	a.query(t, create, map[string]any{"input": map[string]any{"name": "Widerruf", "role": "SERVICESTELLE"}}, &c)
	long := *c.CreateApiKey.Key
	accepted(t, a, long, "SERVICESTELLE")
	var rv struct {
		RevokeApiKey struct {
			ApiKey struct {
				RevokedAt *string
				Active    bool
			}
			UserErrors []userError
		}
	}
	const revoke = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt active } userErrors { field message code } } }`
	a.query(t, revoke, map[string]any{"input": map[string]any{"id": c.CreateApiKey.ApiKey.ID}}, &rv)
	if rv.RevokeApiKey.ApiKey.RevokedAt == nil || rv.RevokeApiKey.ApiKey.Active {
		t.Errorf("revokeApiKey: %+v", rv.RevokeApiKey)
	}
	refused(t, a, long, "widerrufen")
	a.query(t, revoke, map[string]any{"input": map[string]any{"id": c.CreateApiKey.ApiKey.ID}}, &rv)
	if len(rv.RevokeApiKey.UserErrors) != 1 || rv.RevokeApiKey.UserErrors[0].Code != "INVALID_TRANSITION" {
		t.Errorf("revoking twice: %+v", rv.RevokeApiKey.UserErrors)
	}

	// bad input: userErrors with fields
	a.query(t, create, map[string]any{"input": map[string]any{"name": " ", "role": "PARTNER"}}, &c)
	fields := []string{}
	for _, ue := range c.CreateApiKey.UserErrors {
		fields = append(fields, strings.Join(ue.Field, "."))
	}
	if c.CreateApiKey.Key != nil || !strings.Contains(strings.Join(fields, " "), "name") || !strings.Contains(strings.Join(fields, " "), "partnerId") {
		t.Errorf("invalid key input: key %v, problems %v", c.CreateApiKey.Key, c.CreateApiKey.UserErrors)
	}

	// garbage in the header: anonymous with a reason, never a fault
	for _, h := range []string{"Basic dXNlcjpwdw==", "Bearer", "Bearer dsk.x.y", "Bearer " + strings.Repeat("x", 5000), "Bearer dsk.$where.{}"} {
		req, _ := http.NewRequest(http.MethodPost, a.url+"/query", strings.NewReader(`{"query":"{ viewer { authenticated credentialProblem } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", h)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(buf.String(), `"authenticated":false`) || !strings.Contains(buf.String(), "credentialProblem") {
			t.Errorf("Authorization %.20q: %d %s", h, resp.StatusCode, buf.String())
		}
	}
}

// TestKeysCommand runs `server keys` against the database of a running server: what
// it creates works at once, and what it revokes stops at once (with KEY_CACHE_TTL=0;
// by default within a second, see TestCachedKeys in the domain).
func TestKeysCommand(t *testing.T) {
	dir := t.TempDir()
	a := newTestApp(t, map[string]string{"DATA_DIR": dir, "KEY_CACHE_TTL": "0"})
	w := refs(t, a)
	env := func(k string) string { return map[string]string{"DATA_DIR": dir, "LOG_FORMAT": "json"}[k] }
	keys := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(context.Background(), append([]string{"keys"}, args...), env, &out)
		return out.String(), err
	}
	out, err := keys("create", "--role", "PARTNER", "--partner", w.Partner, "--name", "Sportverein", "--expires", "30d")
	if err != nil {
		t.Fatalf("keys create: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token := lines[len(lines)-1]
	if !strings.HasPrefix(token, "dsk.") || strings.Contains(token, " ") {
		t.Fatalf("the key must be alone on the last line:\n%s", out)
	}
	accepted(t, a, token, "PARTNER")

	out, err = keys("list")
	if err != nil || !strings.Contains(out, "Sportverein") || !strings.Contains(out, "PARTNER") || strings.Contains(out, token) {
		t.Errorf("keys list: %v\n%s", err, out)
	}
	id := "key_" + strings.Split(token, ".")[1]
	if out, err = keys("revoke", id); err != nil || !strings.Contains(out, "widerrufen") {
		t.Fatalf("keys revoke: %v\n%s", err, out)
	}
	refused(t, a, token, "widerrufen")
	if out, _ = keys("list"); strings.Contains(out, id) {
		t.Errorf("revoked keys are hidden without --all:\n%s", out)
	}
	if out, _ = keys("list", "--all"); !strings.Contains(out, id) {
		t.Errorf("keys list --all lacks the revoked key:\n%s", out)
	}

	// the audit trail knows the command line did it
	var d struct {
		AuditLog struct {
			Nodes []struct {
				Operation, Role string
				ActorName       *string
			}
		}
	}
	a.query(t, `query($id: ID!) { auditLog(filter: {entityId: $id}) { nodes { operation role actorName } } }`, map[string]any{"id": id}, &d)
	if n := d.AuditLog.Nodes; len(n) != 2 || n[0].Operation != "revokeApiKey" || n[1].Operation != "createApiKey" || n[0].Role != "SYSTEM" {
		t.Errorf("audit trail of a CLI key: %+v", n)
	}

	for name, args := range map[string][]string{
		"unknown role":     {"create", "--role", "ADMIN", "--name", "x"},
		"no partner":       {"create", "--role", "PARTNER", "--name", "x"},
		"unknown partner":  {"create", "--role", "PARTNER", "--partner", "par_aaaaaaaaaaaaaaaaaaaaaaaaaa", "--name", "x"},
		"bad expiry":       {"create", "--role", "SERVICESTELLE", "--name", "x", "--expires", "bald"},
		"expiry in past":   {"create", "--role", "SERVICESTELLE", "--name", "x", "--expires", "2020-01-01"},
		"revoke unknown":   {"revoke", "key_aaaaaaaaaaaaaaaaaaaaaaaaaa"},
		"revoke without":   {"revoke"},
		"no subcommand":    {},
		"wrong subcommand": {"delete"},
	} {
		if out, err := keys(args...); err == nil || strings.Contains(out, "dsk.") {
			t.Errorf("%s: %q succeeded or printed a key:\n%s", name, args, out)
		}
	}
}

// TestFailedAuthenticationIsSlowedDown: failing keys from one address get 429 past the
// limit; valid keys from that address do not.
func TestFailedAuthenticationIsSlowedDown(t *testing.T) {
	a := newTestApp(t, map[string]string{"AUTH_FAILURES": "3", "AUTH_FAILURE_INTERVAL": "1h"})
	wrong := a.token[:len(a.token)-4] + "aaaa"
	for i := range 3 {
		if r := a.as(wrong).post(t, protected, nil); r.code() != "UNAUTHENTICATED" {
			t.Fatalf("failed attempt %d: %d %+v", i+1, r.Status, r.Errors)
		}
	}
	r := a.as(wrong).post(t, protected, nil)
	if r.Status != http.StatusTooManyRequests || r.code() != "RATE_LIMITED" || r.Header.Get("Retry-After") == "" {
		t.Errorf("the attempt over the limit: %d %+v (Retry-After %q)", r.Status, r.Errors, r.Header.Get("Retry-After"))
	}
	// meanwhile the right key still works from this address (behind a proxy every
	// caller shares one), and so do anonymous reads
	if r := a.post(t, protected, nil); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("a valid key from an address with failed attempts: %d %+v", r.Status, r.Errors)
	}
	if r := a.anonymous().post(t, `{ partners(first: 1) { totalCount } }`, nil); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("anonymous read from a blocked address: %d %+v", r.Status, r.Errors)
	}
	logs := a.logs.String()
	if strings.Count(logs, "authentication failed") != 3 || !strings.Contains(logs, "too many failed attempts") {
		t.Errorf("failed attempts are logged:\n%s", logs)
	}
}
