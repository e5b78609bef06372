package main

import (
	"errors"
	"net/http"

	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// Texts of the sign-in through the identity provider.
const (
	providerAwayTitle = "Anmeldedienst nicht erreichbar"
	providerAwayText  = "Der Anmeldedienst der Stadt ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal."
	loginGoneText     = "Diese Anmeldung ist abgelaufen oder wurde in einem anderen Fenster oder Browser begonnen. Bitte melden Sie sich erneut an."
	noRoleTitle       = "Keine Berechtigung"
	noRoleText        = "Ihr Konto hat keine Rolle in der Drehscheibe. Die Anmeldung beim Anmeldedienst der Stadt hat geklappt, aber Ihrem Konto ist weder die Servicestelle noch ein Campus-Management, eine Einrichtung, ein Partner oder eine Koordination zugeordnet."
	askServicestelle  = "Bitte wenden Sie sich an die Servicestelle Bildungspartnerschaften: sie kann Ihrem Konto eine Rolle geben."
)

// notConfigured answers /auth/login and /auth/callback without an identity provider.
func (s *signin) notConfigured(w http.ResponseWriter, r *http.Request) {
	s.message(w, r, http.StatusNotFound, "Anmeldung mit dem Konto der Stadt nicht eingerichtet",
		"Für diesen Dienst ist keine Anmeldung über den Anmeldedienst der Stadt eingerichtet.")
}

// providerAway answers while the provider cannot be reached.
func (s *signin) providerAway(w http.ResponseWriter, r *http.Request) {
	s.message(w, r, http.StatusServiceUnavailable, providerAwayTitle, providerAwayText)
}

// oidcLogin is GET /auth/login?return=/pfad: the sign-in at the identity provider
// begins. The state, nonce and PKCE verifier are kept in the database for
// LoginLifetime, bound to the browser by a cookie; the browser goes to the provider.
func (s *signin) oidcLogin(w http.ResponseWriter, r *http.Request) {
	if s.oidc == nil {
		s.notConfigured(w, r)
		return
	}
	p, err := s.oidc.discover(r.Context())
	if err != nil {
		s.providerAway(w, r)
		return
	}
	l := session.Login{State: session.NewSecret(), Nonce: session.NewSecret(), Verifier: session.NewSecret(),
		Return: localReturn(r.URL.Query().Get("return"))}
	token, err := s.sessions.BeginLogin(r.Context(), l)
	if err != nil {
		hlog.FromRequest(r).Error().Err(err).Msg("sign-in not stored")
		s.message(w, r, http.StatusServiceUnavailable, "Anmeldung gerade nicht möglich",
			"Die Anmeldung konnte nicht begonnen werden, weil die Datenbank gerade nicht erreichbar ist. Bitte versuchen Sie es gleich noch einmal.")
		return
	}
	s.setCookie(w, r, loginCookie, token, "/auth/", int(session.LoginLifetime.Seconds()))
	http.Redirect(w, r, p.authURL(l), http.StatusFound)
}

// oidcCallback is GET /auth/callback?code=…&state=…: the provider's answer. It must
// come to the browser that began the sign-in (its cookie), with that sign-in's state;
// the code is exchanged, the ID token verified, and its claims mapped to a role and
// scope (OIDC_ROLE_MAP). Then the session begins and the browser goes where it wanted
// to. Every failure is a page that says what to do.
func (s *signin) oidcCallback(w http.ResponseWriter, r *http.Request) {
	if s.oidc == nil {
		s.notConfigured(w, r)
		return
	}
	ctx := r.Context()
	log := hlog.FromRequest(r)
	q := r.URL.Query()
	token := cookieValue(r, loginCookie)
	s.setCookie(w, r, loginCookie, "", "/auth/", -1) // a sign-in is answered once
	if token == "" {
		log.Warn().Msg("sign-in answer without the browser's sign-in cookie")
		s.message(w, r, http.StatusBadRequest, "Anmeldung abgelaufen", loginGoneText)
		return
	}
	l, err := s.sessions.FinishLogin(ctx, token)
	switch {
	case drehscheibe.ErrorCode(err) == drehscheibe.ENOTFOUND:
		log.Warn().Msg("sign-in answer for an unknown or expired sign-in")
		s.message(w, r, http.StatusBadRequest, "Anmeldung abgelaufen", loginGoneText)
		return
	case err != nil:
		log.Error().Err(err).Msg("sign-in not read")
		s.message(w, r, http.StatusServiceUnavailable, "Anmeldung gerade nicht möglich",
			"Die Anmeldung konnte nicht abgeschlossen werden, weil die Datenbank gerade nicht erreichbar ist. Bitte melden Sie sich gleich noch einmal an.")
		return
	case !session.Same(l.State, q.Get("state")):
		log.Warn().Msg("sign-in answer with a state that is not the sign-in's")
		s.message(w, r, http.StatusBadRequest, "Anmeldung abgelaufen", loginGoneText)
		return
	}
	if e := q.Get("error"); e != "" {
		log.Warn().Str("error", cleanName(e)).Msg("the identity provider refused the sign-in")
		s.message(w, r, http.StatusUnauthorized, "Anmeldung nicht abgeschlossen",
			"Der Anmeldedienst der Stadt hat die Anmeldung abgebrochen oder abgelehnt. Bitte melden Sie sich erneut an.")
		return
	}
	p, err := s.oidc.discover(ctx)
	if err != nil {
		s.providerAway(w, r)
		return
	}
	who, err := s.oidc.identify(ctx, p, q.Get("code"), l)
	if err != nil {
		var f *oidcFailure
		if !errors.As(err, &f) {
			f = &oidcFailure{http.StatusBadGateway, notConfirmed, err}
		}
		log.Warn().Err(f.cause).Msg("sign-in through the identity provider failed")
		s.message(w, r, f.status, "Anmeldung fehlgeschlagen", f.text)
		return
	}
	role, scope, problem := s.cfg.OIDC.RoleMap.Resolve(who.Claims, s.cfg.OIDC.RoleClaim, s.cfg.OIDC.ScopeClaim)
	if problem == "" && role != "" {
		problem = s.scopeProblem(role, scope)
	}
	if role == "" || problem != "" {
		if problem == "" {
			problem = noRoleText
		}
		log.Warn().Str("subject", who.Subject).Str("roleClaim", s.cfg.OIDC.RoleClaim).Msg("signed in at the identity provider, but no role here")
		s.render(w, r, http.StatusForbidden, page{Title: noRoleTitle, Text: []string{problem, askServicestelle},
			Links: []pageLink{{signinPath, "Zur Anmeldung"}}})
		return
	}
	if !s.begin(w, r, session.Session{Via: session.ViaOIDC, Subject: who.Subject, Name: who.Name, Role: role, Scope: scope}) {
		return
	}
	log.Info().Str("via", string(session.ViaOIDC)).Str("subject", who.Subject).Str("role", string(role)).Msg("signed in")
	http.Redirect(w, r, l.Return, http.StatusSeeOther)
}

// scopeProblem says why the entity a role acts for cannot be used: it does not exist
// in the catalogue (checked once the catalogue is loaded).
func (s *signin) scopeProblem(role drehscheibe.Role, scope drehscheibe.Scope) string {
	snap := s.catalog.Current()
	if !snap.Loaded {
		return ""
	}
	for _, id := range []drehscheibe.ID{scope.PartnerID, scope.InstitutionID, scope.KindercampusID} {
		if id == "" {
			continue
		}
		if _, ok := snap.Get(id); !ok {
			return "Ihr Konto hat die Rolle " + role.Label() + ", aber die dafür angegebene ID " + string(id) + " gibt es in der Drehscheibe nicht."
		}
	}
	return ""
}
