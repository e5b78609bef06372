package match_test

import (
	"math"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

func componentValue(t *testing.T, res match.Result, f match.Factor) float64 {
	t.Helper()
	if len(res.Items) != 1 {
		t.Fatalf("want one item, got %d (excluded %v)", len(res.Items), res.Excluded)
	}
	for _, c := range res.Items[0].Components(true) {
		if c.Factor == f {
			return c.Value
		}
	}
	t.Fatalf("no component %s", f)
	return 0
}

func TestComponentValues(t *testing.T) {
	priority := (0.6*40.0/50 + 0.2) / 0.8 // Quartier of newSmall: child poverty 40 %, Soziale Stadt, no Sozialindex
	cases := map[string]struct {
		reason string
		change func(s *small)
		factor match.Factor
		want   float64
	}{
		"theme primary, half the keywords": {"0.6·1 + 0.4·½", nil, match.ThemeFit, 0.6 + 0.4*0.5},
		"theme further, no keywords": {"a further theme counts 0.6", func(s *small) {
			s.m.Theme, s.m.FurtherThemes, s.n.Keywords = drehscheibe.ThemeBNE, []drehscheibe.Theme{s.n.Theme}, nil
		}, match.ThemeFit, 0.6},
		"keyword as word start":   {"Fußball finds Fußballschule", func(s *small) { s.m.Tags = []string{"Fussballschule"}; s.n.Keywords = []string{"fußball"} }, match.ThemeFit, 1},
		"age half":                {"the Modul covers 6–8 of 6–10", func(s *small) { s.m.AgeRange.Max = 7 }, match.AgeFit, 2.0 / 5},
		"schedule by arrangement": {"0.7 when the Modul has no fixed times", func(s *small) { s.m.Schedule.Slots = nil }, match.ScheduleFit, 0.7},
		"schedule half": {"one of two slots", func(s *small) {
			s.n.Slots = append(s.n.Slots, drehscheibe.Slot{Weekday: drehscheibe.Friday, TimeSlot: drehscheibe.Morning})
		}, match.ScheduleFit, 0.5},
		"capacity":            {"3 of 4 free", nil, match.CapacityHeadroom, 0.75},
		"cost within budget":  {"200 € of 300 €", nil, match.Cost, 1 - 0.5*200/300.0},
		"cost free":           {"free is 1", func(s *small) { s.m.CostCent = 0 }, match.Cost, 1},
		"cost fundable":       {"fundable within budget", func(s *small) { s.m.Fundable = true }, match.Cost, 0.8},
		"cost without budget": {"200 € without a budget", func(s *small) { s.n.BudgetCent = nil }, match.Cost, 0.5},
		"embedded nowhere":    {"the partner names the Quartier", nil, match.LocalEmbeddedness, 0.4},
		"embedded active": {"the partner's Modul covers a need here", func(s *small) {
			s.cov = []*drehscheibe.Bedarf{{InstitutionID: s.in.ID, Status: drehscheibe.BedarfCovered, CoveredBy: []drehscheibe.ID{s.m.ID}}}
		}, match.LocalEmbeddedness, 0.8},
		"proximity on site":   {"1/(1+d/5) for the partner coming", nil, match.Proximity, 1 / (1 + match.DistanceKm(drehscheibe.GeoPoint{Lat: 51.49, Lon: 7.50}, drehscheibe.GeoPoint{Lat: 51.48, Lon: 7.50})/5)},
		"social paid on site": {"priority × (0.3 on site + 0.2·½ language)", nil, match.SocialPriority, priority * (0.3 + 0.2*0)},
		"social everything": {"priority × 1", func(s *small) { s.m.CostCent = 0; s.m.Languages = []string{"tr"}; s.m.InvolvesParents = true },
			match.SocialPriority, priority},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			s := newSmall()
			if tc.change != nil {
				tc.change(s)
			}
			// distances are projected for ranking (well under 1 % off across the city)
			tolerance := 1e-6
			if tc.factor == match.Proximity {
				tolerance = 1e-3
			}
			if got := componentValue(t, s.rank(t), tc.factor); math.Abs(got-tc.want) > tolerance {
				t.Errorf("%s: %s = %v, want %v", tc.reason, tc.factor, got, tc.want)
			}
		})
	}
}

func TestConfigValidation(t *testing.T) {
	if err := match.DefaultConfig().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	for name, change := range map[string]func(c *match.Config){
		"negative weight": func(c *match.Config) { c.Weights[match.Cost] = -1 },
		"all zero": func(c *match.Config) {
			for f := range c.Weights {
				c.Weights[f] = 0
			}
		},
		"NaN weight":      func(c *match.Config) { c.Weights[match.AgeFit] = math.NaN() },
		"unknown factor":  func(c *match.Config) { c.Weights["GLÜCK"] = 1 },
		"lambda":          func(c *match.Config) { c.Lambda = 1.5 },
		"travel":          func(c *match.Config) { c.MaxTravelKm[drehscheibe.AgeBandKita] = -2 },
		"missing travel":  func(c *match.Config) { delete(c.MaxTravelKm, drehscheibe.AgeBandU3) },
		"diversity depth": func(c *match.Config) { c.DiversityDepth = 0 },
	} {
		c := match.DefaultConfig()
		change(&c)
		if c.Validate() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if w, err := match.ParseWeights("theme_fit=0.5, COST=0"); err != nil || w[match.ThemeFit] != 0.5 || w[match.Cost] != 0 || w[match.AgeFit] != 0.15 {
		t.Errorf("ParseWeights: %v %v", w, err)
	}
	for _, bad := range []string{"THEME_FIT", "LUCK=1", "COST=viel"} {
		if _, err := match.ParseWeights(bad); err == nil {
			t.Errorf("ParseWeights(%q) accepted", bad)
		}
	}
	if tr, err := match.ParseTravel("kita=2"); err != nil || tr[drehscheibe.AgeBandKita] != 2 {
		t.Errorf("ParseTravel: %v %v", tr, err)
	}
}
