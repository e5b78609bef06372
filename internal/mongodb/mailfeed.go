package mongodb

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// mailFeedDocID is the meta document of the feed from notifications to mails
// (internal/notify). It is in meta, so a restore takes it with the archive (and an
// empty database that ran the feed is still empty for a restore); the backup reads the
// mail queue after meta (backupOrder), so an archive never holds a feed further on
// than its queue.
const mailFeedDocID = "mailfeed"

type mailFeedDoc struct {
	Version int64     `bson:"version"`
	Since   time.Time `bson:"since"`
}

// StartMailFeed records the feed's progress as version, for the notifications made
// since since, unless it is recorded already, and returns the progress stored (another
// instance's, or that of an earlier run): every Anfrage written up to catalogue version
// version has the mails of its notifications made since since queued.
func (s *Store) StartMailFeed(ctx context.Context, version int64, since time.Time) (int64, time.Time, error) {
	byID := bson.D{{Key: "_id", Value: mailFeedDocID}}
	_, err := s.meta.UpdateOne(ctx, byID, bson.D{{Key: "$setOnInsert", Value: mailFeedDoc{Version: version, Since: since.UTC()}}},
		options.UpdateOne().SetUpsert(true))
	if err != nil {
		return 0, time.Time{}, translate(err, "")
	}
	var d mailFeedDoc
	if err := s.meta.FindOne(ctx, byID).Decode(&d); err != nil {
		return 0, time.Time{}, translate(err, "")
	}
	return d.Version, d.Since.UTC(), nil
}

// AdvanceMailFeed moves the feed's progress on to version; it never moves it back
// (another instance may have got further).
func (s *Store) AdvanceMailFeed(ctx context.Context, version int64) error {
	byID := bson.D{{Key: "_id", Value: mailFeedDocID}}
	filter := append(byID, bson.E{Key: "version", Value: bson.D{{Key: "$lt", Value: version}}})
	if s.ferret.Load() {
		// the filter and the write are two steps on FerretDB: the lock orders them
		lock := &s.docLocks[stripe(mailFeedDocID)]
		lock.Lock()
		defer lock.Unlock()
		var cur mailFeedDoc
		err := s.meta.FindOne(ctx, byID).Decode(&cur)
		if errors.Is(err, mongo.ErrNoDocuments) || (err == nil && cur.Version >= version) {
			return nil
		}
		if err != nil {
			return translate(err, "")
		}
		filter = byID
	}
	_, err := s.meta.UpdateOne(ctx, filter, bson.D{{Key: "$set", Value: bson.D{{Key: "version", Value: version}}}})
	return translate(err, "")
}
