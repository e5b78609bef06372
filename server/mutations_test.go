package main

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// unique makes names unique across the tests that share one app.
var uniqueCounter atomic.Int64

func unique(prefix string) string { return fmt.Sprintf("%s %d", prefix, uniqueCounter.Add(1)) }

// uniqueNumber is an Unterbezirk number no demo Quartier has.
func uniqueNumber() string { return fmt.Sprintf("9%05d", uniqueCounter.Add(1)) }

const (
	quartierFields     = `id version name number stadtbezirk aktionsraum sozialeStadt childPovertyPct priority centroid { lat lon }`
	institutionFields  = `id version name type traeger ogs familienzentrum ageRange { min max } languages quartier { id } contact { name email phone } address { street postalCode }`
	partnerFields      = `id version name kind themes description serviceArea { citywide radiusKm quartiere { id } } location { lat lon } contact { email }`
	modulFields        = `id version title status theme furtherThemes themes tags free fundable costCent remainingCapacity reviewNote publishedAt partner { id } schedule { slots { weekday timeSlot } period { from to } }`
	bedarfFields       = `id version title status theme groupSize budgetCent priority closedReason institution { id } slots { weekday timeSlot }`
	kindercampusFields = `id version name quartier { id } anchorSchool { id } institutionen { id } budget { year category amountCent } manager { name email }`
)

