package main

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// signinConfig is how people sign in in the browser (docs/signin.md): the sessions'
// lifetimes, the API-key form, and the city's identity provider.
type signinConfig struct {
	// Idle ends a session unused this long, MaxAge any session this old.
	Idle, MaxAge time.Duration
	// CacheTTL is how long a session read from the database is trusted.
	CacheTTL time.Duration
	// KeyForm offers signing in with an API key at /auth/anmelden (POST /auth/key).
	KeyForm bool
	OIDC    oidcConfig
}

// oidcConfig is the city's identity provider (OpenID Connect); off without an issuer.
type oidcConfig struct {
	Issuer       string
	ClientID     string
	ClientSecret string // secret
	RedirectURL  string
	Scopes       []string
	// RoleClaim holds the values RoleMap maps to roles; ScopeClaim the scope of roles
	// the map gives without one; NameClaim the display name.
	RoleClaim, ScopeClaim, NameClaim string
	RoleMap                          session.RoleMap
}

// Enabled reports whether sign-in through the identity provider is configured.
func (o oidcConfig) Enabled() bool { return o.Issuer != "" }

// callbackPath ends the redirect URL: the route of the provider's answer.
const callbackPath = "/auth/callback"

// signinSettings are the settings of signinConfig (in the table of config.go).
var signinSettings = []setting{
	{"SESSION_IDLE", "session-idle", "2h", "a browser session ends after this long without a request (uses are recorded every 5 minutes at most, so it may end up to that much earlier)",
		durationSetting(time.Minute, 7*24*time.Hour, func(c *Config) *time.Duration { return &c.Signin.Idle })},
	{"SESSION_MAX_AGE", "session-max-age", "12h", "a browser session ends this long after sign-in however busy it is",
		durationSetting(time.Minute, 30*24*time.Hour, func(c *Config) *time.Duration { return &c.Signin.MaxAge })},
	{"SESSION_CACHE_TTL", "session-cache-ttl", "10s", "how long a browser session read from the database is trusted before it is read again (the dashboard asks every 5 s whether something changed); signing out through this instance acts at once, through another within this time (0: read on every request)",
		durationSetting(0, time.Minute, func(c *Config) *time.Duration { return &c.Signin.CacheTTL })},
	{"AUTH_API_KEY_SIGNIN", "auth-api-key-signin", "true", "offer signing in with an API key in the browser (/auth/anmelden); off, the form is gone and POST /auth/key answers 404 (Bearer keys work regardless)",
		boolSetting(func(c *Config) *bool { return &c.Signin.KeyForm })},
	{"OIDC_ISSUER", "oidc-issuer", "", "the city's identity provider (OpenID Connect issuer URL, https); empty: no sign-in through it",
		urlSetting(func(c *Config) *string { return &c.Signin.OIDC.Issuer }, nil)},
	{"OIDC_CLIENT_ID", "oidc-client-id", "", "the service's client ID at the identity provider", func(c *Config, v string) error {
		c.Signin.OIDC.ClientID = v
		return nil
	}},
	{"OIDC_CLIENT_SECRET", "oidc-client-secret", "", "the client secret (empty for a public client, which PKCE protects); never logged: better set it in the environment than as a flag", func(c *Config, v string) error {
		c.Signin.OIDC.ClientSecret = v
		return nil
	}},
	{"OIDC_REDIRECT_URL", "oidc-redirect-url", "", "the address the provider sends people back to, as registered there: https://<host>/auth/callback",
		urlSetting(func(c *Config) *string { return &c.Signin.OIDC.RedirectURL }, func(u *url.URL) error {
			if !strings.HasSuffix(u.Path, callbackPath) || u.RawQuery != "" {
				return fmt.Errorf("muss auf %s enden (ohne Parameter), z. B. https://drehscheibe.dortmund.de%s", callbackPath, callbackPath)
			}
			return nil
		})},
	{"OIDC_SCOPES", "oidc-scopes", "openid profile email", "the scopes asked for (space-separated; openid is required)", func(c *Config, v string) error {
		scopes := strings.Fields(v)
		if !slices.Contains(scopes, "openid") {
			return errors.New("muss „openid“ enthalten")
		}
		c.Signin.OIDC.Scopes = scopes
		return nil
	}},
	{"OIDC_ROLE_CLAIM", "oidc-role-claim", "groups", "the ID-token claim whose values OIDC_ROLE_MAP maps to roles (a string or a list; a dotted path such as realm_access.roles reads nested claims)", claimSetting(func(c *Config) *string { return &c.Signin.OIDC.RoleClaim })},
	{"OIDC_ROLE_MAP", "oidc-role-map", "", "which claim values give which role and scope: VALUE=ROLE[:SCOPE], comma-separated, first match wins, e.g. dortmund-servicestelle=SERVICESTELLE,campus-clarenberg=CAMPUS_MANAGER:kc_… (docs/signin.md)", func(c *Config, v string) error {
		m, err := session.ParseRoleMap(v)
		c.Signin.OIDC.RoleMap = m
		return err
	}},
	{"OIDC_SCOPE_CLAIM", "oidc-scope-claim", "", "the claim with the partner, institution or Kindercampus ID (or the Themenfelder) for roles OIDC_ROLE_MAP gives without one", claimSetting(func(c *Config) *string { return &c.Signin.OIDC.ScopeClaim })},
	{"OIDC_NAME_CLAIM", "oidc-name-claim", "name", "the claim with the person's name, shown in the audit trail (then preferred_username, then the subject)", claimSetting(func(c *Config) *string { return &c.Signin.OIDC.NameClaim })},
}

