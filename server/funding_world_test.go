package main

import (
	"testing"
)

// programmeInput is a new programme that pays half of any Modul.
func programmeInput() map[string]any {
	return map[string]any{"name": unique("Stiftungsfonds"), "provider": "STIFTUNG",
		"years":       []map[string]any{{"year": 2026, "budgetCent": 1_000_000}, {"year": 2027, "budgetCent": 1_000_000}},
		"eligibility": map[string]any{"maxSharePct": 50, "coFundingRequired": true}, "requiredFields": []string{"KONZEPT", "ZIELE"},
		"requiredDocuments": []string{"Kostenplan"}}
}

// paidModul publishes a Modul of partner A that costs 400 € per booking and is not
// marked fundable by its partner.
func (w *world) paidModul(t testing.TB) string {
	t.Helper()
	return w.paidModulCosting(t, 40_000)
}

// paidModulCosting publishes a Modul of partner A that costs cost (cents) per
// booking.
func (w *world) paidModulCosting(t testing.TB, cost int) string {
	t.Helper()
	in := modulInput(w.partnerA)
	in["costCent"], in["fundable"], in["capacity"] = cost, false, 20
	in["tags"] = []string{"Zahlfußball"}
	id, v := w.created(t, "createModul", "CreateModulInput", "modul", in)
	id, v = w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
	id, _ = w.created(t, "publishModul", "ModulTransitionInput", "modul", map[string]any{"id": id, "version": v})
	return id
}

// programmeNamed returns the ID of the programme whose name begins with prefix.
func (w *world) programmeNamed(t testing.TB, prefix string) string {
	t.Helper()
	var d struct {
		Foerderprogramme struct{ Nodes []struct{ ID, Name string } }
	}
	w.admin().query(t, `query($q: String) { foerderprogramme(filter: {text: $q}) { nodes { id name } } }`, map[string]any{"q": prefix}, &d)
	for _, n := range d.Foerderprogramme.Nodes {
		if len(n.Name) >= len(prefix) && n.Name[:len(prefix)] == prefix {
			return n.ID
		}
	}
	t.Fatalf("no programme %q: %+v", prefix, d)
	return ""
}

// ogs is the demo programme for cooperations in the Offene Ganztag (80 %, at most
// 2,500 € per request, for Grundschulen).
func (w *world) ogs(t testing.TB) string {
	return w.programmeNamed(t, "Kooperationsmittel Offener Ganztag")
}

// paidAnfrage is a new request of institution 1 for a paid Modul (REQUESTED).
func (w *world) paidAnfrage(t testing.TB) (string, int) {
	t.Helper()
	return w.created(t, "createAnfrage", "CreateAnfrageInput", "anfrage", anfrageInput(w.inst1, w.paidModul(t), ""))
}

// submittedAntrag is a paid request with its application to the OGS programme
// submitted; it returns the request, its version and the programme.
func (w *world) submittedAntrag(t testing.TB) (string, int, string) {
	t.Helper()
	id, v := w.paidAnfrage(t)
	ogs := w.ogs(t)
	answers := []map[string]any{}
	for _, f := range []string{"KONZEPT", "ZIELE", "KOOPERATION", "EIGENANTEIL"} {
		answers = append(answers, map[string]any{"field": f, "value": "Antwort zu " + f})
	}
	id, v = w.created(t, "saveFoerderantrag", "SaveFoerderantragInput", "anfrage",
		map[string]any{"id": id, "version": v, "answers": answers, "submit": []string{ogs}})
	return id, v, ogs
}