func mutation(name, input, fields, entity string) string {
	return fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { %s { %s } userErrors { field message code } } }`, input, name, entity, fields)
}

// fixtureIDs returns the IDs of some demo entities to build on.
type demoRefs struct {
	Quartier, School, Kita, Partner string
}

func refs(t *testing.T, a *testApp) demoRefs {
	t.Helper()
	var d struct {
		Quartiere     struct{ Nodes []struct{ ID string } }
		Institutionen struct {
			Nodes []struct {
				ID   string
				Type string
			}
		}
		Partners struct{ Nodes []struct{ ID string } }
	}
	a.query(t, `{ quartiere(filter: {text: "Clarenberg"}) { nodes { id } } partners(first: 1) { nodes { id } } }`, nil, &d)
	a.query(t, `query($q: ID!) { institutionen(filter: {quartierId: $q}, first: 100) { nodes { id type } } }`,
		map[string]any{"q": d.Quartiere.Nodes[0].ID}, &d)
	r := demoRefs{Quartier: d.Quartiere.Nodes[0].ID, Partner: d.Partners.Nodes[0].ID}
	for _, n := range d.Institutionen.Nodes {
		switch n.Type {
		case "GRUNDSCHULE":
			r.School = n.ID
		case "KITA":
			r.Kita = n.ID
		}
	}
	if r.School == "" || r.Kita == "" {
		t.Fatalf("demo data lacks a school or Kita in Clarenberg: %+v", d.Institutionen.Nodes)
	}
	return r
}

func modulInput(partner string) map[string]any {
	return map[string]any{
		"partnerId": partner, "title": unique("Fußball-AG"), "description": "Bewegung für alle.",
		"theme": "SPORT_GESUNDHEIT", "furtherThemes": []string{"SOZIALKOMPETENZ"}, "tags": []string{"Fußball", "Teamgeist"},
		"ageRange": map[string]any{"min": 6, "max": 10}, "targetTypes": []string{"GRUNDSCHULE"},
		"formats": []string{"AG"}, "deliveryModes": []string{"AT_INSTITUTION"},
		"schedule": map[string]any{"slots": []map[string]any{{"weekday": "MONDAY", "timeSlot": "AFTERNOON"}},
			"period": map[string]any{"from": "2026-08-01", "to": "2027-07-31"}, "durationMinutes": 90},
		"groupSize": map[string]any{"min": 8, "max": 16}, "capacity": 3, "costCent": 0, "fundable": true,
		"languages": []string{"de", "tr"},
	}
}

type modulResult struct {
	Modul *struct {
		ID                string
		Version           int
		Title             string
		Status            string
		Themes            []string
		Free              bool
		RemainingCapacity int
		ReviewNote        *string
		PublishedAt       *string
		Partner           struct{ ID string }
	}
}

func TestCreateAndUpdateEveryEntity(t *testing.T) {
	a := shared(t)

	// Quartier
	var q struct {
		Quartier *struct {
			ID          string
			Version     int
			Aktionsraum *string
			Priority    float64
		}
	}
	ue := a.mutate(t, "createQuartier", mutation("createQuartier", "CreateQuartierInput", quartierFields, "quartier"), map[string]any{
		"name": unique("Neues Quartier"), "number": uniqueNumber(), "stadtbezirk": "Hörde", "aktionsraum": "Hörde",
		"sozialeStadt": true, "childPovertyPct": 30.5, "centroid": map[string]any{"lat": 51.48, "lon": 7.5}}, &q)
	if len(ue) > 0 || q.Quartier == nil || q.Quartier.Version != 1 {
		t.Fatalf("createQuartier: %+v %+v", ue, q.Quartier)
	}
	ue = a.mutate(t, "updateQuartier", mutation("updateQuartier", "UpdateQuartierInput", quartierFields, "quartier"), map[string]any{
		"id": q.Quartier.ID, "version": 1, "aktionsraum": nil, "sozialeStadt": false}, &q)
	if len(ue) > 0 || q.Quartier.Version != 2 || q.Quartier.Aktionsraum != nil {
		t.Errorf("updateQuartier with aktionsraum: null: %+v %+v", ue, q.Quartier)
	}

	// Institution
	var in struct {
		Institution *struct {
			ID, Name string
			Version  int
			Traeger  *string
			Quartier struct{ ID string }
		}
	}
	ue = a.mutate(t, "createInstitution", mutation("createInstitution", "CreateInstitutionInput", institutionFields, "institution"), map[string]any{
		"name": "  " + unique("Kita Regenbogen") + "  ", "type": "KITA", "traeger": "AWO", "quartierId": q.Quartier.ID,
		"ageRange": map[string]any{"min": 1, "max": 6}, "languages": []string{"de", "AR"}, "familienzentrum": true,
		"address": map[string]any{"street": "Clarenberg", "houseNumber": "1", "postalCode": "44263", "city": "Dortmund"},
		"contact": map[string]any{"name": "Frau Beispiel", "email": "kita@beispiel.example"}}, &in)
	if len(ue) > 0 || in.Institution == nil || strings.HasPrefix(in.Institution.Name, " ") || in.Institution.Quartier.ID != q.Quartier.ID {
		t.Fatalf("createInstitution: %+v %+v", ue, in.Institution)
	}
	ue = a.mutate(t, "updateInstitution", mutation("updateInstitution", "UpdateInstitutionInput", institutionFields, "institution"), map[string]any{
		"id": in.Institution.ID, "version": 1, "traeger": nil, "children": 80}, &in)
	if len(ue) > 0 || in.Institution.Version != 2 || in.Institution.Traeger != nil {
		t.Errorf("updateInstitution: %+v %+v", ue, in.Institution)
	}

	// Partner
	var p struct {
		Partner *struct {
			ID      string
			Version int
			Themes  []string
		}
	}
	ue = a.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", partnerFields, "partner"), map[string]any{
		"name": unique("Turnverein Hörde"), "kind": "SPORTVEREIN", "themes": []string{"SPORT_GESUNDHEIT"},
		"serviceArea": map[string]any{"quartierIds": []string{q.Quartier.ID}, "radiusKm": 2.5},
		"location":    map[string]any{"lat": 51.49, "lon": 7.51}, "contact": map[string]any{"email": "info@tv.example"}}, &p)
	if len(ue) > 0 || p.Partner == nil {
		t.Fatalf("createPartner: %+v", ue)
	}
	ue = a.mutate(t, "updatePartner", mutation("updatePartner", "UpdatePartnerInput", partnerFields, "partner"), map[string]any{
		"id": p.Partner.ID, "version": 1, "themes": []string{"SPORT_GESUNDHEIT", "BNE"}}, &p)
	if len(ue) > 0 || cmp.Diff([]string{"SPORT_GESUNDHEIT", "BNE"}, p.Partner.Themes) != "" {
		t.Errorf("updatePartner: %+v %+v", ue, p.Partner)
	}

	// Modul
	var m modulResult
	ue = a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", modulFields, "modul"), modulInput(p.Partner.ID), &m)
	if len(ue) > 0 || m.Modul == nil || m.Modul.Status != "DRAFT" || !m.Modul.Free || m.Modul.RemainingCapacity != 3 ||
		cmp.Diff([]string{"SPORT_GESUNDHEIT", "SOZIALKOMPETENZ"}, m.Modul.Themes) != "" {
		t.Fatalf("createModul: %+v %+v", ue, m.Modul)
	}
	ue = a.mutate(t, "updateModul", mutation("updateModul", "UpdateModulInput", modulFields, "modul"), map[string]any{
		"id": m.Modul.ID, "version": 1, "costCent": 1500, "tags": nil}, &m)
	if len(ue) > 0 || m.Modul.Free || m.Modul.Version != 2 {
		t.Errorf("updateModul: %+v %+v", ue, m.Modul)
	}

	// Bedarf
	var b struct {
		Bedarf *struct {
			ID, Status string
			Version    int
			Priority   string
			BudgetCent *int
		}
	}
	ue = a.mutate(t, "createBedarf", mutation("createBedarf", "CreateBedarfInput", bedarfFields, "bedarf"), map[string]any{
		"institutionId": in.Institution.ID, "title": "Bewegung im Ganztag", "theme": "SPORT_GESUNDHEIT",
		"ageRange": map[string]any{"min": 3, "max": 6}, "groupSize": 12, "budgetCent": 20000,
		"slots": []map[string]any{{"weekday": "TUESDAY", "timeSlot": "MORNING"}}}, &b)
	if len(ue) > 0 || b.Bedarf == nil || b.Bedarf.Status != "OPEN" || b.Bedarf.Priority != "MEDIUM" {
		t.Fatalf("createBedarf: %+v %+v", ue, b.Bedarf)
	}
	ue = a.mutate(t, "updateBedarf", mutation("updateBedarf", "UpdateBedarfInput", bedarfFields, "bedarf"), map[string]any{
		"id": b.Bedarf.ID, "version": 1, "budgetCent": nil, "priority": "HIGH"}, &b)
	if len(ue) > 0 || b.Bedarf.BudgetCent != nil || b.Bedarf.Priority != "HIGH" {
		t.Errorf("updateBedarf: %+v %+v", ue, b.Bedarf)
	}

	// Kindercampus around a new school
	var school struct{ Institution *struct{ ID string } }
	a.mutate(t, "createInstitution", mutation("createInstitution", "CreateInstitutionInput", "id", "institution"), map[string]any{
		"name": unique("Grundschule am Park"), "type": "GRUNDSCHULE", "ogs": true, "quartierId": q.Quartier.ID,
		"ageRange": map[string]any{"min": 6, "max": 10}}, &school)
	var k struct {
		Kindercampus *struct {
			ID            string
			Version       int
			AnchorSchool  struct{ ID string }
			Institutionen []struct{ ID string }
			Budget        []struct{ AmountCent int }
		}
	}
	ue = a.mutate(t, "createKindercampus", mutation("createKindercampus", "CreateKindercampusInput", kindercampusFields, "kindercampus"), map[string]any{
		"name": unique("Kindercampus Park"), "quartierId": q.Quartier.ID, "anchorSchoolId": school.Institution.ID,
		"institutionIds": []string{in.Institution.ID}, "manager": map[string]any{"name": "Campus Leitung", "email": "leitung@campus.example"},
		"budget": []map[string]any{{"year": 2027, "category": "PROJEKTE", "amountCent": 1000000}}}, &k)
	if len(ue) > 0 || k.Kindercampus == nil || k.Kindercampus.AnchorSchool.ID != school.Institution.ID || len(k.Kindercampus.Institutionen) != 2 ||
		k.Kindercampus.Institutionen[0].ID != school.Institution.ID {
		t.Fatalf("createKindercampus: %+v %+v", ue, k.Kindercampus)
	}
	ue = a.mutate(t, "updateKindercampus", mutation("updateKindercampus", "UpdateKindercampusInput", kindercampusFields, "kindercampus"), map[string]any{
		"id": k.Kindercampus.ID, "version": 1, "budget": []map[string]any{}}, &k)
	if len(ue) > 0 || len(k.Kindercampus.Budget) != 0 {
		t.Errorf("updateKindercampus: %+v %+v", ue, k.Kindercampus)
	}

	// every write is readable at once through node and the lists
	var nodes struct {
		Nodes []struct {
			ID      string
			Version int
		}
	}
	ids := []string{q.Quartier.ID, in.Institution.ID, p.Partner.ID, m.Modul.ID, b.Bedarf.ID, k.Kindercampus.ID}
	a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Quartier { version } ... on Institution { version }
		... on Partner { version } ... on Modul { version } ... on Bedarf { version } ... on Kindercampus { version } } }`,
		map[string]any{"ids": ids}, &nodes)
	for i, n := range nodes.Nodes {
		if n.ID != ids[i] || n.Version != 2 {
			t.Errorf("nodes[%d] = %+v, want %s at version 2", i, n, ids[i])
		}
	}
	var campusOf struct {
		Node struct{ Kindercampus *struct{ ID string } }
	}
	a.query(t, `query($id: ID!) { node(id: $id) { ... on Institution { kindercampus { id } } } }`, map[string]any{"id": in.Institution.ID}, &campusOf)
	if campusOf.Node.Kindercampus == nil || campusOf.Node.Kindercampus.ID != k.Kindercampus.ID {
		t.Errorf("Institution.kindercampus = %+v, want %s", campusOf.Node.Kindercampus, k.Kindercampus.ID)
	}
}

