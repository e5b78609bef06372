package session_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// fakeClock is a clock the test moves on.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// newManager returns a manager on a fresh embedded database (2 h idle, 12 h in all),
// its clock, and the raw database for looking at what is stored.
func newManager(t *testing.T) (*session.Manager, *fakeClock, *mongo.Database) {
	t.Helper()
	db := embeddedtest.Start(t)
	store := embeddedtest.StoreOn(t, db)
	client, err := mongo.Connect(options.Client().ApplyURI(db.URI()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Disconnect(context.Background()) })
	clock := &fakeClock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	m := session.NewManager(store, session.Options{Idle: 2 * time.Hour, MaxAge: 12 * time.Hour, Now: clock.now})
	return m, clock, client.Database("test")
}

func TestSessionLifetime(t *testing.T) {
	ctx := context.Background()
	m, clock, raw := newManager(t)
	token, s, err := m.Start(ctx, session.Session{Via: session.ViaOIDC, Subject: "sub-1", Name: "Erika Mustermann",
		Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: "kc_aaaa"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := clock.t.Add(2 * time.Hour); !s.ExpiresAt.Equal(want) {
		t.Errorf("a new session expires at %v, want %v", s.ExpiresAt, want)
	}

	// only the hash is stored: neither the token nor the CSRF token is in the database
	var docs []bson.Raw
	cur, err := raw.Collection("sessions").Find(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	if err := cur.All(ctx, &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d session documents, want 1", len(docs))
	}
	for _, secret := range []string{token, session.CSRFToken(token)} {
		if bytes.Contains(docs[0], []byte(secret)) {
			t.Errorf("the stored session holds a secret: %s", docs[0])
		}
	}

	got, err := m.Find(ctx, token)
	if err != nil || got.Subject != "sub-1" || got.Name != "Erika Mustermann" || got.Scope.KindercampusID != "kc_aaaa" {
		t.Fatalf("find: %+v, %v", got, err)
	}
	if p := got.Principal(); p.Role != drehscheibe.RoleCampusManager || p.Subject != "sub-1" || p.KeyID != "" {
		t.Errorf("principal %+v", p)
	}

	// used within the idle timeout, it lives on; a use a minute after the last is not
	// written, one five minutes after is
	clock.advance(time.Minute)
	if got, _ = m.Find(ctx, token); !got.ExpiresAt.Equal(s.ExpiresAt) {
		t.Errorf("a use a minute later moved the expiry to %v (a write per request)", got.ExpiresAt)
	}
	for range 6 {
		clock.advance(110 * time.Minute)
		if _, err := m.Find(ctx, token); err != nil {
			t.Fatalf("a session used every 110 minutes ended after %v: %v", clock.t.Sub(s.CreatedAt), err)
		}
	}
	// 11 h 1 min old; after 12 h it ends however busy it is
	clock.advance(58 * time.Minute)
	if got, err := m.Find(ctx, token); err != nil || !got.ExpiresAt.Equal(s.CreatedAt.Add(12*time.Hour)) {
		t.Fatalf("11 h 59 min old: %+v, %v; want it to end at 12 h", got, err)
	}
	clock.advance(2 * time.Minute)
	_, err = m.Find(ctx, token)
	if drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Fatalf("a session 12 h 1 min old: %v, want ENOTFOUND", err)
	}
	if n, _ := raw.Collection("sessions").CountDocuments(ctx, bson.D{}); n != 0 {
		t.Errorf("the expired session was found and not deleted (%d left)", n)
	}
}

func TestSessionIdleTimeoutAndEnd(t *testing.T) {
	ctx := context.Background()
	m, clock, _ := newManager(t)
	idle, _, err := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_aaaa"})
	if err != nil {
		t.Fatal(err)
	}
	ended, _, _ := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_aaaa"})
	if idle == ended {
		t.Fatal("two sessions got the same token")
	}
	if err := m.End(ctx, ended); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Find(ctx, ended); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("an ended session: %v", err)
	}
	if err := m.End(ctx, ended); err != nil {
		t.Errorf("ending it again: %v", err)
	}
	clock.advance(2 * time.Hour)
	if _, err := m.Find(ctx, idle); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("a session unused for 2 h: %v", err)
	}
	for _, bad := range []string{"", "x", idle + "A", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"} {
		if _, err := m.Find(ctx, bad); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
			t.Errorf("token %q: %v", bad, err)
		}
	}
}

