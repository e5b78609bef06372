package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
)

type counts struct {
	Quartiere             struct{ TotalCount int }
	Institutionen         struct{ TotalCount int }
	Partners              struct{ TotalCount int }
	Module                struct{ TotalCount int }
	Bedarfe               struct{ TotalCount int }
	KindercampusStandorte struct{ TotalCount int }
	Foerderprogramme      struct{ TotalCount int }
}

const countQuery = `{ quartiere { totalCount } institutionen { totalCount } partners { totalCount }
	module(filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}) { totalCount }
	bedarfe(filter: {status: [OPEN, COVERED, CLOSED]}) { totalCount } kindercampusStandorte { totalCount }
	foerderprogramme { totalCount } }`

func TestRestartKeepsEverythingAndSeedsOnce(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DATA_DIR": dir}
	first := newTestApp(t, env)
	var before counts
	first.query(t, countQuery, nil, &before)
	if want := len(demo.Entities()); before.Quartiere.TotalCount+before.Institutionen.TotalCount+before.Partners.TotalCount+
		before.Module.TotalCount+before.Bedarfe.TotalCount+before.KindercampusStandorte.TotalCount+before.Foerderprogramme.TotalCount != want {
		t.Fatalf("first start: %+v, want %d entities of demo data", before, want)
	}
	var created struct{ Partner struct{ ID string } }
	first.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"),
		map[string]any{"name": "Nach dem Neustart noch da e.V.", "kind": "VEREIN", "themes": []string{"BNE"}}, &created)
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}

	second := newTestApp(t, env)
	var after counts
	second.query(t, countQuery, nil, &after)
	before.Partners.TotalCount++
	if after != before {
		t.Errorf("after restart %+v, want %+v (nothing lost, nothing seeded twice)", after, before)
	}
	var node struct{ Node *struct{ Name string } }
	second.query(t, `query($id: ID!) { node(id: $id) { ... on Partner { name } } }`, map[string]any{"id": created.Partner.ID}, &node)
	if node.Node == nil || node.Node.Name != "Nach dem Neustart noch da e.V." {
		t.Errorf("the partner created before the restart: %+v", node.Node)
	}
	if !strings.Contains(second.logs.String(), "demo data not loaded") {
		t.Error("the second start does not say it left the data alone")
	}
	if !strings.Contains(second.logs.String(), "catalogue loaded from its checkpoint") {
		t.Error("the second start read the whole catalogue instead of its checkpoint")
	}
}

// A checkpoint older than the database (the process was killed after it was saved)
// is brought up to date from the database: the writes after it are there.
func TestStartFromAnOlderCheckpoint(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DATA_DIR": dir}
	first := newTestApp(t, env)
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, checkpointFile)
	old, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no checkpoint after a shutdown: %v", err)
	}
	second := newTestApp(t, env)
	var created struct{ Partner struct{ ID string } }
	second.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"),
		map[string]any{"name": "Nach dem Checkpoint e.V.", "kind": "VEREIN", "themes": []string{"BNE"}}, &created)
	if err := second.stop(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, old, 0o600); err != nil { // as if killed before saving
		t.Fatal(err)
	}
	third := newTestApp(t, env)
	var node struct{ Node *struct{ Name string } }
	third.query(t, `query($id: ID!) { node(id: $id) { ... on Partner { name } } }`, map[string]any{"id": created.Partner.ID}, &node)
	if node.Node == nil {
		t.Error("the partner written after the checkpoint is missing")
	}
	if !strings.Contains(third.logs.String(), "catalogue loaded from its checkpoint") {
		t.Error("the start did not use the older checkpoint")
	}
}

