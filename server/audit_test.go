package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// auditedField is the field each mutation's audit entry is checked on: its value
// before and after must be what the API showed before and after.
var auditedField = map[string]string{
	"createQuartier": "name", "updateQuartier": "name", "createInstitution": "name", "updateInstitution": "children",
	"createPartner": "name", "updatePartner": "description", "createModul": "title", "updateModul": "title",
	"submitModulForReview": "status", "publishModul": "status", "rejectModul": "status", "archiveModul": "status",
	"createBedarf": "title", "updateBedarf": "title", "coverBedarf": "status", "closeBedarf": "status",
	"createKindercampus": "name", "updateKindercampus": "description", "createApiKey": "name", "revokeApiKey": "revokedAt",
	"createAnfrage": "status", "acceptAnfrage": "status", "declineAnfrage": "status", "withdrawAnfrage": "status",
	"confirmVereinbarung": "nextActor", "reviseVereinbarung": "sessions", "completeAnfrage": "status", "cancelAnfrage": "status",
	"rerouteAnfrage": "status", "createFoerderprogramm": "name", "updateFoerderprogramm": "description",
	"saveFoerderantrag": "antrag", "decideFoerderantrag": "antrag",
}

// unshown are audited fields the API shows only worked up (the application's answers
// and decisions appear in Anfrage.foerderantrag with what the service knows): their
// change must be in the entry, but its values are not compared with a field.
var unshown = map[string]bool{"antrag": true}

// notAudited are the mutations that change no entity, and why.
var notAudited = map[string]string{
	"markNotificationsRead": "read marks are a reader's own view of its notifications, not a change of the catalogue",
}

// payloadEntity returns the payload field of a mutation that holds the changed entity
// and its type.
func payloadEntity(s *ast.Schema, f *ast.FieldDefinition) (string, string) {
	for _, pf := range s.Types[f.Type.Name()].Fields {
		if t := s.Types[pf.Type.Name()]; t.Kind == ast.Object && len(t.Interfaces) > 0 && t.Interfaces[0] == "Node" {
			return pf.Name, t.Name
		}
	}
	return "", ""
}

type auditEntry struct {
	Operation string
	KeyID     *string
	Role      string
	RequestID *string
	Changes   []struct {
		Field         string
		Before, After json.RawMessage
	}
}

// TestEveryMutationIsAudited runs each mutation of the schema and finds its entry in
// the audit trail: who, which request, and the audited field's value before and after
// as the API showed it.
func TestEveryMutationIsAudited(t *testing.T) {
	w := newWorld(t)
	s := schema()
	for _, f := range s.Mutation.Fields {
		if notAudited[f.Name] != "" {
			continue
		}
		field, ok := auditedField[f.Name]
		c, hasCase := mutationCases[f.Name]
		if !ok || !hasCase {
			t.Errorf("mutation %s: no audited field or no input (auditedField, mutationCases)", f.Name)
			continue
		}
		entity, typ := payloadEntity(s, f)
		t.Run(f.Name, func(t *testing.T) {
			input := c.inputFor(t, w, servicestelle)
			read := func(id string) json.RawMessage {
				if unshown[field] {
					return nil
				}
				var d struct{ Node map[string]json.RawMessage }
				w.admin().query(t, fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { %s } } }`, typ, field), map[string]any{"id": id}, &d)
				return d.Node[field]
			}
			id, _ := input["id"].(string)
			before := json.RawMessage("null")
			if id != "" {
				before = read(id)
			}
			query := fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { %s { id } userErrors { message } } }`,
				f.Arguments.ForName("input").Type.Name(), f.Name, entity)
			r := w.admin().post(t, query, map[string]any{"input": input})
			var data map[string]map[string]json.RawMessage
			decode(t, r.Data, &data)
			if len(r.Errors) > 0 || string(data[f.Name]["userErrors"]) != "[]" {
				t.Fatalf("%s: %+v %s", f.Name, r.Errors, r.Data)
			}
			var e struct{ ID string }
			decode(t, data[f.Name][entity], &e)
			after := read(e.ID)
			if e.ID != id {
				before = json.RawMessage("null") // a new entity (rerouteAnfrage answers with the new request)
			}

			var log struct{ AuditLog struct{ Nodes []auditEntry } }
			w.admin().query(t, `query($id: ID!) { auditLog(filter: {entityId: $id}, first: 5) { nodes {
				operation keyId role requestId changes { field before after } } } }`, map[string]any{"id": e.ID}, &log)
			var entry *auditEntry
			for i, n := range log.AuditLog.Nodes {
				if n.Operation == f.Name {
					entry = &log.AuditLog.Nodes[i]
					break
				}
			}
			if entry == nil {
				t.Fatalf("no audit entry for %s of %s: %+v", f.Name, e.ID, log.AuditLog.Nodes)
			}
			if entry.KeyID == nil || *entry.KeyID != w.keyIDs[servicestelle] || entry.Role != "SERVICESTELLE" {
				t.Errorf("who: key %v role %s, want %s SERVICESTELLE", entry.KeyID, entry.Role, w.keyIDs[servicestelle])
			}
			if rid := r.Header.Get("X-Request-ID"); entry.RequestID == nil || *entry.RequestID != rid {
				t.Errorf("request ID %v, want %q", entry.RequestID, rid)
			}
			found := false
			for _, ch := range entry.Changes {
				if ch.Field == "hash" || bytes.Contains(ch.After, []byte("dsk.")) {
					t.Errorf("the trail holds a key's secret or hash: %+v", ch)
				}
				if ch.Field != field {
					continue
				}
				found = true
				if unshown[field] {
					if jsonEqual(ch.Before, ch.After) {
						t.Errorf("%s: the entry shows no change: %s", field, ch.After)
					}
					continue
				}
				if !jsonEqual(ch.Before, before) || !jsonEqual(ch.After, after) {
					t.Errorf("%s: %s → %s, want %s → %s", field, ch.Before, ch.After, before, after)
				}
			}
			if !found {
				t.Errorf("entry has no change of %s: %+v", field, entry.Changes)
			}
		})
	}
}

