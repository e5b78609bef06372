package mongodb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// The mail queue (collection "mails") holds the notification e-mails waiting to be
// sent, and those sent or given up until Prune removes them (internal/notify keeps
// them 14 days). A message's _id is a
// hash of its Key (MailID), so queuing it again is a duplicate insert, which Enqueue
// takes for "already queued": the feed of notifications may queue the same
// notification twice (a crash before it recorded its progress, two instances) and
// nothing is sent twice.
//
// Every change of a message is a single-document update guarded by the attempt it
// belongs to (a claim moves the attempt on). On MongoDB the guard is in the filter,
// which makes the update atomic. FerretDB 1.24 evaluates a filter and writes the
// document in two steps and serves only a filter on _id alone from an index, so there
// the process's lock of the document makes reading it by _id, checking the guard and
// updating it by _id one step (as for the entities, guarded.go); findAndModify is not
// used, FerretDB reads the whole collection for it.
const mailsCollection = "mails"

// The states of a queued message.
const (
	mailWaiting   = "waiting"
	mailDelivered = "delivered"
	mailGivenUp   = "gaveup"
)

type mailDoc struct {
	ID      string        `bson:"_id"`
	Key     string        `bson:"key"`
	To      []mailAddrDoc `bson:"to"`
	Subject string        `bson:"subject"`
	Text    string        `bson:"text"`
	HTML    string        `bson:"html,omitempty"`
	Date    *time.Time    `bson:"date,omitempty"`

	Status string    `bson:"status"`
	Queued time.Time `bson:"queued"`
	// Due is when the message may be claimed next: when it was queued, the time of its
	// retry, or the end of its lease.
	Due     time.Time  `bson:"due"`
	Attempt int        `bson:"attempt"`
	Reason  string     `bson:"reason,omitempty"`
	DoneAt  *time.Time `bson:"doneAt,omitempty"`
}

type mailAddrDoc struct {
	Name  string `bson:"name,omitempty"`
	Email string `bson:"email"`
}

func toMailDoc(m mail.Message, queued time.Time) *mailDoc {
	d := &mailDoc{ID: MailID(m.Key), Key: m.Key, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
		Status: mailWaiting, Queued: queued, Due: queued}
	for _, a := range m.To {
		d.To = append(d.To, mailAddrDoc{Name: a.Name, Email: a.Email})
	}
	if !m.Date.IsZero() {
		d.Date = &m.Date
	}
	return d
}

func fromMailDoc(d *mailDoc) mail.Pending {
	m := mail.Message{Key: d.Key, Subject: d.Subject, Text: d.Text, HTML: d.HTML}
	for _, a := range d.To {
		m.To = append(m.To, mail.Address{Name: a.Name, Email: a.Email})
	}
	if d.Date != nil {
		m.Date = d.Date.UTC()
	}
	return mail.Pending{ID: d.ID, Message: m, Attempt: d.Attempt, Queued: d.Queued.UTC()}
}

// MailID is the ID of the queued message with key: a hash, so that the ID (which logs
// show) says nothing about recipients.
func MailID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "mail_" + hex.EncodeToString(sum[:16])
}

// mailIndex serves Claim (the waiting messages by due time) and Prune on MongoDB.
const mailIndex = "status_due"

// MailQueue is the mail.Queue of the service, in the database of its Store.
type MailQueue struct {
	s    *Store
	coll *mongo.Collection
}

var _ mail.Queue = (*MailQueue)(nil)

// MailQueue returns the store's mail queue. The collection and its index are made by
// Migrate.
func (s *Store) MailQueue() *MailQueue {
	return &MailQueue{s: s, coll: s.db.Collection(mailsCollection)}
}

// migrateMails creates the mail queue with its index.
func (s *Store) migrateMails(ctx context.Context) error {
	coll := s.db.Collection(mailsCollection)
	specs, err := coll.Indexes().ListSpecifications(ctx)
	if err != nil {
		return translate(err, "")
	}
	for _, sp := range specs {
		if sp.Name == mailIndex {
			return nil
		}
	}
	_, err = coll.Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "status", Value: 1}, {Key: "due", Value: 1}},
		Options: options.Index().SetName(mailIndex)})
	return translate(err, "")
}

// Enqueue queues the messages as of queued (due at once) and returns how many of them
// were new; one whose Key is queued already (or was sent) is left as it is. A message
// that fails mail.Message.Validate is refused (EINVALID) before anything is written.
func (q *MailQueue) Enqueue(ctx context.Context, ms []mail.Message, queued time.Time) (int, error) {
	if len(ms) == 0 {
		return 0, nil
	}
	docs := make([]any, len(ms))
	for i, m := range ms {
		if err := m.Validate(); err != nil {
			return 0, &drehscheibe.Error{Code: drehscheibe.EINVALID, Message: "Die E-Mail ist ungültig: " + err.Error(), Err: err}
		}
		docs[i] = toMailDoc(m, queued.UTC().Truncate(time.Millisecond))
	}
	_, err := q.coll.InsertMany(ctx, docs, options.InsertMany().SetOrdered(false))
	if err == nil {
		return len(ms), nil
	}
	var bwe mongo.BulkWriteException
	if onlyDuplicates(err) && errors.As(err, &bwe) {
		return len(ms) - len(bwe.WriteErrors), nil
	}
	return 0, translate(err, "")
}

