package main

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/event"
)

// TestDatabaseLoginRefused: a database that refuses the login (wrong password) is said
// so once, plainly, while the service retries quietly and stays up, unready — not an
// "Interner Fehler" every second, and not an exit. Here the database is away at first
// (as while a container starts), then answers and refuses the login.
func TestDatabaseLoginRefused(t *testing.T) {
	addr := "127.0.0.1:" + freePort(t)
	a := newTestApp(t, map[string]string{"MONGODB_URI": "mongodb://drehscheibe:falschesPasswort@" + addr + "/", "MONGODB_TIMEOUT": "300ms"})
	externalDB(t, t.TempDir(), addr) // FerretDB refuses every SCRAM login, as MongoDB refuses a wrong password
	if s := status(t, a.url+"/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("/readyz while the login is refused: %d", s)
	}
	if r := a.anonymous().post(t, `{ module(first: 1) { totalCount } }`, nil); r.code() != "UNAVAILABLE" {
		t.Errorf("a read while the login is refused: %+v", r.Errors)
	}
	time.Sleep(3500 * time.Millisecond) // three retries or more
	logs := a.logs.String()
	if n := strings.Count(logs, "database refused the login"); n != 1 {
		t.Errorf("the refused login is logged %d times, want once:\n%s", n, logs)
	}
	if n := strings.Count(logs, "database unreachable"); n != 1 {
		t.Errorf("the database away at start is logged %d times, want once:\n%s", n, logs)
	}
	var noisy []string
	for _, line := range strings.Split(logs, "\n") {
		background := !strings.Contains(line, `"requestId"`) // not about a request of the test
		expected := strings.Contains(line, "refused the login") || strings.Contains(line, "database unreachable")
		if background && (strings.Contains(line, `"level":"error"`) || strings.Contains(line, `"level":"warn"`)) && !expected {
			noisy = append(noisy, line)
		}
	}
	if len(noisy) > 0 || strings.Contains(logs, "falschesPasswort") {
		t.Errorf("other warnings or the password in the log:\n%s", strings.Join(noisy, "\n"))
	}
}

// TestReadyzAnswersFromLastKnownState: /readyz asks the database nothing (it used to
// ping it, waiting up to 2 s while it was away) — it answers from what the catalogue
// poll last learned; it still turns 503 when the database goes and 200 when it is back.
func TestReadyzAnswersFromLastKnownState(t *testing.T) {
	addr, dir := "127.0.0.1:"+freePort(t), t.TempDir()
	db := externalDB(t, dir, addr)
	var pings atomic.Int64 // the catalogue poll sends finds, never a ping
	monitor := &event.CommandMonitor{Started: func(_ context.Context, e *event.CommandStartedEvent) {
		if e.CommandName == "ping" {
			pings.Add(1)
		}
	}}
	a := newTestAppWith(t, map[string]string{"MONGODB_URI": "mongodb://" + addr + "/", "MONGODB_TIMEOUT": "500ms", "CATALOG_POLL_INTERVAL": "200ms"}, monitor)
	probes := func(want int) {
		t.Helper()
		before := pings.Load()
		for range 10 {
			if s := status(t, a.url+"/readyz"); s != want {
				t.Errorf("/readyz: %d, want %d", s, want)
			}
		}
		if n := pings.Load() - before; n > 0 {
			t.Errorf("10 probes of /readyz sent %d pings to the database", n)
		}
	}
	probes(http.StatusOK)

	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "/readyz 503 once a poll failed", func() bool { return status(t, a.url+"/readyz") == http.StatusServiceUnavailable })
	probes(http.StatusServiceUnavailable)

	externalDB(t, dir, addr)
	eventually(t, 30*time.Second, "/readyz 200 once the database is back", func() bool { return status(t, a.url+"/readyz") == http.StatusOK })
	if logs := a.logs.String(); !strings.Contains(logs, "database unreachable") || !strings.Contains(logs, "database reachable again") {
		t.Errorf("the outage and the recovery are not logged:\n%s", logs)
	}
}

// TestSecondServerOnOneDataDirIsRefused: a second server on the DATA_DIR of a running
// one would use the first one's embedded database and lose it when the first stops;
// it refuses to start and says why. Commands (seed, keys, import) still attach.
func TestSecondServerOnOneDataDirIsRefused(t *testing.T) {
	dir := t.TempDir()
	first := newTestApp(t, map[string]string{"DATA_DIR": dir, "SEED": "false"})
	second, err := startTestApp(map[string]string{"DATA_DIR": dir, "SEED": "false"}, nil)
	if err == nil {
		_ = second.stop()
		t.Fatal("a second server started on the same DATA_DIR")
	}
	if !strings.Contains(err.Error(), "DATA_DIR") || !strings.Contains(err.Error(), dir) {
		t.Errorf("the refusal does not name DATA_DIR and the directory: %v", err)
	}
	if s := status(t, first.url+"/readyz"); s != http.StatusOK {
		t.Errorf("the first server after the refused second: /readyz %d", s)
	}
}
