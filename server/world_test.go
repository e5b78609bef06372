package main

import (
	"encoding/json"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// actor is a kind of caller in the access tests. "own" actors act for what the tests
// work on (partner A's Module, institution 1 on campus 1, the SPORT_GESUNDHEIT theme);
// "other" actors have the same role for something else.
type actor string

const (
	anonymous        actor = "anonymous"
	partnerOwn       actor = "PARTNER (own)"
	partnerOther     actor = "PARTNER (other)"
	institutionOwn   actor = "INSTITUTION (own)"
	institutionOther actor = "INSTITUTION (other)"
	campusOwn        actor = "CAMPUS_MANAGER (own)"
	campusOther      actor = "CAMPUS_MANAGER (other)"
	coordinatorOwn   actor = "COORDINATOR (theme)"
	coordinatorOther actor = "COORDINATOR (other theme)"
	servicestelle    actor = "SERVICESTELLE"
)

var actors = []actor{anonymous, partnerOwn, partnerOther, institutionOwn, institutionOther, campusOwn, campusOther,
	coordinatorOwn, coordinatorOther, servicestelle}

// signedIn are all actors with a key.
var signedIn = actors[1:]

// world is a fresh app with the demo data, the IDs the access tests work on and a key
// for every actor.
type world struct {
	a                  *testApp
	quartier           string
	partnerA, partnerB string
	inst1, inst2       string // on campus 1 and 2
	campus1, campus2   string
	tokens             map[actor]string
	keyIDs             map[actor]string
}

func newWorld(t *testing.T) *world {
	t.Helper()
	a := newTestApp(t, nil)
	w := benchWorld(t, a)
	keys := map[actor]drehscheibe.ApiKey{
		partnerOwn:       {Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}},
		partnerOther:     {Role: drehscheibe.RolePartner, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerB)}},
		institutionOwn:   {Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}},
		institutionOther: {Role: drehscheibe.RoleInstitution, Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst2)}},
		campusOwn:        {Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus1)}},
		campusOther:      {Role: drehscheibe.RoleCampusManager, Scope: drehscheibe.Scope{KindercampusID: drehscheibe.ID(w.campus2)}},
		coordinatorOwn:   {Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeSportGesundheit, drehscheibe.ThemeBNE}}},
		coordinatorOther: {Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeMintDigitales}}},
	}
	for act, k := range keys {
		k.Name = string(act)
		w.tokens[act] = a.key(t, k)
	}
	w.tokens[servicestelle] = a.token
	for _, act := range signedIn {
		var v struct{ Viewer struct{ KeyID string } }
		w.as(act).query(t, `{ viewer { keyId } }`, nil, &v)
		w.keyIDs[act] = v.Viewer.KeyID
	}
	return w
}

// benchWorld is the world of app a without keys for the actors: the IDs of the
// demo data (or of generated data) the tests act on.
func benchWorld(t testing.TB, a *testApp) *world {
	t.Helper()
	w := &world{a: a, tokens: map[actor]string{}, keyIDs: map[actor]string{}}
	var d struct {
		KindercampusStandorte struct {
			Nodes []struct {
				ID            string
				Quartier      struct{ ID string }
				Institutionen []struct{ ID string }
			}
		}
		Partners struct{ Nodes []struct{ ID string } }
	}
	a.query(t, `{ kindercampusStandorte { nodes { id quartier { id } institutionen { id } } } partners(first: 2) { nodes { id } } }`, nil, &d)
	c := d.KindercampusStandorte.Nodes
	if len(c) < 2 || len(d.Partners.Nodes) < 2 {
		t.Fatalf("the data lacks two campus sites or two partners: %+v", d)
	}
	w.campus1, w.campus2, w.quartier = c[0].ID, c[1].ID, c[0].Quartier.ID
	w.inst1, w.inst2 = c[0].Institutionen[0].ID, c[1].Institutionen[0].ID
	w.partnerA, w.partnerB = d.Partners.Nodes[0].ID, d.Partners.Nodes[1].ID
	return w
}

// as returns the app as act sees it.
func (w *world) as(act actor) *testApp { return w.a.as(w.tokens[act]) }

// admin is the Servicestelle, which prepares what the tests act on.
func (w *world) admin() *testApp { return w.a }

// created runs a mutation as the Servicestelle that must succeed and returns the
// payload's entity ID and version.
func (w *world) created(t testing.TB, name, inputType, entity string, input map[string]any) (string, int) {
	t.Helper()
	var p map[string]json.RawMessage
	if ue := w.admin().mutate(t, name, mutation(name, inputType, "id version", entity), input, &p); len(ue) > 0 {
		t.Fatalf("%s: %+v", name, ue)
	}
	var e struct {
		ID      string
		Version int
	}
	decode(t, p[entity], &e)
	return e.ID, e.Version
}