func TestStaleVersionIsAConflictAndChangesNothing(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	var m modulResult
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", modulFields, "modul"), modulInput(r.Partner), &m)
	upd := mutation("updateModul", "UpdateModulInput", modulFields, "modul")
	if ue := a.mutate(t, "updateModul", upd, map[string]any{"id": m.Modul.ID, "version": 1, "title": "Erste Änderung"}, nil); len(ue) > 0 {
		t.Fatal(ue)
	}
	var stale modulResult
	ue := a.mutate(t, "updateModul", upd, map[string]any{"id": m.Modul.ID, "version": 1, "title": "Zweite Änderung"}, &stale)
	if len(ue) != 1 || ue[0].Code != "CONFLICT" || cmp.Diff([]string{"version"}, ue[0].Field) != "" || stale.Modul != nil {
		t.Errorf("stale update: userErrors %+v, modul %+v", ue, stale.Modul)
	}
	var now struct{ Node struct{ Title string } }
	a.query(t, `query($id: ID!) { node(id: $id) { ... on Modul { title } } }`, map[string]any{"id": m.Modul.ID}, &now)
	if now.Node.Title != "Erste Änderung" {
		t.Errorf("title after the stale update = %q", now.Node.Title)
	}
}

func TestModulLifecycleTransitions(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	var m modulResult
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", modulFields, "modul"), modulInput(r.Partner), &m)
	id, version := m.Modul.ID, m.Modul.Version
	step := func(name string, extra map[string]any) []userError {
		t.Helper()
		input := map[string]any{"id": id, "version": version}
		for k, v := range extra {
			input[k] = v
		}
		inputType := "ModulTransitionInput"
		if name == "rejectModul" {
			inputType = "RejectModulInput"
		}
		var res modulResult
		ue := a.mutate(t, name, mutation(name, inputType, modulFields, "modul"), input, &res)
		if len(ue) == 0 {
			version = res.Modul.Version
			m = res
		}
		return ue
	}
	wantTransition := func(reason string, ue []userError, ok bool) {
		t.Helper()
		switch {
		case ok && len(ue) > 0:
			t.Errorf("%s: refused: %+v", reason, ue)
		case !ok && (len(ue) != 1 || ue[0].Code != "INVALID_TRANSITION"):
			t.Errorf("%s: got %+v, want one INVALID_TRANSITION", reason, ue)
		}
	}
	wantTransition("DRAFT → PUBLISHED", step("publishModul", nil), false)
	wantTransition("DRAFT → ARCHIVED", step("archiveModul", nil), false)
	wantTransition("DRAFT → DRAFT (reject)", step("rejectModul", map[string]any{"note": "x"}), false)
	wantTransition("DRAFT → IN_REVIEW", step("submitModulForReview", nil), true)
	wantTransition("IN_REVIEW → IN_REVIEW", step("submitModulForReview", nil), false)
	wantTransition("IN_REVIEW → ARCHIVED", step("archiveModul", nil), false)
	wantTransition("IN_REVIEW → DRAFT (reject)", step("rejectModul", map[string]any{"note": "Bitte Kosten ergänzen"}), true)
	if m.Modul.Status != "DRAFT" || m.Modul.ReviewNote == nil || *m.Modul.ReviewNote != "Bitte Kosten ergänzen" {
		t.Errorf("after rejection: %+v", m.Modul)
	}
	wantTransition("DRAFT → IN_REVIEW again", step("submitModulForReview", nil), true)
	wantTransition("IN_REVIEW → PUBLISHED", step("publishModul", nil), true)
	if m.Modul.Status != "PUBLISHED" || m.Modul.PublishedAt == nil {
		t.Errorf("after publishing: %+v", m.Modul)
	}
	wantTransition("PUBLISHED → IN_REVIEW", step("submitModulForReview", nil), false)
	wantTransition("PUBLISHED → DRAFT", step("rejectModul", map[string]any{"note": "x"}), false)
	wantTransition("PUBLISHED → ARCHIVED", step("archiveModul", nil), true)
	wantTransition("ARCHIVED → PUBLISHED", step("publishModul", nil), false)
	ue := a.mutate(t, "updateModul", mutation("updateModul", "UpdateModulInput", "id", "modul"), map[string]any{"id": id, "version": version, "title": "neu"}, nil)
	wantTransition("an archived Modul is read-only", ue, false)

	// the published list follows the lifecycle at once
	var list struct{ Module struct{ TotalCount int } }
	a.query(t, `query($p: ID!) { module(filter: {partnerId: $p, status: [ARCHIVED]}) { totalCount } }`, map[string]any{"p": r.Partner}, &list)
	if list.Module.TotalCount < 1 {
		t.Error("the archived Modul is not listed as archived")
	}
}

