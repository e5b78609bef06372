package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
)

// dump reads every document of every collection of database name at uri, by
// collection and _id.
func dump(t *testing.T, uri, name string) map[string]map[string]bson.Raw {
	t.Helper()
	ctx := context.Background()
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	db := client.Database(name)
	names, err := db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]bson.Raw{}
	for _, coll := range names {
		cur, err := db.Collection(coll).Find(ctx, bson.D{})
		if err != nil {
			t.Fatal(err)
		}
		docs := map[string]bson.Raw{}
		for cur.Next(ctx) {
			docs[cur.Current.Lookup("_id").String()] = slices.Clone(cur.Current)
		}
		if err := cur.Err(); err != nil {
			t.Fatal(err)
		}
		out[coll] = docs
	}
	return out
}

// settled reports whether no document still holds audit entries on their way to the
// audit trail (the outbox moves them in the background).
func settled(d map[string]map[string]bson.Raw) bool {
	for _, docs := range d {
		for _, raw := range docs {
			if a, ok := raw.Lookup("audit").DocumentOK(); ok && len(a) > 5 {
				return false
			}
		}
	}
	return true
}

// runCommand runs `server args…` with env and returns what it printed.
func runCommand(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	vars := map[string]string{"LOG_FORMAT": "json"}
	for k, v := range env {
		vars[k] = v
	}
	var out bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return vars[k] }, &out)
	return out.String(), err
}

