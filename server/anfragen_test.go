package main

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

const anfrageFields = `id version status nextActor dueAt overdue totalCostCent
	modul { id title remainingCapacity } institution { id } partner { id } bedarf { id status }
	vereinbarung { revision contentHash agreed confirmedBy htmlUrl pdfUrl }
	outcome { sessionsHeld participants institution { rating } partner { rating } }
	history { from to side }`

type anfrageView struct {
	ID, Status    string
	Version       int
	NextActor     *string
	DueAt         *time.Time
	Overdue       bool
	TotalCostCent int
	Modul         struct {
		ID, Title         string
		RemainingCapacity int
	}
	Bedarf       *struct{ ID, Status string }
	Vereinbarung *struct {
		Revision    int
		ContentHash string
		Agreed      bool
		ConfirmedBy []string
		HTMLURL     string `json:"htmlUrl"`
		PDFURL      string `json:"pdfUrl"`
	}
	Outcome *struct {
		SessionsHeld, Participants int
		Institution, Partner       *struct{ Rating int }
	}
	History []struct {
		From     *string
		To, Side string
	}
}

// step runs an Anfrage mutation as a, which must succeed, and returns the request and
// the catalogue version the response reports.
func step(t *testing.T, a *testApp, name, inputType string, input map[string]any) (anfrageView, float64) {
	t.Helper()
	var p struct{ Anfrage anfrageView }
	r := a.post(t, mutation(name, inputType, anfrageFields, "anfrage"), map[string]any{"input": input})
	var data map[string]struct {
		Anfrage    *anfrageView
		UserErrors []userError
	}
	decode(t, r.Data, &data)
	if len(r.Errors) > 0 || data[name].Anfrage == nil {
		t.Fatalf("%s: %+v %+v", name, r.Errors, data[name].UserErrors)
	}
	p.Anfrage = *data[name].Anfrage
	v, _ := r.Extensions["catalogVersion"].(float64)
	return p.Anfrage, v
}