func TestCloseBedarf(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	var b struct{ Bedarf *struct{ ID string } }
	a.mutate(t, "createBedarf", mutation("createBedarf", "CreateBedarfInput", "id", "bedarf"), map[string]any{
		"institutionId": r.School, "title": unique("Lesepaten"), "theme": "MUSIK_KULTUR",
		"ageRange": map[string]any{"min": 6, "max": 8}, "groupSize": 6}, &b)
	closeIt := mutation("closeBedarf", "CloseBedarfInput", bedarfFields, "bedarf")
	var closed struct {
		Bedarf *struct {
			Status       string
			ClosedReason *string
		}
	}
	if ue := a.mutate(t, "closeBedarf", closeIt, map[string]any{"id": b.Bedarf.ID, "version": 1, "reason": "Angebot gefunden"}, &closed); len(ue) > 0 ||
		closed.Bedarf.Status != "CLOSED" || *closed.Bedarf.ClosedReason != "Angebot gefunden" {
		t.Fatalf("close: %+v %+v", ue, closed.Bedarf)
	}
	if ue := a.mutate(t, "closeBedarf", closeIt, map[string]any{"id": b.Bedarf.ID, "version": 2}, nil); len(ue) != 1 || ue[0].Code != "INVALID_TRANSITION" {
		t.Errorf("closing twice: %+v", ue)
	}
	var open struct {
		Bedarfe struct{ Nodes []struct{ ID string } }
	}
	a.query(t, `query($i: ID!) { bedarfe(filter: {institutionId: $i}, first: 100) { nodes { id } } }`, map[string]any{"i": r.School}, &open)
	for _, n := range open.Bedarfe.Nodes {
		if n.ID == b.Bedarf.ID {
			t.Error("a closed Bedarf is still listed among the open ones")
		}
	}
}