// Claim implements mail.Queue: it finds the oldest due messages and claims each with
// an update guarded by the attempt it read (another instance's claim of the same
// message makes it match nothing).
func (q *MailQueue) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]mail.Pending, error) {
	if max <= 0 {
		return nil, nil
	}
	now = now.UTC()
	cur, err := q.coll.Find(ctx, bson.D{{Key: "status", Value: mailWaiting}, {Key: "due", Value: bson.D{{Key: "$lte", Value: now}}}},
		options.Find().SetSort(bson.D{{Key: "queued", Value: 1}, {Key: "_id", Value: 1}}).SetLimit(int64(max)))
	if err != nil {
		return nil, translate(err, "")
	}
	var due []mailDoc
	if err := cur.All(ctx, &due); err != nil {
		return nil, translate(err, "")
	}
	var out []mail.Pending
	for _, d := range due {
		ok, err := q.claim(ctx, d, now, lease)
		if err != nil {
			return out, err // the ones claimed so far are the caller's; the rest wait
		}
		if ok {
			d.Attempt++
			out = append(out, fromMailDoc(&d))
		}
	}
	return out, nil
}

// claim leases message d, as read, for its next attempt; false when another claim or
// an outcome came first.
func (q *MailQueue) claim(ctx context.Context, d mailDoc, now time.Time, lease time.Duration) (bool, error) {
	guard := bson.D{{Key: "status", Value: mailWaiting}, {Key: "attempt", Value: d.Attempt}, {Key: "due", Value: bson.D{{Key: "$lte", Value: now}}}}
	set := bson.D{{Key: "$set", Value: bson.D{{Key: "attempt", Value: d.Attempt + 1}, {Key: "due", Value: now.Add(lease)}}}}
	return q.update(ctx, d.ID, guard, func(cur *mailDoc) bool {
		return cur.Status == mailWaiting && cur.Attempt == d.Attempt && !cur.Due.After(now)
	}, set)
}

// Delivered implements mail.Queue.
func (q *MailQueue) Delivered(ctx context.Context, id string, at time.Time) error {
	_, err := q.update(ctx, id, nil, func(*mailDoc) bool { return true },
		bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: mailDelivered}, {Key: "doneAt", Value: at.UTC()}}}})
	return err
}

// Retry implements mail.Queue.
func (q *MailQueue) Retry(ctx context.Context, id string, attempt int, reason string, retryAt time.Time) error {
	_, err := q.update(ctx, id, latest(attempt), isLatest(attempt),
		bson.D{{Key: "$set", Value: bson.D{{Key: "due", Value: retryAt.UTC()}, {Key: "reason", Value: reason}}}})
	return err
}

// GiveUp implements mail.Queue.
func (q *MailQueue) GiveUp(ctx context.Context, id string, attempt int, reason string, at time.Time) error {
	_, err := q.update(ctx, id, latest(attempt), isLatest(attempt),
		bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: mailGivenUp}, {Key: "reason", Value: reason}, {Key: "doneAt", Value: at.UTC()}}}})
	return err
}

// latest is the guard of an outcome: the message waits, and attempt is its latest claim.
func latest(attempt int) bson.D {
	return bson.D{{Key: "status", Value: mailWaiting}, {Key: "attempt", Value: attempt}}
}

func isLatest(attempt int) func(*mailDoc) bool {
	return func(cur *mailDoc) bool { return cur.Status == mailWaiting && cur.Attempt == attempt }
}

// update applies change to message id if guard holds: in the filter on MongoDB; on
// FerretDB checked (as holds) on the document read by _id under the document's lock,
// which orders this process's updates of it. It reports whether the message changed;
// an unknown id changes nothing.
func (q *MailQueue) update(ctx context.Context, id string, guard bson.D, holds func(*mailDoc) bool, change bson.D) (bool, error) {
	byID := bson.D{{Key: "_id", Value: id}}
	filter := append(byID, guard...)
	if q.s.ferret.Load() {
		lock := &q.s.docLocks[stripe(drehscheibe.ID(id))]
		lock.Lock()
		defer lock.Unlock()
		var cur mailDoc
		err := q.coll.FindOne(ctx, byID).Decode(&cur)
		if errors.Is(err, mongo.ErrNoDocuments) {
			return false, nil
		}
		if err != nil {
			return false, translate(err, "")
		}
		if !holds(&cur) {
			return false, nil
		}
		filter = byID
	}
	res, err := q.coll.UpdateOne(ctx, filter, change)
	if err != nil {
		return false, translate(err, "")
	}
	return res.MatchedCount == 1, nil
}

// Prune removes the messages delivered or given up before before and returns how many.
// The feed never queues a notification older than its horizon again, so a message
// kept longer than that is never queued twice.
func (q *MailQueue) Prune(ctx context.Context, before time.Time) (int64, error) {
	res, err := q.coll.DeleteMany(ctx, bson.D{
		{Key: "status", Value: bson.D{{Key: "$in", Value: bson.A{mailDelivered, mailGivenUp}}}},
		{Key: "doneAt", Value: bson.D{{Key: "$lt", Value: before.UTC()}}}})
	if err != nil {
		return 0, translate(err, "")
	}
	return res.DeletedCount, nil
}

// MailStatus is where a queued message stands, for tests and the operators' tools.
type MailStatus struct {
	ID      string
	Status  string // waiting, delivered, gaveup
	Attempt int
	Reason  string
	Queued  time.Time
}

// Mail returns the state of message id. ENOTFOUND.
func (q *MailQueue) Mail(ctx context.Context, id string) (MailStatus, error) {
	var d mailDoc
	if err := q.coll.FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Decode(&d); err != nil {
		return MailStatus{}, translate(err, "")
	}
	return MailStatus{ID: d.ID, Status: d.Status, Attempt: d.Attempt, Reason: d.Reason, Queued: d.Queued.UTC()}, nil
}
