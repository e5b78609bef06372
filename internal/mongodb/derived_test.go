package mongodb_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// TestMigrateDerivesKeysOfOldData: a database of schema version 1 kept lower-cased name
// keys and no E.164 numbers. Migrate recomputes both, so that a spelling of an old
// partner's name is refused afterwards, and leaves a clash to the people.
func TestMigrateDerivesKeysOfOldData(t *testing.T) {
	ctx := context.Background()
	db := embeddedtest.Start(t)
	s, err := mongodb.Open(db.URI(), "test", mongodb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	set := fixture.New("")
	clash := fixture.New("b").Partner // stored under another name first: today's key would refuse it
	for i, e := range []drehscheibe.Entity{set.Partner, clash, set.School} {
		if err := s.Insert(ctx, stamp(e, int64(i+1)), nil); err != nil {
			t.Fatalf("insert %T: %v", e, err)
		}
	}
	// make the database look as version 1 left it
	client, err := mongo.Connect(options.Client().ApplyURI(db.URI()))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	raw := client.Database("test")
	clash.Name = "SV CLARENBERG 1921 E. V."
	for _, p := range []*drehscheibe.Partner{set.Partner, clash} {
		if _, err := raw.Collection("partner").UpdateOne(ctx, bson.D{{Key: "_id", Value: string(p.ID)}},
			bson.D{{Key: "$set", Value: bson.D{{Key: "name", Value: p.Name}, {Key: "nameKey", Value: "old " + string(p.ID)}}},
				{Key: "$unset", Value: bson.D{{Key: "contact.phoneE164", Value: ""}}}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Collection("meta").UpdateOne(ctx, bson.D{{Key: "_id", Value: "schema"}}, bson.D{{Key: "$set", Value: bson.D{{Key: "version", Value: 1}}}}); err != nil {
		t.Fatal(err)
	}

	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	keys := map[string]string{}
	for _, p := range []*drehscheibe.Partner{set.Partner, clash} {
		var d struct {
			NameKey string `bson:"nameKey"`
			Contact struct {
				PhoneE164 string `bson:"phoneE164"`
			} `bson:"contact"`
		}
		if err := raw.Collection("partner").FindOne(ctx, bson.D{{Key: "_id", Value: string(p.ID)}}).Decode(&d); err != nil {
			t.Fatal(err)
		}
		keys[p.Name] = d.NameKey + " " + d.Contact.PhoneE164
	}
	want := map[string]string{
		set.Partner.Name: drehscheibe.NameKey(set.Partner.Name) + " +492311234567",
		clash.Name:       "old " + string(clash.ID) + " +492311234567", // its new key is taken: it keeps the old one
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("keys after Migrate (-want +got):\n%s", diff)
	}
	twin := fixture.New("c").Partner
	twin.Name = "SV Clarenberg 1921 e.V"
	if err := s.Insert(ctx, stamp(twin, 9), nil); drehscheibe.ErrorCode(err) != drehscheibe.ECONFLICT {
		t.Errorf("another spelling of a migrated name: %v, want a conflict", err)
	}
	got, err := s.Get(ctx, set.School.ID)
	if err != nil || got.(*drehscheibe.Institution).Version != 1 {
		t.Errorf("the institution's version moved: %v %v", got, err)
	}
}
