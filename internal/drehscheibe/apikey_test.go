package drehscheibe_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
)

func TestTokensParseAndCheck(t *testing.T) {
	svc, store, s := newService(t)
	k, token, err := svc.CreateApiKey(sys, &drehscheibe.ApiKey{Name: "Partner", Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: s.Partner.ID}})
	if err != nil {
		t.Fatal(err)
	}
	id, secret, ok := drehscheibe.ParseToken(token)
	if !ok || id != k.ID {
		t.Fatalf("token %q parses to %q, %v; want key %s", token, id, ok, k.ID)
	}
	// 256 random bits, base32: 52 characters
	if len(secret) < 52 {
		t.Errorf("secret has %d characters; want ≥ 52 (256 bits)", len(secret))
	}
	stored, err := store.Get(sys, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	sk := stored.(*drehscheibe.ApiKey)
	if strings.Contains(sk.Hash, secret) || len(sk.Hash) != 64 {
		t.Errorf("stored hash %q: want the 64-digit SHA-256, not the secret", sk.Hash)
	}
	if !sk.Matches(secret) || sk.Matches(secret+"x") || sk.Matches("") {
		t.Error("Matches accepts the wrong secret or refuses the right one")
	}
	for _, bad := range []string{"", "dsk.", "dsk..", "Bearer " + token, strings.TrimPrefix(token, "dsk."), "dsk.abc", "dsk.$where.x",
		"dsk." + strings.Repeat("a", 300) + ".x", token[:len(token)-len(secret)-1]} {
		if _, _, ok := drehscheibe.ParseToken(bad); ok {
			t.Errorf("ParseToken(%q) accepted", bad)
		}
	}
}

