package main

import (
	"math"
	"strings"
	"testing"
)

const recommendQuery = `query($input: RecommendModulesInput!) { recommendModules(input: $input) {
	consideredCount eligibleCount catalogVersion referenceDate excluded { reason count }
	items { rank score deliveryMode distanceKm modul { id title status partner { id name } } bedarf { id title }
		need { title theme ageRange { min max } }
		components { factor weight value contribution explanation } reasons } } }`

type recommendation struct {
	Rank         int
	Score        float64
	DeliveryMode string
	DistanceKm   *float64
	Modul        struct {
		ID, Title, Status string
		Partner           struct{ ID, Name string }
	}
	Bedarf *struct{ ID, Title string }
	Need   struct {
		Title *string
		Theme string
	}
	Components []struct {
		Factor                      string
		Weight, Value, Contribution float64
		Explanation                 string
	}
	Reasons []string
}

type recommendResult struct {
	RecommendModules struct {
		ConsideredCount, EligibleCount, CatalogVersion int
		ReferenceDate                                  string
		Excluded                                       []struct {
			Reason string
			Count  int
		}
		Items []recommendation
	}
}

// campusRefs finds the demo's Stift-Grundschule and its campus.
func campusRefs(t *testing.T, a *testApp) (school, campus string) {
	t.Helper()
	var d struct {
		KindercampusStandorte struct {
			Nodes []struct {
				ID           string
				Name         string
				AnchorSchool struct{ ID string }
			}
		}
	}
	a.query(t, `{ kindercampusStandorte { nodes { id name anchorSchool { id } } } }`, nil, &d)
	for _, k := range d.KindercampusStandorte.Nodes {
		if strings.Contains(k.Name, "Clarenberg") {
			return k.AnchorSchool.ID, k.ID
		}
	}
	t.Fatal("no Kindercampus Hörde-Clarenberg in the demo data")
	return "", ""
}

func recommend(t *testing.T, a *testApp, input map[string]any) recommendResult {
	t.Helper()
	var out recommendResult
	r := a.query(t, recommendQuery, map[string]any{"input": input}, &out)
	rm := out.RecommendModules
	if float64(rm.CatalogVersion) != r.Extensions["catalogVersion"].(float64) {
		t.Errorf("catalogVersion %d ≠ extensions %v", rm.CatalogVersion, r.Extensions["catalogVersion"])
	}
	excluded := 0
	for _, e := range rm.Excluded {
		excluded += e.Count
	}
	if rm.EligibleCount+excluded != rm.ConsideredCount {
		t.Errorf("eligible %d + excluded %d ≠ considered %d", rm.EligibleCount, excluded, rm.ConsideredCount)
	}
	for i, it := range rm.Items {
		sum := 0.0
		for _, c := range it.Components {
			sum += c.Contribution
		}
		if it.Rank != i+1 || math.Abs(sum-it.Score) > 1e-9 || len(it.Components) != 8 || len(it.Reasons) < 2 || len(it.Reasons) > 4 {
			t.Errorf("item %d: rank %d, score %v, components sum %v (%d), %d reasons", i, it.Rank, it.Score, sum, len(it.Components), len(it.Reasons))
		}
		if it.Modul.Status != "PUBLISHED" {
			t.Errorf("%q is %s", it.Modul.Title, it.Modul.Status)
		}
	}
	return out
}

