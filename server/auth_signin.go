package main

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// signin is signing in in the browser (docs/signin.md): the pages and endpoints under
// /auth/, and the session cookie that stands for a principal on every other request.
// A session begun with an API key is checked against the key on every request; one
// begun through the city's identity provider carries the role and scope its claims
// mapped to.
type signin struct {
	cfg      signinConfig
	sessions *session.Manager
	auth     *drehscheibe.Authenticator
	catalog  *catalog.Catalog
	// oidc is the identity provider, nil when none is configured.
	oidc    *oidcClient
	proxies trustedProxies
	clock   *signinClock
	log     zerolog.Logger

	// set by mount: the failed-authentication limit shared with Bearer keys, the
	// metric of refusals, the refusal writer
	failures *buckets
	refused  func(limiter string)
	rf       refuser
}

// signinClock is the time of sessions and ID tokens: the wall clock, which tests move
// on (advance) to let sessions expire without waiting.
type signinClock struct{ offset atomic.Int64 }

func (c *signinClock) now() time.Time          { return time.Now().Add(time.Duration(c.offset.Load())) }
func (c *signinClock) advance(d time.Duration) { c.offset.Add(int64(d)) }

// sweepInterval is how often expired sessions and sign-ins are deleted.
const sweepInterval = 10 * time.Minute

func newSignin(c Config, log zerolog.Logger, store session.Store, auth *drehscheibe.Authenticator, cat *catalog.Catalog) *signin {
	clock := &signinClock{}
	s := &signin{
		cfg: c.Signin, auth: auth, catalog: cat, proxies: c.TrustedProxies, clock: clock, log: log,
		sessions: session.NewManager(store, session.Options{Idle: c.Signin.Idle, MaxAge: c.Signin.MaxAge, CacheTTL: c.Signin.CacheTTL, Now: clock.now}),
	}
	if c.Signin.OIDC.Enabled() {
		s.oidc = newOIDCClient(c.Signin.OIDC, clock.now, log)
	}
	return s
}

// mount adds the routes of /auth/ to mux, each behind rates (per address: the pages
// are for people who are not signed in yet).
func (s *signin) mount(mux *http.ServeMux, rates func(http.Handler) http.Handler, failures *buckets, refused func(string), rf refuser) {
	s.failures, s.refused, s.rf = failures, refused, rf
	for pattern, h := range map[string]http.HandlerFunc{
		"GET " + signinPath:   s.signinPage,
		"GET " + stylePath:    serveStyle,
		"POST /auth/key":      s.keySignin,
		"GET /auth/session":   s.sessionInfo,
		"GET /auth/logout":    s.logoutPage,
		"POST /auth/logout":   s.logout,
		"GET /auth/login":     s.oidcLogin,
		"GET " + callbackPath: s.oidcCallback,
	} {
		mux.Handle(pattern, rates(noStore(h)))
	}
}

// noStore keeps the answers of /auth/ out of every cache.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// sweep deletes expired sessions and sign-ins every sweepInterval until ctx ends.
func (s *signin) sweep(ctx context.Context) {
	t := time.NewTicker(sweepInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := s.sessions.Sweep(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Debug().Err(err).Msg("expired sessions not deleted; next time")
		case n > 0:
			s.log.Debug().Int64("deleted", n).Msg("expired sessions and sign-ins deleted")
		}
	}
}

// What a cookie request that does not count as signed in is told (viewer's
// credentialProblem, the UNAUTHENTICATED message of protected operations).
const (
	problemCrossSite = "Die Anfrage kam von einer fremden Seite: die Anmeldung per Sitzungs-Cookie gilt nur auf den Seiten der Drehscheibe selbst"
	problemCSRF      = "Anfragen mit dem Sitzungs-Cookie brauchen den Header „X-CSRF-Token“ mit dem Token aus GET /auth/session (Schutz vor Cross-Site Request Forgery); er fehlt oder stimmt nicht"
	problemChecking  = "Die Sitzung konnte gerade nicht geprüft werden (Datenbank nicht erreichbar); bitte gleich noch einmal versuchen"
)

// principal returns who the session cookie of r stands for, and whether there was one
// to judge. Requests to /auth/ are left to its handlers. A cookie sent from another
// site, or without the CSRF token where one is needed, or of an ended session, makes
// the caller anonymous with the reason.
func (s *signin) principal(w http.ResponseWriter, r *http.Request) (drehscheibe.Principal, bool) {
	if s == nil || strings.HasPrefix(r.URL.Path, "/auth/") {
		return drehscheibe.Principal{}, false
	}
	token := cookieValue(r, sessionCookie)
	switch {
	case token == "":
		return drehscheibe.Principal{}, false
	case crossSite(r):
		return drehscheibe.Principal{CredentialProblem: problemCrossSite}, true
	case needsCSRF(r) && !session.CheckCSRF(token, r.Header.Get(csrfHeader)):
		return drehscheibe.Principal{CredentialProblem: problemCSRF}, true
	}
	_, p := s.resolve(w, r, token)
	return p, true
}

// resolve returns the session of token and who it stands for now. Without a live
// session (or a usable key behind it) it returns nil and the anonymous principal with
// the reason, and deletes the cookie.
func (s *signin) resolve(w http.ResponseWriter, r *http.Request, token string) (*session.Session, drehscheibe.Principal) {
	ctx := r.Context()
	sess, err := s.sessions.Find(ctx, token)
	switch drehscheibe.ErrorCode(err) {
	case "":
	case drehscheibe.ENOTFOUND:
		s.clearSession(w, r)
		return nil, drehscheibe.Principal{CredentialProblem: drehscheibe.ErrorMessage(err)}
	default:
		hlog.FromRequest(r).Error().Err(err).Msg("session could not be checked")
		return nil, drehscheibe.Principal{Unverified: true, CredentialProblem: problemChecking}
	}
	if sess.Via != session.ViaKey {
		return sess, sess.Principal()
	}
	p, err := s.auth.AuthenticateKey(ctx, sess.KeyID)
	switch drehscheibe.ErrorCode(err) {
	case "":
		return sess, p
	case drehscheibe.EUNAUTHENTICATED:
		if err := s.sessions.End(ctx, token); err != nil {
			hlog.FromRequest(r).Warn().Err(err).Msg("session of a refused key not deleted; it expires")
		}
		s.clearSession(w, r)
		hlog.FromRequest(r).Info().Str("keyId", string(sess.KeyID)).Str("reason", drehscheibe.ErrorMessage(err)).Msg("session ended: its key is refused")
		return nil, drehscheibe.Principal{CredentialProblem: "Die Sitzung ist beendet: " + drehscheibe.ErrorMessage(err)}
	default:
		hlog.FromRequest(r).Error().Err(err).Msg("the key of a session could not be checked")
		return nil, drehscheibe.Principal{Unverified: true, CredentialProblem: problemChecking}
	}
}
