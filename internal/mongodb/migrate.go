package mongodb

import (
	"context"
	"crypto/rand"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// schemaVersion is the version of the stored layout this code writes. Migrate brings an
// older database up to it. 2: folded name keys and E.164 phone numbers (derived.go).
const schemaVersion = 2

// Migrate creates the indexes (idempotently) and records the schema version. It runs at
// every start; on a database written by a newer version it refuses (EINTERNAL) rather
// than writing an older layout over it.
func (s *Store) Migrate(ctx context.Context) error {
	var info bson.M
	if err := s.db.RunCommand(ctx, bson.D{{Key: "buildInfo", Value: 1}}).Decode(&info); err != nil {
		return translate(err, "")
	}
	_, ferret := info["ferretdbVersion"]
	s.ferret.Store(ferret)
	var d struct {
		Version int `bson:"version"`
	}
	err := s.meta.FindOne(ctx, bson.D{{Key: "_id", Value: "schema"}}).Decode(&d)
	if err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
		return translate(err, "")
	}
	if d.Version > schemaVersion {
		return drehscheibe.Errorf(drehscheibe.EINTERNAL, "Die Datenbank hat Schema-Version %d; dieses Programm kennt nur bis %d", d.Version, schemaVersion)
	}
	for k, c := range collections {
		indexes := c.indexes
		if drehscheibe.Catalogued(k) {
			indexes = append([]index{{field: "seq"}}, indexes...)
		}
		if err := ensureIndexes(ctx, s.db.Collection(c.name), indexes); err != nil {
			return translate(err, k)
		}
	}
	if err := ensureIndexes(ctx, s.db.Collection(auditCollection), auditIndexes); err != nil {
		return translate(err, drehscheibe.KindAudit)
	}
	if err := s.migrateSessions(ctx); err != nil {
		return err
	}
	if err := s.migrateMails(ctx); err != nil {
		return err
	}
	if d.Version < derivedSince {
		if err := s.refreshDerived(ctx); err != nil {
			return err
		}
	}
	// the counter exists before the first write, so concurrent first writes never race
	// to create it
	_, err = s.meta.UpdateOne(ctx, bson.D{{Key: "_id", Value: catalogDocID}},
		bson.D{{Key: "$setOnInsert", Value: bson.D{{Key: "seq", Value: int64(0)}}}}, options.UpdateOne().SetUpsert(true))
	if err != nil {
		return translate(err, "")
	}
	// the database's identity tells copies of its data (catalogue checkpoints) apart
	// from those of another database
	_, err = s.meta.UpdateOne(ctx, bson.D{{Key: "_id", Value: identityDocID}},
		bson.D{{Key: "$setOnInsert", Value: bson.D{{Key: "value", Value: rand.Text()}}}},
		options.UpdateOne().SetUpsert(true))
	if err != nil {
		return translate(err, "")
	}
	_, err = s.meta.UpdateOne(ctx, bson.D{{Key: "_id", Value: "schema"}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "version", Value: schemaVersion}}}}, options.UpdateOne().SetUpsert(true))
	return translate(err, "")
}

const identityDocID = "identity"

// Identity returns the random identity the database got at its first migration.
// ENOTFOUND before that.
func (s *Store) Identity(ctx context.Context) (string, error) {
	var d struct {
		Value string `bson:"value"`
	}
	err := s.meta.FindOne(ctx, bson.D{{Key: "_id", Value: identityDocID}}).Decode(&d)
	return d.Value, translate(err, "")
}

// ensureIndexes creates the indexes a collection lacks, one by one. (FerretDB 1.24
// fails on createIndexes naming an index that exists, so existing ones are skipped.)
func ensureIndexes(ctx context.Context, coll *mongo.Collection, indexes []index) error {
	if len(indexes) == 0 {
		return nil
	}
	specs, err := coll.Indexes().ListSpecifications(ctx)
	if err != nil {
		return err
	}
	have := make(map[string]bool, len(specs))
	for _, s := range specs {
		have[s.Name] = true
	}
	for _, i := range indexes {
		if have[i.name()] {
			continue
		}
		if _, err := coll.Indexes().CreateOne(ctx, i.model()); err != nil {
			return err
		}
	}
	return nil
}
