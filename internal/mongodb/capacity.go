package mongodb

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Reserve implements drehscheibe.Store as a guarded update (guarded.go): the filter
// carries booked < capacity and that the holder holds no unit yet, so reservations of
// different requests do not conflict with each other.
func (s *Store) Reserve(ctx context.Context, id, holder drehscheibe.ID, seq int64, at time.Time, audit *drehscheibe.AuditEntry) (*drehscheibe.Modul, bool, error) {
	return s.changeCapacity(ctx, id, holder, seq, audit, true)
}

// Release implements drehscheibe.Store: the filter names the holder among the
// reservations.
func (s *Store) Release(ctx context.Context, id, holder drehscheibe.ID, seq int64, at time.Time, audit *drehscheibe.AuditEntry) (*drehscheibe.Modul, bool, error) {
	return s.changeCapacity(ctx, id, holder, seq, audit, false)
}

func (s *Store) changeCapacity(ctx context.Context, id, holder drehscheibe.ID, seq int64, audit *drehscheibe.AuditEntry, take bool) (*drehscheibe.Modul, bool, error) {
	e, changed, err := s.guarded(ctx, drehscheibe.KindModul, id, seq, audit, func(e drehscheibe.Entity) (guardPlan, error) {
		cur := e.(*drehscheibe.Modul)
		switch {
		case cur.Holds(holder) == take:
			return guardPlan{noop: true}, nil
		case take && cur.Booked >= cur.Capacity:
			return guardPlan{}, drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"capacity"}, "„%s“ ist ausgebucht", cur.Title)
		}
		op, delta := "$pull", -1
		filter := bson.D{{Key: "reservations", Value: string(holder)}}
		if take {
			op, delta = "$push", 1
			filter = bson.D{{Key: "capacity", Value: cur.Capacity}, {Key: "booked", Value: bson.D{{Key: "$lt", Value: cur.Capacity}}},
				{Key: "reservations", Value: bson.D{{Key: "$ne", Value: string(holder)}}}}
		}
		return guardPlan{filter: filter, update: bson.D{
			{Key: "$inc", Value: bson.D{{Key: "booked", Value: delta}, {Key: "version", Value: 1}}},
			{Key: op, Value: bson.D{{Key: "reservations", Value: string(holder)}}},
		}}, nil
	})
	m, _ := e.(*drehscheibe.Modul)
	return m, changed, err
}
