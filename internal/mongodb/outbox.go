package mongodb

import (
	"context"
	"errors"
	"maps"
	"slices"
	"sync"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The audit trail without a round trip of its own: a write stores its audit entry in
// the entity's own document (field "audit", by entry ID), in the same single-document
// write as the change, so that neither exists without the other. The outbox then moves
// the entries to the audit collection in the background, a batch at a time (one insert
// for the entries, one bulk update removing them from their documents), and repeats
// what fails until it succeeds. Inserting an entry twice is harmless (its ID is taken),
// so everything here may run more than once: after a crash, entries still waiting in
// documents are found when the documents are read (the catalogue reads all of them at
// start) and moved then.
type outbox struct {
	s *Store
	// opened is when the store was opened: entries written before were left by an
	// earlier process (or another instance) and are moved by whoever reads them.
	opened time.Time
	// onError is told of every failed move (nil: ignored); it is retried anyway.
	onError func(error)

	mu      sync.Mutex
	queue   map[drehscheibe.ID]queued // by entry ID
	moved   *recentIDs
	running bool
	// round is closed and replaced after every attempt, to wake waiters.
	round chan struct{}
}

// queued is an entry waiting in the document id of collection coll.
type queued struct {
	e    *drehscheibe.AuditEntry
	coll string
	id   string
}

// orphanAge is how old an entry found in a document must be before a reader moves it:
// younger ones are on their way with the process that wrote them.
const orphanAge = 10 * time.Second

// flushBatch is how many entries one move takes.
const flushBatch = 500

func newOutbox(s *Store, onError func(error)) *outbox {
	return &outbox{s: s, opened: time.Now(), onError: onError, queue: map[drehscheibe.ID]queued{},
		moved: newRecentIDs(1 << 14), round: make(chan struct{})}
}

// compose returns the entries a write of e stores with it: those e carries that are
// not known to be moved, and entry.
func (o *outbox) compose(e drehscheibe.Entity, entry *drehscheibe.AuditEntry) []*drehscheibe.AuditEntry {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []*drehscheibe.AuditEntry
	for _, p := range drehscheibe.MetaOf(e).PendingAudit {
		if !o.moved.has(p.ID) {
			out = append(out, p)
		}
	}
	if entry != nil {
		out = append(out, entry)
	}
	return out
}

// written queues the entries stored in document id of coll.
func (o *outbox) written(coll, id string, entries []*drehscheibe.AuditEntry) {
	if len(entries) == 0 {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range entries {
		if !o.moved.has(e.ID) {
			o.queue[e.ID] = queued{e, coll, id}
		}
	}
	o.start()
}

// found queues the entries a read found in document id of coll, if they were left
// behind (older than orphanAge or than this store).
func (o *outbox) found(coll, id string, entries []*drehscheibe.AuditEntry) {
	var left []*drehscheibe.AuditEntry
	for _, e := range entries {
		if e.At.Before(o.opened) || time.Since(e.At) > orphanAge {
			left = append(left, e)
		}
	}
	o.written(coll, id, left)
}

// start runs the mover unless it runs (o.mu held).
func (o *outbox) start() {
	if o.running || len(o.queue) == 0 {
		return
	}
	o.running = true
	go o.run()
}

// run moves queued entries until none are left, waiting longer after each failure.
func (o *outbox) run() {
	wait := 100 * time.Millisecond
	for {
		o.mu.Lock()
		batch := make([]queued, 0, min(flushBatch, len(o.queue)))
		for _, q := range o.queue {
			if len(batch) == flushBatch {
				break
			}
			batch = append(batch, q)
		}
		if len(batch) == 0 {
			o.running = false
			o.mu.Unlock()
			return
		}
		o.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := o.move(ctx, batch)
		cancel()
		o.mu.Lock()
		if err == nil {
			for _, q := range batch {
				delete(o.queue, q.e.ID)
				o.moved.add(q.e.ID)
			}
			wait = 100 * time.Millisecond
		}
		close(o.round)
		o.round = make(chan struct{})
		o.mu.Unlock()
		if err != nil {
			if o.onError != nil {
				o.onError(err)
			}
			time.Sleep(wait)
			wait = min(2*wait, 5*time.Second)
		}
	}
}

// move appends the entries to the audit collection (those already there are skipped)
// and removes them from their documents.
func (o *outbox) move(ctx context.Context, batch []queued) error {
	docs := make([]any, len(batch))
	for i, q := range batch {
		docs[i] = toAuditDoc(q.e)
	}
	_, err := o.s.db.Collection(auditCollection).InsertMany(ctx, docs, options.InsertMany().SetOrdered(false))
	if err != nil && !onlyDuplicates(err) {
		return translate(err, drehscheibe.KindAudit)
	}
	// one update per document, the documents of a collection in as few commands as
	// the server allows; the filter is the _id alone, which every database serves from
	// its index
	unset := map[string]map[string]bson.D{} // collection → document → fields
	for _, q := range batch {
		if unset[q.coll] == nil {
			unset[q.coll] = map[string]bson.D{}
		}
		unset[q.coll][q.id] = append(unset[q.coll][q.id], bson.E{Key: "audit." + string(q.e.ID), Value: ""})
	}
	for coll, byDoc := range unset {
		ids := slices.Sorted(maps.Keys(byDoc))
		for len(ids) > 0 {
			n := len(ids)
			if o.s.ferret.Load() {
				n = min(n, ferretStatements)
			}
			if err := o.unset(ctx, coll, ids[:n], byDoc); err != nil {
				return err
			}
			ids = ids[n:]
		}
	}
	return nil
}

// ferretStatements bounds the updates of one command on FerretDB: 1.24 keeps the
// lookup of every update of a command open until the command ends, each holding one of
// its 100 SQLite connections, so a command of 100 updates waits for ever.
const ferretStatements = 20

// unset removes the fields of byDoc from the documents ids of coll in one command.
func (o *outbox) unset(ctx context.Context, coll string, ids []string, byDoc map[string]bson.D) error {
	if o.s.ferret.Load() {
		// FerretDB applies an update by reading and writing back the whole document:
		// without the documents' locks, a write in between would be undone
		unlock := o.s.lockAll(ids)
		defer unlock()
	}
	models := make([]mongo.WriteModel, 0, len(ids))
	for _, id := range ids {
		models = append(models, mongo.NewUpdateOneModel().SetFilter(bson.D{{Key: "_id", Value: id}}).
			SetUpdate(bson.D{{Key: "$unset", Value: byDoc[id]}}))
	}
	_, err := o.s.db.Collection(coll).BulkWrite(ctx, models, options.BulkWrite().SetOrdered(false))
	return translate(err, "")
}

// lockAll takes the locks of the documents ids, in order, and returns their
// release.
func (s *Store) lockAll(ids []string) func() {
	var stripes []int
	for _, id := range ids {
		stripes = append(stripes, stripe(drehscheibe.ID(id)))
	}
	slices.Sort(stripes)
	stripes = slices.Compact(stripes)
	for _, i := range stripes {
		s.docLocks[i].Lock()
	}
	return func() {
		for _, i := range stripes {
			s.docLocks[i].Unlock()
		}
	}
}

// onlyDuplicates reports whether every error of a bulk insert is a duplicate key.
func onlyDuplicates(err error) bool {
	var bwe mongo.BulkWriteException
	if !errors.As(err, &bwe) || bwe.WriteConcernError != nil || len(bwe.WriteErrors) == 0 {
		return false
	}
	for _, we := range bwe.WriteErrors {
		if !mongo.IsDuplicateKeyError(we) {
			return false
		}
	}
	return true
}

// wait returns once no entry queued before the call waits any more, or ctx ends.
func (o *outbox) wait(ctx context.Context) error {
	o.mu.Lock()
	pending := make([]drehscheibe.ID, 0, len(o.queue))
	for id := range o.queue {
		pending = append(pending, id)
	}
	o.mu.Unlock()
	for {
		o.mu.Lock()
		left := pending[:0]
		for _, id := range pending {
			if _, ok := o.queue[id]; ok {
				left = append(left, id)
			}
		}
		pending = left
		round := o.round
		o.mu.Unlock()
		if len(pending) == 0 {
			return nil
		}
		select {
		case <-round:
		case <-ctx.Done():
			return translate(ctx.Err(), drehscheibe.KindAudit)
		}
	}
}

// recentIDs remembers the last n IDs added.
type recentIDs struct {
	set  map[drehscheibe.ID]struct{}
	ring []drehscheibe.ID
	next int
}

func newRecentIDs(n int) *recentIDs {
	return &recentIDs{set: make(map[drehscheibe.ID]struct{}, n), ring: make([]drehscheibe.ID, n)}
}

func (r *recentIDs) has(id drehscheibe.ID) bool { _, ok := r.set[id]; return ok }

func (r *recentIDs) add(id drehscheibe.ID) {
	if r.has(id) {
		return
	}
	delete(r.set, r.ring[r.next])
	r.ring[r.next] = id
	r.set[id] = struct{}{}
	r.next = (r.next + 1) % len(r.ring)
}
