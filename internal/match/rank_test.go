package match_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// satisfiesHardFilters re-checks a recommendation independently of the engine.
func (w *world) satisfiesHardFilters(t *testing.T, cfg match.Config, in *drehscheibe.Institution, m match.Match, date drehscheibe.Date) {
	t.Helper()
	mod, n, p := m.Modul, m.Need, w.partners[m.Modul.PartnerID]
	fail := func(rule string) { t.Errorf("%q for %q breaks the rule %q", mod.Title, n.Title, rule) }
	if mod.Status != drehscheibe.ModulPublished {
		fail("published")
	}
	if !mod.Schedule.Period.Contains(date) {
		fail("offered on the reference date")
	}
	if !slices.Contains(mod.Themes(), n.Theme) {
		fail("theme")
	}
	if !slices.Contains(mod.TargetTypes, in.Type) {
		fail("institution type")
	}
	if !mod.AgeRange.Overlaps(n.Age) {
		fail("ages overlap")
	}
	if n.Bedarf != nil && slices.Contains(n.Bedarf.CoveredBy, mod.ID) {
		fail("not already covering")
	}
	if mod.Capacity-mod.Booked < 1 {
		fail("capacity left")
	}
	if n.GroupSize > 0 && (n.GroupSize < mod.GroupSize.Min || n.GroupSize > mod.GroupSize.Max) {
		fail("group size")
	}
	if n.BudgetCent != nil && mod.CostCent > 0 && !mod.Fundable && estimate(mod, n.GroupSize) > *n.BudgetCent {
		fail("budget")
	}
	if len(n.Slots) > 0 && len(mod.Schedule.Slots) > 0 && !drehscheibe.SlotsOverlap(n.Slots, mod.Schedule.Slots) {
		fail("schedule")
	}
	if !slices.Contains(mod.DeliveryModes, m.Mode) {
		fail("a delivery mode of the Modul")
	}
	switch m.Mode {
	case drehscheibe.AtInstitution:
		if !match.Serves(p, in.QuartierID, in.Location) {
			fail("partner serves the institution")
		}
	case drehscheibe.AtPartner:
		limit := cfg.MaxTravelKm[bandOf(n.Age.Min)]
		// ranking measures on a projection, which may be up to half a percent off
		if p.Location == nil || in.Location == nil || match.DistanceKm(*p.Location, *in.Location) > limit*1.005 {
			fail("within the travel limit")
		}
	}
}

func estimate(m *drehscheibe.Modul, n int) int64 {
	switch m.CostUnit {
	case drehscheibe.PerSession:
		s := m.Schedule.Sessions
		if s == 0 {
			s = 10
		}
		return m.CostCent * int64(s)
	case drehscheibe.PerParticipant:
		return m.CostCent * int64(max(1, n))
	}
	return m.CostCent
}

func bandOf(age int) drehscheibe.AgeBand {
	for _, b := range drehscheibe.AgeBands {
		if r := b.Range(); age >= r.Min && age <= r.Max {
			return b
		}
	}
	return drehscheibe.AgeBandJungeErw
}

// checkResult checks the invariants of every result: filters hold, the account of
// exclusions adds up, components add up to the score and lie in [0,1], 2–4 reasons.
func (w *world) checkResult(t *testing.T, cfg match.Config, in *drehscheibe.Institution, res match.Result, date drehscheibe.Date) {
	t.Helper()
	excluded := 0
	for _, n := range res.Excluded {
		excluded += n
	}
	if res.Eligible+excluded != res.Considered {
		t.Errorf("eligible %d + excluded %d ≠ considered %d", res.Eligible, excluded, res.Considered)
	}
	seen := map[drehscheibe.ID]bool{}
	for i, m := range res.Items {
		if m.Rank != i+1 {
			t.Errorf("item %d has rank %d", i, m.Rank)
		}
		if seen[m.Modul.ID] {
			t.Errorf("%q is recommended twice", m.Modul.Title)
		}
		seen[m.Modul.ID] = true
		w.satisfiesHardFilters(t, cfg, in, m, date)
		sum := 0.0
		for _, c := range m.Components(true) {
			sum += c.Contribution
			if c.Value < 0 || c.Value > 1 || c.Explanation == "" {
				t.Errorf("%q: component %s value %v, explanation %q", m.Modul.Title, c.Factor, c.Value, c.Explanation)
			}
			if math.Abs(c.Weight*c.Value-c.Contribution) > 2e-6 {
				t.Errorf("%q: %s contribution %v ≠ weight %v × value %v", m.Modul.Title, c.Factor, c.Contribution, c.Weight, c.Value)
			}
		}
		if math.Abs(sum-m.Score) > 1e-9 || m.Score < 0 || m.Score > 1 {
			t.Errorf("%q: contributions add up to %v, score %v", m.Modul.Title, sum, m.Score)
		}
		if len(m.Components(true)) != len(match.Factors) || len(m.Reasons()) < 2 || len(m.Reasons()) > 4 {
			t.Errorf("%q: %d components, %d reasons", m.Modul.Title, len(m.Components(true)), len(m.Reasons()))
		}
	}
}

