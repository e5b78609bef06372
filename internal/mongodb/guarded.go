package mongodb

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// A guarded update is one conditional single-document update that keeps an invariant
// across writers without a version check: the filter carries the invariant (booked <
// capacity, committed + spent within the budget, an entry not yet booked) as it held
// for the document just read, so updates of different writers that each keep it do
// not conflict with each other. It also requires the document's catalogue version to
// be below the write's, so that the versions other instances follow only ever rise,
// stamps the version, moves the document's version on and stores the audit entry with
// it (the outbox moves it to the trail).

// guardPlan is what a guarded update does to the document cur: the conditions beside
// its _id, and the changes. noop: nothing to do (the change is in already).
type guardPlan struct {
	filter bson.D
	update bson.D
	noop   bool
}

// maxGuardAttempts bounds the rereads when the document changed between the read and
// the update in a way the plan depends on.
const maxGuardAttempts = 5

// guarded reads document id of kind k, lets plan decide the update, and applies it with
// the seq and audit entry; it returns the entity as stored and whether it changed.
// ECONFLICT on "version" when a write with a later catalogue version got there first
// (the caller takes a new one), the plan's errors, ENOTFOUND.
func (s *Store) guarded(ctx context.Context, k drehscheibe.Kind, id drehscheibe.ID, seq int64, audit *drehscheibe.AuditEntry,
	plan func(cur drehscheibe.Entity) (guardPlan, error)) (drehscheibe.Entity, bool, error) {
	c, coll, err := s.collection(k)
	if err != nil {
		return nil, false, err
	}
	byID := bson.D{{Key: "_id", Value: string(id)}}
	// the lock orders this process's writes of the document (on FerretDB it is what
	// makes the read and the update below one step: the embedded database has one
	// process); on MongoDB the filter keeps the invariant across instances
	lock := &s.docLocks[stripe(id)]
	lock.Lock()
	defer lock.Unlock()
	for attempt := 1; ; attempt++ {
		raw, err := coll.FindOne(ctx, byID).Raw()
		if err != nil {
			return nil, false, translate(err, k)
		}
		cur, err := s.decode(c, raw)
		if err != nil {
			return nil, false, err
		}
		if drehscheibe.MetaOf(cur).Seq >= seq {
			return nil, false, staleSeq(k)
		}
		p, err := plan(cur)
		if err != nil || p.noop {
			return cur, false, err
		}
		filter := append(append(byID, bson.E{Key: "seq", Value: bson.D{{Key: "$lt", Value: seq}}}), p.filter...)
		if s.ferret.Load() {
			filter = byID // checked above under the lock (FerretDB scans for any other filter)
		}
		update := append(p.update,
			bson.E{Key: "$set", Value: bson.D{{Key: "seq", Value: seq}, {Key: "updatedAt", Value: audit.At},
				{Key: "audit." + string(audit.ID), Value: toAuditDoc(audit)}}})
		raw, err = s.findAndUpdate(ctx, coll, filter, update)
		switch {
		case errors.Is(err, mongo.ErrNoDocuments) && attempt < maxGuardAttempts:
			continue // another instance changed it: read again
		case errors.Is(err, mongo.ErrNoDocuments):
			return nil, false, staleSeq(k)
		case err != nil:
			return nil, false, translate(err, k)
		}
		e, err := c.decode(raw)
		if err != nil {
			return nil, false, drehscheibe.Internal(err)
		}
		s.outbox.written(c.name, string(id), []*drehscheibe.AuditEntry{audit})
		return e, true, nil
	}
}

// findAndUpdate applies update to the document filter matches and returns it as
// updated (mongo.ErrNoDocuments when none matches). FerretDB 1.24 reads every document
// of the collection for a findAndModify, so there the caller's lock makes an update by
// _id and a read by _id one step instead.
func (s *Store) findAndUpdate(ctx context.Context, coll *mongo.Collection, filter, update bson.D) (bson.Raw, error) {
	if !s.ferret.Load() {
		return coll.FindOneAndUpdate(ctx, filter, update, options.FindOneAndUpdate().SetReturnDocument(options.After)).Raw()
	}
	res, err := coll.UpdateOne(ctx, filter, update)
	if err != nil {
		return nil, err
	}
	if res.MatchedCount == 0 {
		return nil, mongo.ErrNoDocuments
	}
	return coll.FindOne(ctx, filter).Raw()
}

// staleSeq tells the caller to take a new catalogue version and try again.
func staleSeq(k drehscheibe.Kind) error {
	return drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"version"}, "%s wurde gerade von jemand anderem geändert; bitte erneut versuchen", k.Label())
}