func TestRecommendModulesForOpenNeeds(t *testing.T) {
	a := shared(t)
	school, _ := campusRefs(t, a)
	res := recommend(t, a, map[string]any{"institutionId": school, "first": 5})
	items := res.RecommendModules.Items
	if len(items) == 0 {
		t.Fatal("no recommendation for the Stift-Grundschule")
	}
	if !strings.HasPrefix(items[0].Reasons[0], "Passt zum Bedarf „") || items[0].Bedarf == nil {
		t.Errorf("first reason %q, bedarf %v", items[0].Reasons[0], items[0].Bedarf)
	}
	// an ad-hoc need gets results with no Bedarf attached
	res = recommend(t, a, map[string]any{"institutionId": school, "first": 3,
		"needs": []map[string]any{{"title": "Bewegung", "theme": "SPORT_GESUNDHEIT", "ageRange": map[string]any{"min": 6, "max": 9}, "groupSize": 12}}})
	for _, it := range res.RecommendModules.Items {
		if it.Bedarf != nil || it.Need.Theme != "SPORT_GESUNDHEIT" {
			t.Errorf("ad-hoc need answered with %+v", it)
		}
	}
}

func TestRecommendModulesRefusesBadInput(t *testing.T) {
	a := shared(t)
	school, campus := campusRefs(t, a)
	var other struct {
		Bedarfe struct{ Nodes []struct{ ID string } }
	}
	a.query(t, `query($k: ID!) { bedarfe(filter: {kindercampusId: $k}, first: 100) { nodes { id institution { id } } } }`, map[string]any{"k": campus}, nil)
	a.query(t, `{ bedarfe(filter: {text: "Schwimmen lernen"}) { nodes { id } } }`, nil, &other)
	var noNeeds struct {
		Institutionen struct{ Nodes []struct{ ID string } }
	}
	a.query(t, `{ institutionen(filter: {text: "Kobbendelle"}) { nodes { id } } }`, nil, &noNeeds)
	cases := map[string]struct {
		reason string
		input  map[string]any
		code   string
	}{
		"unknown institution": {"an unknown ID", map[string]any{"institutionId": "ins_aaaaaaaaaaaaaaaaaaaaaaaaaa"}, "NOT_FOUND"},
		"foreign kind":        {"a campus ID where an institution belongs", map[string]any{"institutionId": campus}, "NOT_FOUND"},
		"foreign bedarf":      {"a need of another institution", map[string]any{"institutionId": school, "bedarfIds": []string{other.Bedarfe.Nodes[0].ID}}, "BAD_USER_INPUT"},
		"unknown bedarf":      {"an unknown need", map[string]any{"institutionId": school, "bedarfIds": []string{"bed_aaaaaaaaaaaaaaaaaaaaaaaaaa"}}, "NOT_FOUND"},
		"no needs":            {"an institution without open needs and none given", map[string]any{"institutionId": noNeeds.Institutionen.Nodes[0].ID}, "BAD_USER_INPUT"},
		"contradictory ages":  {"min age above max age", map[string]any{"institutionId": school, "needs": []map[string]any{{"theme": "BNE", "ageRange": map[string]any{"min": 9, "max": 3}}}}, "BAD_USER_INPUT"},
		"ages out of range":   {"ages beyond 27", map[string]any{"institutionId": school, "needs": []map[string]any{{"theme": "BNE", "ageRange": map[string]any{"min": 20, "max": 40}}}}, "BAD_USER_INPUT"},
		"first too big":       {"first over 50", map[string]any{"institutionId": school, "first": 51}, "BAD_USER_INPUT"},
		"first zero":          {"first below 1", map[string]any{"institutionId": school, "first": 0}, "BAD_USER_INPUT"},
		"date far back":       {"a reference date years ago", map[string]any{"institutionId": school, "referenceDate": "2019-03-01"}, "BAD_USER_INPUT"},
		"date far ahead":      {"a reference date far ahead", map[string]any{"institutionId": school, "referenceDate": "2099-03-01"}, "BAD_USER_INPUT"},
		"too many needs":      {"more than ten needs", map[string]any{"institutionId": school, "needs": manyNeeds(11)}, "BAD_USER_INPUT"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := a.post(t, recommendQuery, map[string]any{"input": tc.input})
			if r.code() != tc.code || r.Errors[0].Message == "" || strings.Contains(r.Errors[0].Message, "runtime") {
				t.Errorf("%s: status %d, errors %+v, want %s", tc.reason, r.Status, r.Errors, tc.code)
			}
		})
	}
}

