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

// mailFeedDocID is the meta document of the feed from notifications to mails
// (internal/notify). It is in meta, so a restore takes it with the archive (and an
// empty database that ran the feed is still empty for a restore); the backup reads the
// mail queue after meta (backupOrder), so an archive never holds a feed further on
// than its queue.
const mailFeedDocID = "mailfeed"

// MailFeed is how far the feed of notifications to mails got: every Anfrage written
// up to catalogue version Version has its mails queued, for the notifications made
// since Since (when the feed first ran: older ones are history).
type MailFeed struct {
	Version int64
	Since   time.Time
}

type mailFeedDoc struct {
	Version int64     `bson:"version"`
	Since   time.Time `bson:"since"`
}

// MailFeed returns the feed's progress; false before it first ran.
func (s *Store) MailFeed(ctx context.Context) (MailFeed, bool, error) {
	var d mailFeedDoc
	err := s.meta.FindOne(ctx, bson.D{{Key: "_id", Value: mailFeedDocID}}).Decode(&d)
	switch {
	case errors.Is(err, mongo.ErrNoDocuments):
		return MailFeed{}, false, nil
	case err != nil:
		return MailFeed{}, false, translate(err, "")
	}
	return MailFeed{Version: d.Version, Since: d.Since.UTC()}, true, nil
}

// StartMailFeed records f as the feed's progress unless there is one, and returns the
// progress stored (another instance's, should it have been first).
func (s *Store) StartMailFeed(ctx context.Context, f MailFeed) (MailFeed, error) {
	_, err := s.meta.UpdateOne(ctx, bson.D{{Key: "_id", Value: mailFeedDocID}},
		bson.D{{Key: "$setOnInsert", Value: mailFeedDoc{Version: f.Version, Since: f.Since.UTC()}}}, options.UpdateOne().SetUpsert(true))
	if err != nil {
		return MailFeed{}, translate(err, "")
	}
	stored, ok, err := s.MailFeed(ctx)
	if err == nil && !ok {
		err = drehscheibe.Internal(errors.New("mongodb: the mail feed's progress was not stored"))
	}
	return stored, err
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
		cur, ok, err := s.MailFeed(ctx)
		if err != nil || (ok && cur.Version >= version) {
			return err
		}
		filter = byID
	}
	_, err := s.meta.UpdateOne(ctx, filter, bson.D{{Key: "$set", Value: bson.D{{Key: "version", Value: version}}}})
	return translate(err, "")
}
