package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestHealthcheckCommand: `server healthcheck`, the container's HEALTHCHECK, passes
// against a running server and fails against none; --ready follows /readyz.
func TestHealthcheckCommand(t *testing.T) {
	a := shared(t)
	check := func(port string, args ...string) error {
		env := map[string]string{"HOST": "127.0.0.1", "PORT": port}
		return run(context.Background(), append([]string{"healthcheck"}, args...), func(k string) string { return env[k] }, &bytes.Buffer{})
	}
	port := strconv.Itoa(a.app.addr.(*net.TCPAddr).Port)
	for _, args := range [][]string{nil, {"--ready"}} {
		if err := check(port, args...); err != nil {
			t.Errorf("healthcheck %v against a running server: %v", args, err)
		}
		if err := check(freePort(t), args...); err == nil {
			t.Errorf("healthcheck %v against nothing passed", args)
		}
	}
	// alive but not ready: the database is away
	away := newTestApp(t, map[string]string{"MONGODB_URI": "mongodb://127.0.0.1:" + freePort(t) + "/", "MONGODB_TIMEOUT": "300ms"})
	port = strconv.Itoa(away.app.addr.(*net.TCPAddr).Port)
	if err := check(port); err != nil {
		t.Errorf("healthcheck while the database is away (alive): %v", err)
	}
	if err := check(port, "--ready"); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("healthcheck --ready while the database is away: %v", err)
	}
}

// TestContainerFiles checks what can be checked of the container files without a
// Docker engine: the Go image is the go.mod version, the image has a HEALTHCHECK that
// runs the health check command, .dockerignore keeps the local database and the
// repository history out of the build context but nothing the build needs, and the
// compose MongoDB healthcheck can fail.
func TestContainerFiles(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	gomod := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(read("go.mod"))
	dockerfile := read("Dockerfile")
	from := regexp.MustCompile(`(?m)^FROM golang:(\S+?)-\S+ AS build$`).FindStringSubmatch(dockerfile)
	if gomod == nil || from == nil || from[1] != gomod[1] {
		t.Errorf("the build image's Go version %v differs from go.mod's %v", from, gomod)
	}
	hc := regexp.MustCompile(`(?m)^HEALTHCHECK .*CMD (\[.*\])$`).FindStringSubmatch(dockerfile)
	var cmd []string
	if hc == nil || json.Unmarshal([]byte(hc[1]), &cmd) != nil || len(cmd) < 2 || cmd[0] != "/server" || cmd[1] != "healthcheck" {
		t.Errorf("no HEALTHCHECK running /server healthcheck: %v", hc)
	}

	ignored := dockerignore(t, read(".dockerignore"))
	for _, p := range []string{"data", "data/ferretdb.uri", ".git", ".git/config"} {
		if !ignored(p) {
			t.Errorf(".dockerignore lets %s into the build context", p)
		}
	}
	out, err := exec.Command("go", "list", "-f", `{{.Dir}}{{range .GoFiles}} {{.}}{{end}}{{range .EmbedFiles}} {{.}}{{end}}`, "../...").Output()
	if err != nil {
		t.Fatal(err)
	}
	root, _ := filepath.Abs("..")
	needed := []string{"go.mod", "go.sum"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		dir, _ := filepath.Rel(root, f[0])
		for _, name := range f[1:] {
			needed = append(needed, filepath.ToSlash(filepath.Join(dir, name)))
		}
	}
	for _, p := range needed {
		if ignored(p) {
			t.Errorf(".dockerignore keeps %s, which the build needs, out of the build context", p)
		}
	}

	compose := read("docker-compose.yml")
	mongo := regexp.MustCompile(`(?m)^\s+test: (\["CMD", "mongosh".*\])$`).FindStringSubmatch(compose)
	var test []string
	if mongo == nil || json.Unmarshal([]byte(mongo[1]), &test) != nil {
		t.Fatalf("no mongosh healthcheck in docker-compose.yml")
	}
	// mongosh exits 0 unless the script throws or quits with a code: the check must
	// quit non-zero when the node is no writable primary
	if script := test[len(test)-1]; !strings.Contains(script, "isWritablePrimary") || !strings.Contains(script, "quit(1)") {
		t.Errorf("the MongoDB healthcheck cannot fail: %s", script)
	}
}

// dockerignore returns whether a path (slash-separated, relative to the build context)
// is left out by the patterns (the subset of Docker's syntax this repository uses: *,
// ?, ** and directories covering what is below them).
func dockerignore(t *testing.T, text string) func(string) bool {
	var res []*regexp.Regexp
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "!") {
			t.Fatalf(".dockerignore exception %q: teach this test about them first", line)
		}
		p := regexp.QuoteMeta(strings.TrimPrefix(line, "/"))
		p = strings.NewReplacer(`\*\*/`, `(.*/)?`, `\*\*`, `.*`, `\*`, `[^/]*`, `\?`, `[^/]`).Replace(p)
		res = append(res, regexp.MustCompile(`^`+p+`$`))
	}
	return func(path string) bool {
		parts := strings.Split(path, "/")
		for i := range parts {
			prefix := strings.Join(parts[:i+1], "/")
			for _, re := range res {
				if re.MatchString(prefix) {
					return true
				}
			}
		}
		return false
	}
}