func manyNeeds(n int) []map[string]any {
	out := make([]map[string]any, n)
	for i := range out {
		out[i] = map[string]any{"theme": "BNE", "ageRange": map[string]any{"min": 6, "max": 10}}
	}
	return out
}

// TestRecommendationsFollowWritesAtOnce: a Modul published for a need is recommended in
// the very next request; archived, it is gone.
func TestRecommendationsFollowWritesAtOnce(t *testing.T) {
	a := shared(t)
	school, _ := campusRefs(t, a)
	var p struct{ Partner struct{ ID string } }
	a.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"), map[string]any{
		"name": unique("Drachenboot Hörde e.V."), "kind": "SPORTVEREIN", "themes": []string{"SPORT_GESUNDHEIT"},
		"serviceArea": map[string]any{"citywide": true}, "location": map[string]any{"lat": 51.481, "lon": 7.502}}, &p)
	input := modulInput(p.Partner.ID)
	input["title"] = unique("Drachenboot-AG")
	input["deliveryModes"] = []string{"AT_INSTITUTION"}
	input["schedule"] = map[string]any{"slots": []map[string]any{{"weekday": "MONDAY", "timeSlot": "AFTERNOON"}}}
	var m modulResult
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", modulFields, "modul"), input, &m)
	need := map[string]any{"institutionId": school, "first": 50,
		"needs": []map[string]any{{"title": "Drachenboot", "theme": "SPORT_GESUNDHEIT", "ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 12, "keywords": []string{"Drachenboot"}}}}
	contains := func() bool {
		for _, it := range recommend(t, a, need).RecommendModules.Items {
			if it.Modul.ID == m.Modul.ID {
				return true
			}
		}
		return false
	}
	if contains() {
		t.Fatal("a draft is recommended")
	}
	step := func(name string) {
		var res modulResult
		if ue := a.mutate(t, name, mutation(name, "ModulTransitionInput", modulFields, "modul"), map[string]any{"id": m.Modul.ID, "version": m.Modul.Version}, &res); len(ue) > 0 {
			t.Fatalf("%s: %+v", name, ue)
		}
		m = res
	}
	step("submitModulForReview")
	step("publishModul")
	if !contains() {
		t.Error("the Modul published a moment ago is not recommended")
	}
	step("archiveModul")
	if contains() {
		t.Error("the Modul archived a moment ago is still recommended")
	}
}

func TestPlacementSuggestions(t *testing.T) {
	a := shared(t)
	var d struct {
		Module struct{ Nodes []struct{ ID, Title string } }
	}
	a.query(t, `{ module(filter: {text: "Fußball-AG im Ganztag"}) { nodes { id title } } }`, nil, &d)
	var res struct {
		PlacementSuggestions []struct {
			Rank        int
			Score       float64
			Institution struct{ Name string }
			Bedarf      struct {
				Title, Status string
				Institution   struct{ Name string }
			}
			Components []struct{ Contribution float64 }
			Reasons    []string
		}
		Node struct {
			PlacementSuggestions []struct{ Rank int }
		}
	}
	a.query(t, `query($id: ID!) { placementSuggestions(modulId: $id, first: 5) { rank score institution { name }
		bedarf { title status institution { name } } components { contribution } reasons }
		node(id: $id) { ... on Modul { placementSuggestions(first: 5) { rank } } } }`, map[string]any{"id": d.Module.Nodes[0].ID}, &res)
	ps := res.PlacementSuggestions
	if len(ps) == 0 || len(res.Node.PlacementSuggestions) != len(ps) {
		t.Fatalf("placements: query %d, on the Modul %d", len(ps), len(res.Node.PlacementSuggestions))
	}
	for _, p := range ps {
		if p.Bedarf.Status != "OPEN" || p.Bedarf.Institution.Name != p.Institution.Name || len(p.Reasons) < 2 {
			t.Errorf("placement %+v", p)
		}
	}
	for name, q := range map[string]string{
		"NOT_FOUND":      `{ placementSuggestions(modulId: "mod_aaaaaaaaaaaaaaaaaaaaaaaaaa") { rank } }`,
		"BAD_USER_INPUT": `{ placementSuggestions(modulId: "` + d.Module.Nodes[0].ID + `", first: 500) { rank } }`,
	} {
		if r := a.post(t, q, nil); r.code() != name {
			t.Errorf("want %s, got %+v", name, r.Errors)
		}
	}
}

func TestCoverage(t *testing.T) {
	a := shared(t)
	_, campus := campusRefs(t, a)
	var res struct {
		Coverage []struct {
			Theme, AgeBand                                                   string
			OpenBedarfe, UnmetBedarfe, DeliverableModules, RemainingCapacity int
			GapScore                                                         float64
			Bedarfe                                                          []struct{ Title string }
			Quartiere                                                        []struct{ Name string }
		}
	}
	a.query(t, `query($k: ID!) { coverage(filter: {kindercampusId: $k}) { theme ageBand openBedarfe unmetBedarfe
		deliverableModules remainingCapacity gapScore bedarfe { title } quartiere { name } } }`, map[string]any{"k": campus}, &res)
	if len(res.Coverage) == 0 {
		t.Fatal("no coverage for the campus")
	}
	unmet := false
	for i, c := range res.Coverage {
		if i > 0 && c.GapScore > res.Coverage[i-1].GapScore {
			t.Errorf("not ordered by gap")
		}
		for j, b := range c.Bedarfe {
			if j < c.UnmetBedarfe && b.Title == "Mitternachtssport am Samstag" {
				unmet = true
				if len(c.Quartiere) == 0 || c.Quartiere[0].Name != "Clarenberg" {
					t.Errorf("the unmet need's Quartier: %+v", c.Quartiere)
				}
			}
		}
	}
	if !unmet {
		t.Error("Saturday-night sports is not reported as an unmet need")
	}
	for name, filter := range map[string]string{
		"BAD_USER_INPUT": `{}`,
		"NOT_FOUND":      `{stadtbezirk: "Atlantis"}`,
	} {
		if r := a.post(t, `{ coverage(filter: `+filter+`) { theme } }`, nil); r.code() != name {
			t.Errorf("filter %s: want %s, got %+v", filter, name, r.Errors)
		}
	}
	if r := a.post(t, `{ coverage(filter: {stadtbezirk: "hoerde"}) { theme openBedarfe } }`, nil); len(r.Errors) > 0 {
		t.Errorf("Stadtbezirk Hörde: %+v", r.Errors)
	}
}

// publishedModul creates a partner working citywide and a published Modul of it that
// fits an OGS Grundschule's Monday-afternoon sports need (6–10 years, 8–16 children).
func publishedModul(t *testing.T, a *testApp, title string) modulResult {
	t.Helper()
	var p struct{ Partner struct{ ID string } }
	a.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"), map[string]any{
		"name": unique("Kletterverein"), "kind": "SPORTVEREIN", "themes": []string{"SPORT_GESUNDHEIT"},
		"serviceArea": map[string]any{"citywide": true}, "location": map[string]any{"lat": 51.481, "lon": 7.502}}, &p)
	input := modulInput(p.Partner.ID)
	input["title"] = title
	var m modulResult
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", modulFields, "modul"), input, &m)
	for _, step := range []string{"submitModulForReview", "publishModul"} {
		if ue := a.mutate(t, step, mutation(step, "ModulTransitionInput", modulFields, "modul"), map[string]any{"id": m.Modul.ID, "version": m.Modul.Version}, &m); len(ue) > 0 {
			t.Fatalf("%s: %+v", step, ue)
		}
	}
	return m
}