// urlSetting reads an address of the provider or of the service (checkProviderURL,
// then check when given); empty is allowed.
func urlSetting(field func(*Config) *string, check func(*url.URL) error) func(*Config, string) error {
	return func(c *Config, v string) error {
		if v != "" {
			if err := checkProviderURL(v); err != nil {
				return err
			}
			if u, _ := url.Parse(v); check != nil {
				if err := check(u); err != nil {
					return err
				}
			}
		}
		*field(c) = v
		return nil
	}
}

func claimSetting(field func(*Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error {
		if len(v) > 200 || strings.ContainsAny(v, " \t\n") {
			return errors.New("ein Name eines Anspruchs (Claims), höchstens 200 Zeichen, ohne Leerzeichen")
		}
		*field(c) = v
		return nil
	}
}

// checkProviderURL accepts an absolute https URL, or http on the machine itself (a
// provider for tests).
func checkProviderURL(v string) error {
	u, err := url.Parse(v)
	if err != nil || u.Host == "" || u.Fragment != "" || u.User != nil {
		return errors.New("keine absolute URL (https://…)")
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if h := u.Hostname(); h == "localhost" || net.ParseIP(h).IsLoopback() {
			return nil
		}
	}
	return errors.New("muss mit https:// beginnen (http nur für localhost)")
}

// problems returns what is wrong with the settings together, each with its name.
func (s signinConfig) problems() []string {
	var out []string
	if s.MaxAge < s.Idle {
		out = append(out, "SESSION_MAX_AGE: darf nicht kürzer sein als SESSION_IDLE")
	}
	o := s.OIDC
	if !o.Enabled() {
		if o.ClientID != "" || o.RedirectURL != "" || len(o.RoleMap) > 0 {
			out = append(out, "OIDC_ISSUER: fehlt (OIDC_CLIENT_ID, OIDC_REDIRECT_URL oder OIDC_ROLE_MAP ist gesetzt)")
		}
		return out
	}
	for _, req := range []struct{ name, value string }{{"OIDC_CLIENT_ID", o.ClientID}, {"OIDC_REDIRECT_URL", o.RedirectURL}, {"OIDC_ROLE_CLAIM", o.RoleClaim}} {
		if req.value == "" {
			out = append(out, req.name+": fehlt (OIDC_ISSUER ist gesetzt)")
		}
	}
	if len(o.RoleMap) == 0 {
		out = append(out, "OIDC_ROLE_MAP: fehlt (OIDC_ISSUER ist gesetzt): ohne sie bekäme niemand eine Rolle")
	}
	if o.RoleMap.NeedsScopeClaim() && o.ScopeClaim == "" {
		out = append(out, "OIDC_SCOPE_CLAIM: fehlt: OIDC_ROLE_MAP gibt eine Rolle ohne Bezug (ID oder Themenfelder), der aus diesem Anspruch kommen muss")
	}
	return out
}

// MarshalZerologObject logs the sign-in settings without the client secret.
func (s signinConfig) MarshalZerologObject(e *zerolog.Event) {
	e.Dur("sessionIdle", s.Idle).Dur("sessionMaxAge", s.MaxAge).Bool("apiKeySignin", s.KeyForm).Str("oidcIssuer", s.OIDC.Issuer)
	if s.OIDC.Enabled() {
		e.Str("oidcClientId", s.OIDC.ClientID).Bool("oidcClientSecret", s.OIDC.ClientSecret != "").Str("oidcRedirectUrl", s.OIDC.RedirectURL).
			Strs("oidcScopes", s.OIDC.Scopes).Str("oidcRoleClaim", s.OIDC.RoleClaim).Str("oidcScopeClaim", s.OIDC.ScopeClaim).
			Str("oidcNameClaim", s.OIDC.NameClaim).Int("oidcRoleMapEntries", len(s.OIDC.RoleMap))
	}
}
