package mongodb

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Reserve implements drehscheibe.Store: one findAndModify whose filter carries the
// invariant (booked < capacity, the holder not yet among the reservations) and that
// the document's catalogue version is below seq, so that the versions other
// instances follow only ever rise. Reservations of different requests do not
// conflict with each other, unlike a replacement conditional on the version.
func (s *Store) Reserve(ctx context.Context, id, holder drehscheibe.ID, seq int64, at time.Time, audit *drehscheibe.AuditEntry) (*drehscheibe.Modul, bool, error) {
	return s.changeCapacity(ctx, id, holder, seq, at, audit, true)
}

// Release implements drehscheibe.Store: the filter names the holder among the
// reservations.
func (s *Store) Release(ctx context.Context, id, holder drehscheibe.ID, seq int64, at time.Time, audit *drehscheibe.AuditEntry) (*drehscheibe.Modul, bool, error) {
	return s.changeCapacity(ctx, id, holder, seq, at, audit, false)
}

// maxCapacityAttempts bounds the retries when the capacity itself changed between the
// read and the update.
const maxCapacityAttempts = 5

func (s *Store) changeCapacity(ctx context.Context, id, holder drehscheibe.ID, seq int64, at time.Time, audit *drehscheibe.AuditEntry, take bool) (*drehscheibe.Modul, bool, error) {
	k := drehscheibe.KindModul
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
		e, err := s.decode(c, raw)
		if err != nil {
			return nil, false, err
		}
		cur := e.(*drehscheibe.Modul)
		switch {
		case cur.Holds(holder) == take:
			return cur, false, nil
		case cur.Seq >= seq:
			return nil, false, staleSeq()
		case take && cur.Booked >= cur.Capacity:
			return cur, false, drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"capacity"}, "„%s“ ist ausgebucht", cur.Title)
		}
		filter := append(byID, bson.E{Key: "seq", Value: bson.D{{Key: "$lt", Value: seq}}})
		op, delta := "$pull", -1
		if take {
			op, delta = "$push", 1
			filter = append(filter,
				bson.E{Key: "capacity", Value: cur.Capacity},
				bson.E{Key: "booked", Value: bson.D{{Key: "$lt", Value: cur.Capacity}}},
				bson.E{Key: "reservations", Value: bson.D{{Key: "$ne", Value: string(holder)}}})
		} else {
			filter = append(filter, bson.E{Key: "reservations", Value: string(holder)})
		}
		if s.ferret.Load() {
			filter = byID // checked above under the lock (FerretDB scans for any other filter)
		}
		update := bson.D{
			{Key: "$inc", Value: bson.D{{Key: "booked", Value: delta}, {Key: "version", Value: 1}}},
			{Key: op, Value: bson.D{{Key: "reservations", Value: string(holder)}}},
			{Key: "$set", Value: bson.D{{Key: "seq", Value: seq}, {Key: "updatedAt", Value: at},
				{Key: "audit." + string(audit.ID), Value: toAuditDoc(audit)}}},
		}
		raw, err = s.findAndUpdate(ctx, coll, filter, update)
		switch {
		case errors.Is(err, mongo.ErrNoDocuments) && attempt < maxCapacityAttempts:
			continue // another instance changed it: read again
		case errors.Is(err, mongo.ErrNoDocuments):
			return nil, false, staleSeq()
		case err != nil:
			return nil, false, translate(err, k)
		}
		e, err = c.decode(raw)
		if err != nil {
			return nil, false, drehscheibe.Internal(err)
		}
		s.outbox.written(c.name, string(id), []*drehscheibe.AuditEntry{audit})
		return e.(*drehscheibe.Modul), true, nil
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
func staleSeq() error {
	return drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"version"}, "Das Modul wurde gerade von jemand anderem geändert; bitte erneut versuchen")
}
