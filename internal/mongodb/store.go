// Package mongodb implements drehscheibe.Store over MongoDB. It uses only what MongoDB
// and the embedded FerretDB both support: CRUD, unique and compound indexes and
// single-document conditional updates.
package mongodb

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/sync/errgroup"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Store is the MongoDB implementation of drehscheibe.Store.
type Store struct {
	client *mongo.Client
	db     *mongo.Database
	meta   *mongo.Collection
	outbox *outbox
	// changedIDs is Options.ChangedIDs.
	changedIDs func(ctx context.Context, collection string, since int64) ([]string, error)
	// ferret is set when the server is FerretDB (found by Migrate). FerretDB 1.24
	// evaluates an update's filter and writes the document in two steps, so two
	// conditional updates of one document can both succeed, and it serves only a filter
	// on _id alone from an index. Writes to one document are therefore serialised
	// within the process (striped by ID), check the version by _id and replace by _id;
	// counter increments are serialised too. MongoDB is atomic on its own. Several
	// instances on one embedded database are for tests only; production runs on MongoDB.
	ferret   atomic.Bool
	docLocks [64]sync.Mutex
	seqLock  sync.Mutex
}

var _ drehscheibe.Store = (*Store)(nil)

// Options tune the connection.
type Options struct {
	// Monitor observes every database command (metrics, tests counting round trips).
	Monitor *event.CommandMonitor
	// ServerSelectionTimeout is how long an operation waits for a reachable server
	// before it fails with EUNAVAILABLE (default 5 s).
	ServerSelectionTimeout time.Duration
	// OnAuditError is told when moving audit entries to the audit trail failed (they
	// wait in their documents and are moved again). May be nil.
	OnAuditError func(error)
	// ChangedIDs, when set, lists the IDs of the documents of a collection whose seq is
	// above since without asking the server (the embedded FerretDB's SQLite index; see
	// Changed).
	ChangedIDs func(ctx context.Context, collection string, since int64) ([]string, error)
}

// Open connects to the MongoDB at uri and uses database. It does not wait for the
// server: the driver connects in the background, and operations fail with
// EUNAVAILABLE while it is away. Call Migrate before use.
func Open(uri, database string, o Options) (*Store, error) {
	if o.ServerSelectionTimeout <= 0 {
		o.ServerSelectionTimeout = 5 * time.Second
	}
	opts := options.Client().ApplyURI(uri).SetAppName("drehscheibe").
		SetServerSelectionTimeout(o.ServerSelectionTimeout).SetConnectTimeout(o.ServerSelectionTimeout)
	if o.Monitor != nil {
		opts.SetMonitor(o.Monitor)
	}
	client, err := mongo.Connect(opts)
	if err != nil {
		// only a malformed URI gets here; the driver's text names the problem, not the password
		return nil, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{"MONGODB_URI"}, "MONGODB_URI ist ungültig: %s", redactedCause(err))
	}
	db := client.Database(database)
	st := &Store{client: client, db: db, meta: db.Collection("meta"), changedIDs: o.ChangedIDs}
	st.outbox = newOutbox(st, o.OnAuditError)
	return st, nil
}

// redactedCause keeps the driver's explanation of a bad URI but never the URI itself.
func redactedCause(err error) string {
	var cs interface{ Unwrap() error }
	for errors.As(err, &cs) && cs.Unwrap() != nil {
		err = cs.Unwrap()
	}
	return err.Error()
}

// Close moves the audit entries still queued (within ctx) and disconnects from the
// database. Entries it could not move wait in their documents for the next start.
func (s *Store) Close(ctx context.Context) error {
	_ = s.outbox.wait(ctx)
	return s.client.Disconnect(ctx)
}

// Ping implements drehscheibe.Store.
func (s *Store) Ping(ctx context.Context) error {
	return translate(s.client.Ping(ctx, nil), "")
}

// catalogDoc is the catalogue version counter in the meta collection.
type catalogDoc struct {
	Seq int64 `bson:"seq"`
}

const catalogDocID = "catalog"

// Seq implements drehscheibe.Store.
func (s *Store) Seq(ctx context.Context) (int64, error) {
	var d catalogDoc
	err := s.meta.FindOne(ctx, bson.D{{Key: "_id", Value: catalogDocID}}).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return 0, nil
	}
	return d.Seq, translate(err, "")
}

