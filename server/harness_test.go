package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/event"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// testApp is the real service (real HTTP handler, real embedded database in a
// temporary directory) started in-process for a test.
type testApp struct {
	app  *app
	url  string
	logs *syncBuffer
	stop func() error
	// token is the API key sent with requests: a SERVICESTELLE key unless as() chose
	// another ("" sends none).
	token string
}

// as returns the app seen by the holder of token ("" for anonymous).
func (a *testApp) as(token string) *testApp {
	c := *a
	c.token = token
	return &c
}

// anonymous returns the app seen by a caller without a key.
func (a *testApp) anonymous() *testApp { return a.as("") }

// key issues a key of role with its scope (partner, institution or Kindercampus ID, or
// themes) directly through the service and returns the token.
func (a *testApp) key(t testing.TB, k drehscheibe.ApiKey) string {
	t.Helper()
	if k.Name == "" {
		k.Name = "Test " + string(k.Role)
	}
	_, token, err := a.app.svc.CreateApiKey(drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test")), &k)
	if err != nil {
		t.Fatalf("create %s key: %v", k.Role, err)
	}
	return token
}

// syncBuffer collects the log of an app for assertions.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// allLogs keeps the log of every app the tests start, for checkLogs.
var allLogs logRegistry

type logRegistry struct {
	mu   sync.Mutex
	bufs []*syncBuffer
}

func (l *logRegistry) add(b *syncBuffer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.bufs = append(l.bufs, b)
}

// emailAddress finds e-mail addresses.
var emailAddress = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// checkLogs reports any API key or e-mail address in the logs of the apps the tests
// ran: logs never carry keys or contact data.
func checkLogs() error {
	allLogs.mu.Lock()
	defer allLogs.mu.Unlock()
	for i, b := range allLogs.bufs {
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.Contains(line, "dsk.") {
				return fmt.Errorf("log of app %d holds an API key: %s", i, line)
			}
			if m := emailAddress.FindString(line); m != "" {
				return fmt.Errorf("log of app %d holds an e-mail address (%s): %s", i, m, line)
			}
		}
	}
	return nil
}

// newTestApp starts the service with the given environment on top of test defaults
// (any free port, a fresh DATA_DIR, JSON logs). It is stopped when the test ends.
func newTestApp(t testing.TB, env map[string]string) *testApp {
	t.Helper()
	return newTestAppWith(t, env, nil)
}

// newTestAppWith is newTestApp with a monitor of the database commands (nil: none) and
// the configuration changed by tune before the start, for what is no setting.
func newTestAppWith(t testing.TB, env map[string]string, monitor *event.CommandMonitor, tune ...func(*Config)) *testApp {
	t.Helper()
	vars := map[string]string{"DATA_DIR": t.TempDir()}
	for k, v := range env {
		vars[k] = v
	}
	ta, err := startTestApp(vars, monitor, tune...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := ta.stop(); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return ta
}

// startTestApp starts the service on any free loopback port with JSON logs captured;
// tune (if any) changes the configuration first.
func startTestApp(env map[string]string, monitor *event.CommandMonitor, tune ...func(*Config)) (*testApp, error) {
	// no rate limits unless a test sets them: the tests send far more than a client would
	vars := map[string]string{"PORT": "0", "HOST": "127.0.0.1", "LOG_FORMAT": "json", "LOG_LEVEL": "info",
		"RATE_LIMIT": "0", "RATE_LIMIT_KEY": "0"}
	for k, v := range env {
		vars[k] = v
	}
	c, err := loadConfig("server", nil, func(k string) string { return vars[k] }, io.Discard)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	for _, f := range tune {
		f(&c)
	}
	logs := &syncBuffer{}
	allLogs.add(logs)
	a, err := startAppWith(context.Background(), c, newLogger(c, logs), monitor)
	if err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() { stopErr = a.shutdown() })
		return stopErr
	}
	// a database away (or refusing the login) at start leaves the app without a key; the
	// test makes one later
	_, admin, err := a.svc.CreateApiKey(drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test")),
		&drehscheibe.ApiKey{Name: "Test Servicestelle", Role: drehscheibe.RoleServicestelle})
	if err != nil && !retryable(err) {
		_ = stop()
		return nil, fmt.Errorf("servicestelle key: %w", err)
	}
	return &testApp{app: a, url: "http://" + a.addr.String(), logs: logs, stop: stop, token: admin}, nil
}

