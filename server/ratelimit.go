package main

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// buckets keeps a token bucket per key (an address, an API key): perSecond tokens
// flow in, up to burst. It remembers at most maxBuckets keys; beyond that, keys whose
// bucket is full again are forgotten first.
type buckets struct {
	limit rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*rate.Limiter
}

// maxBuckets bounds the keys a limiter remembers.
const maxBuckets = 10000

// newBuckets returns a limiter, or nil (no limit) for a rate of 0.
func newBuckets(perSecond float64, burst int) *buckets {
	if perSecond <= 0 {
		return nil
	}
	return &buckets{limit: rate.Limit(perSecond), burst: burst, m: map[string]*rate.Limiter{}}
}

// take uses one token of key's bucket; without one it reports how long until the next.
func (b *buckets) take(key string, now time.Time) (time.Duration, bool) {
	if b == nil {
		return 0, true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	l := b.bucket(key, now)
	if l.AllowN(now, 1) {
		return 0, true
	}
	return b.wait(l, now), false
}

func (b *buckets) wait(l *rate.Limiter, now time.Time) time.Duration {
	missing := 1 - l.TokensAt(now)
	return time.Duration(missing / float64(b.limit) * float64(time.Second))
}

// bucket returns key's bucket, making room for a new one when needed.
func (b *buckets) bucket(key string, now time.Time) *rate.Limiter {
	if l, ok := b.m[key]; ok {
		return l
	}
	if len(b.m) >= maxBuckets {
		for k, l := range b.m {
			if l.TokensAt(now) >= float64(b.burst) {
				delete(b.m, k)
			}
		}
		for k := range b.m {
			if len(b.m) < maxBuckets {
				break
			}
			delete(b.m, k) // still full: forget any (map order is random)
		}
	}
	l := rate.NewLimiter(b.limit, b.burst)
	b.m[key] = l
	return l
}

// limitRate refuses requests beyond the rate of their caller: per API key, or per
// person for those signed in through the identity provider (Principal.Identity), per
// address for everybody else. Refusals are 429 RATE_LIMITED with
// Retry-After.
func limitRate(perAddress, perKey *buckets, refused func(limiter string), rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p := drehscheibe.PrincipalFrom(r.Context())
			limiter, b, key := "address", perAddress, clientIP(r)
			if id := p.Identity(); id != "" {
				limiter, b, key = "key", perKey, id
			}
			if wait, ok := b.take(key, time.Now()); !ok {
				refused(limiter)
				rf.tooMany(w, r, wait, "Zu viele Anfragen; bitte in %d s erneut versuchen")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// tooMany refuses with 429 RATE_LIMITED, the message (with %d for the seconds) and
// when to try again (Retry-After, extensions.retryAfterSeconds).
func (rf refuser) tooMany(w http.ResponseWriter, r *http.Request, wait time.Duration, message string) {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	rf.refuse(w, r, http.StatusTooManyRequests, apierror.RateLimited, fmt.Sprintf(message, secs), map[string]any{"retryAfterSeconds": secs})
}
