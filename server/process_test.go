package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// process is the service running as a process of its own (this test binary in server
// mode, see TestMain), on the embedded database in dir.
type process struct {
	cmd  *exec.Cmd
	url  string
	logs *syncBuffer
	done chan error
}

func startProcess(t *testing.T, dir, port string) *process {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), serverProcessEnv+"=1", "DATA_DIR="+dir, "PORT="+port, "HOST=127.0.0.1",
		"LOG_FORMAT=json", "RATE_LIMIT=0", "RATE_LIMIT_KEY=0", "SHUTDOWN_TIMEOUT=20s")
	p := &process{cmd: cmd, url: "http://127.0.0.1:" + port, logs: &syncBuffer{}, done: make(chan error, 1)}
	allLogs.add(p.logs)
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-p.done
		}
	})
	eventually(t, 60*time.Second, "the process serves", func() bool {
		select {
		case err := <-p.done:
			t.Fatalf("the process ended: %v\n%s", err, p.logs)
		default:
		}
		return status(t, p.url+"/readyz") == http.StatusOK
	})
	return p
}

// keyFor makes a Servicestelle key in dir with the keys command.
func keyFor(t *testing.T, dir string) string {
	t.Helper()
	var out bytes.Buffer
	env := func(k string) string { return map[string]string{"DATA_DIR": dir, "LOG_FORMAT": "json"}[k] }
	if err := run(context.Background(), []string{"keys", "create", "--role", "SERVICESTELLE", "--name", "Prozesstest"}, env, &out); err != nil {
		t.Fatalf("keys create: %v\n%s", err, out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	return lines[len(lines)-1]
}

// TestKill9KeepsAcknowledgedWrites kills the service (SIGKILL) in the middle of a
// concurrent write load on the embedded database; after a restart every write that
// was acknowledged to a client is there.
func TestKill9KeepsAcknowledgedWrites(t *testing.T) {
	dir, port := t.TempDir(), freePort(t)
	token := keyFor(t, dir)
	p := startProcess(t, dir, port)
	client := &testApp{url: p.url, token: token}
	create := mutation("createQuartier", "CreateQuartierInput", "id", "quartier")

	var mu sync.Mutex
	var acked []string
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				id, ok := tryCreate(client.url, token, create)
				if ok {
					mu.Lock()
					acked = append(acked, id)
					mu.Unlock()
				}
			}
		}()
	}
	time.Sleep(1500 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
	close(stop)
	wg.Wait()
	if len(acked) < 20 {
		t.Fatalf("only %d writes acknowledged before the kill; the test needs a load", len(acked))
	}

	p = startProcess(t, dir, port)
	missing := 0
	for i := 0; i < len(acked); i += 100 {
		ids := acked[i:min(i+100, len(acked))]
		var d struct{ Nodes []*struct{ ID string } }
		client.url = p.url
		client.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &d)
		for j, n := range d.Nodes {
			if n == nil {
				missing++
				t.Errorf("acknowledged write %s is lost", ids[j])
			}
		}
	}
	t.Logf("%d writes acknowledged before SIGKILL, %d missing after the restart", len(acked), missing)
}

// tryCreate sends one createQuartier; ok only when the service acknowledged it.
func tryCreate(url, token, query string) (string, bool) {
	body := mustJSON(map[string]any{"query": query, "variables": map[string]any{"input": map[string]any{
		"name": unique("Quartier"), "number": uniqueNumber(), "stadtbezirk": "Hörde"}}})
	req, _ := http.NewRequest(http.MethodPost, url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	var out struct {
		Data struct {
			CreateQuartier struct {
				Quartier   *struct{ ID string }
				UserErrors []userError
			}
		}
		Errors []gqlError
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&out) != nil || len(out.Errors) > 0 {
		return "", false
	}
	if q := out.Data.CreateQuartier.Quartier; q != nil && len(out.Data.CreateQuartier.UserErrors) == 0 {
		return q.ID, true
	}
	return "", false
}

// TestSIGTERMDrainsRequests: on SIGTERM the service stops taking connections but
// finishes the request in flight, then exits cleanly.
func TestSIGTERMDrainsRequests(t *testing.T) {
	dir, port := t.TempDir(), freePort(t)
	p := startProcess(t, dir, port)
	body, feed := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, p.url+"/query", body)
	req.Header.Set("Content-Type", "application/json")
	answered := make(chan *http.Response, 1)
	failed := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			failed <- err
			return
		}
		answered <- resp
	}()
	// half a request: the server is reading it when the signal comes
	if _, err := feed.Write([]byte(`{"query": "{ module(first: 1) `)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if status(t, p.url+"/healthz") != 0 {
		t.Error("new connections are still accepted after SIGTERM")
	}
	if _, err := feed.Write([]byte(`{ totalCount } }"}`)); err != nil {
		t.Fatal(err)
	}
	feed.Close()
	select {
	case resp := <-answered:
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "totalCount") {
			t.Errorf("the request in flight: %d %s", resp.StatusCode, b)
		}
	case err := <-failed:
		t.Fatalf("the request in flight failed: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("the request in flight was not answered")
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v\n%s", err, p.logs)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the process did not exit after SIGTERM")
	}
}