// TestBackupRestoreRoundTrip: a backup of the demo data and workflow writes, taken
// while the service runs on the embedded database, restored into another database
// given by MONGODB_URI (a FerretDB standing in for MongoDB), holds every document of
// every collection byte for byte — also of a collection the code does not know.
func TestBackupRestoreRoundTrip(t *testing.T) {
	src := t.TempDir()
	a := newTestApp(t, map[string]string{"DATA_DIR": src})
	r := refs(t, a)

	// workflow: a partner, a Modul through review and publication, a need covered by it, a key
	var p struct{ Partner struct{ ID string } }
	a.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"), map[string]any{
		"name": unique("Musikschule Clarenberg"), "kind": "KULTUREINRICHTUNG", "themes": []string{"MUSIK_KULTUR"},
		"serviceArea": map[string]any{"citywide": true}, "contact": map[string]any{"name": "Jörg Ünal", "phone": "0231 50-12345"}}, &p)
	var m modulResult
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id", "modul"), modulInput(p.Partner.ID), &m)
	for i, op := range []string{"submitModulForReview", "publishModul"} {
		if ue := a.mutate(t, op, mutation(op, "ModulTransitionInput", "status", "modul"), map[string]any{"id": m.Modul.ID, "version": 1 + i}, nil); len(ue) > 0 {
			t.Fatalf("%s: %+v", op, ue)
		}
	}
	var b struct{ Bedarf struct{ ID string } }
	a.mutate(t, "createBedarf", mutation("createBedarf", "CreateBedarfInput", "id", "bedarf"), map[string]any{
		"institutionId": r.School, "title": "Musik im Ganztag", "theme": "SPORT_GESUNDHEIT",
		"ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 12}, &b)
	if ue := a.mutate(t, "coverBedarf", mutation("coverBedarf", "CoverBedarfInput", "status", "bedarf"),
		map[string]any{"id": b.Bedarf.ID, "version": 1, "modulId": m.Modul.ID}, nil); len(ue) > 0 {
		t.Fatalf("coverBedarf: %+v", ue)
	}
	partnerKey := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(p.Partner.ID)}})

	// a notification e-mail waiting in the queue
	if _, err := a.app.db.store.MailQueue().Enqueue(context.Background(), []mail.Message{mailtest.Message("Sicherung", "a@example.org")}, time.Now()); err != nil {
		t.Fatal(err)
	}

	// a collection the code does not know yet, with BSON types of every kind
	uri, name := a.app.db.embedded.URI(), a.app.cfg.MongoDatabase
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Database(name).Collection("zukunft").InsertOne(context.Background(), bson.D{
		{Key: "_id", Value: "anf_1"}, {Key: "i32", Value: int32(7)}, {Key: "i64", Value: int64(1) << 40}, {Key: "f", Value: 0.1},
		{Key: "t", Value: time.Date(2026, 3, 1, 8, 0, 0, 123e6, time.UTC)}, {Key: "bin", Value: bson.Binary{Data: []byte{0, 1, 255}}},
		{Key: "arr", Value: bson.A{"Grüße", bson.D{{Key: "x", Value: nil}}, true}}, {Key: "oid", Value: bson.NewObjectID()},
	})
	_ = client.Disconnect(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	// the outbox has moved the audit entries: nothing changes while the backup runs
	var before map[string]map[string]bson.Raw
	for deadline := time.Now().Add(20 * time.Second); ; {
		before = dump(t, uri, name)
		if settled(before) || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	file := filepath.Join(t.TempDir(), "drehscheibe.backup.gz")
	out, err := runCommand(t, map[string]string{"DATA_DIR": src}, "backup", "--out", file)
	if err != nil {
		t.Fatalf("backup beside the running service: %v\n%s", err, out)
	}
	if !strings.Contains(out, "Sicherung geschrieben") || !strings.Contains(out, "zukunft") {
		t.Errorf("backup output:\n%s", out)
	}

	target := embeddedtest.Start(t)
	env := map[string]string{"MONGODB_URI": target.URI(), "MONGODB_DATABASE": name}
	if out, err := runCommand(t, env, "restore", "--in", file); err != nil {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	after := dump(t, target.URI(), name)
	for coll, docs := range before {
		if len(after[coll]) != len(docs) {
			t.Errorf("%s: %d documents restored, %d backed up", coll, len(after[coll]), len(docs))
		}
		for id, raw := range docs {
			if coll == "meta" && strings.Contains(id, "identity") {
				if bytes.Equal(after[coll][id], raw) {
					t.Error("the restored database took over the identity of the one backed up")
				}
				continue
			}
			if !bytes.Equal(after[coll][id], raw) {
				t.Errorf("%s %s differs:\nbacked up %s\nrestored  %s", coll, id, raw, after[coll][id])
			}
		}
	}
	if len(before["module"]) < 20 || len(before["audit"]) < 5 || len(before["apikeys"]) < 2 || len(before["zukunft"]) != 1 || len(before["mails"]) != 1 {
		t.Errorf("the round trip covered too little: %d Module, %d audit entries, %d keys, %d mails", len(before["module"]), len(before["audit"]), len(before["apikeys"]), len(before["mails"]))
	}
	for coll := range after {
		if _, ok := before[coll]; !ok && len(after[coll]) > 0 {
			t.Errorf("restore made documents in %s, which the backup does not have", coll)
		}
	}

	// a second restore into the now filled database is refused, and changes nothing
	out, err = runCommand(t, env, "restore", "--in", file)
	if err == nil || !strings.Contains(err.Error(), "nicht leer") {
		t.Errorf("restore into a filled database: %v\n%s", err, out)
	}
	if again := dump(t, target.URI(), name); len(again["module"]) != len(after["module"]) || len(again["audit"]) != len(after["audit"]) {
		t.Error("the refused restore wrote something")
	}

	// the service runs on the restored database, with the data and the key that was issued
	b2 := newTestApp(t, map[string]string{"MONGODB_URI": target.URI(), "MONGODB_DATABASE": name, "SEED": "false"})
	var got struct{ Module struct{ TotalCount int } }
	b2.query(t, `{ module { totalCount } }`, nil, &got)
	var want struct{ Module struct{ TotalCount int } }
	a.query(t, `{ module { totalCount } }`, nil, &want)
	if got.Module.TotalCount != want.Module.TotalCount {
		t.Errorf("the restored service lists %d Module, the original %d", got.Module.TotalCount, want.Module.TotalCount)
	}
	var viewer struct{ Viewer struct{ Role string } }
	b2.as(partnerKey).query(t, `{ viewer { role } }`, nil, &viewer)
	if viewer.Viewer.Role != "PARTNER" {
		t.Errorf("a key issued before the backup is %q after the restore", viewer.Viewer.Role)
	}
}

// TestRestoreRefusesBrokenArchives: an archive that is cut off, altered, of a newer
// format or schema, or no archive at all, is refused before anything is written.
func TestRestoreRefusesBrokenArchives(t *testing.T) {
	src := t.TempDir()
	if out, err := runCommand(t, map[string]string{"DATA_DIR": src}, "seed"); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	good := filepath.Join(t.TempDir(), "good.backup.gz")
	if out, err := runCommand(t, map[string]string{"DATA_DIR": src}, "backup", "--out", good); err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	plain := gunzip(t, raw)
	regzip := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		_, _ = w.Write(b)
		_ = w.Close()
		return buf.Bytes()
	}
	flipped := slices.Clone(raw)
	flipped[len(flipped)/2] ^= 0xff
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"cut off":          {raw[:len(raw)*2/3], "unbrauchbar"},
		"a byte changed":   {flipped, "unbrauchbar"},
		"no gzip":          {[]byte("hello"), "keine gzip-Datei"},
		"empty":            {nil, "keine gzip-Datei"},
		"last record gone": {regzip(plain[:len(plain)-40]), "Schluss fehlt"},
		"a document gone":  {regzip(dropDocument(t, plain)), "Dokumente"},
		"newer format":     {regzip(bytes.Replace(plain, []byte("formatVersion\x00\x01"), []byte("formatVersion\x00\x09"), 1)), "Formatversion 9"},
		"newer schema":     {regzip(bytes.Replace(plain, []byte("schemaVersion\x00\x02"), []byte("schemaVersion\x00\x07"), 1)), "Schema-Version 7"},
		"trailing data":    {append(slices.Clone(raw), regzip([]byte("Z"))...), "nach dem Schluss"},
	} {
		file := filepath.Join(t.TempDir(), "broken.backup.gz")
		if err := os.WriteFile(file, c.data, 0o600); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		out, err := runCommand(t, map[string]string{"DATA_DIR": dir}, "restore", "--in", file)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "nichts geschrieben") {
			t.Errorf("%s: %v, want an error saying %q and that nothing was written\n%s", name, err, c.want, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "drehscheibe.sqlite")); err == nil {
			t.Errorf("%s: the refused restore opened the database", name)
		}
	}
	if _, err := runCommand(t, map[string]string{"DATA_DIR": t.TempDir()}, "restore", "--in", filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing file was restored")
	}
	if _, err := runCommand(t, nil, "backup"); err == nil || !strings.Contains(err.Error(), "--out") {
		t.Errorf("backup without --out: %v", err)
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return plain
}

// dropDocument removes the first document record of the module collection from an
// uncompressed archive.
func dropDocument(t *testing.T, plain []byte) []byte {
	t.Helper()
	rec, _ := bson.Marshal(bson.D{{Key: "name", Value: "module"}})
	start := bytes.Index(plain, append([]byte("C"), rec...))
	if start < 0 {
		t.Fatal("no module collection in the archive")
	}
	doc := start + 1 + len(rec)
	if plain[doc] != 'D' {
		t.Fatalf("record %q after the collection start", plain[doc])
	}
	n := int(plain[doc+1]) | int(plain[doc+2])<<8 | int(plain[doc+3])<<16 | int(plain[doc+4])<<24
	return append(slices.Clone(plain[:doc]), plain[doc+1+n:]...)
}
