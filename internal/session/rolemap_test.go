package session_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/session"
)

const (
	campus  = "kc_aaaaaaaaaaaaaaaaaaaaaaaaaa"
	partner = "par_bbbbbbbbbbbbbbbbbbbbbbbbbb"
)

func TestParseRoleMap(t *testing.T) {
	m, err := session.ParseRoleMap(`dortmund-servicestelle=SERVICESTELLE, dortmund-campus-clarenberg=CAMPUS_MANAGER:` + campus + `
"CN=Koordination Sport,OU=Gruppen,DC=dortmund,DC=de=COORDINATOR:SPORT_GESUNDHEIT+MUSIK_KULTUR"
partner=PARTNER`)
	if err != nil {
		t.Fatal(err)
	}
	want := session.RoleMap{
		{Value: "dortmund-servicestelle", Role: drehscheibe.RoleServicestelle},
		{Value: "dortmund-campus-clarenberg", Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: campus}},
		{Value: "CN=Koordination Sport,OU=Gruppen,DC=dortmund,DC=de", Role: drehscheibe.RoleCoordinator,
			Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit, drehscheibe.ThemeMusikKultur}}},
		{Value: "partner", Role: drehscheibe.RolePartner, FromClaim: true},
	}
	if len(m) != len(want) {
		t.Fatalf("got %+v", m)
	}
	for i := range want {
		g, w := m[i], want[i]
		if g.Value != w.Value || g.Role != w.Role || g.FromClaim != w.FromClaim || g.Scope.KindercampusID != w.Scope.KindercampusID || !slices.Equal(g.Scope.Themes, w.Scope.Themes) {
			t.Errorf("entry %d: %+v, want %+v", i, g, w)
		}
	}
	if !m.NeedsScopeClaim() {
		t.Error("the PARTNER entry without an ID needs the scope claim")
	}
	if empty, err := session.ParseRoleMap(" , \n"); err != nil || len(empty) != 0 {
		t.Errorf("an empty map: %v, %v", empty, err)
	}
}

func TestParseRoleMapRefusesMistakes(t *testing.T) {
	for in, want := range map[string]string{
		"servicestelle":                         "WERT=ROLLE",
		"=SERVICESTELLE":                        "Wert",
		"a=ADMIN":                               "unbekannte Rolle",
		"a=SERVICESTELLE:kc_aaaa":               "keinen Bezug",
		"a=CAMPUS_MANAGER:par_aaaa":             "kc_",
		"a=INSTITUTION:ins_AAAA":                "ins_",
		"a=COORDINATOR:SPORT":                   "kein Themenfeld",
		"a=SERVICESTELLE,a=PARTNER:par_aaaa":    "zweimal",
		`a"b=SERVICESTELLE`:                     "Anführungszeichen",
		strings.Repeat("x", 600) + "=PARTNER:x": "512",
	} {
		_, err := session.ParseRoleMap(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%.40q: %v, want an error with %q", in, err, want)
		}
	}
}

func TestResolveClaims(t *testing.T) {
	m, err := session.ParseRoleMap("servicestelle=SERVICESTELLE,clarenberg=CAMPUS_MANAGER:" + campus + ",partner=PARTNER,koordination=COORDINATOR")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		claims  map[string]any
		role    drehscheibe.Role
		scope   drehscheibe.Scope
		problem string
	}{
		{"a string", map[string]any{"groups": "clarenberg"}, drehscheibe.RoleCampusManager, drehscheibe.Scope{KindercampusID: campus}, ""},
		{"the first entry wins", map[string]any{"groups": []any{"clarenberg", "servicestelle", 7}}, drehscheibe.RoleServicestelle, drehscheibe.Scope{}, ""},
		{"a nested claim", map[string]any{"realm": map[string]any{"roles": []any{"clarenberg"}}}, "", drehscheibe.Scope{}, ""},
		{"no value of the map", map[string]any{"groups": []any{"engineering"}}, "", drehscheibe.Scope{}, ""},
		{"no claim", map[string]any{"sub": "x"}, "", drehscheibe.Scope{}, ""},
		{"the scope from its claim", map[string]any{"groups": []any{"partner"}, "ds_scope": partner}, drehscheibe.RolePartner, drehscheibe.Scope{PartnerID: partner}, ""},
		{"themes from a list", map[string]any{"groups": "koordination", "ds_scope": []any{"BNE", "MINT_DIGITALES BNE"}}, drehscheibe.RoleCoordinator,
			drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE, drehscheibe.ThemeMintDigitales}}, ""},
		{"a scope claim missing", map[string]any{"groups": "partner"}, "", drehscheibe.Scope{}, "genau eine ID"},
		{"a scope of the wrong kind", map[string]any{"groups": "partner", "ds_scope": campus}, "", drehscheibe.Scope{}, "par_"},
	} {
		roleClaim := "groups"
		if c.name == "a nested claim" {
			roleClaim = "realm.roles"
			c.role, c.scope = drehscheibe.RoleCampusManager, drehscheibe.Scope{KindercampusID: campus}
		}
		role, scope, problem := m.Resolve(c.claims, roleClaim, "ds_scope")
		if role != c.role || scope.KindercampusID != c.scope.KindercampusID || scope.PartnerID != c.scope.PartnerID ||
			!slices.Equal(scope.Themes, c.scope.Themes) || (c.problem == "") != (problem == "") || !strings.Contains(problem, c.problem) {
			t.Errorf("%s: %s %+v %q, want %s %+v %q", c.name, role, scope, problem, c.role, c.scope, c.problem)
		}
	}
	// a claim name with dots is a claim first
	if got := session.ClaimValues(map[string]any{"https://dortmund.de/rollen": []any{"a"}}, "https://dortmund.de/rollen"); !slices.Equal(got, []string{"a"}) {
		t.Errorf("a URL as claim name: %v", got)
	}
}