func TestTwoInstancesSeeEachOthersWrites(t *testing.T) {
	db := embeddedtest.Start(t)
	env := map[string]string{"MONGODB_URI": db.URI(), "MONGODB_DATABASE": "shared", "CATALOG_POLL_INTERVAL": "200ms"}
	one := newTestApp(t, env)
	two := newTestApp(t, env)
	for name, w := range map[string]struct{ writer, reader *testApp }{"one→two": {one, two}, "two→one": {two, one}} {
		var p struct{ Partner struct{ ID string } }
		w.writer.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"),
			map[string]any{"name": unique("Partner aus Instanz " + name), "kind": "INITIATIVE", "themes": []string{"BNE"}}, &p)
		deadline := time.Now().Add(10 * time.Second)
		for {
			var n struct{ Node *struct{ ID string } }
			w.reader.query(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": p.Partner.ID}, &n)
			if n.Node != nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: the write did not arrive within 10 s (poll interval 200 ms)", name)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	var c1, c2 counts
	r1 := one.query(t, countQuery, nil, &c1)
	r2 := two.query(t, countQuery, nil, &c2)
	if c1 != c2 {
		t.Errorf("the instances disagree: %+v vs %+v", c1, c2)
	}
	if r1.Extensions["catalogVersion"] != r2.Extensions["catalogVersion"] {
		t.Logf("catalog versions %v and %v (may differ by a poll)", r1.Extensions["catalogVersion"], r2.Extensions["catalogVersion"])
	}
}

func TestBadConfigIsRefusedAtStart(t *testing.T) {
	cases := map[string]struct {
		reason string
		env    map[string]string
		args   []string
		want   []string
	}{
		"port":       {"a port is a number", map[string]string{"PORT": "achtzig"}, nil, []string{"PORT"}},
		"port range": {"ports end at 65535", map[string]string{"PORT": "70000"}, nil, []string{"PORT"}},
		"uri":        {"a MongoDB URI has its scheme", map[string]string{"MONGODB_URI": "postgres://x"}, nil, []string{"MONGODB_URI"}},
		"database":   {"database names have no dots", map[string]string{"MONGODB_DATABASE": "a.b"}, nil, []string{"MONGODB_DATABASE"}},
		"seed":       {"booleans are true/false", map[string]string{"SEED": "vielleicht"}, nil, []string{"SEED"}},
		"cors":       {"origins are scheme://host", map[string]string{"CORS_ORIGINS": "campus.example"}, nil, []string{"CORS_ORIGINS"}},
		"log level":  {"known levels only", map[string]string{"LOG_LEVEL": "loud"}, nil, []string{"LOG_LEVEL"}},
		"poll":       {"durations have units", map[string]string{"CATALOG_POLL_INTERVAL": "2"}, nil, []string{"CATALOG_POLL_INTERVAL"}},
		"several":    {"every bad value is named at once", map[string]string{"PORT": "x", "PLAYGROUND": "ja"}, nil, []string{"PORT", "PLAYGROUND"}},
		"flag":       {"flags are checked like variables", nil, []string{"-port", "-1"}, []string{"PORT"}},
		"unknown":    {"unknown flags are refused", nil, []string{"-colour", "blue"}, []string{"colour"}},
		"data dir":   {"DATA_DIR may not be blank", nil, []string{"-data-dir="}, []string{"DATA_DIR"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			dir := t.TempDir()
			getenv := func(k string) string {
				if k == "DATA_DIR" {
					return dir
				}
				return tc.env[k]
			}
			// should a bad value slip through, the service stops at once instead of running on
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			err := run(ctx, tc.args, getenv, &out)
			if err == nil {
				t.Fatalf("%s: the service started", tc.reason)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error()+out.String(), w) {
					t.Errorf("%s: error %q does not name %s", tc.reason, err, w)
				}
			}
		})
	}
}

func TestSecretsAreMaskedInTheStartupLog(t *testing.T) {
	env := map[string]string{"MONGODB_URI": "mongodb://drehscheibe:geheimesPasswort@db.example:27017/?authSource=admin&tlsCertificateKeyFilePassword=auchGeheim"}
	c, err := loadConfig("server", nil, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	log := newLogger(c, &out)
	log.Info().Object("config", c).Msg("starting Drehscheibe")
	log.Info().Str("uri", redactURI(c.MongoURI)).Msg("database")
	if strings.Contains(out.String(), "geheim") {
		t.Errorf("a secret appears in the log: %s", out.String())
	}
	if !strings.Contains(out.String(), "drehscheibe:xxxxx@db.example:27017") {
		t.Errorf("the masked URI is not logged: %s", out.String())
	}
}

func TestSeedCommand(t *testing.T) {
	dir := t.TempDir()
	// a running server without demo data on the embedded database …
	a := newTestApp(t, map[string]string{"DATA_DIR": dir, "SEED": "false", "CATALOG_POLL_INTERVAL": "100ms"})
	var c counts
	a.query(t, countQuery, nil, &c)
	if c.Module.TotalCount != 0 {
		t.Fatalf("SEED=false loaded data: %+v", c)
	}
	// … and `server seed` beside it, on the same DATA_DIR
	var out bytes.Buffer
	env := map[string]string{"DATA_DIR": dir, "LOG_FORMAT": "json"}
	if err := run(context.Background(), []string{"seed"}, func(k string) string { return env[k] }, &out); err != nil {
		t.Fatalf("seed: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "attached") {
		t.Errorf("seed did not attach to the running server's database: %s", out.String())
	}
	deadline := time.Now().Add(10 * time.Second)
	for a.query(t, countQuery, nil, &c); c.Module.TotalCount == 0; a.query(t, countQuery, nil, &c) {
		if time.Now().After(deadline) {
			t.Fatal("the running server did not pick up the seeded data")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// seeding again changes nothing
	out.Reset()
	if err := run(context.Background(), []string{"seed"}, func(k string) string { return env[k] }, &out); err != nil {
		t.Fatal(err)
	}
	var again counts
	a.query(t, countQuery, nil, &again)
	if !strings.Contains(out.String(), "not loaded") || again != c {
		t.Errorf("second seed: %s; counts %+v → %+v", out.String(), c, again)
	}
}
