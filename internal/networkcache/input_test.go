package networkcache_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

func timeMonth(m int) time.Month { return time.Month(m) }

// TestInput: the institutions of the scope with their Quartier and campus names, the
// requests that count as cooperations with the Modul's main theme and their start, and
// only the partners they name.
func TestInput(t *testing.T) {
	w := newWorld(t)
	got := networkcache.Input(w.snapshot(), network.Filter{CampusID: w.b.Kindercampus.ID})
	node := func(in *drehscheibe.Institution) network.Institution {
		return network.Institution{ID: in.ID, Name: in.Name, Type: in.Type, QuartierID: w.b.Quartier.ID, QuartierName: w.b.Quartier.Name,
			CampusID: w.b.Kindercampus.ID, CampusName: w.b.Kindercampus.Name}
	}
	coop := func(in *drehscheibe.Institution, status network.Status, start drehscheibe.Date) network.Cooperation {
		return network.Cooperation{InstitutionID: in.ID, PartnerID: w.b.Partner.ID, ModulID: w.b.Modul.ID,
			Theme: drehscheibe.ThemeMusikKultur, Start: start, Status: status}
	}
	want := network.Input{
		Institutions: []network.Institution{node(w.b.School), node(w.b.Kita)},
		Partners:     []network.Partner{{ID: w.b.Partner.ID, Name: w.b.Partner.Name, Kind: w.b.Partner.Kind}},
		Cooperations: []network.Cooperation{
			coop(w.b.School, network.StatusAccepted, day(2026, 10, 1)),
			// recorded outside the service without a period: starts the day it was recorded
			coop(w.b.Kita, network.StatusAgreed, day(2026, 6, 1)),
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("input of campus b (-want +got):\n%s", diff)
	}

	city := networkcache.Input(w.snapshot(), network.Filter{})
	if len(city.Institutions) != 4 || len(city.Partners) != 2 || len(city.Cooperations) != 4 {
		t.Errorf("city: %d institutions, %d partners, %d cooperations; want 4, 2, 4 (the request still asked is none)",
			len(city.Institutions), len(city.Partners), len(city.Cooperations))
	}
	quartier := networkcache.Input(w.snapshot(), network.Filter{QuartierID: w.a.Quartier.ID})
	if len(quartier.Institutions) != 2 || quartier.Institutions[0].QuartierID != w.a.Quartier.ID {
		t.Errorf("Quartier a: %+v, want its two institutions", quartier.Institutions)
	}
	if got := networkcache.Input(w.snapshot(), network.Filter{CampusID: drehscheibe.NewID(drehscheibe.KindKindercampus)}); len(got.Institutions) != 0 {
		t.Errorf("an unknown campus has institutions: %+v", got.Institutions)
	}
}