// shared is one app with the demo data for tests that only read or that write
// entities of their own. TestMain stops it.
var (
	sharedOnce sync.Once
	sharedApp  *testApp
	sharedErr  error
	sharedDir  string
)

func shared(t *testing.T) *testApp {
	t.Helper()
	sharedOnce.Do(func() {
		sharedDir, sharedErr = os.MkdirTemp("", "drehscheibe-test-")
		if sharedErr == nil {
			// the read tests fetch whole tables with their edges in one query, far above
			// what the cost limit lets a client ask for (limits_test.go tests that)
			sharedApp, sharedErr = startTestApp(map[string]string{"DATA_DIR": sharedDir, "MAX_COMPLEXITY": "1000000"}, nil)
		}
	})
	if sharedErr != nil {
		t.Fatalf("shared app: %v", sharedErr)
	}
	return sharedApp
}

func stopShared() {
	if sharedApp != nil {
		_ = sharedApp.stop()
	}
	if sharedDir != "" {
		_ = os.RemoveAll(sharedDir)
	}
}

// gqlResult is a decoded GraphQL response.
type gqlResult struct {
	Status     int
	Header     http.Header
	Data       json.RawMessage `json:"data"`
	Errors     []gqlError      `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// code returns extensions.code of the first error.
func (r gqlResult) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// post sends a GraphQL request as JSON.
func (a *testApp) post(t testing.TB, query string, vars map[string]any) gqlResult {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return a.send(t, http.MethodPost, "/query", "application/json", body)
}

// send sends a raw request to the app and decodes a GraphQL response.
func (a *testApp) send(t testing.TB, method, path, contentType string, body []byte) gqlResult {
	t.Helper()
	req, err := http.NewRequest(method, a.url+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return a.do(t, req)
}

// do sends req with the app's key (if any) and decodes a GraphQL response.
func (a *testApp) do(t testing.TB, req *http.Request) gqlResult {
	t.Helper()
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r gqlResult
	if len(raw) > 0 && strings.HasPrefix(resp.Header.Get("Content-Type"), "application") {
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatalf("%s %s: status %d, undecodable body %q: %v", req.Method, req.URL.Path, resp.StatusCode, raw, err)
		}
	}
	r.Status, r.Header = resp.StatusCode, resp.Header
	return r
}

// query runs a request that must succeed and decodes data into out.
func (a *testApp) query(t testing.TB, query string, vars map[string]any, out any) gqlResult {
	t.Helper()
	r := a.post(t, query, vars)
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		t.Fatalf("status %d, errors %+v\nquery: %s\nvars: %v", r.Status, r.Errors, query, vars)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			t.Fatalf("decode %s: %v", r.Data, err)
		}
	}
	return r
}

// userError is a UserError of a mutation payload.
type userError struct {
	Field   []string `json:"field"`
	Message string   `json:"message"`
	Code    string   `json:"code"`
}

// mutate runs a mutation whose payload field is named field and decodes the payload;
// top-level errors fail the test.
func (a *testApp) mutate(t testing.TB, field, mutation string, input map[string]any, out any) []userError {
	t.Helper()
	var data map[string]json.RawMessage
	a.query(t, mutation, map[string]any{"input": input}, &data)
	var payload struct {
		UserErrors []userError `json:"userErrors"`
	}
	if err := json.Unmarshal(data[field], &payload); err != nil {
		t.Fatalf("decode payload %s: %v", data[field], err)
	}
	if out != nil {
		if err := json.Unmarshal(data[field], out); err != nil {
			t.Fatalf("decode payload %s: %v", data[field], err)
		}
	}
	return payload.UserErrors
}
