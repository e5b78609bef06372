package drehscheibe

import (
	"context"
	"sync"
	"time"
)

// Authenticator turns API keys into principals. A key verified in the database is
// trusted for CacheTTL before it is read again, so that busy clients do not cost a
// database round trip per request; a revocation made through this instance's Service
// takes effect at once regardless, one made elsewhere (the command line, another
// instance) within CacheTTL. Expiry is checked on every request. Should the database
// be away, the last copy of a key this instance verified stands in (a revocation
// needs the database too).
type Authenticator struct {
	store Store
	now   func() time.Time
	// CacheTTL is how long a verified key is trusted without reading it again (0:
	// read it on every request).
	CacheTTL time.Duration
	// TouchEvery is how often a key's last use is written (per instance; default one
	// minute), so that busy keys do not cost a write per request.
	TouchEvery time.Duration

	mu      sync.Mutex
	known   map[ID]verified
	touched map[ID]time.Time
	// forgotten counts forget calls: a read that began before one is not cached
	forgotten uint64
}

// verified is a key as read from the database, and when.
type verified struct {
	key *ApiKey
	at  time.Time
}

// NewAuthenticator returns an Authenticator over store that reads every key on every
// request (CacheTTL 0); now is the clock.
func NewAuthenticator(store Store, now func() time.Time) *Authenticator {
	return &Authenticator{store: store, now: now, TouchEvery: time.Minute, known: map[ID]verified{}, touched: map[ID]time.Time{}}
}

// Authenticator returns the service's authenticator: revocations through the service
// reach it at once.
func (s *Service) Authenticator() *Authenticator { return s.auth }

// forget drops what is known about key id, so that the next request reads it.
func (a *Authenticator) forget(id ID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.known, id)
	a.forgotten++
}

// dummyKey is compared against when a token names no stored key, so that an unknown
// key takes as long to refuse as a wrong secret.
var dummyKey = &ApiKey{Hash: hashSecret("")}

// Authenticate returns the principal of token. EUNAUTHENTICATED with the reason
// (unknown, wrong, revoked or expired key), which is safe to tell the caller: only the
// holder of the right secret learns whether the key is revoked or expired.
// EUNAVAILABLE when the key cannot be checked.
func (a *Authenticator) Authenticate(ctx context.Context, token string) (Principal, error) {
	invalid := Errorf(EUNAUTHENTICATED, "Der API-Schlüssel ist ungültig")
	id, secret, ok := ParseToken(token)
	if !ok {
		return Principal{}, invalid
	}
	k, err := a.lookup(ctx, id)
	switch {
	case ErrorCode(err) == ENOTFOUND:
		dummyKey.Matches(secret)
		return Principal{}, invalid
	case err != nil:
		return Principal{}, err
	case !k.Matches(secret):
		return Principal{}, invalid
	}
	return a.accept(ctx, k)
}

// AuthenticateKey returns the principal of the stored key id, whose secret was checked
// before (a browser session begun with the key): the key is read like for
// Authenticate, so a revoked or expired key ends its sessions. EUNAUTHENTICATED with
// the reason, EUNAVAILABLE when the key cannot be checked.
func (a *Authenticator) AuthenticateKey(ctx context.Context, id ID) (Principal, error) {
	k, err := a.lookup(ctx, id)
	switch {
	case ErrorCode(err) == ENOTFOUND:
		return Principal{}, Errorf(EUNAUTHENTICATED, "Der API-Schlüssel ist ungültig")
	case err != nil:
		return Principal{}, err
	}
	return a.accept(ctx, k)
}

// accept returns the principal of k unless it is revoked or expired, and records its use.
func (a *Authenticator) accept(ctx context.Context, k *ApiKey) (Principal, error) {
	now := a.now()
	if err := k.Check(now); err != nil {
		return Principal{}, err
	}
	a.touch(ctx, k.ID, now)
	return k.Principal(), nil
}

// lookup returns key id: the copy verified within CacheTTL, else the stored one, or
// the last verified copy while the database is unavailable.
func (a *Authenticator) lookup(ctx context.Context, id ID) (*ApiKey, error) {
	now := a.now()
	a.mu.Lock()
	v, ok := a.known[id]
	generation := a.forgotten
	a.mu.Unlock()
	if ok && !now.Before(v.at) && now.Sub(v.at) < a.CacheTTL {
		return v.key, nil
	}
	e, err := a.store.Get(ctx, id)
	a.mu.Lock()
	defer a.mu.Unlock()
	if ErrorCode(err) == EUNAVAILABLE {
		if ok {
			return v.key, nil
		}
		return nil, err
	}
	if err != nil {
		delete(a.known, id)
		return nil, err
	}
	k, isKey := e.(*ApiKey)
	if !isKey {
		return nil, Errorf(ENOTFOUND, "API-Schlüssel nicht gefunden")
	}
	if generation == a.forgotten {
		a.known[id] = verified{k, now}
	}
	return k, nil
}

// touch records the key's use when it was not recorded for TouchEvery. A failure is
// of no consequence: the next use tries again.
func (a *Authenticator) touch(ctx context.Context, id ID, now time.Time) {
	a.mu.Lock()
	last, ok := a.touched[id]
	due := !ok || now.Sub(last) >= a.TouchEvery
	if due {
		a.touched[id] = now
	}
	a.mu.Unlock()
	if !due {
		return
	}
	if err := a.store.TouchKey(ctx, id, now.UTC().Truncate(time.Millisecond)); err != nil {
		a.mu.Lock()
		delete(a.touched, id)
		a.mu.Unlock()
	}
}
