package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/stadtdortmund/drehscheibe/graph"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// schema is the API's schema as the server executes it.
func schema() *ast.Schema { return graph.NewExecutableSchema(graph.Config{}).Schema() }

// authRoles returns the roles of a field's @auth directive, or nil without one.
func authRoles(f *ast.FieldDefinition) []string {
	d := f.Directives.ForName("auth")
	if d == nil {
		return nil
	}
	var roles []string
	for _, c := range d.Arguments.ForName("roles").Value.Children {
		roles = append(roles, c.Value.Raw)
	}
	slices.Sort(roles)
	return roles
}

// fieldsWith lists "Type.field" for every field of the API with directive name.
func fieldsWith(s *ast.Schema, name string) []string {
	var out []string
	for _, def := range s.Types {
		if strings.HasPrefix(def.Name, "__") {
			continue
		}
		for _, f := range def.Fields {
			if f.Directives.ForName(name) != nil {
				out = append(out, def.Name+"."+f.Name)
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestEveryMutationHasARule: every mutation carries @auth, and its roles are the
// domain's for the operation of the same name, so the schema and the service never
// disagree about who may.
func TestEveryMutationHasARule(t *testing.T) {
	for _, f := range schema().Mutation.Fields {
		schemaRoles := authRoles(f)
		if schemaRoles == nil {
			t.Errorf("mutation %s has no @auth(roles: …) directive", f.Name)
			continue
		}
		domain, ok := drehscheibe.OperationRoles(drehscheibe.Operation(f.Name))
		if !ok {
			t.Errorf("mutation %s has no rule in drehscheibe.operationRoles", f.Name)
			continue
		}
		names := make([]string, len(domain))
		for i, r := range domain {
			names[i] = string(r)
		}
		slices.Sort(names)
		if !slices.Equal(schemaRoles, names) {
			t.Errorf("mutation %s: schema allows %v, the domain %v", f.Name, schemaRoles, names)
		}
	}
	for _, field := range fieldsWith(schema(), "auth") {
		typ, name, _ := strings.Cut(field, ".")
		if typ == "Mutation" {
			continue
		}
		if _, ok := drehscheibe.OperationRoles(drehscheibe.Operation(name)); !ok {
			t.Errorf("%s has @auth but no rule in drehscheibe.operationRoles", field)
		}
	}
}

// mutationCase says how to call a mutation for one attempt (fresh data each time) and
// who may. Actors in hidden get NOT_FOUND, exactly as for an unknown ID; every other
// actor gets FORBIDDEN, anonymous callers UNAUTHENTICATED.
type mutationCase struct {
	input func(t *testing.T, w *world) map[string]any
	// inputAs, when set, gives the input for one actor (the Servicestelle names the
	// side it acts for, the others act for their own).
	inputAs func(t *testing.T, w *world, act actor) map[string]any
	allowed []actor
	hidden  []actor
}

// inputFor returns the case's input for act.
func (c mutationCase) inputFor(t *testing.T, w *world, act actor) map[string]any {
	if c.inputAs != nil {
		return c.inputAs(t, w, act)
	}
	return c.input(t, w)
}

var (
	onlyServicestelle = []actor{servicestelle}
	forPartnerA       = []actor{partnerOwn, servicestelle}
	forInstitution1   = []actor{institutionOwn, campusOwn, servicestelle}
	forSportCurators  = []actor{coordinatorOwn, servicestelle}
	// who may not see needs of institution 1
	notSeeingBedarf1 = []actor{institutionOther, campusOther}
	// the sides of a request of institution 1 for a Modul of partner A, and who may not
	// see it
	forAnfrageParties = []actor{partnerOwn, institutionOwn, campusOwn, servicestelle}
	notSeeingAnfrage  = []actor{partnerOther, institutionOther, campusOther}
	withSignedIn      = []actor{partnerOwn, partnerOther, institutionOwn, institutionOther, campusOwn, campusOther, servicestelle}
)

// sideFor is the side act confirms or reports for: its own, or for the Servicestelle
// the institution's.
func sideFor(act actor) any {
	if act == servicestelle {
		return "INSTITUTION"
	}
	return nil
}

func idVersion(id string, v int, extra ...any) map[string]any {
	m := map[string]any{"id": id, "version": v}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i].(string)] = extra[i+1]
	}
	return m
}

var mutationCases = map[string]mutationCase{
	"createQuartier": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		return map[string]any{"name": unique("Quartier"), "number": uniqueNumber(), "stadtbezirk": "Hörde"}
	}},
	"updateQuartier": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.created(t, "createQuartier", "CreateQuartierInput", "quartier",
			map[string]any{"name": unique("Quartier"), "number": uniqueNumber(), "stadtbezirk": "Hörde"})
		return idVersion(id, v, "name", unique("Quartier"))
	}},
	"createInstitution": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		return map[string]any{"name": unique("Kita"), "type": "KITA", "quartierId": w.quartier, "ageRange": map[string]any{"min": 1, "max": 6}}
	}},
	"updateInstitution": {allowed: forInstitution1, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.inst1, w.version(t, w.inst1), "children", len(unique("x")))
	}},
	"createPartner": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		return map[string]any{"name": unique("Verein"), "kind": "VEREIN", "themes": []string{"BNE"}}
	}},
	"updatePartner": {allowed: forPartnerA, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.partnerA, w.version(t, w.partnerA), "description", unique("Wir"))
	}},
	"createModul": {allowed: forPartnerA, input: func(t *testing.T, w *world) map[string]any {
		return modulInput(w.partnerA)
	}},
	"updateModul": {allowed: forPartnerA, hidden: []actor{partnerOther}, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.draft(t)
		return idVersion(id, v, "title", unique("Neuer Titel"))
	}},
	"submitModulForReview": {allowed: forPartnerA, hidden: []actor{partnerOther}, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.draft(t))
	}},
	"publishModul": {allowed: forSportCurators, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.inReview(t))
	}},
	"rejectModul": {allowed: forSportCurators, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.inReview(t)
		return idVersion(id, v, "note", "Bitte die Zeiten ergänzen")
	}},
	"archiveModul": {allowed: []actor{partnerOwn, coordinatorOwn, servicestelle}, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.published(t))
	}},
	"createBedarf": {allowed: forInstitution1, input: func(t *testing.T, w *world) map[string]any {
		return bedarfInput(w.inst1)
	}},
	"updateBedarf": {allowed: forInstitution1, hidden: notSeeingBedarf1, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.bedarf(t)
		return idVersion(id, v, "title", unique("Bewegung"))
	}},
	"coverBedarf": {allowed: forInstitution1, hidden: notSeeingBedarf1, input: func(t *testing.T, w *world) map[string]any {
		m, _ := w.published(t)
		id, v := w.bedarf(t)
		return idVersion(id, v, "modulId", m)
	}},
	"closeBedarf": {allowed: forInstitution1, hidden: notSeeingBedarf1, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.bedarf(t)
		return idVersion(id, v, "reason", "erledigt")
	}},
	"createAnfrage": {allowed: forInstitution1, input: func(t *testing.T, w *world) map[string]any {
		m, _ := w.published(t)
		return anfrageInput(w.inst1, m, "")
	}},
	"acceptAnfrage": {allowed: forPartnerA, hidden: []actor{partnerOther}, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "REQUESTED")
		return idVersion(id, v)
	}},
	"declineAnfrage": {allowed: forPartnerA, hidden: []actor{partnerOther}, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "REQUESTED")
		return idVersion(id, v, "reasonCode", "SCHEDULE", "reason", "montags belegt")
	}},
	"withdrawAnfrage": {allowed: forInstitution1, hidden: notSeeingBedarf1, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "REQUESTED")
		return idVersion(id, v)
	}},
	"confirmVereinbarung": {allowed: forAnfrageParties, hidden: notSeeingAnfrage, inputAs: func(t *testing.T, w *world, act actor) map[string]any {
		id, v, hash := w.anfrage(t, "ACCEPTED")
		return idVersion(id, v, "contentHash", hash, "side", sideFor(act))
	}},
	"reviseVereinbarung": {allowed: forAnfrageParties, hidden: notSeeingAnfrage, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "ACCEPTED")
		return idVersion(id, v, "sessions", 12)
	}},
	"completeAnfrage": {allowed: forAnfrageParties, hidden: notSeeingAnfrage, inputAs: func(t *testing.T, w *world, act actor) map[string]any {
		id, v, _ := w.anfrage(t, "AGREED")
		return idVersion(id, v, "sessionsHeld", 10, "participants", 12, "rating", 4, "side", sideFor(act))
	}},
	"cancelAnfrage": {allowed: forAnfrageParties, hidden: notSeeingAnfrage, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "ACCEPTED")
		return idVersion(id, v, "reasonCode", "OTHER", "reason", "Trainer erkrankt")
	}},
	"rerouteAnfrage": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		id, v, _ := w.anfrage(t, "REQUESTED")
		other, _ := w.published(t)
		return idVersion(id, v, "modulId", other)
	}},
	"createFoerderprogramm": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		return programmeInput()
	}},
	"updateFoerderprogramm": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.created(t, "createFoerderprogramm", "CreateFoerderprogrammInput", "foerderprogramm", programmeInput())
		return idVersion(id, v, "description", unique("Zweck"))
	}},
	"saveFoerderantrag": {allowed: forInstitution1, hidden: notSeeingBedarf1, input: func(t *testing.T, w *world) map[string]any {
		id, v := w.paidAnfrage(t)
		return idVersion(id, v, "answers", []map[string]any{{"field": "KONZEPT", "value": unique("Konzept")}})
	}},
	"decideFoerderantrag": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		id, v, programme := w.submittedAntrag(t)
		return idVersion(id, v, "programmeId", programme, "approve", true)
	}},
	"markNotificationsRead": {allowed: withSignedIn, input: func(t *testing.T, w *world) map[string]any {
		return map[string]any{"all": true}
	}},
	"createKindercampus": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		school, _ := w.created(t, "createInstitution", "CreateInstitutionInput", "institution", map[string]any{
			"name": unique("Grundschule"), "type": "GRUNDSCHULE", "quartierId": w.quartier, "ageRange": map[string]any{"min": 6, "max": 10}})
		return map[string]any{"name": unique("Kindercampus"), "quartierId": w.quartier, "anchorSchoolId": school}
	}},
	"updateKindercampus": {allowed: []actor{campusOwn, servicestelle}, input: func(t *testing.T, w *world) map[string]any {
		return idVersion(w.campus1, w.version(t, w.campus1), "description", unique("Konzept"))
	}},
	"createApiKey": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		return map[string]any{"name": unique("Schlüssel"), "role": "PARTNER", "partnerId": w.partnerA}
	}},
	"revokeApiKey": {allowed: onlyServicestelle, input: func(t *testing.T, w *world) map[string]any {
		var p struct {
			CreateApiKey struct{ ApiKey struct{ ID string } }
		}
		w.admin().query(t, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
			map[string]any{"input": map[string]any{"name": unique("Schlüssel"), "role": "SERVICESTELLE"}}, &p)
		return map[string]any{"id": p.CreateApiKey.ApiKey.ID}
	}},
}

