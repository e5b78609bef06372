// Package session keeps the browser sessions of people who signed in on the service's
// own pages — with an API key (the form at /auth/anmelden) or through the city's
// identity provider (OpenID Connect) — and the sign-ins through the identity provider
// that are under way. Both are stored through Store (the database), so they survive
// a restart and are shared by every instance. Only the SHA-256 of a session's token
// (the cookie's value) is stored; the CSRF token is derived from the session token and
// not stored at all. It also maps the claims of an ID token to a role and scope
// (RoleMap).
package session

import (
	"context"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Via says how a session was begun.
type Via string

// The ways to sign in.
const (
	ViaKey  Via = "key"  // the API-key form: the key is checked again on every request
	ViaOIDC Via = "oidc" // the city's identity provider: role and scope fixed at sign-in
)

// Session is a signed-in browser. A session begun with a key holds only the key's ID
// (who it stands for is read from the key on every request, so a revoked key ends it);
// one begun through the identity provider holds the person's subject, name, role and
// scope as mapped at sign-in.
type Session struct {
	// Hash is the hex SHA-256 of the session token, the stored key.
	Hash string
	Via  Via
	// KeyID is the key of a ViaKey session.
	KeyID drehscheibe.ID
	// Subject, Name, Role and Scope are those of a ViaOIDC session.
	Subject string
	Name    string
	Role    drehscheibe.Role
	Scope   drehscheibe.Scope
	// CreatedAt bounds the session's whole life, SeenAt is its last recorded use, and
	// ExpiresAt the earlier of SeenAt plus the idle timeout and CreatedAt plus the
	// absolute lifetime.
	CreatedAt, SeenAt, ExpiresAt time.Time
}

// Principal is who a ViaOIDC session stands for (a ViaKey session stands for whatever
// its key is now: ask the Authenticator).
func (s *Session) Principal() drehscheibe.Principal {
	return drehscheibe.Principal{Subject: s.Subject, Name: s.Name, Role: s.Role, Scope: s.Scope}
}

// Login is a sign-in through the identity provider under way, from the redirect to the
// provider until its answer comes back: what the answer must match (State, and Nonce
// in the ID token), the PKCE verifier, and where the person wanted to go. It is bound
// to the browser by a cookie whose token hashes to Hash.
type Login struct {
	Hash      string
	State     string
	Nonce     string
	Verifier  string
	Return    string
	ExpiresAt time.Time
}

// Store keeps sessions and logins. Errors are the domain's coded errors: ENOTFOUND for
// an unknown hash, EUNAVAILABLE while the database is away.
type Store interface {
	InsertSession(ctx context.Context, s *Session) error
	Session(ctx context.Context, hash string) (*Session, error)
	// RenewSession records a use: the new SeenAt and ExpiresAt.
	RenewSession(ctx context.Context, hash string, seen, expires time.Time) error
	DeleteSession(ctx context.Context, hash string) error
	InsertLogin(ctx context.Context, l *Login) error
	// TakeLogin returns the login and deletes it, so that it is used once.
	TakeLogin(ctx context.Context, hash string) (*Login, error)
	// DeleteExpired removes the sessions and logins that expired at now and returns
	// how many.
	DeleteExpired(ctx context.Context, now time.Time) (int64, error)
}
