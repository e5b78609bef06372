package main

import (
	"context"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
	"golang.org/x/time/rate"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// authenticate puts the caller into the request context: the principal of the API key
// in "Authorization: Bearer <key>", or anonymous. A key that is not accepted leaves the
// caller anonymous with the reason (protected operations then answer UNAUTHENTICATED
// with it; viewer shows it). Failed attempts are counted per address: past the limit,
// requests carrying credentials from that address get 429 until it recovers. Neither
// the key nor its secret is ever logged; the key ID, which is no secret, is.
func authenticate(auth *drehscheibe.Authenticator, failures *failureLimiter) func(http.Handler) http.Handler {
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
			if wait, blocked := failures.blocked(ip, time.Now()); blocked {
				log.Warn().Str("ip", ip).Msg("authentication refused: too many failed attempts from this address")
				tooManyAttempts(w, wait)
				return
			}
			p := principalOf(ctx, auth, header, func(reason string) {
				failures.fail(ip, time.Now())
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
		return drehscheibe.Principal{CredentialProblem: "Der API-Schlüssel konnte gerade nicht geprüft werden; bitte gleich noch einmal versuchen"}
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

// tooManyAttempts answers 429 with RATE_LIMITED and when to try again.
func tooManyAttempts(w http.ResponseWriter, wait time.Duration) {
	secs := int(math.Ceil(wait.Seconds()))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"errors": []map[string]any{{
		"message":    "Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; bitte in " + strconv.Itoa(secs) + " s erneut versuchen",
		"extensions": map[string]any{"code": "RATE_LIMITED", "retryAfterSeconds": secs},
	}}})
}

// failureLimiter is a token bucket of failed authentications per address: Burst
// failures at once, then one per Every. An address with an empty bucket is blocked
// until a token is back.
type failureLimiter struct {
	every time.Duration
	burst int
	mu    sync.Mutex
	addrs map[string]*rate.Limiter
}

// maxTrackedAddrs bounds the addresses the limiter remembers; beyond it, those that
// have recovered fully are forgotten.
const maxTrackedAddrs = 10000

func newFailureLimiter(burst int, every time.Duration) *failureLimiter {
	return &failureLimiter{every: every, burst: burst, addrs: map[string]*rate.Limiter{}}
}

// blocked reports whether ip has no failures left, and how long until it has one.
func (f *failureLimiter) blocked(ip string, now time.Time) (time.Duration, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.addrs[ip]
	if !ok {
		return 0, false
	}
	tokens := l.TokensAt(now)
	if tokens >= 1 {
		return 0, false
	}
	return time.Duration((1 - tokens) * float64(f.every)), true
}

// fail records a failed authentication from ip.
func (f *failureLimiter) fail(ip string, now time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.addrs[ip]
	if !ok {
		if len(f.addrs) >= maxTrackedAddrs {
			f.forgetRecovered(now)
		}
		for drop := range f.addrs {
			if len(f.addrs) < maxTrackedAddrs {
				break
			}
			delete(f.addrs, drop) // still full: forget any one (map order is random)
		}
		l = rate.NewLimiter(rate.Every(f.every), f.burst)
		f.addrs[ip] = l
	}
	l.AllowN(now, 1)
}

// forgetRecovered drops the addresses whose bucket is full again.
func (f *failureLimiter) forgetRecovered(now time.Time) {
	for ip, l := range f.addrs {
		if l.TokensAt(now) >= float64(f.burst) {
			delete(f.addrs, ip)
		}
	}
}
