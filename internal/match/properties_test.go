package match_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// scoreOf ranks with every eligible Modul on the page and returns the score of id.
func scoreOf(ix *match.Index, req match.Request, id drehscheibe.ID) (float64, bool) {
	req.First = 10000
	for _, m := range ix.Rank(req, match.DefaultConfig()).Items {
		if m.Modul.ID == id {
			return m.Score, true
		}
	}
	return 0, false
}

// TestImprovingAComponentNeverLowersTheScore changes one Modul at a time so that one
// component gets better, and checks its score does not fall.
func TestImprovingAComponentNeverLowersTheScore(t *testing.T) {
	improvements := map[string]func(m *drehscheibe.Modul, n match.Need){
		"free of charge": func(m *drehscheibe.Modul, _ match.Need) { m.CostCent = 0 },
		"fundable":       func(m *drehscheibe.Modul, _ match.Need) { m.Fundable = true },
		"more capacity":  func(m *drehscheibe.Modul, _ match.Need) { m.Capacity *= 2 },
		"wider ages": func(m *drehscheibe.Modul, n match.Need) {
			m.AgeRange = drehscheibe.AgeRange{Min: min(m.AgeRange.Min, n.Age.Min), Max: max(m.AgeRange.Max, n.Age.Max)}
		},
		"the needed slots": func(m *drehscheibe.Modul, n match.Need) {
			m.Schedule.Slots = append(slices.Clone(m.Schedule.Slots), n.Slots...)
		},
		"with parents": func(m *drehscheibe.Modul, _ match.Need) { m.InvolvesParents = true },
		"more languages": func(m *drehscheibe.Modul, _ match.Need) {
			m.Languages = append(slices.Clone(m.Languages), "tr", "ar", "ru", "bg", "ro")
		},
		"primary theme": func(m *drehscheibe.Modul, n match.Need) {
			m.FurtherThemes = slices.DeleteFunc(slices.Clone(m.FurtherThemes), func(t drehscheibe.Theme) bool { return t == n.Theme })
			m.Theme = n.Theme
		},
		"on site": func(m *drehscheibe.Modul, _ match.Need) {
			m.DeliveryModes = append(slices.Clone(m.DeliveryModes), drehscheibe.AtInstitution)
		},
	}
	w := demoWorld()
	checked := 0
	for _, k := range w.campus {
		for _, id := range k.InstitutionIDs {
			in := w.institutionen[id]
			for _, need := range w.openNeeds(id) {
				req := match.Request{Institution: in, Needs: []match.Need{need}, Date: referenceDate}
				base := w.index().Rank(match.Request{Institution: in, Needs: req.Needs, Date: referenceDate, First: 5}, match.DefaultConfig())
				for _, item := range base.Items {
					for name, improve := range improvements {
						before, _ := scoreOf(w.index(), req, item.Modul.ID)
						original := *item.Modul
						improve(item.Modul, need)
						item.Modul.Schedule.Slots = slices.CompactFunc(uniqueSlots(item.Modul.Schedule.Slots), func(a, b drehscheibe.Slot) bool { return a == b })
						after, ok := scoreOf(w.index(), req, item.Modul.ID)
						*item.Modul = original
						if !ok {
							t.Errorf("%s: %q dropped out after %s", in.Name, item.Modul.Title, name)
							continue
						}
						if after < before {
							t.Errorf("%s: %q scored %v, after %s %v", in.Name, item.Modul.Title, before, name, after)
						}
						checked++
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d improvements checked", checked)
	}
}

func uniqueSlots(s []drehscheibe.Slot) []drehscheibe.Slot {
	seen := map[drehscheibe.Slot]bool{}
	var out []drehscheibe.Slot
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// TestStricterNeedsNeverAddResults makes a random need stricter in one respect and
// checks that no Modul appears that was not there before.
func TestStricterNeedsNeverAddResults(t *testing.T) {
	w := demoWorld()
	ix := w.index()
	var ins []*drehscheibe.Institution
	for _, in := range w.institutionen {
		ins = append(ins, in)
	}
	slices.SortFunc(ins, func(a, b *drehscheibe.Institution) int { return compare(a.ID, b.ID) })
	stricter := map[string]func(n *match.Need, rng *rand.Rand){
		"narrower ages": func(n *match.Need, _ *rand.Rand) { n.Age.Max = n.Age.Min },
		"fewer slots": func(n *match.Need, rng *rand.Rand) {
			if len(n.Slots) == 0 {
				n.Slots = []drehscheibe.Slot{{Weekday: drehscheibe.Weekdays[rng.IntN(7)], TimeSlot: drehscheibe.TimeSlots[rng.IntN(4)]}}
			} else {
				n.Slots = n.Slots[:1]
			}
		},
		"smaller budget": func(n *match.Need, rng *rand.Rand) {
			b := int64(rng.IntN(5000))
			if n.BudgetCent != nil {
				b = *n.BudgetCent / 2
			}
			n.BudgetCent = &b
		},
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 200 {
		in := ins[rng.IntN(len(ins))]
		need := randomNeed(rng)
		loose := ids(ix.Rank(match.Request{Institution: in, Needs: []match.Need{need}, Date: referenceDate, First: 10000}, match.DefaultConfig()))
		for name, tighten := range stricter {
			strict := need
			strict.Slots = slices.Clone(need.Slots)
			tighten(&strict, rng)
			for id := range ids(ix.Rank(match.Request{Institution: in, Needs: []match.Need{strict}, Date: referenceDate, First: 10000}, match.DefaultConfig())) {
				if !loose[id] {
					t.Errorf("%s (%s): %s appears only with the stricter need", name, in.Name, id)
				}
			}
		}
	}
}

func ids(r match.Result) map[drehscheibe.ID]bool {
	out := map[drehscheibe.ID]bool{}
	for _, m := range r.Items {
		out[m.Modul.ID] = true
	}
	return out
}

// TestUnequalQuartiereAreTreatedUnequally: the same institution in a needy and in an
// affluent Quartier. The free, on-site, multilingual offer with parents gains on the
// paid offer at the partner in the needy Quartier.
func TestUnequalQuartiereAreTreatedUnequally(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	needy := &drehscheibe.Quartier{Meta: drehscheibe.Meta{ID: "qua_needy"}, Name: "Nordmarkt", SozialeStadt: true,
		Indicators: drehscheibe.Indicators{ChildPovertyPct: f(55), SchoolSozialindex: f(9)}}
	affluent := &drehscheibe.Quartier{Meta: drehscheibe.Meta{ID: "qua_affluent"}, Name: "Lücklemberg",
		Indicators: drehscheibe.Indicators{ChildPovertyPct: f(2), SchoolSozialindex: f(1)}}
	at := &drehscheibe.GeoPoint{Lat: 51.5, Lon: 7.45}
	school := func(q *drehscheibe.Quartier) *drehscheibe.Institution {
		return &drehscheibe.Institution{Meta: drehscheibe.Meta{ID: drehscheibe.ID("ins_" + string(q.ID)[4:])}, Name: "Grundschule",
			Type: drehscheibe.InstitutionGrundschule, QuartierID: q.ID, Location: at, Languages: []string{"de", "tr", "ar"}}
	}
	partner := &drehscheibe.Partner{Meta: drehscheibe.Meta{ID: "par_x"}, Name: "Verein", ServiceArea: drehscheibe.ServiceArea{Citywide: true},
		Location: &drehscheibe.GeoPoint{Lat: 51.505, Lon: 7.45}}
	base := drehscheibe.Modul{PartnerID: partner.ID, Theme: drehscheibe.ThemeSportGesundheit, AgeRange: drehscheibe.AgeRange{Min: 6, Max: 10},
		TargetTypes: []drehscheibe.InstitutionType{drehscheibe.InstitutionGrundschule}, GroupSize: drehscheibe.GroupSize{Min: 1, Max: 30},
		Capacity: 4, Status: drehscheibe.ModulPublished, CostUnit: drehscheibe.PerBooking}
	low := base
	low.ID, low.Title = "mod_low", "Bewegung vor Ort, kostenfrei, mehrsprachig, mit Eltern"
	low.DeliveryModes, low.CostCent, low.Languages, low.InvolvesParents = []drehscheibe.DeliveryMode{drehscheibe.AtInstitution}, 0, []string{"de", "tr", "ar"}, true
	high := base
	high.ID, high.Title = "mod_high", "Bewegung beim Partner, kostenpflichtig"
	high.DeliveryModes, high.CostCent, high.Languages = []drehscheibe.DeliveryMode{drehscheibe.AtPartner}, 15000, []string{"de"}
	high.Tags = []string{"Bewegung"} // fits the keywords a little better
	w := &world{quartiere: map[drehscheibe.ID]*drehscheibe.Quartier{needy.ID: needy, affluent.ID: affluent},
		institutionen: map[drehscheibe.ID]*drehscheibe.Institution{}, partners: map[drehscheibe.ID]*drehscheibe.Partner{partner.ID: partner},
		module: []*drehscheibe.Modul{&low, &high}, campusOf: map[drehscheibe.ID]drehscheibe.ID{}}
	need := match.Need{Title: "Bewegung", Theme: drehscheibe.ThemeSportGesundheit, Age: drehscheibe.AgeRange{Min: 6, Max: 10}, GroupSize: 12, Keywords: []string{"Bewegung"}}
	gap := map[drehscheibe.ID]float64{}
	for _, q := range []*drehscheibe.Quartier{needy, affluent} {
		in := school(q)
		w.institutionen[in.ID] = in
		req := match.Request{Institution: in, Needs: []match.Need{need}, Date: referenceDate}
		sLow, ok1 := scoreOf(w.index(), req, low.ID)
		sHigh, ok2 := scoreOf(w.index(), req, high.ID)
		if !ok1 || !ok2 {
			t.Fatalf("%s: both offers must be eligible", q.Name)
		}
		gap[q.ID] = sLow - sHigh
	}
	if gap[needy.ID] <= gap[affluent.ID] {
		t.Errorf("the low-threshold offer leads by %v in the needy Quartier and by %v in the affluent one", gap[needy.ID], gap[affluent.ID])
	}
}

// TestFirstPageIsDiverse: an institution with needs in several themes does not get a
// first page from one partner or one theme.
func TestFirstPageIsDiverse(t *testing.T) {
	w := demoWorld()
	ix := w.index()
	for _, k := range w.campus {
		for _, id := range k.InstitutionIDs {
			needs := w.openNeeds(id)
			themes := map[drehscheibe.Theme]bool{}
			for _, n := range needs {
				themes[n.Theme] = true
			}
			if len(themes) < 2 {
				continue
			}
			res := ix.Rank(match.Request{Institution: w.institutionen[id], Needs: needs, Date: referenceDate, First: 5}, match.DefaultConfig())
			partners, got := map[drehscheibe.ID]bool{}, map[drehscheibe.Theme]bool{}
			for _, m := range res.Items {
				partners[m.Modul.PartnerID] = true
				got[m.Need.Theme] = true
			}
			if len(res.Items) >= 3 && (len(partners) < 2 || len(got) < 2) {
				t.Errorf("%s: first page from %d partners and %d themes", w.institutionen[id].Name, len(partners), len(got))
			}
		}
	}
	// without the re-ranking, the same institution's page is less diverse or equal
	cfg := match.DefaultConfig()
	cfg.Lambda = 1
	in := w.institutionen[w.campus[0].AnchorSchoolID]
	plain := ix.Rank(match.Request{Institution: in, Needs: w.openNeeds(in.ID), Date: referenceDate, First: 5}, cfg)
	for i := 1; i < len(plain.Items); i++ {
		if plain.Items[i].Score > plain.Items[i-1].Score {
			t.Errorf("with λ = 1 the order is not by score: %v after %v", plain.Items[i].Score, plain.Items[i-1].Score)
		}
	}
}
