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

// readMarksCollection holds, per reader (API key or signed-in person), which
// notifications were marked read. Notifications themselves are derived from the
// Anfragen and not stored.
const readMarksCollection = "readmarks"

type readMarksDoc struct {
	Reader string    `bson:"_id"`
	All    time.Time `bson:"all,omitempty"`
	IDs    []string  `bson:"ids,omitempty"`
}

// ReadMarks implements drehscheibe.Store.
func (s *Store) ReadMarks(ctx context.Context, reader string) (drehscheibe.ReadMarks, error) {
	var d readMarksDoc
	err := s.db.Collection(readMarksCollection).FindOne(ctx, bson.D{{Key: "_id", Value: reader}}).Decode(&d)
	switch {
	case errors.Is(err, mongo.ErrNoDocuments):
		return drehscheibe.ReadMarks{}, nil
	case err != nil:
		return drehscheibe.ReadMarks{}, translate(err, drehscheibe.KindNotification)
	}
	return drehscheibe.ReadMarks{All: d.All.UTC(), IDs: fromStrings[drehscheibe.ID](d.IDs)}, nil
}

// MarkRead implements drehscheibe.Store: one upsert; ids are added to a set.
func (s *Store) MarkRead(ctx context.Context, reader string, ids []drehscheibe.ID, upTo time.Time) error {
	var update bson.D
	if !upTo.IsZero() {
		update = bson.D{{Key: "$set", Value: bson.D{{Key: "all", Value: upTo}, {Key: "ids", Value: bson.A{}}}}}
	} else {
		update = bson.D{{Key: "$addToSet", Value: bson.D{{Key: "ids", Value: bson.D{{Key: "$each", Value: toStrings(ids)}}}}}}
	}
	_, err := s.db.Collection(readMarksCollection).UpdateOne(ctx, bson.D{{Key: "_id", Value: reader}}, update, options.UpdateOne().SetUpsert(true))
	return translate(err, drehscheibe.KindNotification)
}
