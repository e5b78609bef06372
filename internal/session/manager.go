package session

import (
	"context"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// LoginLifetime is how long a sign-in through the identity provider may take.
const LoginLifetime = 10 * time.Minute

// maxRenewAfter bounds how long a use goes unrecorded.
const maxRenewAfter = 5 * time.Minute

// Options are the lifetimes of sessions.
type Options struct {
	// Idle ends a session unused for this long, MaxAge any session this old.
	Idle, MaxAge time.Duration
	// CacheTTL is how long a session read from the store is used without asking it
	// again (0: ask on every request). Ending a session through this Manager acts at
	// once; one ended by another instance, within this time.
	CacheTTL time.Duration
	// Now is the clock.
	Now func() time.Time
}

// cacheSize bounds the sessions kept in memory (about 300 bytes each).
const cacheSize = 10_000

// Manager begins, finds, renews and ends sessions, and keeps the sign-ins under way.
type Manager struct {
	store Store
	opts  Options
	// renewAfter is how long after its last recorded use a use is written again: a
	// quarter of the idle timeout, at most five minutes. A session therefore ends
	// between Idle − renewAfter and Idle after its last use, and a busy one costs a
	// write every renewAfter, not one per request.
	renewAfter time.Duration
	// cache holds sessions by the hash of their token for CacheTTL (nil: none).
	cache *expirable.LRU[string, Session]
}

// NewManager returns a Manager over store.
func NewManager(store Store, o Options) *Manager {
	if o.Now == nil {
		o.Now = time.Now
	}
	m := &Manager{store: store, opts: o, renewAfter: min(maxRenewAfter, o.Idle/4)}
	if o.CacheTTL > 0 {
		m.cache = expirable.NewLRU[string, Session](cacheSize, nil, o.CacheTTL)
	}
	return m
}

// expired is the error for a token that names no live session.
func expired() error {
	return drehscheibe.Errorf(drehscheibe.ENOTFOUND, "Die Sitzung ist abgelaufen oder wurde beendet; bitte neu anmelden")
}

// now is the clock, to the millisecond the database keeps.
func (m *Manager) now() time.Time { return m.opts.Now().UTC().Truncate(time.Millisecond) }

// expiry is when a session created at created and last used at seen ends.
func (m *Manager) expiry(created, seen time.Time) time.Time {
	return minTime(seen.Add(m.opts.Idle), created.Add(m.opts.MaxAge))
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// Start stores a new session for s (Via and KeyID, or Via, Subject, Name, Role and
// Scope) and returns its token, the cookie's value, with the stored session.
func (m *Manager) Start(ctx context.Context, s Session) (string, *Session, error) {
	token, hash := newToken()
	now := m.now()
	s.Hash, s.CreatedAt, s.SeenAt, s.ExpiresAt = hash, now, now, m.expiry(now, now)
	if err := m.store.InsertSession(ctx, &s); err != nil {
		return "", nil, err
	}
	return token, &s, nil
}

// Find returns the session of token, recording the use when the last recorded one is
// renewAfter old. ENOTFOUND (with a message for the person) when there is none or it
// expired; an expired one is deleted.
func (m *Manager) Find(ctx context.Context, token string) (*Session, error) {
	if !wellFormed(token) {
		return nil, expired()
	}
	hash := hashToken(token)
	s, err := m.lookup(ctx, hash)
	if drehscheibe.ErrorCode(err) == drehscheibe.ENOTFOUND {
		return nil, expired()
	}
	if err != nil {
		return nil, err
	}
	now := m.now()
	if !now.Before(s.ExpiresAt) {
		m.forget(hash)
		_ = m.store.DeleteSession(ctx, hash) // else the sweep removes it
		return nil, expired()
	}
	if now.Sub(s.SeenAt) >= m.renewAfter {
		seen, expires := now, m.expiry(s.CreatedAt, now)
		// a failed write costs nothing but this renewal: the next use tries again
		if err := m.store.RenewSession(ctx, hash, seen, expires); err == nil {
			s.SeenAt, s.ExpiresAt = seen, expires
			m.remember(hash, s)
		}
	}
	return s, nil
}

// lookup reads the session of hash from the cache, or from the store (and keeps it).
func (m *Manager) lookup(ctx context.Context, hash string) (*Session, error) {
	if m.cache != nil {
		if s, ok := m.cache.Get(hash); ok {
			return &s, nil
		}
	}
	s, err := m.store.Session(ctx, hash)
	if err != nil {
		return nil, err
	}
	m.remember(hash, s)
	return s, nil
}

func (m *Manager) remember(hash string, s *Session) {
	if m.cache != nil {
		m.cache.Add(hash, *s)
	}
}

func (m *Manager) forget(hash string) {
	if m.cache != nil {
		m.cache.Remove(hash)
	}
}

// End deletes the session of token (none is no error).
func (m *Manager) End(ctx context.Context, token string) error {
	if !wellFormed(token) {
		return nil
	}
	hash := hashToken(token)
	m.forget(hash)
	err := m.store.DeleteSession(ctx, hash)
	if drehscheibe.ErrorCode(err) == drehscheibe.ENOTFOUND {
		return nil
	}
	return err
}

// BeginLogin stores a sign-in under way for LoginLifetime and returns the token of the
// cookie that binds it to the browser.
func (m *Manager) BeginLogin(ctx context.Context, l Login) (string, error) {
	token, hash := newToken()
	l.Hash, l.ExpiresAt = hash, m.now().Add(LoginLifetime)
	if err := m.store.InsertLogin(ctx, &l); err != nil {
		return "", err
	}
	return token, nil
}

// FinishLogin returns the sign-in of token and deletes it: each is used once.
// ENOTFOUND when there is none or it expired.
func (m *Manager) FinishLogin(ctx context.Context, token string) (*Login, error) {
	gone := drehscheibe.Errorf(drehscheibe.ENOTFOUND, "Die Anmeldung ist abgelaufen oder wurde in einem anderen Fenster neu begonnen; bitte erneut anmelden")
	if !wellFormed(token) {
		return nil, gone
	}
	l, err := m.store.TakeLogin(ctx, hashToken(token))
	switch {
	case drehscheibe.ErrorCode(err) == drehscheibe.ENOTFOUND:
		return nil, gone
	case err != nil:
		return nil, err
	case !m.now().Before(l.ExpiresAt):
		return nil, gone
	}
	return l, nil
}

// Sweep deletes the expired sessions and sign-ins and returns how many.
func (m *Manager) Sweep(ctx context.Context) (int64, error) {
	return m.store.DeleteExpired(ctx, m.now())
}
