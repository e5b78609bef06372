package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/rs/zerolog"
	"golang.org/x/oauth2"

	"github.com/stadtdortmund/drehscheibe/internal/session"
)

// oidcTimeout bounds every call to the identity provider (discovery, keys, token,
// user info).
const oidcTimeout = 10 * time.Second

// discoveryRetry is how long a failed discovery is remembered before the next sign-in
// asks the provider again.
const discoveryRetry = 10 * time.Second

// oidcClient is the city's identity provider. Its discovery document is fetched when
// the first person signs in, not at start, so that the service starts while the
// provider is away; a failed fetch is tried again by a sign-in discoveryRetry later.
type oidcClient struct {
	cfg  oidcConfig
	now  func() time.Time
	http *http.Client
	log  zerolog.Logger

	mu       sync.Mutex
	ready    *oidcProvider
	failure  error
	failedAt time.Time
}

// oidcProvider is what discovery found.
type oidcProvider struct {
	provider *oidc.Provider
	verifier *oidc.IDTokenVerifier
	oauth    *oauth2.Config
	// endSession is the provider's sign-out (end_session_endpoint), if it has one.
	endSession string
	userInfo   bool
}

func newOIDCClient(cfg oidcConfig, now func() time.Time, log zerolog.Logger) *oidcClient {
	return &oidcClient{cfg: cfg, now: now, http: &http.Client{Timeout: oidcTimeout}, log: log}
}

// errProviderAway is what a sign-in is told while discovery fails.
var errProviderAway = errors.New("identity provider not reachable")

// discover returns the provider, fetching its discovery document if it was not yet.
func (o *oidcClient) discover(ctx context.Context) (*oidcProvider, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ready != nil {
		return o.ready, nil
	}
	if o.failure != nil && o.now().Sub(o.failedAt) < discoveryRetry {
		return nil, o.failure
	}
	dctx, cancel := context.WithTimeout(oidc.ClientContext(ctx, o.http), oidcTimeout)
	defer cancel()
	p, err := oidc.NewProvider(dctx, o.cfg.Issuer)
	if err != nil {
		o.failure, o.failedAt = fmt.Errorf("%w: %v", errProviderAway, err), o.now()
		o.log.Warn().Err(err).Str("issuer", o.cfg.Issuer).Msg("identity provider discovery failed; sign-in through it unavailable, tried again at the next sign-in")
		return nil, o.failure
	}
	var meta struct {
		EndSession string `json:"end_session_endpoint"`
		UserInfo   string `json:"userinfo_endpoint"`
	}
	_ = p.Claims(&meta) // the document was decoded once already
	if meta.EndSession != "" && checkProviderURL(meta.EndSession) != nil {
		o.log.Warn().Str("endSession", meta.EndSession).Msg("the provider's end_session_endpoint is not https: not used")
		meta.EndSession = ""
	}
	o.ready = &oidcProvider{
		provider: p,
		verifier: p.Verifier(&oidc.Config{ClientID: o.cfg.ClientID, Now: o.now}),
		oauth: &oauth2.Config{ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret, Endpoint: p.Endpoint(),
			RedirectURL: o.cfg.RedirectURL, Scopes: o.cfg.Scopes},
		endSession: meta.EndSession, userInfo: meta.UserInfo != "",
	}
	o.failure = nil
	o.log.Info().Str("issuer", o.cfg.Issuer).Bool("endSession", meta.EndSession != "").Msg("identity provider discovered")
	return o.ready, nil
}

// authURL is where a sign-in starts at the provider: the authorisation code flow with
// state, nonce and the PKCE challenge (S256) of the login's verifier.
func (p *oidcProvider) authURL(l session.Login) string {
	return p.oauth.AuthCodeURL(l.State, oidc.Nonce(l.Nonce), oauth2.S256ChallengeOption(l.Verifier))
}

// oidcFailure is why a sign-in through the provider failed: what the page says, its
// status, and the cause for the log.
type oidcFailure struct {
	status int
	text   string
	cause  error
}

func (f *oidcFailure) Error() string { return f.cause.Error() }

// notConfirmed is the page's text for an answer of the provider that does not hold.
const notConfirmed = "Die Anmeldung konnte nicht bestätigt werden: die Antwort des Anmeldedienstes war ungültig oder abgelaufen. Bitte melden Sie sich erneut an."

// oidcIdentity is who signed in: the subject, the name and every claim of the ID token
// (with the user info's where the ID token lacks them).
type oidcIdentity struct {
	Subject, Name string
	Claims        map[string]any
}

