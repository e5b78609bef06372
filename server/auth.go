package main

import (
	"context"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// authenticate puts the caller into the request context: the principal of the API key
// in "Authorization: Bearer <key>", or anonymous. A key that is not accepted leaves the
// caller anonymous with the reason (protected operations then answer UNAUTHENTICATED
// with it; viewer shows it). Failed attempts are counted per address: past the limit,
// requests carrying credentials from that address get 429 until it recovers. Neither
// the key nor its secret is ever logged; the key ID, which is no secret, is.
func authenticate(auth *drehscheibe.Authenticator, failures *buckets, refused func(limiter string), rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			if id, ok := hlog.IDFromRequest(r); ok {
				ctx = drehscheibe.WithRequestID(ctx, id.String())
			}
			header := r.Header.Get("Authorization")
			if header == "" {
				next.ServeHTTP(w, r.WithContext(ctx))
				return
			}
			log := zerolog.Ctx(ctx)
			ip := clientIP(r)
			if wait, blocked := failures.empty(ip, time.Now()); blocked {
				log.Warn().Str("ip", ip).Msg("authentication refused: too many failed attempts from this address")
				refused("authentication")
				rf.tooMany(w, r, wait, "Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; bitte in %d s erneut versuchen")
				return
			}
			p := principalOf(ctx, auth, header, func(reason string) {
				failures.take(ip, time.Now())
				e := log.Warn().Str("ip", ip).Str("reason", reason)
				if id, _, ok := drehscheibe.ParseToken(bearer(header)); ok {
					e = e.Str("keyId", string(id))
				}
				e.Msg("authentication failed")
			})
			if p.Authenticated() {
				log.UpdateContext(func(c zerolog.Context) zerolog.Context {
					return c.Str("keyId", string(p.KeyID)).Str("role", string(p.Role))
				})
			}
			next.ServeHTTP(w, r.WithContext(drehscheibe.WithPrincipal(ctx, p)))
		})
	}
}

// principalOf authenticates the Authorization header; refused reports a rejected key.
func principalOf(ctx context.Context, auth *drehscheibe.Authenticator, header string, refused func(reason string)) drehscheibe.Principal {
	token := bearer(header)
	if token == "" {
		refused("malformed header")
		return drehscheibe.Principal{CredentialProblem: "Der Header muss „Authorization: Bearer <API-Schlüssel>“ lauten"}
	}
	p, err := auth.Authenticate(ctx, token)
	switch drehscheibe.ErrorCode(err) {
	case "":
		return p
	case drehscheibe.EUNAUTHENTICATED:
		refused(drehscheibe.ErrorMessage(err))
		return drehscheibe.Principal{CredentialProblem: drehscheibe.ErrorMessage(err)}
	default:
		zerolog.Ctx(ctx).Error().Err(err).Msg("api key could not be checked")
		return drehscheibe.Principal{Unverified: true,
			CredentialProblem: "Der API-Schlüssel konnte gerade nicht geprüft werden (Datenbank nicht erreichbar); bitte gleich noch einmal versuchen"}
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

// clientIP is the address the request came from.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