func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && fmt.Sprint(x) == fmt.Sprint(y)
}

// TestAuditTrailFiltersAndRefusedChanges: a refused change leaves no entry; the trail
// filters by actor and pages.
func TestAuditTrailFiltersAndRefusedChanges(t *testing.T) {
	w := newWorld(t)
	id, _ := w.draft(t)
	count := func(filter map[string]any) int {
		var d struct{ AuditLog struct{ TotalCount int } }
		w.admin().query(t, `query($f: AuditLogFilter) { auditLog(filter: $f) { totalCount } }`, map[string]any{"f": filter}, &d)
		return d.AuditLog.TotalCount
	}
	n := count(map[string]any{"entityId": id})
	update := mutation("updateModul", "UpdateModulInput", "id", "modul")
	for _, act := range []actor{partnerOwn, partnerOther, anonymous} {
		// a stale version, a stranger, nobody: nothing changes, nothing is recorded
		w.as(act).post(t, update, map[string]any{"input": idVersion(id, 7, "title", "x")})
	}
	if got := count(map[string]any{"entityId": id}); got != n {
		t.Errorf("refused changes were audited: %d entries, want %d", got, n)
	}
	w.as(partnerOwn).mutate(t, "updateModul", update, idVersion(id, 1, "title", unique("Neu")), nil)
	if got := count(map[string]any{"entityId": id, "keyId": w.keyIDs[partnerOwn]}); got != 1 {
		t.Errorf("the partner's change by key: %d entries, want 1", got)
	}
	// pages of two, newest first, without gaps or repeats
	seen := map[string]bool{}
	var after *string
	for page := 0; page < 4; page++ {
		var d struct {
			AuditLog struct {
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
		w.admin().query(t, `query($a: String, $f: AuditLogFilter) { auditLog(first: 2, after: $a, filter: $f) {
			edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"a": after, "f": map[string]any{"entityId": id}}, &d)
		for _, e := range d.AuditLog.Edges {
			if seen[e.Node.ID] {
				t.Errorf("entry %s on two pages", e.Node.ID)
			}
			seen[e.Node.ID] = true
		}
		if !d.AuditLog.PageInfo.HasNextPage {
			break
		}
		after = d.AuditLog.PageInfo.EndCursor
	}
	if len(seen) != n+1 {
		t.Errorf("paged %d entries, want %d", len(seen), n+1)
	}
	for name, args := range map[string]string{
		"bad cursor":     `{ auditLog(after: "nonsense") { totalCount } }`,
		"foreign cursor": `{ auditLog(after: "YzJ8bW9kLjAuZmFsc2V8fG1vZF94") { totalCount } }`,
		"first too big":  `{ auditLog(first: 1000) { totalCount } }`,
		"bad range":      `{ auditLog(filter: {from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z"}) { totalCount } }`,
		"bad id":         `{ auditLog(filter: {entityId: "$where"}) { totalCount } }`,
	} {
		if r := w.admin().post(t, args, nil); r.code() != "BAD_USER_INPUT" {
			t.Errorf("%s: %+v, want BAD_USER_INPUT", name, r.Errors)
		}
	}
}
