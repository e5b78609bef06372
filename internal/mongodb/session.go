package mongodb

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// The browser sessions and the sign-ins through the identity provider under way
// (internal/session). Both are keyed by the SHA-256 of their token and expire at
// expiresAt: MongoDB removes them by a TTL index, FerretDB 1.24 has none (it answers
// NotImplemented), so there the index is a plain one and the server's sweep
// (DeleteExpired) removes them; the sweep runs on MongoDB too, as a second line.
const (
	sessionsCollection = "sessions"
	loginsCollection   = "signins"
	expiresField       = "expiresAt"
)

var _ session.Store = (*Store)(nil)

type sessionDoc struct {
	Hash           string    `bson:"_id"`
	Via            string    `bson:"via"`
	KeyID          string    `bson:"keyId,omitempty"`
	Subject        string    `bson:"subject,omitempty"`
	Name           string    `bson:"name,omitempty"`
	Role           string    `bson:"role,omitempty"`
	PartnerID      string    `bson:"partnerId,omitempty"`
	InstitutionID  string    `bson:"institutionId,omitempty"`
	KindercampusID string    `bson:"kindercampusId,omitempty"`
	Themes         []string  `bson:"themes,omitempty"`
	CreatedAt      time.Time `bson:"createdAt"`
	SeenAt         time.Time `bson:"seenAt"`
	ExpiresAt      time.Time `bson:"expiresAt"`
}

func toSessionDoc(s *session.Session) *sessionDoc {
	return &sessionDoc{
		Hash: s.Hash, Via: string(s.Via), KeyID: string(s.KeyID), Subject: s.Subject, Name: s.Name, Role: string(s.Role),
		PartnerID: string(s.Scope.PartnerID), InstitutionID: string(s.Scope.InstitutionID), KindercampusID: string(s.Scope.KindercampusID),
		Themes: toStrings(s.Scope.Themes), CreatedAt: s.CreatedAt, SeenAt: s.SeenAt, ExpiresAt: s.ExpiresAt,
	}
}

func fromSessionDoc(d *sessionDoc) *session.Session {
	return &session.Session{
		Hash: d.Hash, Via: session.Via(d.Via), KeyID: drehscheibe.ID(d.KeyID), Subject: d.Subject, Name: d.Name,
		Role: drehscheibe.Role(d.Role), Scope: drehscheibe.Scope{
			PartnerID: drehscheibe.ID(d.PartnerID), InstitutionID: drehscheibe.ID(d.InstitutionID),
			KindercampusID: drehscheibe.ID(d.KindercampusID), Themes: fromStrings[drehscheibe.Theme](d.Themes)},
		CreatedAt: d.CreatedAt.UTC(), SeenAt: d.SeenAt.UTC(), ExpiresAt: d.ExpiresAt.UTC(),
	}
}

type loginDoc struct {
	Hash      string    `bson:"_id"`
	State     string    `bson:"state"`
	Nonce     string    `bson:"nonce"`
	Verifier  string    `bson:"verifier"`
	Return    string    `bson:"return"`
	ExpiresAt time.Time `bson:"expiresAt"`
}

// migrateSessions creates the two collections with their expiry index.
func (s *Store) migrateSessions(ctx context.Context) error {
	for _, name := range []string{sessionsCollection, loginsCollection} {
		if err := ensureExpiryIndex(ctx, s.db.Collection(name)); err != nil {
			return translate(err, "")
		}
	}
	return nil
}

// ensureExpiryIndex gives coll a TTL index on expiresAt, or a plain one where the
// server has no TTL indexes.
func ensureExpiryIndex(ctx context.Context, coll *mongo.Collection) error {
	specs, err := coll.Indexes().ListSpecifications(ctx)
	if err != nil {
		return err
	}
	plain := index{field: expiresField}
	for _, sp := range specs {
		if sp.Name == expiresField+"_ttl" || sp.Name == plain.name() {
			return nil
		}
	}
	ttl := mongo.IndexModel{Keys: bson.D{{Key: expiresField, Value: 1}},
		Options: options.Index().SetExpireAfterSeconds(0).SetName(expiresField + "_ttl")}
	_, err = coll.Indexes().CreateOne(ctx, ttl)
	var ce mongo.CommandError
	if errors.As(err, &ce) && ce.Code == codeNotImplemented {
		_, err = coll.Indexes().CreateOne(ctx, plain.model())
	}
	return err
}

