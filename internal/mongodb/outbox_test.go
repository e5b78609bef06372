package mongodb_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

func entry(entity drehscheibe.ID, at time.Time) *drehscheibe.AuditEntry {
	return &drehscheibe.AuditEntry{ID: drehscheibe.NewID(drehscheibe.KindAudit), At: at, Role: drehscheibe.RoleSystem,
		EntityID: entity, Operation: drehscheibe.OpRestore}
}

// pendingIn counts the audit entries still waiting in the documents of a collection.
func pendingIn(t *testing.T, uri, coll string) int {
	t.Helper()
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	cur, err := client.Database("test").Collection(coll).Find(context.Background(), bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for cur.Next(context.Background()) {
		if a, ok := cur.Current.Lookup("audit").DocumentOK(); ok {
			elems, _ := a.Elements()
			n += len(elems)
		}
	}
	return n
}

// Every entry stored with a write reaches the audit trail and leaves its document,
// also when a move takes more documents than FerretDB can update in one command.
func TestAuditEntriesMoveToTheTrail(t *testing.T) {
	ctx := context.Background()
	db := embeddedtest.Start(t)
	s := embeddedtest.StoreOn(t, db)
	const n = 300
	at := time.Now().UTC().Truncate(time.Millisecond)
	for i := range n {
		q := fixture.New(fmt.Sprint("q", i)).Quartier
		stamp(q, int64(i+1))
		if err := s.Insert(ctx, q, entry(q.ID, at)); err != nil {
			t.Fatal(err)
		}
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	total, err := s.CountAudit(wctx, drehscheibe.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if total != n {
		t.Errorf("%d entries in the trail, want %d", total, n)
	}
	if left := pendingIn(t, db.URI(), "quartiere"); left != 0 {
		t.Errorf("%d entries still wait in their documents", left)
	}
}

// Entries a crashed process left in documents are moved by the next store that reads
// them.
func TestLeftEntriesAreMovedByTheNextReader(t *testing.T) {
	ctx := context.Background()
	db := embeddedtest.Start(t)
	// the "crashed" process: its entries are written straight into the document
	client, err := mongo.Connect(options.Client().ApplyURI(db.URI()))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	s := embeddedtest.StoreOn(t, db)
	q := fixture.New("").Quartier
	stamp(q, 1)
	if err := s.Insert(ctx, q, nil); err != nil {
		t.Fatal(err)
	}
	old := entry(q.ID, time.Now().Add(-time.Hour).UTC().Truncate(time.Millisecond))
	_, err = client.Database("test").Collection("quartiere").UpdateOne(ctx, bson.D{{Key: "_id", Value: string(q.ID)}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "audit." + string(old.ID), Value: bson.D{
			{Key: "_id", Value: string(old.ID)}, {Key: "at", Value: old.At}, {Key: "role", Value: string(old.Role)},
			{Key: "entityId", Value: string(q.ID)}, {Key: "operation", Value: string(old.Operation)}, {Key: "changes", Value: bson.A{}}}}}}})
	if err != nil {
		t.Fatal(err)
	}
	// a new store (the restarted process) reads the entity
	next, err := mongodb.Open(db.URI(), "test", mongodb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer next.Close(ctx)
	if err := next.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := next.Changed(ctx, 0); err != nil {
		t.Fatal(err)
	}
	page, err := next.AuditLog(ctx, drehscheibe.AuditQuery{EntityID: q.ID, Limit: 10})
	if err != nil || len(page) != 1 || page[0].ID != old.ID {
		t.Fatalf("the left entry is not in the trail: %v (%v)", page, err)
	}
}

// Moving entries out of a document never undoes a write to it: FerretDB applies an
// update by reading and writing back the whole document.
func TestMovingEntriesLosesNoWrite(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	m := fixture.New("").Modul
	stamp(m, 1)
	if err := s.Insert(ctx, m, entry(m.ID, time.Now())); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		// other documents keep the mover busy
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 30 {
				q := fixture.New(fmt.Sprint("w", w, "q", i)).Quartier
				stamp(q, 1)
				_ = s.Insert(ctx, q, entry(q.ID, time.Now()))
			}
		}()
	}
	for v := int64(1); v < 60; v++ {
		next := *m
		next.Version = v + 1
		next.Title = fmt.Sprint("Titel ", v+1)
		if err := s.Replace(ctx, &next, v, entry(m.ID, time.Now())); err != nil {
			t.Fatalf("replace of version %d: %v", v, err)
		}
		m = &next
	}
	wg.Wait()
	got, err := s.Get(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.(*drehscheibe.Modul).Title != "Titel 60" || drehscheibe.MetaOf(got).Version != 60 {
		t.Errorf("stored %q v%d, want Titel 60 v60", got.(*drehscheibe.Modul).Title, drehscheibe.MetaOf(got).Version)
	}
}
