package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/opendata/opendatatest"
)

// TestImportCommand runs `server import dortmund` beside a running server: the
// imported institutions arrive in the server's catalogue with their source.
func TestImportCommand(t *testing.T) {
	dataDir := t.TempDir()
	a := newTestApp(t, map[string]string{"DATA_DIR": dataDir, "CATALOG_POLL_INTERVAL": "200ms"})
	city := opendatatest.City(t, "base", "latin1")
	env := func(k string) string { return map[string]string{"DATA_DIR": dataDir, "LOG_FORMAT": "json"}[k] }
	importCity := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(context.Background(), append([]string{"import", "dortmund", "--dir", city}, args...), env, &out)
		return out.String(), err
	}

	out, err := importCity("--dry-run")
	if err != nil || !strings.Contains(out, "Probelauf") || !strings.Contains(out, "Institutionen") {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	const q = `{ institutionen(filter: {text: "Stiftschule"}) { nodes { name children source { name key importedAt } quartier { number } } } }`
	type result struct {
		Institutionen struct {
			Nodes []struct {
				Name     string
				Children int
				Source   *struct{ Name, Key, ImportedAt string }
				Quartier struct{ Number string }
			}
		}
	}
	var d result
	a.query(t, q, nil, &d)
	for _, n := range d.Institutionen.Nodes {
		if n.Source != nil {
			t.Fatalf("the dry run imported %s", n.Name)
		}
	}

	if out, err = importCity(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	eventually(t, 10*time.Second, "the server sees the import", func() bool {
		d = result{}
		a.query(t, q, nil, &d)
		for _, n := range d.Institutionen.Nodes {
			if n.Source != nil && n.Name == "Stiftschule" {
				return n.Quartier.Number == "535" && n.Children == 235 && strings.Contains(n.Source.Name, "Stadt Dortmund")
			}
		}
		return false
	})
	if out, err = importCity(); err != nil || !strings.Contains(out, "unverändert") {
		t.Errorf("second import: %v\n%s", err, out)
	}
	// the trail names the import
	var audit struct {
		AuditLog struct {
			Nodes []struct{ Operation, Role, ActorName string }
		}
	}
	a.query(t, `{ auditLog(first: 1) { nodes { operation role actorName } } }`, nil, &audit)
	if n := audit.AuditLog.Nodes; len(n) != 1 || n[0].Operation != "import" || n[0].Role != "SYSTEM" || !strings.Contains(n[0].ActorName, "Import") {
		t.Errorf("audit entry of the import: %+v", n)
	}

	for name, args := range map[string][]string{
		"no source":      {"import"},
		"other source":   {"import", "hamburg", "--dir", city},
		"no dir":         {"import", "dortmund"},
		"missing folder": {"import", "dortmund", "--dir", filepath.Join(city, "fehlt")},
	} {
		var out bytes.Buffer
		if err := run(context.Background(), args, env, &out); err == nil {
			t.Errorf("%s: %q succeeded:\n%s", name, args, out.String())
		}
	}
}