// TestAnfrageJourney goes through the API from a recommendation to the outcome as the
// institution and the partner would: every transition advances the catalogue version,
// names who acts next, notifies the other side, and a restart keeps every state.
func TestAnfrageJourney(t *testing.T) {
	dir := t.TempDir()
	app := newTestApp(t, map[string]string{"DATA_DIR": dir})
	w := &world{a: app, tokens: map[actor]string{}, keyIDs: map[actor]string{}}
	var d struct {
		KindercampusStandorte struct {
			Nodes []struct{ Institutionen []struct{ ID string } }
		}
		Partners struct{ Nodes []struct{ ID string } }
	}
	app.query(t, `{ kindercampusStandorte { nodes { institutionen { id } } } partners(first: 1) { nodes { id } } }`, nil, &d)
	w.inst1, w.partnerA = d.KindercampusStandorte.Nodes[0].Institutionen[0].ID, d.Partners.Nodes[0].ID
	inst := app.as(app.key(t, drehscheibe.ApiKey{Name: "Schulbüro", Role: drehscheibe.RoleInstitution,
		Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}}))
	partner := app.as(app.key(t, drehscheibe.ApiKey{Name: "Verein", Role: drehscheibe.RolePartner,
		Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}}))

	// a need, and the recommendations for it
	m, _ := w.published(t)
	var b struct {
		CreateBedarf struct{ Bedarf struct{ ID string } }
	}
	inst.query(t, mutation("createBedarf", "CreateBedarfInput", "id", "bedarf"), map[string]any{"input": bedarfInput(w.inst1)}, &b)
	need := b.CreateBedarf.Bedarf.ID
	recommended := func() []string {
		var r struct {
			RecommendModules struct {
				Items    []struct{ Modul struct{ ID string } }
				Excluded []struct {
					Reason string
					Count  int
				}
			}
		}
		inst.query(t, `query($i: ID!, $b: ID!) { recommendModules(input: {institutionId: $i, bedarfIds: [$b], first: 50}) {
			items { modul { id } } excluded { reason count } } }`, map[string]any{"i": w.inst1, "b": need}, &r)
		var ids []string
		for _, it := range r.RecommendModules.Items {
			ids = append(ids, it.Modul.ID)
		}
		return ids
	}
	if !slices.Contains(recommended(), m) {
		t.Fatalf("the new Modul %s is not recommended for the need", m)
	}

	a, v0 := step(t, inst, "createAnfrage", "CreateAnfrageInput", anfrageInput(w.inst1, m, need))
	if a.Status != "REQUESTED" || deref(a.NextActor) != "PARTNER" || a.DueAt == nil || a.Overdue || a.Bedarf == nil || a.Bedarf.ID != need {
		t.Fatalf("created: %+v", a)
	}
	if slices.Contains(recommended(), m) {
		t.Error("a Modul requested for the need is still recommended for it")
	}
	unread := func(app *testApp) (int, []string) {
		var n struct {
			Viewer struct {
				UnreadNotificationCount int
				Notifications           struct {
					Nodes []struct{ Title, Text string }
				}
			}
		}
		app.query(t, `{ viewer { unreadNotificationCount notifications(unreadOnly: true) { nodes { title text } } } }`, nil, &n)
		var titles []string
		for _, x := range n.Viewer.Notifications.Nodes {
			titles = append(titles, x.Title+": "+x.Text)
		}
		return n.Viewer.UnreadNotificationCount, titles
	}
	if n, titles := unread(partner); n != 1 || !strings.Contains(titles[0], "Neue Anfrage") {
		t.Errorf("the partner's notifications: %d %q", n, titles)
	}
	if n, _ := unread(inst); n != 0 {
		t.Errorf("the institution is notified of its own request: %d", n)
	}

	a, v1 := step(t, partner, "acceptAnfrage", "AnfrageTransitionInput", idVersion(a.ID, a.Version))
	if a.Status != "ACCEPTED" || deref(a.NextActor) != "BOTH" || a.Vereinbarung == nil || a.Modul.RemainingCapacity != 2 ||
		a.Vereinbarung.HTMLURL != "/vereinbarungen/"+a.ID || a.Vereinbarung.PDFURL != "/vereinbarungen/"+a.ID+".pdf" {
		t.Fatalf("accepted: %+v", a)
	}
	hash := a.Vereinbarung.ContentHash
	a, v2 := step(t, inst, "confirmVereinbarung", "ConfirmVereinbarungInput", idVersion(a.ID, a.Version, "contentHash", hash))
	if deref(a.NextActor) != "PARTNER" || !slices.Equal(a.Vereinbarung.ConfirmedBy, []string{"INSTITUTION"}) {
		t.Errorf("after the institution's confirmation: next %v, confirmed by %v", a.NextActor, a.Vereinbarung.ConfirmedBy)
	}
	if n, titles := unread(partner); n != 2 || !strings.Contains(strings.Join(titles, "|"), "Vereinbarung bestätigt") {
		t.Errorf("the partner is not told of the confirmation: %d %q", n, titles)
	}
	a, v3 := step(t, partner, "confirmVereinbarung", "ConfirmVereinbarungInput", idVersion(a.ID, a.Version, "contentHash", hash))
	if a.Status != "AGREED" || !a.Vereinbarung.Agreed || a.Bedarf.Status != "COVERED" {
		t.Errorf("agreed: %+v", a)
	}
	a, v4 := step(t, inst, "completeAnfrage", "CompleteAnfrageInput", idVersion(a.ID, a.Version, "sessionsHeld", 18, "participants", 14, "rating", 5))
	a, v5 := step(t, partner, "completeAnfrage", "CompleteAnfrageInput", idVersion(a.ID, a.Version, "sessionsHeld", 18, "participants", 14, "rating", 4))
	if a.Status != "DONE" || a.NextActor != nil || a.Outcome.Institution.Rating != 5 || a.Outcome.Partner.Rating != 4 {
		t.Errorf("done: %+v", a)
	}
	versions := []float64{v0, v1, v2, v3, v4, v5}
	if !sort.Float64sAreSorted(versions) || slices.Compact(slices.Clone(versions))[0] != v0 || len(slices.Compact(slices.Clone(versions))) != len(versions) {
		t.Errorf("the catalogue version does not advance with every transition: %v", versions)
	}
	// mark read, then nothing is unread
	var mr struct{ MarkNotificationsRead struct{ UnreadCount int } }
	partner.query(t, `mutation { markNotificationsRead(input: {all: true}) { unreadCount userErrors { message } } }`, nil, &mr)
	if n, _ := unread(partner); n != 0 || mr.MarkNotificationsRead.UnreadCount != 0 {
		t.Errorf("after marking all read: %d unread (payload %d)", n, mr.MarkNotificationsRead.UnreadCount)
	}

	// the partner's inbox and the institution's list
	var inbox struct {
		Anfragen struct {
			TotalCount int
			Nodes      []struct{ ID string }
		}
	}
	partner.query(t, `query($p: ID!) { anfragen(filter: {partnerId: $p, status: [DONE]}) { totalCount nodes { id } } }`,
		map[string]any{"p": w.partnerA}, &inbox)
	if inbox.Anfragen.TotalCount != 1 || inbox.Anfragen.Nodes[0].ID != a.ID {
		t.Errorf("the partner's inbox: %+v", inbox)
	}

	// a restart keeps every state
	if err := app.stop(); err != nil {
		t.Fatal(err)
	}
	again := newTestApp(t, map[string]string{"DATA_DIR": dir})
	var after struct{ Node anfrageView }
	again.query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { `+anfrageFields+` } } }`, map[string]any{"id": a.ID}, &after)
	if after.Node.Status != "DONE" || after.Node.Version != a.Version || after.Node.Vereinbarung.ContentHash != hash ||
		len(after.Node.History) != len(a.History) || after.Node.Outcome.Partner.Rating != 4 {
		t.Errorf("after a restart: %+v, want %+v", after.Node, a)
	}
}

// TestDeclineOffersAlternatives: after a decline, the request shows the next best
// Module for the need, without the declined one.
func TestDeclineOffersAlternatives(t *testing.T) {
	w := newWorld(t)
	id, v, _ := w.anfrage(t, "REQUESTED")
	var before struct {
		Node struct{ Modul struct{ ID string } }
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { modul { id } } } }`, map[string]any{"id": id}, &before)
	declined, _ := step(t, w.as(partnerOwn), "declineAnfrage", "DeclineAnfrageInput", idVersion(id, v, "reasonCode", "SCHEDULE", "reason", "montags belegt"))
	if declined.Status != "DECLINED" || declined.NextActor != nil {
		t.Fatalf("declined: %+v", declined)
	}
	var d struct {
		Node struct {
			Reason       struct{ Code, Label string }
			Alternatives []struct {
				Modul   struct{ ID string }
				Reasons []string
			}
		}
	}
	w.as(institutionOwn).query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { reason { code label }
		alternatives(first: 5) { modul { id } reasons } } } }`, map[string]any{"id": id}, &d)
	if len(d.Node.Alternatives) == 0 {
		t.Fatal("no alternatives after a decline")
	}
	for _, alt := range d.Node.Alternatives {
		if alt.Modul.ID == before.Node.Modul.ID {
			t.Error("the declined Modul is offered as an alternative")
		}
		if len(alt.Reasons) == 0 {
			t.Errorf("an alternative without reasons: %+v", alt)
		}
	}
	if d.Node.Reason.Code != "SCHEDULE" || d.Node.Reason.Label == "" {
		t.Errorf("reason: %+v", d.Node.Reason)
	}
	// the partner sees the request but is no one to ask for recommendations
	var p struct{ Node struct{ Alternatives []any } }
	w.as(partnerOwn).query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { alternatives { score } } } }`, map[string]any{"id": id}, &p)
	if len(p.Node.Alternatives) != 0 {
		t.Errorf("the partner gets recommendations for the institution: %v", p.Node.Alternatives)
	}
}

