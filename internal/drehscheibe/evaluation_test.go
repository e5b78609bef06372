package drehscheibe_test

import (
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func TestMayEvaluate(t *testing.T) {
	own, other := drehscheibe.ID("kc_own"), drehscheibe.ID("kc_other")
	manager := drehscheibe.Principal{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: own}}
	servicestelle := drehscheibe.Principal{Role: drehscheibe.RoleServicestelle}
	cases := []struct {
		name      string
		p         drehscheibe.Principal
		campus    drehscheibe.ID
		code      string
		narrowsTo drehscheibe.ID
	}{
		{"anonymous", drehscheibe.Principal{}, own, drehscheibe.EUNAUTHENTICATED, own},
		{"institution", drehscheibe.Principal{Role: drehscheibe.RoleInstitution}, own, drehscheibe.EFORBIDDEN, own},
		{"partner", drehscheibe.Principal{Role: drehscheibe.RolePartner}, "", drehscheibe.EFORBIDDEN, ""},
		{"coordinator", drehscheibe.Principal{Role: drehscheibe.RoleCoordinator}, "", drehscheibe.EFORBIDDEN, ""},
		{"manager, own campus", manager, own, "", own},
		{"manager, no campus named", manager, "", "", own},
		{"manager, other campus", manager, other, drehscheibe.EFORBIDDEN, other},
		{"manager without a campus", drehscheibe.Principal{Role: drehscheibe.RoleCampusManager}, "", drehscheibe.EFORBIDDEN, ""},
		{"Servicestelle, a campus", servicestelle, other, "", other},
		{"Servicestelle, the city", servicestelle, "", "", ""},
		{"system", drehscheibe.System("test"), "", "", ""},
	}
	for _, c := range cases {
		campus := c.campus
		err := c.p.MayEvaluate(&campus)
		if got := drehscheibe.ErrorCode(err); got != c.code {
			t.Errorf("%s: %q (%v), want %q", c.name, got, err, c.code)
		}
		if campus != c.narrowsTo {
			t.Errorf("%s: campus %q, want %q", c.name, campus, c.narrowsTo)
		}
	}
}
