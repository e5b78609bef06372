package mongodb_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// TestSessionCollections: the migration gives both collections an index on expiresAt
// — on FerretDB 1.24, which has no TTL indexes, a plain one — and migrating again
// changes nothing; a session and a login make the round trip.
func TestSessionCollections(t *testing.T) {
	ctx := context.Background()
	db := embeddedtest.Start(t)
	s := embeddedtest.StoreOn(t, db)
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("a second migration: %v", err)
	}
	client, err := mongo.Connect(options.Client().ApplyURI(db.URI()))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	for _, name := range []string{"sessions", "signins"} {
		specs, err := client.Database("test").Collection(name).Indexes().ListSpecifications(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, sp := range specs {
			names = append(names, sp.Name)
		}
		if !slices.Contains(names, "expiresAt") || slices.Contains(names, "expiresAt_ttl") {
			t.Errorf("%s: indexes %v, want the plain expiresAt index on FerretDB", name, names)
		}
	}

	at := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	want := &session.Session{Hash: "h1", Via: session.ViaOIDC, Subject: "sub", Name: "Name", Role: drehscheibe.RoleCoordinator,
		Scope:     drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE}},
		CreatedAt: at, SeenAt: at, ExpiresAt: at.Add(time.Hour)}
	if err := s.InsertSession(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Session(ctx, "h1")
	if err != nil || got.Subject != "sub" || got.Role != drehscheibe.RoleCoordinator || !slices.Equal(got.Scope.Themes, want.Scope.Themes) ||
		!got.ExpiresAt.Equal(want.ExpiresAt) || got.ExpiresAt.Location() != time.UTC {
		t.Errorf("session round trip: %+v, %v", got, err)
	}
	if err := s.RenewSession(ctx, "h1", at.Add(time.Minute), at.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.RenewSession(ctx, "fehlt", at, at); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("renewing an unknown session: %v", err)
	}
	if _, err := s.Session(ctx, "fehlt"); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("an unknown session: %v", err)
	}
	if err := s.InsertLogin(ctx, &session.Login{Hash: "l1", State: "st", Nonce: "n", Verifier: "v", Return: "/", ExpiresAt: at}); err != nil {
		t.Fatal(err)
	}
	if l, err := s.TakeLogin(ctx, "l1"); err != nil || l.State != "st" || l.Verifier != "v" {
		t.Errorf("take: %+v, %v", l, err)
	}
	if _, err := s.TakeLogin(ctx, "l1"); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("a login taken twice: %v", err)
	}
	if n, err := s.DeleteExpired(ctx, at.Add(2*time.Hour)); err != nil || n != 1 {
		t.Errorf("delete expired: %d, %v", n, err)
	}
}
