package main

import (
	"fmt"
	"math"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// signedOutPath is where a sign-out leads without the provider's own sign-out.
const signedOutPath = signinPath + "?abgemeldet=1"

// signinForm is the sign-in page for ret.
func (s *signin) signinForm(ret string) page {
	return page{Title: "Anmelden", SignIn: true, Return: ret, OIDC: s.oidc != nil, KeyForm: s.cfg.KeyForm}
}

// signinPage is GET /auth/anmelden?return=/pfad: the ways to sign in.
func (s *signin) signinPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := s.signinForm(localReturn(q.Get("return")))
	if q.Get("abgemeldet") != "" || q.Get("state") == "abgemeldet" { // state: the provider's sign-out sends it back
		p.Status = "Sie sind abgemeldet."
	}
	if token := cookieValue(r, sessionCookie); token != "" && !crossSite(r) {
		if sess, who := s.resolve(w, r, token); sess != nil {
			p.SignedInAs = who.Name + " (" + who.Role.Label() + ")"
		}
	}
	s.render(w, r, http.StatusOK, p)
}

// refuseCrossSite answers a request to /auth/ sent from another site.
func (s *signin) refuseCrossSite(w http.ResponseWriter, r *http.Request) {
	s.rf.refuse(w, r, http.StatusForbidden, apierror.Forbidden, "Anfragen an die Anmeldung von fremden Seiten werden abgelehnt", nil)
}

// readForm parses a form body (application/x-www-form-urlencoded, bounded by the body
// limit); false after it refused the request.
func (s *signin) readForm(w http.ResponseWriter, r *http.Request) bool {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/x-www-form-urlencoded" {
		s.rf.refuse(w, r, http.StatusUnsupportedMediaType, apierror.UnsupportedMediaType, "Erwartet ein Formular (application/x-www-form-urlencoded)", nil)
		return false
	}
	if err := r.ParseForm(); err != nil {
		s.rf.refuse(w, r, http.StatusBadRequest, apierror.BadRequest, "Das Formular konnte nicht gelesen werden", nil)
		return false
	}
	return true
}

// keySignin is POST /auth/key (form: key, return): with a valid key, a new session,
// its cookie, and 303 to return; otherwise the form again with the reason (the key is
// never shown back). Failed keys count towards the same limit per address as failed
// Bearer keys.
func (s *signin) keySignin(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.KeyForm {
		s.rf.refuse(w, r, http.StatusNotFound, apierror.NotFound, "Die Anmeldung mit API-Schlüssel ist abgeschaltet; bitte mit dem Konto der Stadt anmelden", nil)
		return
	}
	if crossSite(r) {
		s.refuseCrossSite(w, r)
		return
	}
	if !s.readForm(w, r) {
		return
	}
	ctx := r.Context()
	log := hlog.FromRequest(r)
	form := s.signinForm(localReturn(r.PostForm.Get("return")))
	key := strings.TrimSpace(r.PostForm.Get("key"))
	if key == "" {
		form.Error = "Bitte den API-Schlüssel eingeben."
		s.render(w, r, http.StatusBadRequest, form)
		return
	}
	p, err := s.auth.Authenticate(ctx, key)
	switch drehscheibe.ErrorCode(err) {
	case "":
	case drehscheibe.EUNAUTHENTICATED:
		ip := clientIP(r)
		e := log.Warn().Str("ip", ip).Str("reason", drehscheibe.ErrorMessage(err))
		if id, _, ok := drehscheibe.ParseToken(key); ok {
			e = e.Str("keyId", string(id))
		}
		if wait, ok := s.failures.take(ip, time.Now()); !ok {
			e.Msg("sign-in refused: too many failed attempts from this address")
			s.refused("authentication")
			secs := max(1, int(math.Ceil(wait.Seconds())))
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			form.Error = fmt.Sprintf("Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; bitte in %d s erneut versuchen.", secs)
			s.render(w, r, http.StatusTooManyRequests, form)
			return
		}
		e.Msg("sign-in with an API key failed")
		form.Error = drehscheibe.ErrorMessage(err) + "."
		s.render(w, r, http.StatusUnauthorized, form)
		return
	default:
		log.Error().Err(err).Msg("api key could not be checked")
		form.Error = "Der API-Schlüssel konnte gerade nicht geprüft werden (Datenbank nicht erreichbar); bitte gleich noch einmal versuchen."
		s.render(w, r, http.StatusServiceUnavailable, form)
		return
	}
	if !s.begin(w, r, session.Session{Via: session.ViaKey, KeyID: p.KeyID}) {
		return
	}
	log.Info().Str("via", string(session.ViaKey)).Str("keyId", string(p.KeyID)).Str("role", string(p.Role)).Msg("signed in")
	http.Redirect(w, r, form.Return, http.StatusSeeOther)
}

// begin starts a session for sess, ending the browser's previous one, and sets the
// cookie; false after it answered that the database is away.
func (s *signin) begin(w http.ResponseWriter, r *http.Request, sess session.Session) bool {
	ctx := r.Context()
	if old := cookieValue(r, sessionCookie); old != "" {
		_ = s.sessions.End(ctx, old) // an old session the browser leaves behind expires anyway
	}
	token, _, err := s.sessions.Start(ctx, sess)
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Msg("session not stored")
		s.message(w, r, http.StatusServiceUnavailable, "Anmeldung gerade nicht möglich",
			"Die Sitzung konnte nicht angelegt werden, weil die Datenbank gerade nicht erreichbar ist. Bitte versuchen Sie es gleich noch einmal.")
		return false
	}
	s.setCookie(w, r, sessionCookie, token, "/", 0)
	return true
}