// codeNotImplemented is the server error NotImplemented (FerretDB: an index option it
// lacks).
const codeNotImplemented = 238

// sessionGone is the error for an unknown session or login.
func sessionGone(err error) error {
	if errors.Is(err, mongo.ErrNoDocuments) {
		return &drehscheibe.Error{Code: drehscheibe.ENOTFOUND, Message: "Sitzung nicht gefunden", Err: err}
	}
	return translate(err, "")
}

// InsertSession implements session.Store.
func (s *Store) InsertSession(ctx context.Context, ss *session.Session) error {
	_, err := s.db.Collection(sessionsCollection).InsertOne(ctx, toSessionDoc(ss))
	return translate(err, "")
}

// Session implements session.Store.
func (s *Store) Session(ctx context.Context, hash string) (*session.Session, error) {
	var d sessionDoc
	if err := s.db.Collection(sessionsCollection).FindOne(ctx, bson.D{{Key: "_id", Value: hash}}).Decode(&d); err != nil {
		return nil, sessionGone(err)
	}
	return fromSessionDoc(&d), nil
}

// RenewSession implements session.Store.
func (s *Store) RenewSession(ctx context.Context, hash string, seen, expires time.Time) error {
	res, err := s.db.Collection(sessionsCollection).UpdateOne(ctx, bson.D{{Key: "_id", Value: hash}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "seenAt", Value: seen}, {Key: expiresField, Value: expires}}}})
	if err != nil {
		return translate(err, "")
	}
	if res.MatchedCount == 0 {
		return sessionGone(mongo.ErrNoDocuments)
	}
	return nil
}

// DeleteSession implements session.Store.
func (s *Store) DeleteSession(ctx context.Context, hash string) error {
	_, err := s.db.Collection(sessionsCollection).DeleteOne(ctx, bson.D{{Key: "_id", Value: hash}})
	return translate(err, "")
}

// InsertLogin implements session.Store.
func (s *Store) InsertLogin(ctx context.Context, l *session.Login) error {
	_, err := s.db.Collection(loginsCollection).InsertOne(ctx, &loginDoc{
		Hash: l.Hash, State: l.State, Nonce: l.Nonce, Verifier: l.Verifier, Return: l.Return, ExpiresAt: l.ExpiresAt,
	})
	return translate(err, "")
}

// TakeLogin implements session.Store with one findAndModify, so that a login is
// taken once. FerretDB reads and deletes in two steps: there the stripe of the hash
// serialises takers within the process (a login is bound to one browser, whose
// requests come to one instance at a time).
func (s *Store) TakeLogin(ctx context.Context, hash string) (*session.Login, error) {
	if s.ferret.Load() {
		lock := &s.docLocks[stripe(drehscheibe.ID(hash))]
		lock.Lock()
		defer lock.Unlock()
	}
	var d loginDoc
	if err := s.db.Collection(loginsCollection).FindOneAndDelete(ctx, bson.D{{Key: "_id", Value: hash}}).Decode(&d); err != nil {
		return nil, sessionGone(err)
	}
	return &session.Login{Hash: d.Hash, State: d.State, Nonce: d.Nonce, Verifier: d.Verifier, Return: d.Return, ExpiresAt: d.ExpiresAt.UTC()}, nil
}

// DeleteExpired implements session.Store.
func (s *Store) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	var n int64
	for _, name := range []string{sessionsCollection, loginsCollection} {
		res, err := s.db.Collection(name).DeleteMany(ctx, bson.D{{Key: expiresField, Value: bson.D{{Key: "$lte", Value: now}}}})
		if err != nil {
			return n, translate(err, "")
		}
		n += res.DeletedCount
	}
	return n, nil
}