func TestKeyValidation(t *testing.T) {
	svc, _, s := newService(t)
	past := time.Now().Add(-time.Hour)
	far := time.Now().AddDate(6, 0, 0)
	cases := map[string]struct {
		key   drehscheibe.ApiKey
		field string
	}{
		"no name":                {drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle}, "name"},
		"unknown role":           {drehscheibe.ApiKey{Name: "x", Role: "ADMIN"}, "role"},
		"system is no key role":  {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleSystem}, "role"},
		"partner without one":    {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RolePartner}, "partnerId"},
		"unknown partner":        {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.NewID(drehscheibe.KindPartner)}}, "partnerId"},
		"wrong kind of scope":    {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: s.Partner.ID}}, "institutionId"},
		"scope of another role":  {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleServicestelle, Scope: drehscheibe.Scope{PartnerID: s.Partner.ID}}, "partnerId"},
		"coordinator no themes":  {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleCoordinator}, "themes"},
		"unknown theme":          {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{"KOCHEN"}}}, "themes.0"},
		"themes for a partner":   {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: s.Partner.ID, Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE}}}, "themes"},
		"expired at creation":    {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleServicestelle, ExpiresAt: &past}, "expiresAt"},
		"more than five years":   {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleServicestelle, ExpiresAt: &far}, "expiresAt"},
		"campus manager no site": {drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleCampusManager}, "kindercampusId"},
	}
	for name, tc := range cases {
		_, token, err := svc.CreateApiKey(sys, &tc.key)
		e, ok := drehscheibe.AsError(err)
		if !ok || token != "" {
			t.Errorf("%s: %v, token %q; want an error and no token", name, err, token)
			continue
		}
		fields := []string{strings.Join(e.Field, ".")}
		for _, p := range e.Problems {
			fields = append(fields, strings.Join(p.Field, "."))
		}
		if !contains(fields, tc.field) {
			t.Errorf("%s: problems at %v, want one at %s (%v)", name, fields, tc.field, err)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestAuthenticateRevokeAndExpire(t *testing.T) {
	svc, store, s := newService(t)
	now := time.Now()
	clock := func() time.Time { return now }
	auth := drehscheibe.NewAuthenticator(store, clock)
	soon := now.Add(time.Hour)
	k, token, err := svc.CreateApiKey(sys, &drehscheibe.ApiKey{Name: "Kita", Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: s.Kita.ID}, ExpiresAt: &soon})
	if err != nil {
		t.Fatal(err)
	}
	p, err := auth.Authenticate(sys, token)
	if err != nil || p.Role != drehscheibe.RoleInstitution || p.InstitutionID != s.Kita.ID || p.KeyID != k.ID {
		t.Fatalf("a fresh key: %+v, %v", p, err)
	}
	stored, _ := store.Get(sys, k.ID)
	if lu := stored.(*drehscheibe.ApiKey).LastUsedAt; lu == nil || !lu.Equal(now.UTC().Truncate(time.Millisecond)) {
		t.Errorf("last use not recorded: %v", lu)
	}
	wrong := token[:len(token)-1] + "a"
	if token[len(token)-1] == 'a' {
		wrong = token[:len(token)-1] + "b"
	}
	if _, err := auth.Authenticate(sys, wrong); drehscheibe.ErrorMessage(err) != "Der API-Schlüssel ist ungültig" {
		t.Errorf("a wrong secret: %v", err)
	}
	unknown := "dsk." + strings.TrimPrefix(string(drehscheibe.NewID(drehscheibe.KindApiKey)), "key_") + ".secret"
	if _, err := auth.Authenticate(sys, unknown); drehscheibe.ErrorMessage(err) != "Der API-Schlüssel ist ungültig" {
		t.Errorf("an unknown key must look like a wrong secret: %v", err)
	}
	now = soon
	if _, err := auth.Authenticate(sys, token); drehscheibe.ErrorMessage(err) != "Der API-Schlüssel ist abgelaufen" {
		t.Errorf("at its expiry: %v", err)
	}
	now = soon.Add(-time.Minute)
	if _, err := svc.RevokeApiKey(sys, k.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(sys, token); drehscheibe.ErrorMessage(err) != "Der API-Schlüssel wurde widerrufen" {
		t.Errorf("right after revocation: %v", err)
	}
	if _, err := svc.RevokeApiKey(sys, k.ID); drehscheibe.ErrorCode(err) != drehscheibe.EINVALIDTRANSITION {
		t.Errorf("revoking twice: %v", err)
	}
}

// TestCachedKeys: with a cache, a revocation through the service is seen at once, one
// made elsewhere (another process writing the database) once CacheTTL has passed;
// expiry always at once.
func TestCachedKeys(t *testing.T) {
	store := embeddedtest.Store(t)
	now := time.Now()
	clock := func() time.Time { return now }
	svc := drehscheibe.NewService(store, catalog.New(store, catalog.Options{}), clock)
	elsewhere := drehscheibe.NewService(store, catalog.New(store, catalog.Options{}), clock)
	auth := svc.Authenticator()
	auth.CacheTTL = time.Minute
	create := func(expires *time.Time) (drehscheibe.ID, string) {
		k, token, err := svc.CreateApiKey(sys, &drehscheibe.ApiKey{Name: "x", Role: drehscheibe.RoleServicestelle, ExpiresAt: expires})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := auth.Authenticate(sys, token); err != nil {
			t.Fatal(err)
		}
		return k.ID, token
	}
	refused := func(reason, token string) {
		t.Helper()
		if _, err := auth.Authenticate(sys, token); drehscheibe.ErrorCode(err) != drehscheibe.EUNAUTHENTICATED {
			t.Errorf("%s: %v, want unauthenticated", reason, err)
		}
	}

	id, token := create(nil)
	if _, err := svc.RevokeApiKey(sys, id); err != nil {
		t.Fatal(err)
	}
	refused("revoked through this service while cached", token)

	id, token = create(nil)
	if _, err := elsewhere.RevokeApiKey(sys, id); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(sys, token); err != nil {
		t.Errorf("revoked elsewhere: within CacheTTL the verified copy stands, got %v", err)
	}
	now = now.Add(time.Minute)
	refused("revoked elsewhere, CacheTTL later", token)

	soon := now.Add(10 * time.Second)
	_, token = create(&soon)
	now = soon
	refused("expired while cached", token)
}