// expected is what act should get from a case: OK, NOT_FOUND, FORBIDDEN or
// UNAUTHENTICATED.
func expected(act actor, allowed, hidden []actor) string {
	switch {
	case slices.Contains(allowed, act):
		return "OK"
	case slices.Contains(hidden, act):
		return "NOT_FOUND"
	case act == anonymous:
		return "UNAUTHENTICATED"
	}
	return "FORBIDDEN"
}

// outcome classifies a response: a top-level error's code, the first userError's code,
// or OK.
func outcome(t *testing.T, r gqlResult, field string) (string, string) {
	t.Helper()
	if len(r.Errors) > 0 {
		return r.code(), r.Errors[0].Message
	}
	if field == "" {
		return "OK", ""
	}
	var data map[string]struct{ UserErrors []userError }
	decode(t, r.Data, &data)
	if p, ok := data[field]; ok && len(p.UserErrors) > 0 {
		b, _ := json.Marshal(p.UserErrors)
		return p.UserErrors[0].Code, string(b)
	}
	return "OK", ""
}

// TestMutationAccessMatrix runs every mutation of the schema as every kind of caller.
// A mutation without a case here fails the test.
func TestMutationAccessMatrix(t *testing.T) {
	w := newWorld(t)
	for _, f := range schema().Mutation.Fields {
		c, ok := mutationCases[f.Name]
		if !ok {
			t.Errorf("mutation %s has no case in the access matrix (mutationCases)", f.Name)
			continue
		}
		inputType := f.Arguments.ForName("input").Type.Name()
		query := fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { userErrors { field message code } } }`, inputType, f.Name)
		t.Run(f.Name, func(t *testing.T) {
			for _, act := range actors {
				input := c.inputFor(t, w, act)
				r := w.as(act).post(t, query, map[string]any{"input": input})
				got, detail := outcome(t, r, f.Name)
				want := expected(act, c.allowed, c.hidden)
				if got != want {
					t.Errorf("%s as %s: %s (%s), want %s", f.Name, act, got, detail, want)
					continue
				}
				if want != "NOT_FOUND" {
					continue
				}
				// a hidden entity answers exactly like one that does not exist
				id, _ := input["id"].(string)
				input["id"] = string(drehscheibe.NewID(drehscheibe.ID(id).Kind()))
				_, unknown := outcome(t, w.as(act).post(t, query, map[string]any{"input": input}), f.Name)
				if unknown != detail {
					t.Errorf("%s as %s: hidden entity answers %s, an unknown one %s", f.Name, act, detail, unknown)
				}
			}
		})
	}
}

// queryCase is a protected read: the query, its variables for the world, and who may.
type queryCase struct {
	query   string
	vars    func(t *testing.T, w *world) map[string]any
	allowed []actor
	hidden  []actor
}

var queryCases = map[string]queryCase{
	"Query.fundingReport": {
		query:   `query($k: ID!) { fundingReport(filter: {year: 2026, kindercampusId: $k}) { budgetCent } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"k": w.campus1} },
		allowed: []actor{campusOwn, servicestelle},
	},
	"Query.evaluation": {
		query:   `query($k: ID!) { evaluation(filter: {kindercampusId: $k, from: "2026-01", to: "2026-12"}) { total { agreements } } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"k": w.campus1} },
		allowed: []actor{campusOwn, servicestelle},
	},
	"Query.bedarfe": {
		query:   `query($i: ID!) { bedarfe(filter: {institutionId: $i}) { totalCount } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"i": w.inst1} },
		allowed: signedIn,
	},
	"Query.recommendModules": {
		query:   `query($i: ID!) { recommendModules(input: {institutionId: $i, first: 3}) { consideredCount } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"i": w.inst1} },
		allowed: []actor{institutionOwn, campusOwn, coordinatorOwn, coordinatorOther, servicestelle},
	},
	"Query.placementSuggestions": {
		query: `query($m: ID!) { placementSuggestions(modulId: $m, first: 3) { score } }`,
		vars: func(t *testing.T, w *world) map[string]any {
			m, _ := w.draft(t)
			return map[string]any{"m": m}
		},
		allowed: []actor{partnerOwn, coordinatorOwn, coordinatorOther, servicestelle},
		hidden:  []actor{partnerOther},
	},
	"Modul.placementSuggestions": {
		query: `query($m: ID!) { node(id: $m) { ... on Modul { placementSuggestions(first: 3) { score } } } }`,
		vars: func(t *testing.T, w *world) map[string]any {
			m, _ := w.published(t)
			return map[string]any{"m": m}
		},
		allowed: []actor{partnerOwn, coordinatorOwn, coordinatorOther, servicestelle},
	},
	"Query.coverage": {
		query:   `query($k: ID!) { coverage(filter: {kindercampusId: $k}) { theme } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"k": w.campus1} },
		allowed: []actor{campusOwn, coordinatorOwn, coordinatorOther, servicestelle},
	},
	"Query.network": {
		query:   `query($k: ID!) { network(filter: {kindercampusId: $k}) { catalogVersion } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"k": w.campus1} },
		allowed: []actor{campusOwn, coordinatorOwn, coordinatorOther, servicestelle},
	},
	"Query.anfragen": {
		query:   `query($i: ID!) { anfragen(filter: {institutionId: $i}) { totalCount } }`,
		vars:    func(t *testing.T, w *world) map[string]any { return map[string]any{"i": w.inst1} },
		allowed: withSignedIn,
	},
	"Query.apiKeys": {
		query:   `{ apiKeys { totalCount } }`,
		allowed: onlyServicestelle,
	},
	"Query.auditLog": {
		query:   `{ auditLog(first: 1) { totalCount } }`,
		allowed: onlyServicestelle,
	},
}

// TestQueryAccessMatrix runs every protected read of the schema as every kind of
// caller. A field with @auth and no case here fails the test.
func TestQueryAccessMatrix(t *testing.T) {
	w := newWorld(t)
	for _, field := range fieldsWith(schema(), "auth") {
		if strings.HasPrefix(field, "Mutation.") {
			continue
		}
		c, ok := queryCases[field]
		if !ok {
			t.Errorf("%s has @auth but no case in the access matrix (queryCases)", field)
			continue
		}
		t.Run(field, func(t *testing.T) {
			for _, act := range actors {
				var vars map[string]any
				if c.vars != nil {
					vars = c.vars(t, w)
				}
				got, detail := outcome(t, w.as(act).post(t, c.query, vars), "")
				if want := expected(act, c.allowed, c.hidden); got != want {
					t.Errorf("%s as %s: %s (%s), want %s", field, act, got, detail, want)
				}
				if got == "NOT_FOUND" {
					for k, v := range vars {
						vars[k] = string(drehscheibe.NewID(drehscheibe.ID(v.(string)).Kind()))
					}
					if _, unknown := outcome(t, w.as(act).post(t, c.query, vars), ""); unknown != detail {
						t.Errorf("%s as %s: hidden answers %q, unknown %q", field, act, detail, unknown)
					}
				}
			}
		})
	}
	// ownership beyond the role: a campus manager sees only its own campus's coverage
	r := w.as(campusOwn).post(t, `query($q: ID!) { coverage(filter: {quartierId: $q}) { theme } }`, map[string]any{"q": w.quartier})
	if r.code() != "FORBIDDEN" {
		t.Errorf("campus manager asking for a Quartier's coverage: %+v, want FORBIDDEN", r.Errors)
	}
}

// TestSensitiveFields: personal data is null for anonymous callers on every path, and
// a campus budget is only for its management and the Servicestelle. Every field with
// @personalData must be probed here.
func TestSensitiveFields(t *testing.T) {
	w := newWorld(t)
	contact := map[string]any{"name": "Erika Muster", "email": "erika.muster@example.org", "phone": "+49 231 123456"}
	w.created(t, "updatePartner", "UpdatePartnerInput", "partner", idVersion(w.partnerA, w.version(t, w.partnerA), "contact", contact))
	w.created(t, "updateInstitution", "UpdateInstitutionInput", "institution", idVersion(w.inst1, w.version(t, w.inst1), "contact", contact))
	w.created(t, "updateKindercampus", "UpdateKindercampusInput", "kindercampus", idVersion(w.campus1, w.version(t, w.campus1), "manager", contact))

	probes := map[string]string{
		"Partner.contact": "p", "Institution.contact": "i", "Kindercampus.manager": "k",
		"Contact.name": "name", "Contact.email": "email", "Contact.phone": "phone", "Contact.phoneE164": "phoneE164",
		// an Anfrage is seen only by its sides, all signed in (probed below)
		"Anfrage.contact": "a", "Actor.name": "a",
	}
	for _, field := range fieldsWith(schema(), "personalData") {
		if _, ok := probes[field]; !ok {
			t.Errorf("%s is personal data but not probed by this test", field)
		}
	}
	const q = `query($p: ID!, $i: ID!, $k: ID!) {
		p: node(id: $p) { ... on Partner { contact { name email phone phoneE164 } } }
		i: node(id: $i) { ... on Institution { contact { name email phone phoneE164 } } }
		k: node(id: $k) { ... on Kindercampus { manager { name email phone phoneE164 } budget { amountCent } budgetTotalCent(year: 2026) } }
		partners(first: 100) { nodes { contact { name email phone phoneE164 } } }
		institutionen(first: 100) { nodes { contact { name email phone phoneE164 } } }
		kindercampusStandorte { nodes { manager { name email phone phoneE164 } } }
	}`
	vars := map[string]any{"p": w.partnerA, "i": w.inst1, "k": w.campus1}
	type person struct{ Name, Email, Phone, PhoneE164 *string }
	for _, act := range actors {
		var d struct {
			P struct{ Contact *person }
			I struct{ Contact *person }
			K struct {
				Manager         *person
				Budget          []struct{ AmountCent int }
				BudgetTotalCent *int
			}
		}
		r := w.as(act).query(t, q, vars, &d)
		for name, c := range map[string]*person{"partner": d.P.Contact, "institution": d.I.Contact, "campus manager": d.K.Manager} {
			complete := c != nil && c.Name != nil && c.Email != nil && c.Phone != nil && c.PhoneE164 != nil && *c.PhoneE164 == "+49231123456"
			if act == anonymous && c != nil {
				t.Errorf("anonymous sees the %s contact %+v", name, c)
			}
			if act != anonymous && !complete {
				t.Errorf("%s does not see the %s contact: %+v", act, name, c)
			}
		}
		if act == anonymous && (strings.Contains(string(r.Data), "@") || strings.Contains(string(r.Data), "123456")) {
			t.Errorf("anonymous response carries an e-mail address or phone number: %s", r.Data)
		}
		seesBudget := act == campusOwn || act == servicestelle
		if got := d.K.BudgetTotalCent != nil && len(d.K.Budget) > 0; got != seesBudget {
			t.Errorf("%s sees campus 1's budget: %v (total %v), want %v", act, got, d.K.BudgetTotalCent, seesBudget)
		}
	}
}

// TestAnfrageSeenOnlyByItsSides: a request (with the institution's contact and the
// names of those who acted) is seen by its sides and the Servicestelle only; for
// everyone else, anonymous callers included, it does not exist.
func TestAnfrageSeenOnlyByItsSides(t *testing.T) {
	w := newWorld(t)
	id, _, _ := w.anfrage(t, "ACCEPTED")
	const q = `query($id: ID!) { node(id: $id) { ... on Anfrage { contact { email } requestedBy { name } history { by { name } } } } }`
	for _, act := range actors {
		var d struct {
			Node *struct {
				Contact     *struct{ Email string }
				RequestedBy struct{ Name *string }
			}
		}
		r := w.as(act).query(t, q, map[string]any{"id": id}, &d)
		sees := slices.Contains(forAnfrageParties, act)
		switch {
		case sees && (d.Node == nil || d.Node.Contact == nil || d.Node.RequestedBy.Name == nil):
			t.Errorf("%s does not see the request's contact and actors: %s", act, r.Data)
		case !sees && d.Node != nil:
			t.Errorf("%s sees the request: %s", act, r.Data)
		case !sees && (strings.Contains(string(r.Data), "@") || strings.Contains(string(r.Data), "12345")):
			t.Errorf("%s's response carries contact data: %s", act, r.Data)
		}
	}
}

// TestNodePaths: node and nodes resolve what an actor may see and null for the rest,
// exactly as for an unknown ID.
func TestNodePaths(t *testing.T) {
	w := newWorld(t)
	draft, _ := w.draft(t)
	review, _ := w.inReview(t)
	archived, _ := w.archived(t)
	published, _ := w.published(t)
	bedarf, _ := w.bedarf(t)
	key := w.keyIDs[partnerOwn]
	cases := []struct {
		name string
		id   string
		sees []actor
	}{
		{"draft", draft, []actor{partnerOwn, coordinatorOwn, coordinatorOther, servicestelle}},
		{"in review", review, []actor{partnerOwn, coordinatorOwn, coordinatorOther, servicestelle}},
		{"archived", archived, signedIn},
		{"published", published, actors},
		{"need of institution 1", bedarf, []actor{partnerOwn, partnerOther, institutionOwn, campusOwn, coordinatorOwn, coordinatorOther, servicestelle}},
		{"api key", key, onlyServicestelle},
		{"unknown", string(drehscheibe.NewID(drehscheibe.KindModul)), nil},
	}
	for _, c := range cases {
		for _, act := range actors {
			var d struct {
				Node  *struct{ ID string }
				Nodes []*struct{ ID string }
			}
			w.as(act).query(t, `query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }`, map[string]any{"id": c.id}, &d)
			want := slices.Contains(c.sees, act)
			if (d.Node != nil) != want || len(d.Nodes) != 1 || (d.Nodes[0] != nil) != want {
				t.Errorf("%s as %s: node %v, nodes %v; want visible %v", c.name, act, d.Node, d.Nodes, want)
			}
		}
	}
}

// TestForeignDraftIsUnreachable: another partner reaches a draft by no path — node,
// connection, filter, text search, nested edge, matching — while its own partner does.
func TestForeignDraftIsUnreachable(t *testing.T) {
	w := newWorld(t)
	in := modulInput(w.partnerA)
	title := in["title"].(string)
	var p struct {
		CreateModul struct{ Modul struct{ ID string } }
	}
	w.as(partnerOwn).query(t, mutation("createModul", "CreateModulInput", "id", "modul"), map[string]any{"input": in}, &p)
	draft := p.CreateModul.Modul.ID
	const q = `query($id: ID!, $p: ID!, $text: String!) {
		node(id: $id) { id }
		byPartner: module(filter: {partnerId: $p, status: [DRAFT, IN_REVIEW, ARCHIVED]}) { totalCount nodes { id } }
		byText: module(filter: {text: $text, status: [DRAFT]}) { totalCount nodes { id } }
		partner: node(id: $p) { ... on Partner { module(filter: {status: [DRAFT]}) { totalCount nodes { id } } } }
	}`
	type conn struct {
		TotalCount int
		Nodes      []struct{ ID string }
	}
	for act, want := range map[actor]int{partnerOwn: 1, partnerOther: 0, anonymous: 0, institutionOwn: 0} {
		var d struct {
			Node      *struct{ ID string }
			ByPartner conn
			ByText    conn
			Partner   struct{ Module conn }
		}
		w.as(act).query(t, q, map[string]any{"id": draft, "p": w.partnerA, "text": title}, &d)
		found := map[string]int{"node": 0, "connection by partner": 0, "text search": d.ByText.TotalCount, "nested edge": 0}
		if d.Node != nil {
			found["node"] = 1
		}
		for name, c := range map[string]conn{"connection by partner": d.ByPartner, "nested edge": d.Partner.Module} {
			for _, n := range c.Nodes {
				if n.ID == draft {
					found[name] = 1
				}
			}
			if act != partnerOwn && act != servicestelle && c.TotalCount != 0 {
				t.Errorf("%s: %s counts %d drafts of another partner", act, name, c.TotalCount)
			}
		}
		for path, n := range found {
			if n != want {
				t.Errorf("%s reaches the draft through %s: %d, want %d", act, path, n, want)
			}
		}
	}
	// nor by booking it: not found, as an unknown Modul
	b, v := w.bedarf(t)
	cover := mutation("coverBedarf", "CoverBedarfInput", "id", "bedarf")
	_, hidden := outcome(t, w.as(institutionOwn).post(t, cover, map[string]any{"input": idVersion(b, v, "modulId", draft)}), "coverBedarf")
	_, unknown := outcome(t, w.as(institutionOwn).post(t, cover, map[string]any{"input": idVersion(b, v, "modulId", string(drehscheibe.NewID(drehscheibe.KindModul)))}), "coverBedarf")
	if hidden != unknown || !strings.Contains(hidden, "NOT_FOUND") {
		t.Errorf("booking another partner's draft: %s; an unknown Modul: %s", hidden, unknown)
	}
}

// TestViewerTellsWhoIsCalling.
func TestViewerTellsWhoIsCalling(t *testing.T) {
	w := newWorld(t)
	for _, act := range actors {
		var d struct {
			Viewer struct {
				Authenticated bool
				Role          *string
				Partner       *struct{ ID string }
				Institution   *struct{ ID string }
				Kindercampus  *struct{ ID string }
				Themes        []string
			}
		}
		w.as(act).query(t, `{ viewer { authenticated role partner { id } institution { id } kindercampus { id } themes } }`, nil, &d)
		v := d.Viewer
		if v.Authenticated != (act != anonymous) {
			t.Errorf("%s: authenticated %v", act, v.Authenticated)
		}
		scope := map[actor]string{partnerOwn: w.partnerA, institutionOwn: w.inst1, campusOwn: w.campus1}[act]
		got := ""
		for _, s := range []*struct{ ID string }{v.Partner, v.Institution, v.Kindercampus} {
			if s != nil {
				got = s.ID
			}
		}
		if scope != "" && got != scope {
			t.Errorf("%s: scope %q, want %q", act, got, scope)
		}
		if act == coordinatorOwn && !slices.Equal(v.Themes, []string{"SPORT_GESUNDHEIT", "BNE"}) {
			t.Errorf("coordinator themes %v", v.Themes)
		}
	}
}
