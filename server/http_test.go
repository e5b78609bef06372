package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestHealthAndReadiness(t *testing.T) {
	a := shared(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(a.url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"status":`) {
			t.Errorf("GET %s: %d %s", path, resp.StatusCode, body)
		}
	}
}

func TestPlayground(t *testing.T) {
	cases := map[string]struct {
		reason string
		env    map[string]string
		want   int
	}{
		"on":  {"GraphiQL is served in development", nil, http.StatusOK},
		"off": {"PLAYGROUND=false turns it off", map[string]string{"PLAYGROUND": "false", "SEED": "false"}, http.StatusNotFound},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			a := shared(t)
			if tc.env != nil {
				a = newTestApp(t, tc.env)
			}
			resp, err := http.Get(a.url + "/playground")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Fatalf("%s: status %d, want %d", tc.reason, resp.StatusCode, tc.want)
			}
			if tc.want == http.StatusOK && !strings.Contains(strings.ToLower(string(body)), "graphiql") {
				t.Errorf("%s: the page is not GraphiQL", tc.reason)
			}
		})
	}
}

func TestEveryResponseCarriesTheCatalogVersion(t *testing.T) {
	a := shared(t)
	for name, query := range map[string]string{
		"data":        `{ __typename }`,
		"field error": `{ node(id: "kein-id") { id } }`,
		"parse error": `{ module(first: `,
		"validation":  `{ nichtDa }`,
	} {
		r := a.post(t, query, nil)
		if _, ok := r.Extensions["catalogVersion"].(float64); !ok {
			t.Errorf("%s: extensions %v lack catalogVersion", name, r.Extensions)
		}
	}
}

func TestRequestIDHeader(t *testing.T) {
	r := shared(t).post(t, `{ __typename }`, nil)
	if id := r.Header.Get("X-Request-ID"); len(id) < 10 {
		t.Errorf("X-Request-ID = %q", id)
	}
}

func TestTransportRules(t *testing.T) {
	a := shared(t)
	get := func(q string) gqlResult {
		return a.send(t, http.MethodGet, "/query?query="+url.QueryEscape(q), "", nil)
	}
	if r := get(`{ quartiere(first: 1) { totalCount } }`); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("GET query: %d %+v", r.Status, r.Errors)
	}
	if r := get(`mutation { closeBedarf(input: {id: "bed_aaaa", version: 1}) { userErrors { code } } }`); r.Status == http.StatusOK && len(r.Errors) == 0 {
		t.Errorf("GET mutation was executed: %d", r.Status)
	}
	big := strings.Repeat("x", 2<<20)
	if r := a.send(t, http.MethodPost, "/query", "application/json", []byte(`{"query":"{ __typename }","x":"`+big+`"}`)); r.Status != http.StatusRequestEntityTooLarge && r.Status != http.StatusBadRequest {
		t.Errorf("2 MiB body: status %d", r.Status)
	}
}

func TestCORSAllowList(t *testing.T) {
	a := newTestApp(t, map[string]string{"CORS_ORIGINS": "https://campus.example", "SEED": "false"})
	for origin, allowed := range map[string]bool{"https://campus.example": true, "https://evil.example": false} {
		req, _ := http.NewRequest(http.MethodOptions, a.url+"/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		got := resp.Header.Get("Access-Control-Allow-Origin") == origin
		if got != allowed {
			t.Errorf("origin %s: allowed %v, want %v (headers %v)", origin, got, allowed, resp.Header)
		}
		if allowed && !strings.Contains(strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")), "authorization") {
			t.Errorf("origin %s: Authorization not allowed: %v", origin, resp.Header)
		}
	}
}