func TestRankDemoInstitutions(t *testing.T) {
	w := demoWorld()
	ix, cfg := w.index(), match.DefaultConfig()
	for _, k := range w.campus {
		for _, id := range k.InstitutionIDs {
			in := w.institutionen[id]
			res := ix.Rank(match.Request{Institution: in, Needs: w.openNeeds(id), Date: referenceDate, First: 20}, cfg)
			if len(res.Items) == 0 {
				t.Errorf("%s: no recommendation", in.Name)
			}
			w.checkResult(t, cfg, in, res, referenceDate)
		}
	}
}

func TestRankIsDeterministic(t *testing.T) {
	w := demoWorld()
	in := w.institutionen[w.campus[0].AnchorSchoolID]
	req := match.Request{Institution: in, Needs: w.openNeeds(in.ID), Date: referenceDate, First: 10}
	first := toGolden(in, w.index().Rank(req, match.DefaultConfig()))
	for range 5 {
		if diff := cmp.Diff(first, toGolden(in, w.index().Rank(req, match.DefaultConfig()))); diff != "" {
			t.Fatalf("the same input gave another result:\n%s", diff)
		}
	}
}

// randomNeed draws a need in the ranges the API allows.
func randomNeed(rng *rand.Rand) match.Need {
	lo := rng.IntN(20)
	n := match.Need{Title: "Zufall", Theme: drehscheibe.Themes[rng.IntN(6)], Age: drehscheibe.AgeRange{Min: lo, Max: lo + rng.IntN(8)},
		GroupSize: 1 + rng.IntN(30)}
	for range rng.IntN(4) {
		n.Slots = append(n.Slots, drehscheibe.Slot{Weekday: drehscheibe.Weekdays[rng.IntN(7)], TimeSlot: drehscheibe.TimeSlots[rng.IntN(4)]})
	}
	n.Slots = slices.CompactFunc(n.Slots, func(a, b drehscheibe.Slot) bool { return a == b })
	if rng.IntN(2) == 0 {
		b := int64(rng.IntN(100000))
		n.BudgetCent = &b
	}
	if rng.IntN(2) == 0 {
		n.Keywords = []string{"Bewegung", "Eltern", "Sprache", "Natur", "Musik"}[:1+rng.IntN(4)]
	}
	return n
}

// FuzzRank: random needs for random demo institutions never break a hard filter or
// an invariant of the result.
func FuzzRank(f *testing.F) {
	for _, s := range []uint64{1, 2, 3, 42, 2026} {
		f.Add(s)
	}
	w := demoWorld()
	ix, cfg := w.index(), match.DefaultConfig()
	var ins []*drehscheibe.Institution
	for _, in := range w.institutionen {
		ins = append(ins, in)
	}
	slices.SortFunc(ins, func(a, b *drehscheibe.Institution) int { return compare(a.ID, b.ID) })
	f.Fuzz(func(t *testing.T, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, 1))
		in := ins[rng.IntN(len(ins))]
		needs := make([]match.Need, 1+rng.IntN(3))
		for i := range needs {
			needs[i] = randomNeed(rng)
		}
		date := drehscheibe.Date{Year: 2026 + rng.IntN(2), Month: 1 + timeMonth(rng.IntN(12)), Day: 1 + rng.IntN(28)}
		res := ix.Rank(match.Request{Institution: in, Needs: needs, Date: date, First: 1 + rng.IntN(30)}, cfg)
		w.checkResult(t, cfg, in, res, date)
	})
}

func compare(a, b drehscheibe.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
