package main

import (
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/embedded"
)

// externalDB runs FerretDB as a stand-in for an external MongoDB at addr, with its
// files in dir, so that a test can stop it and start it again on the same address.
func externalDB(t *testing.T, dir, addr string) *embedded.DB {
	t.Helper()
	db, err := embedded.StartAt(dir, addr, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("start FerretDB at %s: %v", addr, err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// eventually retries check until it reports true, for at most d.
func eventually(t *testing.T, d time.Duration, what string, check func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !check() {
		if time.Since(start) > d {
			t.Fatalf("%s: not within %s", what, d)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return time.Since(start)
}

func status(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestDatabaseAwayAtStart(t *testing.T) {
	addr := "127.0.0.1:" + freePort(t)
	a := newTestApp(t, map[string]string{"MONGODB_URI": "mongodb://" + addr + "/", "MONGODB_TIMEOUT": "300ms"})
	if s := status(t, a.url+"/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("/readyz without a database: %d", s)
	}
	if s := status(t, a.url+"/healthz"); s != http.StatusOK {
		t.Errorf("/healthz without a database: %d", s)
	}
	anon := a.anonymous()
	if r := anon.post(t, `{ module(first: 1) { totalCount } }`, nil); r.code() != "UNAVAILABLE" {
		t.Errorf("a read before the catalogue was ever loaded: %+v", r.Errors)
	}
	if r := anon.post(t, `{ __typename viewer { authenticated } }`, nil); len(r.Errors) > 0 {
		t.Errorf("what needs no catalogue still answers: %+v", r.Errors)
	}

	externalDB(t, t.TempDir(), addr)
	took := eventually(t, 30*time.Second, "ready once the database is there", func() bool {
		return status(t, a.url+"/readyz") == http.StatusOK
	})
	t.Logf("ready %s after the database came", took)
	var d struct{ Module struct{ TotalCount int } }
	anon.query(t, `{ module(first: 1) { totalCount } }`, nil, &d)
	if d.Module.TotalCount == 0 {
		t.Error("the demo data was not seeded once the database came")
	}
}

func TestDatabaseLostMidRun(t *testing.T) {
	addr, dir := "127.0.0.1:"+freePort(t), t.TempDir()
	db := externalDB(t, dir, addr)
	a := newTestApp(t, map[string]string{"MONGODB_URI": "mongodb://" + addr + "/", "MONGODB_TIMEOUT": "500ms", "CATALOG_POLL_INTERVAL": "200ms"})
	const read = `{ module(first: 3) { totalCount nodes { title } } }`
	var before struct{ Module struct{ TotalCount int } }
	a.query(t, read, nil, &before)
	create := mutation("createQuartier", "CreateQuartierInput", "id", "quartier")
	input := func() map[string]any {
		return map[string]any{"input": map[string]any{"name": unique("Q"), "number": uniqueNumber(), "stadtbezirk": "Hörde"}}
	}

	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// reads are served from the last snapshot, with the (cached) key too
	var during struct{ Module struct{ TotalCount int } }
	a.query(t, read, nil, &during)
	if during.Module.TotalCount != before.Module.TotalCount {
		t.Errorf("snapshot read during the outage: %d, want %d", during.Module.TotalCount, before.Module.TotalCount)
	}
	time.Sleep(1100 * time.Millisecond) // past KEY_CACHE_TTL: the last verified copy stands in
	if r := a.post(t, `{ viewer { role } bedarfe(first: 1) { totalCount } }`, nil); len(r.Errors) > 0 {
		t.Errorf("a signed-in read during the outage: %+v", r.Errors)
	}
	if r := a.post(t, create, input()); r.code() != "UNAVAILABLE" {
		t.Errorf("a write during the outage: %d %+v", r.Status, r.Errors)
	}
	if s := status(t, a.url+"/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage: %d", s)
	}
	if s := status(t, a.url+"/healthz"); s != http.StatusOK {
		t.Errorf("/healthz during the outage: %d", s)
	}

	externalDB(t, dir, addr)
	took := eventually(t, 30*time.Second, "writes succeed again", func() bool {
		r := a.post(t, create, input())
		return r.Status == http.StatusOK && len(r.Errors) == 0
	})
	t.Logf("writes succeed %s after the database is back", took)
	eventually(t, 10*time.Second, "ready again", func() bool { return status(t, a.url+"/readyz") == http.StatusOK })
}

// TestConcurrentUpdatesOneWins: clients updating one entity at the same version — one
// wins, every other gets CONFLICT, nothing is lost or doubled.
func TestConcurrentUpdatesOneWins(t *testing.T) {
	a := newTestApp(t, nil)
	w := refs(t, a)
	var p struct {
		CreateModul struct{ Modul struct{ ID string } }
	}
	a.query(t, mutation("createModul", "CreateModulInput", "id", "modul"), map[string]any{"input": modulInput(w.Partner)}, &p)
	id := p.CreateModul.Modul.ID
	update := mutation("updateModul", "UpdateModulInput", "id version title", "modul")
	const clients = 8
	results := make([]gqlResult, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = a.post(t, update, map[string]any{"input": map[string]any{"id": id, "version": 1, "title": unique("Titel")}})
		}()
	}
	wg.Wait()
	won, conflicts := 0, 0
	for _, r := range results {
		var d struct {
			UpdateModul struct{ UserErrors []userError }
		}
		decode(t, r.Data, &d)
		switch {
		case len(r.Errors) > 0:
			t.Errorf("top-level error: %+v", r.Errors)
		case len(d.UpdateModul.UserErrors) == 0:
			won++
		case d.UpdateModul.UserErrors[0].Code == "CONFLICT":
			conflicts++
		}
	}
	if won != 1 || conflicts != clients-1 {
		t.Errorf("%d won, %d conflicts; want 1 and %d", won, conflicts, clients-1)
	}
	var d struct {
		Node     struct{ Version int }
		AuditLog struct{ TotalCount int }
	}
	a.query(t, `query($id: ID!) { node(id: $id) { ... on Modul { version } } auditLog(filter: {entityId: $id}) { totalCount } }`, map[string]any{"id": id}, &d)
	if d.Node.Version != 2 || d.AuditLog.TotalCount != 2 {
		t.Errorf("version %d and %d audit entries; want 2 and 2 (create, one update)", d.Node.Version, d.AuditLog.TotalCount)
	}
}
