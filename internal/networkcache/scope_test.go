package networkcache_test

import (
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// TestScope: a bad filter is refused first, naming every field by its API name; then
// the caller's right (campus management gets its own campus); then unknown places.
func TestScope(t *testing.T) {
	w := newWorld(t)
	s := w.snapshot()
	servicestelle := drehscheibe.Principal{Role: drehscheibe.RoleServicestelle}
	campusA := drehscheibe.Principal{Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: w.a.Kindercampus.ID}}

	bad := network.Filter{CampusID: w.a.Quartier.ID, Theme: "KOCHEN", From: day(2026, 5, 1), To: day(2026, 4, 1)}
	_, err := networkcache.Scope(servicestelle, s, bad)
	const want = "Der Filter des Netzwerks ist ungültig – kindercampusId: Das ist keine ID eines Kindercampus. " +
		"theme: Das ist kein Themenfeld. to: Das Ende liegt vor dem Anfang."
	if e, ok := drehscheibe.AsError(err); !ok || e.Code != drehscheibe.EINVALID || e.Message != want ||
		len(e.Problems) != 3 || e.Problems[0].Field[0] != "filter" || e.Problems[0].Field[1] != "kindercampusId" {
		t.Errorf("bad filter: %#v\nwant EINVALID %q", err, want)
	}
	// a bad filter is refused before the rights are looked at
	if _, err := networkcache.Scope(drehscheibe.Principal{}, s, bad); drehscheibe.ErrorCode(err) != drehscheibe.EINVALID {
		t.Errorf("anonymous with a bad filter: %v, want EINVALID", err)
	}

	f, err := networkcache.Scope(campusA, s, network.Filter{Theme: drehscheibe.ThemeBNE})
	if err != nil || f.CampusID != w.a.Kindercampus.ID || f.Theme != drehscheibe.ThemeBNE {
		t.Errorf("campus management without a campus: %+v, %v; want its own campus", f, err)
	}
	if _, err := networkcache.Scope(campusA, s, network.Filter{CampusID: w.b.Kindercampus.ID}); drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN {
		t.Errorf("campus management asking for another campus: %v, want EFORBIDDEN", err)
	}
	// another campus that does not exist is forbidden too: no probing for IDs
	if _, err := networkcache.Scope(campusA, s, network.Filter{CampusID: drehscheibe.NewID(drehscheibe.KindKindercampus)}); drehscheibe.ErrorCode(err) != drehscheibe.EFORBIDDEN {
		t.Errorf("campus management asking for an unknown campus: %v, want EFORBIDDEN", err)
	}
	for name, f := range map[string]network.Filter{
		"campus":   {CampusID: drehscheibe.NewID(drehscheibe.KindKindercampus)},
		"quartier": {QuartierID: drehscheibe.NewID(drehscheibe.KindQuartier)},
	} {
		if _, err := networkcache.Scope(servicestelle, s, f); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
			t.Errorf("unknown %s: %v, want ENOTFOUND", name, err)
		}
	}
	f = network.Filter{QuartierID: w.b.Quartier.ID, From: day(2026, 1, 1)}
	if got, err := networkcache.Scope(servicestelle, s, f); err != nil || got != f {
		t.Errorf("the Servicestelle's filter: %+v, %v; want it unchanged", got, err)
	}
}