func TestSweepRemovesExpired(t *testing.T) {
	ctx := context.Background()
	m, clock, raw := newManager(t)
	for range 3 {
		if _, _, err := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_aaaa"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.BeginLogin(ctx, session.Login{State: "s", Nonce: "n", Verifier: "v", Return: "/"}); err != nil {
		t.Fatal(err)
	}
	clock.advance(time.Hour)
	live, _, _ := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_bbbb"})
	if n, err := m.Sweep(ctx); err != nil || n != 1 {
		t.Errorf("sweep after 1 h: %d, %v; want the login (10 min) only", n, err)
	}
	clock.advance(90 * time.Minute)
	if n, err := m.Sweep(ctx); err != nil || n != 3 {
		t.Errorf("sweep after 2 h 30 min: %d, %v; want the 3 first sessions", n, err)
	}
	if _, err := m.Find(ctx, live); err != nil {
		t.Errorf("the live session was swept: %v", err)
	}
	for _, c := range []string{"sessions", "signins"} {
		n, _ := raw.Collection(c).CountDocuments(ctx, bson.D{})
		if want := map[string]int64{"sessions": 1, "signins": 0}[c]; n != want {
			t.Errorf("%s: %d documents left, want %d", c, n, want)
		}
	}
}

func TestLoginIsTakenOnce(t *testing.T) {
	ctx := context.Background()
	m, clock, _ := newManager(t)
	want := session.Login{State: "state", Nonce: "nonce", Verifier: "verifier", Return: "/dashboard/"}
	token, err := m.BeginLogin(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.FinishLogin(ctx, token)
	if err != nil || got.State != want.State || got.Nonce != want.Nonce || got.Verifier != want.Verifier || got.Return != want.Return {
		t.Fatalf("finish: %+v, %v", got, err)
	}
	if _, err := m.FinishLogin(ctx, token); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("a login taken twice: %v", err)
	}
	late, _ := m.BeginLogin(ctx, want)
	clock.advance(session.LoginLifetime)
	if _, err := m.FinishLogin(ctx, late); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("a login finished after %v: %v", session.LoginLifetime, err)
	}
}

func TestCSRFToken(t *testing.T) {
	a, b := session.NewSecret(), session.NewSecret()
	if a == b || len(a) != 43 {
		t.Fatalf("secrets %q, %q", a, b)
	}
	if !session.CheckCSRF(a, session.CSRFToken(a)) {
		t.Error("a session's own CSRF token is refused")
	}
	for _, wrong := range []string{"", session.CSRFToken(b), a, session.CSRFToken(a)[1:]} {
		if session.CheckCSRF(a, wrong) {
			t.Errorf("CSRF token %q accepted", wrong)
		}
	}
}

// countingStore counts the sessions read from the store.
type countingStore struct {
	session.Store
	reads int
}

func (s *countingStore) Session(ctx context.Context, hash string) (*session.Session, error) {
	s.reads++
	return s.Store.Session(ctx, hash)
}

// TestSessionCache: with a cache, a session is read from the store once within its
// time; ending it through the manager acts at once; one deleted behind the manager's
// back (another instance) counts until the cache lets go.
func TestSessionCache(t *testing.T) {
	ctx := context.Background()
	db := embeddedtest.Start(t)
	store := &countingStore{Store: embeddedtest.StoreOn(t, db)}
	clock := &fakeClock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	m := session.NewManager(store, session.Options{Idle: 2 * time.Hour, MaxAge: 12 * time.Hour, CacheTTL: time.Hour, Now: clock.now})
	token, s, err := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_aaaa"})
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := m.Find(ctx, token); err != nil {
			t.Fatal(err)
		}
	}
	if store.reads != 1 {
		t.Errorf("5 uses read the store %d times, want 1", store.reads)
	}
	// another instance ends it: this one trusts its copy for the cache's time
	if err := store.DeleteSession(ctx, s.Hash); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Find(ctx, token); err != nil {
		t.Errorf("within the cache's time: %v", err)
	}
	// the idle timeout holds for a cached copy too
	clock.advance(2 * time.Hour)
	if _, err := m.Find(ctx, token); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("a cached session unused for 2 h: %v", err)
	}
	// ending through this manager acts at once
	other, _, _ := m.Start(ctx, session.Session{Via: session.ViaKey, KeyID: "key_aaaa"})
	if _, err := m.Find(ctx, other); err != nil {
		t.Fatal(err)
	}
	if err := m.End(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Find(ctx, other); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("an ended session is still found: %v", err)
	}
}
