package main

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// authenticate puts the caller into the request context: the principal of the API key
// in "Authorization: Bearer <key>", else of the browser's session cookie (sessions'
// rules: session_cookie.go, auth_signin.go), or anonymous. A key that is not accepted leaves the
// caller anonymous with the reason (protected operations then answer UNAUTHENTICATED
// with it; viewer shows it). Failed attempts are counted per client address: past the
// limit, a key that fails gets 429 until the address recovers. A valid key is never
// refused for what others did from its address (behind a proxy, everyone shares one).
// Neither the key nor its secret is ever logged; the key ID, which is no secret, is.
func authenticate(auth *drehscheibe.Authenticator, sessions *signin, failures *buckets, refused func(limiter string), rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			if id, ok := hlog.IDFromRequest(r); ok {
				ctx = drehscheibe.WithRequestID(ctx, id.String())
			}
			log := zerolog.Ctx(ctx)
			header := r.Header.Get("Authorization")
			if header == "" {
				if p, ok := sessions.principal(w, r); ok {
					logPrincipal(log, p)
					ctx = drehscheibe.WithPrincipal(ctx, p)
				}
				next.ServeHTTP(w, r.WithContext(ctx))
				return
			}
			p, failure := principalOf(ctx, auth, header)
			if failure != "" {
				ip := clientIP(r)
				e := log.Warn().Str("ip", ip).Str("reason", failure)
				if id, _, ok := drehscheibe.ParseToken(bearer(header)); ok {
					e = e.Str("keyId", string(id))
				}
				if wait, ok := failures.take(ip, time.Now()); !ok {
					e.Msg("authentication refused: too many failed attempts from this address")
					refused("authentication")
					rf.tooMany(w, r, wait, "Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; bitte in %d s erneut versuchen")
					return
				}
				e.Msg("authentication failed")
			}
			logPrincipal(log, p)
			next.ServeHTTP(w, r.WithContext(drehscheibe.WithPrincipal(ctx, p)))
		})
	}
}

// logPrincipal adds who the caller is to the request's log: the key ID or the
// person's subject at the identity provider, and the role.
func logPrincipal(log *zerolog.Logger, p drehscheibe.Principal) {
	if !p.Authenticated() {
		return
	}
	log.UpdateContext(func(c zerolog.Context) zerolog.Context {
		if p.KeyID != "" {
			c = c.Str("keyId", string(p.KeyID))
		}
		if p.Subject != "" {
			c = c.Str("subject", p.Subject)
		}
		return c.Str("role", string(p.Role))
	})
}

// principalOf authenticates the Authorization header; failure is why a key was
// rejected ("" when it was not: accepted, or not checkable right now).
func principalOf(ctx context.Context, auth *drehscheibe.Authenticator, header string) (p drehscheibe.Principal, failure string) {
	token := bearer(header)
	if token == "" {
		return drehscheibe.Principal{CredentialProblem: "Der Header muss „Authorization: Bearer <API-Schlüssel>“ lauten"}, "malformed header"
	}
	p, err := auth.Authenticate(ctx, token)
	switch drehscheibe.ErrorCode(err) {
	case "":
		return p, ""
	case drehscheibe.EUNAUTHENTICATED:
		return drehscheibe.Principal{CredentialProblem: drehscheibe.ErrorMessage(err)}, drehscheibe.ErrorMessage(err)
	default:
		zerolog.Ctx(ctx).Error().Err(err).Msg("api key could not be checked")
		return drehscheibe.Principal{Unverified: true,
			CredentialProblem: "Der API-Schlüssel konnte gerade nicht geprüft werden (Datenbank nicht erreichbar); bitte gleich noch einmal versuchen"}, ""
	}
}

// bearer returns the token of "Bearer <token>", or "".
func bearer(header string) string {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}