// version reads the current version of an entity.
func (w *world) version(t testing.TB, id string) int {
	t.Helper()
	var d struct{ Node struct{ Version int } }
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Quartier { version } ... on Institution { version }
		... on Partner { version } ... on Modul { version } ... on Bedarf { version } ... on Kindercampus { version }
		... on Anfrage { version } ... on Foerderprogramm { version } } }`,
		map[string]any{"id": id}, &d)
	return d.Node.Version
}

// The Modul states the tests need, all of partner A in SPORT_GESUNDHEIT.

func (w *world) draft(t testing.TB) (string, int) {
	t.Helper()
	return w.created(t, "createModul", "CreateModulInput", "modul", modulInput(w.partnerA))
}

func (w *world) inReview(t testing.TB) (string, int) {
	t.Helper()
	id, v := w.draft(t)
	return w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
}

func (w *world) published(t testing.TB) (string, int) {
	t.Helper()
	id, v := w.inReview(t)
	return w.created(t, "publishModul", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
}

func (w *world) archived(t testing.TB) (string, int) {
	t.Helper()
	id, v := w.published(t)
	return w.created(t, "archiveModul", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
}

// bedarf records an open need of institution 1.
func (w *world) bedarf(t testing.TB) (string, int) {
	t.Helper()
	return w.created(t, "createBedarf", "CreateBedarfInput", "bedarf", bedarfInput(w.inst1))
}

// anfrageInput is a request of institution for modul (and need, if not "").
func anfrageInput(institution, modul, bedarf string) map[string]any {
	in := map[string]any{"institutionId": institution, "modulId": modul,
		"period": map[string]any{"from": "2026-09-01", "to": "2027-01-31"}, "message": unique("Anfrage"),
		"contact": map[string]any{"name": "Ayşe Yılmaz", "email": "ogs@schule.example", "phone": "(0231) 50-12345"}}
	if bedarf != "" {
		in["bedarfId"] = bedarf
	}
	return in
}

// anfrage makes a request of institution 1 for a new published Modul of partner A, as
// the Servicestelle, and takes it to status (REQUESTED, ACCEPTED or AGREED). It returns
// the request's ID and version and the agreement's hash ("" before acceptance).
func (w *world) anfrage(t testing.TB, status string) (string, int, string) {
	t.Helper()
	m, _ := w.published(t)
	b, _ := w.bedarf(t)
	return w.anfrageFor(t, anfrageInput(w.inst1, m, b), status)
}

// anfrageFor makes the request input describes, as the Servicestelle, and takes it to
// status like anfrage.
func (w *world) anfrageFor(t testing.TB, input map[string]any, status string) (string, int, string) {
	t.Helper()
	id, v := w.created(t, "createAnfrage", "CreateAnfrageInput", "anfrage", input)
	if status == "REQUESTED" {
		return id, v, ""
	}
	id, v, hash := w.accept(t, id, v)
	if status == "ACCEPTED" {
		return id, v, hash
	}
	id, v = w.confirmBoth(t, id, v, hash)
	return id, v, hash
}

// accept accepts request id as the Servicestelle and returns its new version and the
// agreement's hash.
func (w *world) accept(t testing.TB, id string, v int) (string, int, string) {
	t.Helper()
	id, v = w.created(t, "acceptAnfrage", "AnfrageTransitionInput", "anfrage", map[string]any{"id": id, "version": v})
	var d struct {
		Node struct{ Vereinbarung struct{ ContentHash string } }
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { vereinbarung { contentHash } } } }`, map[string]any{"id": id}, &d)
	return id, v, d.Node.Vereinbarung.ContentHash
}

// confirmBoth confirms the agreement (hash) of request id for both sides as the
// Servicestelle: the request is AGREED.
func (w *world) confirmBoth(t testing.TB, id string, v int, hash string) (string, int) {
	t.Helper()
	for _, side := range []string{"INSTITUTION", "PARTNER"} {
		id, v = w.created(t, "confirmVereinbarung", "ConfirmVereinbarungInput", "anfrage",
			map[string]any{"id": id, "version": v, "contentHash": hash, "side": side})
	}
	return id, v
}

func bedarfInput(institution string) map[string]any {
	return map[string]any{"institutionId": institution, "title": unique("Bewegung im Ganztag"), "theme": "SPORT_GESUNDHEIT",
		"ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 10}
}

// decode unmarshals raw JSON or fails the test.
func decode(t testing.TB, raw json.RawMessage, out any) {
	t.Helper()
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
}