// sessionInfo is the JSON of GET /auth/session.
type sessionInfo struct {
	SignedIn bool `json:"signedIn"`
	// Problem says why a session cookie sent does not count (ended, expired).
	Problem   string        `json:"problem,omitempty"`
	Name      string        `json:"name,omitempty"`
	Role      string        `json:"role,omitempty"`
	Scope     *sessionScope `json:"scope,omitempty"`
	CSRFToken string        `json:"csrfToken,omitempty"`
	ExpiresAt *time.Time    `json:"expiresAt,omitempty"`
	Via       string        `json:"via,omitempty"`
}

type sessionScope struct {
	PartnerID      *string  `json:"partnerId"`
	InstitutionID  *string  `json:"institutionId"`
	KindercampusID *string  `json:"kindercampusId"`
	Themes         []string `json:"themes"`
}

func optID(id drehscheibe.ID) *string {
	if id == "" {
		return nil
	}
	s := string(id)
	return &s
}

// sessionInfo is GET /auth/session: who the browser is signed in as, and the CSRF
// token its page sends with every request (X-CSRF-Token).
func (s *signin) sessionInfo(w http.ResponseWriter, r *http.Request) {
	token := cookieValue(r, sessionCookie)
	if token == "" {
		writeJSON(w, http.StatusOK, sessionInfo{})
		return
	}
	if crossSite(r) {
		s.refuseCrossSite(w, r)
		return
	}
	sess, p := s.resolve(w, r, token)
	switch {
	case sess == nil && p.Unverified:
		s.rf.refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable, p.CredentialProblem, nil)
		return
	case sess == nil:
		writeJSON(w, http.StatusOK, sessionInfo{Problem: p.CredentialProblem})
		return
	}
	themes := make([]string, len(p.Themes))
	for i, t := range p.Themes {
		themes[i] = string(t)
	}
	writeJSON(w, http.StatusOK, sessionInfo{
		SignedIn: true, Name: p.Name, Role: string(p.Role), CSRFToken: session.CSRFToken(token), ExpiresAt: &sess.ExpiresAt, Via: string(sess.Via),
		Scope: &sessionScope{PartnerID: optID(p.PartnerID), InstitutionID: optID(p.InstitutionID), KindercampusID: optID(p.KindercampusID), Themes: themes},
	})
}

// logoutPage is GET /auth/logout: a button that signs out (a link cannot, since
// signing out needs the CSRF token).
func (s *signin) logoutPage(w http.ResponseWriter, r *http.Request) {
	p := page{Title: "Abmelden", SignOut: true}
	if token := cookieValue(r, sessionCookie); token != "" && !crossSite(r) {
		if sess, who := s.resolve(w, r, token); sess != nil {
			p.CSRF = session.CSRFToken(token)
			p.Text = []string{"Sie sind angemeldet als " + who.Name + " (" + who.Role.Label() + ")."}
			p.formTarget = origin(s.signedOutTarget(r, sess))
		}
	}
	if p.CSRF == "" {
		p.Links = []pageLink{{signinPath, "Zur Anmeldung"}}
	}
	s.render(w, r, http.StatusOK, p)
}

// logout is POST /auth/logout (CSRF token in X-CSRF-Token or the form field csrf):
// ends the session, deletes the cookie and leads to the provider's sign-out for a
// session begun there (when it has one), else to the sign-in page. A request with
// X-CSRF-Token or asking for JSON gets {"signedOut": true, "redirect": …} instead of
// the redirect, for the page's own script to follow.
func (s *signin) logout(w http.ResponseWriter, r *http.Request) {
	if crossSite(r) {
		s.refuseCrossSite(w, r)
		return
	}
	target := signedOutPath
	if token := cookieValue(r, sessionCookie); token != "" {
		presented := r.Header.Get(csrfHeader)
		if presented == "" && r.ContentLength != 0 {
			if !s.readForm(w, r) {
				return
			}
			presented = r.PostForm.Get(csrfField)
		}
		if !session.CheckCSRF(token, presented) {
			s.rf.refuse(w, r, http.StatusForbidden, apierror.Forbidden,
				"Abmelden abgelehnt: das CSRF-Token (Header „X-CSRF-Token“ oder Formularfeld „csrf“) fehlt oder stimmt nicht", nil)
			return
		}
		ctx := r.Context()
		if sess, err := s.sessions.Find(ctx, token); err == nil {
			target = s.signedOutTarget(r, sess)
		}
		if err := s.sessions.End(ctx, token); err != nil {
			hlog.FromRequest(r).Error().Err(err).Msg("session not deleted")
			s.rf.refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable,
				"Abmelden gerade nicht möglich (Datenbank nicht erreichbar); bitte gleich noch einmal versuchen", nil)
			return
		}
		hlog.FromRequest(r).Info().Msg("signed out")
	}
	s.clearSession(w, r)
	if r.Header.Get(csrfHeader) != "" || strings.Contains(r.Header.Get("Accept"), "application/json") {
		writeJSON(w, http.StatusOK, map[string]any{"signedOut": true, "redirect": target})
		return
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// signedOutTarget is where signing out of sess leads: the provider's sign-out for a
// session begun there, when it has one, else the sign-in page.
func (s *signin) signedOutTarget(r *http.Request, sess *session.Session) string {
	if sess.Via == session.ViaOIDC && s.oidc != nil {
		if u := s.oidc.endSessionURL(r.Context()); u != "" {
			return u
		}
	}
	return signedOutPath
}
