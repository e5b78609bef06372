package drehscheibe_test

import (
	"fmt"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// campusOf puts "ins_own" on campus "kc_own" and "ins_other" on "kc_other".
func campusOf(id drehscheibe.ID) drehscheibe.ID {
	return map[drehscheibe.ID]drehscheibe.ID{"ins_own": "kc_own", "ins_other": "kc_other"}[id]
}

var principals = map[string]drehscheibe.Principal{
	"anonymous":          {},
	"partner":            {Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: "par_own"}},
	"other partner":      {Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: "par_other"}},
	"institution":        {Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: "ins_own"}},
	"other institution":  {Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: "ins_other"}},
	"campus manager":     {Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: "kc_own"}},
	"other campus":       {Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: "kc_other"}},
	"coordinator":        {Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit}}},
	"other coordinator":  {Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeMintDigitales}}},
	"servicestelle":      {Role: drehscheibe.RoleServicestelle},
	"system":             drehscheibe.System("test"),
	"campus without one": {Role: drehscheibe.RoleCampusManager},
}

func TestWhoSeesWhat(t *testing.T) {
	modul := func(s drehscheibe.ModulStatus) *drehscheibe.Modul {
		return &drehscheibe.Modul{PartnerID: "par_own", Theme: drehscheibe.ThemeSportGesundheit, Status: s}
	}
	all := []string{"anonymous", "partner", "other partner", "institution", "other institution", "campus manager",
		"other campus", "coordinator", "other coordinator", "servicestelle", "system", "campus without one"}
	signedIn := all[1:]
	cases := []struct {
		reason string
		e      drehscheibe.Entity
		sees   []string
	}{
		{"published Module are public", modul(drehscheibe.ModulPublished), all},
		{"drafts are for their partner, coordinators and the Servicestelle", modul(drehscheibe.ModulDraft),
			[]string{"partner", "coordinator", "other coordinator", "servicestelle", "system"}},
		{"Module in review like drafts", modul(drehscheibe.ModulInReview),
			[]string{"partner", "coordinator", "other coordinator", "servicestelle", "system"}},
		{"archived Module for everybody signed in", modul(drehscheibe.ModulArchived), signedIn},
		{"needs for their institution, its campus, partners, coordinators and the Servicestelle",
			&drehscheibe.Bedarf{InstitutionID: "ins_own"},
			[]string{"partner", "other partner", "institution", "campus manager", "coordinator", "other coordinator", "servicestelle", "system"}},
		{"API keys only for the Servicestelle", &drehscheibe.ApiKey{}, []string{"servicestelle", "system"}},
		{"institutions are public", &drehscheibe.Institution{}, all},
		{"partners are public", &drehscheibe.Partner{}, all},
	}
	for _, tc := range cases {
		want := map[string]bool{}
		for _, n := range tc.sees {
			want[n] = true
		}
		for name, p := range principals {
			if got := p.Sees(tc.e, campusOf); got != want[name] {
				t.Errorf("%s: %s sees %T: %v, want %v", tc.reason, name, tc.e, got, want[name])
			}
		}
	}
}

func TestOwnership(t *testing.T) {
	m := &drehscheibe.Modul{PartnerID: "par_own", Theme: drehscheibe.ThemeSportGesundheit}
	checks := map[string]func(drehscheibe.Principal) bool{
		"acts for ins_own":   func(p drehscheibe.Principal) bool { return p.ActsFor("ins_own", campusOf) },
		"manages kc_own":     func(p drehscheibe.Principal) bool { return p.Manages("kc_own") },
		"curates the Modul":  func(p drehscheibe.Principal) bool { return p.Curates(m) },
		"offers for par_own": func(p drehscheibe.Principal) bool { return p.Offers("par_own") },
	}
	want := map[string][]string{
		"acts for ins_own":   {"institution", "campus manager", "servicestelle", "system"},
		"manages kc_own":     {"campus manager", "servicestelle", "system"},
		"curates the Modul":  {"coordinator", "servicestelle", "system"},
		"offers for par_own": {"partner", "servicestelle", "system"},
	}
	for check, f := range checks {
		for name, p := range principals {
			expected := false
			for _, w := range want[check] {
				expected = expected || w == name
			}
			if got := f(p); got != expected {
				t.Errorf("%s: %s → %v, want %v", check, name, got, expected)
			}
		}
	}
}

func TestMayChecksRolesPerOperation(t *testing.T) {
	for _, op := range drehscheibe.Operations() {
		roles, ok := drehscheibe.OperationRoles(op)
		if !ok {
			t.Fatalf("%s listed but has no roles entry", op)
		}
		for name, p := range principals {
			err := p.May(op)
			allowed := p.Role == drehscheibe.RoleSystem
			for _, r := range roles {
				allowed = allowed || r == p.Role
			}
			switch {
			case allowed && err != nil:
				t.Errorf("%s may %s: %v", name, op, err)
			case !allowed && !p.Authenticated() && drehscheibe.ErrorCode(err) != drehscheibe.EUNAUTHENTICATED:
				t.Errorf("anonymous %s: %v, want unauthenticated", op, err)
			case !allowed && p.Authenticated() && drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN:
				t.Errorf("%s %s: %v, want forbidden", name, op, err)
			}
		}
	}
	if _, ok := drehscheibe.OperationRoles("dropDatabase"); ok {
		t.Error("an unknown operation has roles")
	}
	p := drehscheibe.Principal{CredentialProblem: "Der API-Schlüssel ist abgelaufen"}
	if err := p.May(drehscheibe.OpCreateModul); drehscheibe.ErrorMessage(err) != "Anmeldung fehlgeschlagen: Der API-Schlüssel ist abgelaufen" {
		t.Errorf("a refused key's reason is not told: %v", err)
	}
}

// TestMaySeeNetwork: campus management sees its own campus's network (asked without a
// campus, it gets that one), coordinators and the Servicestelle any; nobody else.
func TestMaySeeNetwork(t *testing.T) {
	cases := []struct {
		who, campus string
		code        string
		narrowed    string
	}{
		{"campus manager", "", "", "kc_own"},
		{"campus manager", "kc_own", "", "kc_own"},
		{"campus manager", "kc_other", drehscheibe.EFORBIDDEN, "kc_other"},
		{"other campus", "kc_own", drehscheibe.EFORBIDDEN, "kc_own"},
		{"campus without one", "", drehscheibe.EFORBIDDEN, ""},
		{"campus without one", "kc_own", drehscheibe.EFORBIDDEN, "kc_own"},
		{"coordinator", "", "", ""},
		{"other coordinator", "kc_other", "", "kc_other"},
		{"servicestelle", "", "", ""},
		{"system", "kc_own", "", "kc_own"},
		{"anonymous", "", drehscheibe.EUNAUTHENTICATED, ""},
		{"partner", "", drehscheibe.EFORBIDDEN, ""},
		{"institution", "kc_own", drehscheibe.EFORBIDDEN, "kc_own"},
	}
	for _, tc := range cases {
		campus := drehscheibe.ID(tc.campus)
		err := principals[tc.who].MaySeeNetwork(&campus)
		if got := drehscheibe.ErrorCode(err); got != tc.code || (err == nil && campus != drehscheibe.ID(tc.narrowed)) {
			t.Errorf("%s asking for %q: %v, campus %q; want code %q, campus %q", tc.who, tc.campus, err, campus, tc.code, tc.narrowed)
		}
	}
}

func ExampleRole_Label() {
	fmt.Println(drehscheibe.RoleCampusManager.Label())
	// Output: Campus-Management
}