// TestInvalidInputGivesUserErrors sends one bad value per rule through the API: each
// ends in a userError with the field path and code, and nothing is written.
func TestInvalidInputGivesUserErrors(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	quartier := map[string]any{"name": "Q", "number": "777", "stadtbezirk": "Hörde"}
	institution := map[string]any{"name": "I", "type": "KITA", "quartierId": r.Quartier, "ageRange": map[string]any{"min": 1, "max": 6}}
	partner := map[string]any{"name": "P", "kind": "VEREIN", "themes": []string{"BNE"}}
	modul := modulInput(r.Partner)
	bedarf := map[string]any{"institutionId": r.School, "title": "B", "theme": "BNE", "ageRange": map[string]any{"min": 6, "max": 9}, "groupSize": 10}
	campus := map[string]any{"name": "K", "quartierId": r.Quartier, "anchorSchoolId": r.Kita}
	cases := map[string]struct {
		reason, name, inputType string
		input                   map[string]any
		field, code             string
	}{
		"quartier blank name":      {"names are required (after trimming)", "createQuartier", "CreateQuartierInput", with(quartier, "name", "   "), "name", "INVALID"},
		"quartier number":          {"numbers are digits", "createQuartier", "CreateQuartierInput", with(quartier, "number", "12b"), "number", "INVALID"},
		"quartier poverty":         {"percentages ≤ 100", "createQuartier", "CreateQuartierInput", with(quartier, "childPovertyPct", 101.0), "indicators.childPovertyPct", "INVALID"},
		"quartier centroid":        {"coordinates in the service area", "createQuartier", "CreateQuartierInput", with(quartier, "centroid", map[string]any{"lat": 48.1, "lon": 11.6}), "centroid", "INVALID"},
		"quartier geometry":        {"geometry is a polygon", "createQuartier", "CreateQuartierInput", with(quartier, "geometry", map[string]any{"type": "Point"}), "geometry", "INVALID"},
		"quartier duplicate":       {"the Unterbezirk number is unique", "createQuartier", "CreateQuartierInput", with(quartier, "number", "535"), "number", "CONFLICT"},
		"institution quartier":     {"the Quartier must exist", "createInstitution", "CreateInstitutionInput", with(institution, "quartierId", "qua_aaaaaaaaaaaaaaaaaaaaaaaaaa"), "quartierId", "NOT_FOUND"},
		"institution quartier bad": {"an injection attempt is just an unknown reference", "createInstitution", "CreateInstitutionInput", with(institution, "quartierId", `{"$ne": null}`), "quartierId", "NOT_FOUND"},
		"institution age":          {"ages 0–27", "createInstitution", "CreateInstitutionInput", with(institution, "ageRange", map[string]any{"min": 0, "max": 99}), "ageRange.max", "INVALID"},
		"institution age order":    {"min ≤ max", "createInstitution", "CreateInstitutionInput", with(institution, "ageRange", map[string]any{"min": 9, "max": 2}), "ageRange", "INVALID"},
		"institution ogs":          {"OGS only for schools", "createInstitution", "CreateInstitutionInput", with(institution, "ogs", true), "ogs", "INVALID"},
		"institution email":        {"e-mail must be valid", "createInstitution", "CreateInstitutionInput", with(institution, "contact", map[string]any{"email": "nope"}), "contact.email", "INVALID"},
		"institution phone":        {"phone must be valid", "createInstitution", "CreateInstitutionInput", with(institution, "contact", map[string]any{"phone": "$where"}), "contact.phone", "INVALID"},
		"institution website":      {"websites are http(s)", "createInstitution", "CreateInstitutionInput", with(institution, "website", "ftp://x.example"), "website", "INVALID"},
		"institution name NUL":     {"no control characters", "createInstitution", "CreateInstitutionInput", with(institution, "name", "Kita\u0000"), "name", "INVALID"},
		"institution name long":    {"names ≤ 200 characters", "createInstitution", "CreateInstitutionInput", with(institution, "name", strings.Repeat("ü", 201)), "name", "INVALID"},
		"institution children":     {"children ≥ 0", "createInstitution", "CreateInstitutionInput", with(institution, "children", -5), "children", "INVALID"},
		"partner no themes":        {"at least one theme", "createPartner", "CreatePartnerInput", with(partner, "themes", []string{}), "themes", "INVALID"},
		"partner radius":           {"a radius needs a location", "createPartner", "CreatePartnerInput", with(partner, "serviceArea", map[string]any{"radiusKm": 5}), "serviceArea.radiusKm", "INVALID"},
		"partner served quartier":  {"served Quartiere must exist", "createPartner", "CreatePartnerInput", with(partner, "serviceArea", map[string]any{"quartierIds": []string{r.Partner}}), "serviceArea.quartierIds.0", "NOT_FOUND"},
		"modul partner":            {"the partner must exist", "createModul", "CreateModulInput", with(modul, "partnerId", "par_aaaaaaaaaaaaaaaaaaaaaaaaaa"), "partnerId", "NOT_FOUND"},
		"modul group size":         {"group min ≤ max", "createModul", "CreateModulInput", with(modul, "groupSize", map[string]any{"min": 20, "max": 5}), "groupSize", "INVALID"},
		"modul capacity":           {"capacity ≥ 0", "createModul", "CreateModulInput", with(modul, "capacity", -1), "capacity", "INVALID"},
		"modul cost":               {"cost ≥ 0", "createModul", "CreateModulInput", with(modul, "costCent", -1), "costCent", "INVALID"},
		"modul targets":            {"at least one target type", "createModul", "CreateModulInput", with(modul, "targetTypes", []string{}), "targetTypes", "INVALID"},
		"modul period":             {"periods end after they start", "createModul", "CreateModulInput", with(modul, "schedule", map[string]any{"period": map[string]any{"from": "2027-01-01", "to": "2026-01-01"}}), "schedule.period.to", "INVALID"},
		"modul slots twice":        {"slots are unique", "createModul", "CreateModulInput", with(modul, "schedule", map[string]any{"slots": []map[string]any{{"weekday": "MONDAY", "timeSlot": "MORNING"}, {"weekday": "MONDAY", "timeSlot": "MORNING"}}}), "schedule.slots.1", "INVALID"},
		"modul primary twice":      {"the primary theme is not a further one", "createModul", "CreateModulInput", with(modul, "furtherThemes", []string{"SPORT_GESUNDHEIT"}), "furtherThemes", "INVALID"},
		"modul languages":          {"languages are ISO codes", "createModul", "CreateModulInput", with(modul, "languages", []string{"deutsch"}), "languages.0", "INVALID"},
		"bedarf institution":       {"the institution must exist", "createBedarf", "CreateBedarfInput", with(bedarf, "institutionId", r.Quartier), "institutionId", "NOT_FOUND"},
		"bedarf group":             {"group size 1–500", "createBedarf", "CreateBedarfInput", with(bedarf, "groupSize", 0), "groupSize", "INVALID"},
		"bedarf budget":            {"budget ≥ 0", "createBedarf", "CreateBedarfInput", with(bedarf, "budgetCent", -100), "budgetCent", "INVALID"},
		"campus anchor type":       {"the anchor must be a Grundschule", "createKindercampus", "CreateKindercampusInput", with(campus, "anchorSchoolId", r.Kita), "anchorSchoolId", "INVALID"},
		"campus member elsewhere":  {"an institution belongs to one campus", "createKindercampus", "CreateKindercampusInput", with(campus, "anchorSchoolId", r.School), "anchorSchoolId", "CONFLICT"},
		"campus budget":            {"budget lines are unique per year and category", "createKindercampus", "CreateKindercampusInput", with(campus, "budget", []map[string]any{{"year": 2026, "category": "PROJEKTE", "amountCent": 1}, {"year": 2026, "category": "PROJEKTE", "amountCent": 2}}), "budget.1", "INVALID"},
		"update unknown":           {"updating an unknown entity", "updateModul", "UpdateModulInput", map[string]any{"id": "mod_aaaaaaaaaaaaaaaaaaaaaaaaaa", "version": 1}, "id", "NOT_FOUND"},
		"update foreign kind":      {"a partner ID is no Modul", "updateModul", "UpdateModulInput", map[string]any{"id": r.Partner, "version": 1}, "id", "NOT_FOUND"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			entity := strings.ToLower(tc.name[6:7]) + tc.name[7:] // createModul → modul
			var out map[string]any
			ue := a.mutate(t, tc.name, mutation(tc.name, tc.inputType, "id", entity), tc.input, &out)
			found := false
			for _, u := range ue {
				found = found || (strings.Join(u.Field, ".") == tc.field && u.Code == tc.code && u.Message != "")
			}
			if !found {
				t.Errorf("%s: userErrors %+v, want %s at %q", tc.reason, ue, tc.code, tc.field)
			}
			if out[entity] != nil {
				t.Errorf("%s: the payload carries an entity: %v", tc.reason, out[entity])
			}
		})
	}
}