// ReserveSeq implements drehscheibe.Store with one atomic $inc.
func (s *Store) ReserveSeq(ctx context.Context, n int64) (int64, error) {
	if n < 1 {
		return 0, drehscheibe.Internal(fmt.Errorf("mongodb: reserve %d sequence numbers", n))
	}
	if s.ferret.Load() {
		s.seqLock.Lock()
		defer s.seqLock.Unlock()
	}
	var d catalogDoc
	err := s.meta.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: catalogDocID}},
		bson.D{{Key: "$inc", Value: bson.D{{Key: "seq", Value: n}}}},
		options.FindOneAndUpdate().SetUpsert(true).SetReturnDocument(options.After)).Decode(&d)
	return d.Seq, translate(err, "")
}

func (s *Store) collection(k drehscheibe.Kind) (*collection, *mongo.Collection, error) {
	c, ok := collections[k]
	if !ok {
		return nil, nil, drehscheibe.Internal(fmt.Errorf("mongodb: no collection for kind %q", k))
	}
	return c, s.db.Collection(c.name), nil
}

// Get implements drehscheibe.Store.
func (s *Store) Get(ctx context.Context, id drehscheibe.ID) (drehscheibe.Entity, error) {
	k := id.Kind()
	if k == "" {
		return nil, drehscheibe.Errorf(drehscheibe.ENOTFOUND, "Objekt nicht gefunden")
	}
	c, coll, err := s.collection(k)
	if err != nil {
		return nil, err
	}
	raw, err := coll.FindOne(ctx, bson.D{{Key: "_id", Value: string(id)}}).Raw()
	if err != nil {
		return nil, translate(err, k)
	}
	return s.decode(c, raw)
}

// decode turns a stored document into its entity, and hands audit entries left in it
// to the outbox.
func (s *Store) decode(c *collection, raw bson.Raw) (drehscheibe.Entity, error) {
	e, err := c.decode(raw)
	if err != nil {
		return nil, drehscheibe.Internal(fmt.Errorf("mongodb: decode %s: %w", c.name, err))
	}
	m := drehscheibe.MetaOf(e)
	s.outbox.found(c.name, string(m.ID), m.PendingAudit)
	return e, nil
}

// Insert implements drehscheibe.Store.
func (s *Store) Insert(ctx context.Context, e drehscheibe.Entity, audit *drehscheibe.AuditEntry) error {
	c, coll, err := s.collection(e.EntityKind())
	if err != nil {
		return err
	}
	m := drehscheibe.MetaOf(e)
	m.PendingAudit = s.outbox.compose(e, audit)
	if _, err = coll.InsertOne(ctx, c.encode(e)); err != nil {
		return translate(err, e.EntityKind())
	}
	s.outbox.written(c.name, string(m.ID), m.PendingAudit)
	return nil
}

// Replace implements drehscheibe.Store: the filter carries the expected version, so
// the replacement is atomic and a concurrent writer makes it match nothing. On FerretDB
// the version is checked by _id first and the document replaced by _id (see Store).
func (s *Store) Replace(ctx context.Context, e drehscheibe.Entity, prevVersion int64, audit *drehscheibe.AuditEntry) error {
	k := e.EntityKind()
	c, coll, err := s.collection(k)
	if err != nil {
		return err
	}
	m := drehscheibe.MetaOf(e)
	id := bson.D{{Key: "_id", Value: string(m.ID)}}
	lock := &s.docLocks[stripe(m.ID)]
	lock.Lock()
	defer lock.Unlock()
	m.PendingAudit = s.outbox.compose(e, audit)
	filter := append(id, bson.E{Key: "version", Value: prevVersion})
	if s.ferret.Load() {
		var cur struct {
			Version int64 `bson:"version"`
		}
		err := coll.FindOne(ctx, id, options.FindOne().SetProjection(bson.D{{Key: "version", Value: 1}})).Decode(&cur)
		if err != nil {
			return translate(err, k)
		}
		if cur.Version != prevVersion {
			return conflict(k)
		}
		filter = id
	}
	res, err := coll.ReplaceOne(ctx, filter, c.encode(e))
	if err != nil {
		return translate(err, k)
	}
	if res.MatchedCount == 0 {
		return conflict(k)
	}
	s.outbox.written(c.name, string(m.ID), m.PendingAudit)
	return nil
}

func conflict(k drehscheibe.Kind) error {
	return drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"version"},
		"%s wurde gerade von jemand anderem geändert; bitte neu laden", k.Label())
}