// TestCapacityRaceOverHTTP: 50 acceptances at once through the API on a Modul with
// room for 3: exactly 3 succeed, the others get CONFLICT "ausgebucht", and the Modul
// shows 3 booked.
func TestCapacityRaceOverHTTP(t *testing.T) {
	w := newWorld(t)
	in := modulInput(w.partnerA)
	in["capacity"] = 3
	m, v := w.created(t, "createModul", "CreateModulInput", "modul", in)
	m, v = w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", idVersion(m, v))
	m, _ = w.created(t, "publishModul", "ModulTransitionInput", "modul", idVersion(m, v))
	const n = 50
	type req struct {
		id string
		v  int
	}
	reqs := make([]req, n)
	for i := range reqs {
		b, _ := w.bedarf(t)
		id, v := w.created(t, "createAnfrage", "CreateAnfrageInput", "anfrage", anfrageInput(w.inst1, m, b))
		reqs[i] = req{id, v}
	}
	partner := w.as(partnerOwn)
	accept := mutation("acceptAnfrage", "AnfrageTransitionInput", "status", "anfrage")
	codes := make([]string, n)
	messages := make([]string, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			codes[i], messages[i] = outcome(t, partner.post(t, accept, map[string]any{"input": idVersion(r.id, r.v)}), "acceptAnfrage")
		}()
	}
	began := time.Now()
	close(start)
	wg.Wait()
	t.Logf("50 concurrent acceptAnfrage requests over HTTP took %v", time.Since(began))
	ok, full := 0, 0
	for i, c := range codes {
		switch {
		case c == "OK":
			ok++
		case c == "CONFLICT" && strings.Contains(messages[i], "ausgebucht"):
			full++
		default:
			t.Errorf("acceptance %d: %s %s", i, c, messages[i])
		}
	}
	var d struct {
		Node struct{ RemainingCapacity int }
	}
	w.admin().query(t, `query($id: ID!) { node(id: $id) { ... on Modul { remainingCapacity } } }`, map[string]any{"id": m}, &d)
	if ok != 3 || full != n-3 || d.Node.RemainingCapacity != 0 {
		t.Errorf("%d accepted, %d fully booked, %d left; want 3, %d, 0", ok, full, d.Node.RemainingCapacity, n-3)
	}
}
