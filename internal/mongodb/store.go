// Package mongodb implements drehscheibe.Store over MongoDB. It uses only what MongoDB
// and the embedded FerretDB both support: CRUD, unique and compound indexes and
// single-document conditional updates.
package mongodb

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Store is the MongoDB implementation of drehscheibe.Store.
type Store struct {
	client *mongo.Client
	db     *mongo.Database
	meta   *mongo.Collection
	// FerretDB 1.24 (SQLite) evaluates an update's filter and writes the document in two
	// steps, so two conditional updates of one document can both succeed. Writes to one
	// document are therefore serialised within the process (striped by ID), and so are
	// counter increments; MongoDB is atomic on its own. Several instances on one
	// embedded database are for tests only; production runs on MongoDB.
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
	return &Store{client: client, db: db, meta: db.Collection("meta")}, nil
}

// redactedCause keeps the driver's explanation of a bad URI but never the URI itself.
func redactedCause(err error) string {
	var cs interface{ Unwrap() error }
	for errors.As(err, &cs) && cs.Unwrap() != nil {
		err = cs.Unwrap()
	}
	return err.Error()
}

// Close disconnects from the database.
func (s *Store) Close(ctx context.Context) error { return s.client.Disconnect(ctx) }

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

// NextSeq implements drehscheibe.Store with one atomic $inc.
func (s *Store) NextSeq(ctx context.Context) (int64, error) {
	s.seqLock.Lock()
	defer s.seqLock.Unlock()
	var d catalogDoc
	err := s.meta.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: catalogDocID}},
		bson.D{{Key: "$inc", Value: bson.D{{Key: "seq", Value: int64(1)}}}},
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
	e, err := c.decode(raw)
	if err != nil {
		return nil, drehscheibe.Internal(fmt.Errorf("mongodb: decode %s: %w", id, err))
	}
	return e, nil
}

// Insert implements drehscheibe.Store.
func (s *Store) Insert(ctx context.Context, e drehscheibe.Entity) error {
	c, coll, err := s.collection(e.EntityKind())
	if err != nil {
		return err
	}
	_, err = coll.InsertOne(ctx, c.encode(e))
	return translate(err, e.EntityKind())
}

// Replace implements drehscheibe.Store: the filter carries the expected version, so
// the replacement is atomic and a concurrent writer makes it match nothing.
func (s *Store) Replace(ctx context.Context, e drehscheibe.Entity, prevVersion int64) error {
	k := e.EntityKind()
	c, coll, err := s.collection(k)
	if err != nil {
		return err
	}
	id := drehscheibe.MetaOf(e).ID
	lock := &s.docLocks[stripe(id)]
	lock.Lock()
	defer lock.Unlock()
	res, err := coll.ReplaceOne(ctx, bson.D{{Key: "_id", Value: string(id)}, {Key: "version", Value: prevVersion}}, c.encode(e))
	if err != nil {
		return translate(err, k)
	}
	if res.MatchedCount == 0 {
		return drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"version"},
			"%s wurde gerade von jemand anderem geändert; bitte neu laden", k.Label())
	}
	return nil
}

// stripe picks the lock of a document.
func stripe(id drehscheibe.ID) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(id))
	return int(h.Sum32() % 64)
}

// Changed implements drehscheibe.Store.
func (s *Store) Changed(ctx context.Context, since int64) ([]drehscheibe.Entity, error) {
	filter := bson.D{}
	if since > 0 {
		filter = bson.D{{Key: "seq", Value: bson.D{{Key: "$gt", Value: since}}}}
	}
	var out []drehscheibe.Entity
	for _, k := range drehscheibe.Kinds {
		c, coll, err := s.collection(k)
		if err != nil {
			return nil, err
		}
		cur, err := coll.Find(ctx, filter)
		if err != nil {
			return nil, translate(err, k)
		}
		for cur.Next(ctx) {
			e, err := c.decode(cur.Current)
			if err != nil {
				_ = cur.Close(ctx)
				return nil, drehscheibe.Internal(fmt.Errorf("mongodb: decode %s: %w", c.name, err))
			}
			out = append(out, e)
		}
		err = cur.Err()
		_ = cur.Close(ctx)
		if err != nil {
			return nil, translate(err, k)
		}
	}
	return out, nil
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