// InsertAll implements drehscheibe.Store: per kind one insert of the batch, then one
// of its audit entries.
func (s *Store) InsertAll(ctx context.Context, es []drehscheibe.Entity, audits []*drehscheibe.AuditEntry) error {
	for _, run := range runsByKind(es) {
		c, coll, err := s.collection(run[0].EntityKind())
		if err != nil {
			return err
		}
		docs := make([]any, len(run))
		for i, e := range run {
			drehscheibe.MetaOf(e).PendingAudit = nil
			docs[i] = c.encode(e)
		}
		if _, err := coll.InsertMany(ctx, docs); err != nil {
			return translate(err, run[0].EntityKind())
		}
	}
	docs := make([]any, 0, len(audits))
	for _, a := range audits {
		if a != nil {
			docs = append(docs, toAuditDoc(a))
		}
	}
	if len(docs) == 0 {
		return nil
	}
	_, err := s.db.Collection(auditCollection).InsertMany(ctx, docs, options.InsertMany().SetOrdered(false))
	if err != nil && !onlyDuplicates(err) {
		return translate(err, drehscheibe.KindAudit)
	}
	return nil
}

// runsByKind cuts es into runs of one kind, in order.
func runsByKind(es []drehscheibe.Entity) [][]drehscheibe.Entity {
	var out [][]drehscheibe.Entity
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].EntityKind() == es[i].EntityKind() {
			j++
		}
		out = append(out, es[i:j])
		i = j
	}
	return out
}

// stripe picks the lock of a document.
func stripe(id drehscheibe.ID) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(id))
	return int(h.Sum32() % 64)
}

// Changed implements drehscheibe.Store.
func (s *Store) Changed(ctx context.Context, since int64) ([]drehscheibe.Entity, error) {
	var out []drehscheibe.Entity
	for _, k := range drehscheibe.Kinds {
		es, err := s.ChangedOf(ctx, k, since)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// ChangedOf returns the entities of kind k whose Seq is above since (0: all). MongoDB
// finds them through the index on seq. FerretDB cannot (it parses every document of a
// filter that is not on _id alone), so when the store has a ChangedIDs lookup (the
// embedded database's SQLite index) it asks that for the IDs and reads the documents
// by _id.
func (s *Store) ChangedOf(ctx context.Context, k drehscheibe.Kind, since int64) ([]drehscheibe.Entity, error) {
	c, coll, err := s.collection(k)
	if err != nil {
		return nil, err
	}
	filter := bson.D{}
	if since > 0 {
		filter = bson.D{{Key: "seq", Value: bson.D{{Key: "$gt", Value: since}}}}
		if s.changedIDs != nil && s.ferret.Load() {
			ids, err := s.changedIDs(ctx, c.name, since)
			if err != nil {
				return nil, drehscheibe.Internal(err)
			}
			if len(ids) <= maxByID {
				return s.getAll(ctx, c, coll, ids)
			}
		}
	}
	return s.find(ctx, c, coll, filter)
}

// maxByID is how many changed documents Changed reads one by one; more are read by a
// scan.
const maxByID = 5000

// find returns the entities of coll that filter selects.
func (s *Store) find(ctx context.Context, c *collection, coll *mongo.Collection, filter bson.D) ([]drehscheibe.Entity, error) {
	cur, err := coll.Find(ctx, filter)
	if err != nil {
		return nil, translate(err, "")
	}
	defer cur.Close(ctx)
	var out []drehscheibe.Entity
	for cur.Next(ctx) {
		e, err := s.decode(c, cur.Current)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, translate(cur.Err(), "")
}

// getAll reads the documents ids of coll by _id, a few at a time, in the order of ids;
// one that is gone meanwhile is left out.
func (s *Store) getAll(ctx context.Context, c *collection, coll *mongo.Collection, ids []string) ([]drehscheibe.Entity, error) {
	out := make([]drehscheibe.Entity, len(ids))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(4)
	for i, id := range ids {
		g.Go(func() error {
			raw, err := coll.FindOne(gctx, bson.D{{Key: "_id", Value: id}}).Raw()
			if errors.Is(err, mongo.ErrNoDocuments) {
				return nil
			}
			if err != nil {
				return translate(err, "")
			}
			out[i], err = s.decode(c, raw)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(out, func(e drehscheibe.Entity) bool { return e == nil }), nil
}

// Empty implements drehscheibe.Store.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	for _, k := range drehscheibe.Kinds {
		_, coll, err := s.collection(k)
		if err != nil {
			return false, err
		}
		n, err := coll.CountDocuments(ctx, bson.D{}, options.Count().SetLimit(1))
		if err != nil {
			return false, translate(err, k)
		}
		if n > 0 {
			return false, nil
		}
	}
	return true, nil
}
