package match_test

import (
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// small is a world of one institution, one partner and one Modul that fits the need.
type small struct {
	q   *drehscheibe.Quartier
	in  *drehscheibe.Institution
	p   *drehscheibe.Partner
	m   *drehscheibe.Modul
	n   match.Need
	cov []*drehscheibe.Bedarf
}

func newSmall() *small {
	f := func(v float64) *float64 { return &v }
	q := &drehscheibe.Quartier{Meta: drehscheibe.Meta{ID: "qua_q"}, Name: "Clarenberg", SozialeStadt: true,
		Indicators: drehscheibe.Indicators{ChildPovertyPct: f(40)}}
	in := &drehscheibe.Institution{Meta: drehscheibe.Meta{ID: "ins_i"}, Name: "Schule", Type: drehscheibe.InstitutionGrundschule,
		QuartierID: q.ID, Location: &drehscheibe.GeoPoint{Lat: 51.48, Lon: 7.50}, Languages: []string{"de", "tr"}}
	p := &drehscheibe.Partner{Meta: drehscheibe.Meta{ID: "par_p"}, Name: "Verein", Location: &drehscheibe.GeoPoint{Lat: 51.49, Lon: 7.50},
		ServiceArea: drehscheibe.ServiceArea{QuartierIDs: []drehscheibe.ID{q.ID}}}
	m := &drehscheibe.Modul{Meta: drehscheibe.Meta{ID: "mod_m"}, PartnerID: p.ID, Title: "Fußball-AG", Theme: drehscheibe.ThemeSportGesundheit,
		Tags: []string{"Fußball"}, AgeRange: drehscheibe.AgeRange{Min: 6, Max: 10},
		TargetTypes: []drehscheibe.InstitutionType{drehscheibe.InstitutionGrundschule}, DeliveryModes: []drehscheibe.DeliveryMode{drehscheibe.AtInstitution},
		Schedule: drehscheibe.Schedule{Slots: []drehscheibe.Slot{{Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}},
			Period: drehscheibe.Period{From: drehscheibe.Date{Year: 2026, Month: 8, Day: 1}, To: drehscheibe.Date{Year: 2027, Month: 7, Day: 31}}},
		GroupSize: drehscheibe.GroupSize{Min: 8, Max: 16}, Capacity: 4, Booked: 1, CostCent: 20000, CostUnit: drehscheibe.PerBooking,
		Languages: []string{"de"}, Status: drehscheibe.ModulPublished}
	budget := int64(30000)
	n := match.Need{Title: "Bewegung", Theme: drehscheibe.ThemeSportGesundheit, Age: drehscheibe.AgeRange{Min: 6, Max: 10}, GroupSize: 12,
		Slots: []drehscheibe.Slot{{Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}}, BudgetCent: &budget, Keywords: []string{"Fußball", "Mädchen"}}
	return &small{q: q, in: in, p: p, m: m, n: n}
}

func (s *small) rank(t *testing.T) match.Result {
	t.Helper()
	w := &world{quartiere: map[drehscheibe.ID]*drehscheibe.Quartier{s.q.ID: s.q}, institutionen: map[drehscheibe.ID]*drehscheibe.Institution{s.in.ID: s.in},
		partners: map[drehscheibe.ID]*drehscheibe.Partner{s.p.ID: s.p}, module: []*drehscheibe.Modul{s.m}, bedarfe: s.cov, campusOf: map[drehscheibe.ID]drehscheibe.ID{}}
	return w.index().Rank(match.Request{Institution: s.in, Needs: []match.Need{s.n}, Date: referenceDate, First: 10}, match.DefaultConfig())
}

func TestEachHardFilterExcludes(t *testing.T) {
	if res := newSmall().rank(t); len(res.Items) != 1 || res.Eligible != 1 {
		t.Fatalf("the base case must fit: %+v", res)
	}
	cases := map[match.Reason]struct {
		reason string
		change func(s *small)
	}{
		match.NotPublished:     {"a draft is not recommended", func(s *small) { s.m.Status = drehscheibe.ModulDraft }},
		match.OutsidePeriod:    {"the period ended", func(s *small) { s.m.Schedule.Period.To = drehscheibe.Date{Year: 2026, Month: 9, Day: 1} }},
		match.ThemeMismatch:    {"another theme", func(s *small) { s.n.Theme = drehscheibe.ThemeBNE }},
		match.InstitutionType:  {"made for Kitas", func(s *small) { s.m.TargetTypes = []drehscheibe.InstitutionType{drehscheibe.InstitutionKita} }},
		match.AgeMismatch:      {"for teenagers", func(s *small) { s.m.AgeRange = drehscheibe.AgeRange{Min: 12, Max: 16} }},
		match.AlreadyCovering:  {"already booked for the need", func(s *small) { s.n.Bedarf = &drehscheibe.Bedarf{CoveredBy: []drehscheibe.ID{s.m.ID}} }},
		match.AlreadyRequested: {"requested for the need", func(s *small) { s.n.Requested = []drehscheibe.ID{s.m.ID} }},
		match.NoCapacity:       {"fully booked", func(s *small) { s.m.Booked = s.m.Capacity }},
		match.GroupSizeReason:  {"the group is too big", func(s *small) { s.n.GroupSize = 20 }},
		match.OverBudget:       {"too expensive, not fundable", func(s *small) { b := int64(10000); s.n.BudgetCent = &b }},
		match.ScheduleMismatch: {"only on Fridays", func(s *small) {
			s.n.Slots = []drehscheibe.Slot{{Weekday: drehscheibe.Friday, TimeSlot: drehscheibe.Morning}}
		}},
		match.NotReachable: {"the partner does not come to this Quartier", func(s *small) { s.p.ServiceArea = drehscheibe.ServiceArea{} }},
	}
	for _, reason := range match.Reasons {
		tc, ok := cases[reason]
		if !ok {
			t.Errorf("no case for %s", reason)
			continue
		}
		t.Run(string(reason), func(t *testing.T) {
			s := newSmall()
			tc.change(s)
			res := s.rank(t)
			if len(res.Items) != 0 || res.Excluded[reason] != 1 || res.Eligible != 0 {
				t.Errorf("%s: items %d, eligible %d, excluded %v; want one exclusion for %s", tc.reason, len(res.Items), res.Eligible, res.Excluded, reason)
			}
		})
	}
}

func TestFiltersThatLetThrough(t *testing.T) {
	cases := map[string]struct {
		change func(s *small)
		mode   drehscheibe.DeliveryMode
	}{
		"free despite a small budget":     {func(s *small) { s.m.CostCent = 0; b := int64(0); s.n.BudgetCent = &b }, drehscheibe.AtInstitution},
		"fundable despite a small budget": {func(s *small) { s.m.Fundable = true; b := int64(100); s.n.BudgetCent = &b }, drehscheibe.AtInstitution},
		"times by arrangement":            {func(s *small) { s.m.Schedule.Slots = nil }, drehscheibe.AtInstitution},
		"a flexible need":                 {func(s *small) { s.n.Slots = nil }, drehscheibe.AtInstitution},
		"a further theme": {func(s *small) {
			s.m.Theme, s.m.FurtherThemes = drehscheibe.ThemeSozialkompetenz, []drehscheibe.Theme{s.n.Theme}
		}, drehscheibe.AtInstitution},
		"within the partner's radius": {func(s *small) { s.p.ServiceArea = drehscheibe.ServiceArea{RadiusKm: 2} }, drehscheibe.AtInstitution},
		"citywide":                    {func(s *small) { s.p.ServiceArea = drehscheibe.ServiceArea{Citywide: true} }, drehscheibe.AtInstitution},
		"at the partner, within 3 km": {func(s *small) { s.m.DeliveryModes = []drehscheibe.DeliveryMode{drehscheibe.AtPartner} }, drehscheibe.AtPartner},
		"online": {func(s *small) {
			s.m.DeliveryModes = []drehscheibe.DeliveryMode{drehscheibe.Online}
			s.p.ServiceArea = drehscheibe.ServiceArea{}
		}, drehscheibe.Online},
		"on site preferred over online": {func(s *small) {
			s.m.DeliveryModes = []drehscheibe.DeliveryMode{drehscheibe.Online, drehscheibe.AtInstitution}
		}, drehscheibe.AtInstitution},
		"open-ended period":             {func(s *small) { s.m.Schedule.Period = drehscheibe.Period{} }, drehscheibe.AtInstitution},
		"per participant within budget": {func(s *small) { s.m.CostCent, s.m.CostUnit = 2000, drehscheibe.PerParticipant }, drehscheibe.AtInstitution},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			s := newSmall()
			tc.change(s)
			res := s.rank(t)
			if len(res.Items) != 1 || res.Items[0].Mode != tc.mode {
				t.Errorf("items %+v, excluded %v; want one via %s", res.Items, res.Excluded, tc.mode)
			}
		})
	}
	// too far for Grundschule children (3 km) at the partner
	s := newSmall()
	s.m.DeliveryModes = []drehscheibe.DeliveryMode{drehscheibe.AtPartner}
	s.p.Location = &drehscheibe.GeoPoint{Lat: 51.53, Lon: 7.50}
	if res := s.rank(t); res.Excluded[match.NotReachable] != 1 {
		t.Errorf("5.5 km for 6-year-olds: %v", res.Excluded)
	}
	s.n.Age = drehscheibe.AgeRange{Min: 14, Max: 16}
	s.m.AgeRange = s.n.Age
	if res := s.rank(t); len(res.Items) != 1 {
		t.Errorf("5.5 km for teenagers (limit 8 km): %v", res.Excluded)
	}
}