// identify exchanges the code of the provider's answer (with the login's PKCE
// verifier) for tokens, verifies the ID token (signature, issuer, audience, expiry) and
// its nonce, and reads the person from it.
func (o *oidcClient) identify(ctx context.Context, p *oidcProvider, code string, l *session.Login) (*oidcIdentity, error) {
	ctx, cancel := context.WithTimeout(oidc.ClientContext(ctx, o.http), oidcTimeout)
	defer cancel()
	tok, err := p.oauth.Exchange(ctx, code, oauth2.VerifierOption(l.Verifier))
	if err != nil {
		return nil, &oidcFailure{http.StatusBadGateway, "Der Anmeldedienst hat die Anmeldung nicht bestätigt. Bitte melden Sie sich erneut an.", fmt.Errorf("code exchange: %w", err)}
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return nil, &oidcFailure{http.StatusBadGateway, "Der Anmeldedienst hat kein ID-Token geschickt; die Anmeldung ist nicht möglich.", errors.New("token response without id_token")}
	}
	idt, err := p.verifier.Verify(ctx, raw)
	if err != nil {
		return nil, &oidcFailure{http.StatusUnauthorized, notConfirmed, fmt.Errorf("id token: %w", err)}
	}
	if !session.Same(idt.Nonce, l.Nonce) {
		return nil, &oidcFailure{http.StatusUnauthorized, notConfirmed, errors.New("id token: nonce does not match the sign-in")}
	}
	if idt.Subject == "" || len(idt.Subject) > 255 {
		return nil, &oidcFailure{http.StatusUnauthorized, notConfirmed, errors.New("id token: no subject, or one over 255 bytes")}
	}
	claims := map[string]any{}
	if err := idt.Claims(&claims); err != nil {
		return nil, &oidcFailure{http.StatusUnauthorized, notConfirmed, fmt.Errorf("id token claims: %w", err)}
	}
	if p.userInfo && len(session.ClaimValues(claims, o.cfg.RoleClaim)) == 0 {
		o.addUserInfo(ctx, p, tok, idt.Subject, claims)
	}
	return &oidcIdentity{Subject: idt.Subject, Name: o.name(claims, idt.Subject), Claims: claims}, nil
}

// addUserInfo adds the claims of the provider's user info that the ID token lacks
// (some providers put groups or roles only there). It must be about the same subject;
// a failure leaves the claims as they are.
func (o *oidcClient) addUserInfo(ctx context.Context, p *oidcProvider, tok *oauth2.Token, subject string, claims map[string]any) {
	ui, err := p.provider.UserInfo(ctx, oauth2.StaticTokenSource(tok))
	if err != nil || ui.Subject != subject {
		o.log.Warn().Err(err).Msg("user info not read; the ID token's claims alone decide")
		return
	}
	extra := map[string]any{}
	if err := ui.Claims(&extra); err != nil {
		return
	}
	for k, v := range extra {
		if _, ok := claims[k]; !ok {
			claims[k] = v
		}
	}
}

// maxNameRunes bounds a display name from the provider.
const maxNameRunes = 200

// name is the person's display name: the name claim, else preferred_username, else the
// subject; without control characters, at most maxNameRunes.
func (o *oidcClient) name(claims map[string]any, subject string) string {
	for _, c := range []string{o.cfg.NameClaim, "preferred_username"} {
		if v := session.ClaimValues(claims, c); len(v) > 0 {
			if n := cleanName(v[0]); n != "" {
				return n
			}
		}
	}
	return cleanName(subject)
}

func cleanName(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	if r := []rune(s); len(r) > maxNameRunes {
		s = string(r[:maxNameRunes])
	}
	return s
}

// endSessionURL is the provider's sign-out, with the address it sends the person back
// to (the sign-in page, registered at the provider like the redirect URL), or "" when
// the provider has none (or is not discovered).
func (o *oidcClient) endSessionURL(ctx context.Context) string {
	p, err := o.discover(ctx)
	if err != nil || p.endSession == "" {
		return ""
	}
	u, err := url.Parse(p.endSession)
	if err != nil {
		return ""
	}
	q := u.Query()
	q.Set("client_id", o.cfg.ClientID)
	q.Set("post_logout_redirect_uri", o.postLogoutRedirect())
	q.Set("state", "abgemeldet")
	u.RawQuery = q.Encode()
	return u.String()
}

// postLogoutRedirect is the sign-in page at the address of the redirect URL.
func (o *oidcClient) postLogoutRedirect() string {
	return strings.TrimSuffix(o.cfg.RedirectURL, callbackPath) + signinPath
}