func TestCoverBedarf(t *testing.T) {
	a := shared(t)
	school, _ := campusRefs(t, a)
	title := unique("Kletter-AG")
	chosen := publishedModul(t, a, title).Modul
	var b struct{ Bedarf struct{ ID string } }
	a.mutate(t, "createBedarf", mutation("createBedarf", "CreateBedarfInput", "id", "bedarf"), map[string]any{
		"institutionId": school, "title": unique("Klettern"), "theme": "SPORT_GESUNDHEIT", "ageRange": map[string]any{"min": 8, "max": 10},
		"groupSize": 10, "slots": []map[string]any{{"weekday": "MONDAY", "timeSlot": "AFTERNOON"}}}, &b)
	res := recommend(t, a, map[string]any{"institutionId": school, "bedarfIds": []string{b.Bedarf.ID}, "first": 50})
	offered := false
	for _, it := range res.RecommendModules.Items {
		offered = offered || it.Modul.ID == chosen.ID
	}
	if !offered {
		t.Fatalf("the new Modul is not recommended for the need it fits")
	}
	var covered struct {
		Bedarf *struct {
			Status    string
			Version   int
			CoveredBy []struct {
				ID                string
				RemainingCapacity int
			}
		}
	}
	cover := mutation("coverBedarf", "CoverBedarfInput", "status version coveredBy { id remainingCapacity }", "bedarf")
	if ue := a.mutate(t, "coverBedarf", cover, map[string]any{"id": b.Bedarf.ID, "version": 1, "modulId": chosen.ID}, &covered); len(ue) > 0 {
		t.Fatalf("cover: %+v", ue)
	}
	if covered.Bedarf.Status != "COVERED" || len(covered.Bedarf.CoveredBy) != 1 || covered.Bedarf.CoveredBy[0].RemainingCapacity != chosen.RemainingCapacity-1 {
		t.Errorf("after booking: %+v (capacity before %d)", covered.Bedarf, chosen.RemainingCapacity)
	}
	// booking it twice, or with a stale version: userErrors
	if ue := a.mutate(t, "coverBedarf", cover, map[string]any{"id": b.Bedarf.ID, "version": covered.Bedarf.Version, "modulId": chosen.ID}, nil); len(ue) != 1 || ue[0].Code != "INVALID" {
		t.Errorf("booking twice: %+v", ue)
	}
	if ue := a.mutate(t, "coverBedarf", cover, map[string]any{"id": b.Bedarf.ID, "version": 1, "modulId": chosen.ID}, nil); len(ue) != 1 || ue[0].Code != "CONFLICT" {
		t.Errorf("stale version: %+v", ue)
	}
	// the covered need no longer gets the booked Modul recommended
	after := recommend(t, a, map[string]any{"institutionId": school, "bedarfIds": []string{b.Bedarf.ID}, "first": 50})
	for _, it := range after.RecommendModules.Items {
		if it.Modul.ID == chosen.ID {
			t.Error("the booked Modul is recommended again for the need it covers")
		}
	}
	found := false
	for _, e := range after.RecommendModules.Excluded {
		found = found || (e.Reason == "ALREADY_COVERING" && e.Count == 1)
	}
	if !found {
		t.Errorf("ALREADY_COVERING not counted: %+v", after.RecommendModules.Excluded)
	}
	// and its partner now counts as working on this campus
	again := recommend(t, a, map[string]any{"institutionId": school, "first": 50,
		"needs": []map[string]any{{"theme": "SPORT_GESUNDHEIT", "ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 10}}})
	seen := false
	for _, it := range again.RecommendModules.Items {
		if it.Modul.ID != chosen.ID {
			continue
		}
		seen = true
		for _, c := range it.Components {
			if c.Factor == "LOCAL_EMBEDDEDNESS" && c.Value != 1 {
				t.Errorf("embeddedness after a booking on the campus: %v (%s)", c.Value, c.Explanation)
			}
		}
	}
	if !seen {
		t.Error("the booked Modul is not recommended for another sports need of the school")
	}
}
