package main

import (
	"net/http"
	"net/url"
	"strings"
)

// The cookies of browser sign-in: the session (every path), and the sign-in through
// the identity provider under way (only /auth/, for LoginLifetime).
const (
	sessionCookie = "drehscheibe_session"
	loginCookie   = "drehscheibe_anmeldung"
	// csrfHeader carries the session's CSRF token (GET /auth/session tells it).
	csrfHeader = "X-CSRF-Token"
	// csrfField carries it in the forms of the service's own pages.
	csrfField = "csrf"
)

// overTLS reports whether the browser reached the service over TLS: directly, or
// through a trusted proxy that says so in X-Forwarded-Proto (its last value: the one
// the nearest proxy wrote).
func overTLS(r *http.Request, proxies trustedProxies) bool {
	if r.TLS != nil {
		return true
	}
	peer, err := peerAddr(r.RemoteAddr)
	if err != nil || !proxies.trusts(peer) {
		return false
	}
	values := r.Header.Values("X-Forwarded-Proto")
	if len(values) == 0 {
		return false
	}
	hops := strings.Split(values[len(values)-1], ",")
	return strings.EqualFold(strings.TrimSpace(hops[len(hops)-1]), "https")
}

// setCookie sets (maxAge > 0: for so many seconds; 0: until the browser closes; < 0:
// deletes) one of the sign-in cookies: HttpOnly, SameSite=Lax (the provider's answer
// is a navigation from its site, which must bring the login cookie along), Secure
// over TLS.
func (s *signin) setCookie(w http.ResponseWriter, r *http.Request, name, value, path string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: path, MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: overTLS(r, s.proxies),
	})
}

// clearSession deletes the session cookie in the browser.
func (s *signin) clearSession(w http.ResponseWriter, r *http.Request) {
	s.setCookie(w, r, sessionCookie, "", "/", -1)
}

// cookieValue is the value of the request's cookie name, or "".
func cookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// crossSite reports whether a browser sent r from another site or origin: by
// Sec-Fetch-Site where the browser sends it (only "same-origin" and "none", an address
// typed or a bookmark, count as the service's own), else by Origin, whose host must be
// the request's. Requests with neither come from programs, not from a page elsewhere.
// A top-level navigation by GET is no cross-site request: it shows a page to the person
// only (no other site can read it), and the way back from the identity provider is
// one (a redirect chain through another site makes every step "cross-site").
func crossSite(r *http.Request) bool {
	if (r.Method == http.MethodGet || r.Method == http.MethodHead) && r.Header.Get("Sec-Fetch-Mode") == "navigate" {
		return false
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return false
	case "":
	default:
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	u, err := url.Parse(origin)
	return err != nil || u.Host == "" || !strings.EqualFold(u.Host, r.Host)
}

// needsCSRF reports whether a request authenticated by the session cookie must carry
// the CSRF token: every request that may change something, and every GraphQL request.
func needsCSRF(r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		return r.URL.Path == "/query"
	}
	return true
}