// TestBadArgumentsAreTopLevelErrors: values the schema itself refuses never reach a
// resolver; they end in a clear error with a code, not a crash.
func TestBadArgumentsAreTopLevelErrors(t *testing.T) {
	a := shared(t)
	for name, tc := range map[string]struct {
		query string
		vars  map[string]any
	}{
		"unknown enum":  {`mutation($i: CreatePartnerInput!) { createPartner(input: $i) { userErrors { code } } }`, map[string]any{"i": map[string]any{"name": "x", "kind": "CLUB", "themes": []string{"BNE"}}}},
		"bad date":      {`mutation($i: CreateModulInput!) { createModul(input: $i) { userErrors { code } } }`, map[string]any{"i": with(modulInput("par_x"), "schedule", map[string]any{"period": map[string]any{"from": "31.12.2026"}})}},
		"missing field": {`mutation($i: CreateQuartierInput!) { createQuartier(input: $i) { userErrors { code } } }`, map[string]any{"i": map[string]any{"name": "x"}}},
	} {
		r := a.post(t, tc.query, tc.vars)
		if len(r.Errors) == 0 || r.code() == "" || r.code() == "INTERNAL" {
			t.Errorf("%s: status %d, errors %+v", name, r.Status, r.Errors)
		}
	}
	// an integer beyond any range is refused, as an error or as a userError, never stored
	r := a.post(t, `mutation($i: CreateBedarfInput!) { createBedarf(input: $i) { bedarf { id } userErrors { field code } } }`,
		map[string]any{"i": map[string]any{"institutionId": refs(t, a).School, "title": "t", "theme": "BNE",
			"ageRange": map[string]any{"min": 1, "max": 2}, "groupSize": 1e12}})
	if len(r.Errors) == 0 && !strings.Contains(string(r.Data), `"field":["groupSize"],"code":"INVALID"`) {
		t.Errorf("groupSize 1e12: %s %+v", r.Data, r.Errors)
	}
}

func with(base map[string]any, k string, v any) map[string]any {
	out := map[string]any{}
	for key, val := range base {
		out[key] = val
	}
	out[k] = v
	return out
}
