package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/hsds/hsdstest"
)

// hsdsSchemas are the official HSDS 3.0 schemas (../shared beside the repository).
const hsdsSchemas = "../../shared/data/hsds"

// hsdsPage is the HSDS envelope of a list.
type hsdsPage struct {
	TotalItems int               `json:"total_items"`
	TotalPages int               `json:"total_pages"`
	PageNumber int               `json:"page_number"`
	Size       int               `json:"size"`
	FirstPage  bool              `json:"first_page"`
	LastPage   bool              `json:"last_page"`
	Empty      bool              `json:"empty"`
	Contents   []json.RawMessage `json:"contents"`
}

// getRaw sends GET path with the app's key (if any) and returns status, headers and
// body.
func (a *testApp) getRaw(t testing.TB, path string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, a.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// hsdsGet fetches path, which must answer 200 and validate against the response
// schema of spec (an openapi.json path).
func hsdsGet(t *testing.T, a *testApp, v *hsdstest.Validator, spec, path string) []byte {
	t.Helper()
	status, _, body := a.getRaw(t, path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, status, body)
	}
	if err := v.Validate(spec, body); err != nil {
		t.Fatalf("GET %s does not validate as HSDS %s: %v", path, spec, err)
	}
	return body
}

// hsdsAll pages through a list endpoint, checking every envelope, and returns the
// entries' IDs.
func hsdsAll(t *testing.T, a *testApp, v *hsdstest.Validator, spec, path string, perPage int) []string {
	t.Helper()
	var ids []string
	for page := 1; ; page++ {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		var p hsdsPage
		body := hsdsGet(t, a, v, spec, path+sep+"per_page="+strconv.Itoa(perPage)+"&page="+strconv.Itoa(page))
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatal(err)
		}
		wantPages := (p.TotalItems + perPage - 1) / perPage
		if p.PageNumber != page || p.TotalPages != wantPages || p.Size != len(p.Contents) || p.FirstPage != (page == 1) ||
			p.LastPage != (page >= wantPages) || p.Empty != (p.TotalItems == 0) {
			t.Fatalf("GET %s page %d: envelope %+v", path, page, p)
		}
		for _, c := range p.Contents {
			var e struct{ ID string }
			_ = json.Unmarshal(c, &e)
			ids = append(ids, e.ID)
		}
		if p.LastPage {
			if len(ids) != p.TotalItems {
				t.Fatalf("GET %s: %d entries on the pages, total_items %d", path, len(ids), p.TotalItems)
			}
			return ids
		}
	}
}

// TestHSDS: every HSDS endpoint of the real service, over the demo data and a write,
// answers what the official HSDS 3.0 schemas describe; it shows the published
// catalogue without personal data, to callers with and without a key alike.
func TestHSDS(t *testing.T) {
	a := newTestApp(t, nil)
	anon := a.anonymous()
	v, err := hsdstest.New(hsdsSchemas)
	if err != nil {
		t.Fatal(err)
	}
	var counts struct {
		Module   struct{ TotalCount int }
		Partners struct {
			TotalCount int
			Nodes      []struct {
				Contact struct{ Email, Phone *string }
			}
		}
	}
	a.query(t, `{ module { totalCount } partners(first: 100) { totalCount nodes { contact { email phone } } } }`, nil, &counts)

	services := hsdsAll(t, anon, v, "/services", "/hsds/services", 7)
	if len(services) != counts.Module.TotalCount || len(services) < 20 {
		t.Fatalf("%d services, want the %d published Module", len(services), counts.Module.TotalCount)
	}
	if withKey := hsdsAll(t, a, v, "/services", "/hsds/services", 100); strings.Join(withKey, ",") != strings.Join(services, ",") {
		t.Errorf("a Servicestelle key sees other services than an anonymous caller")
	}
	var bodies bytes.Buffer
	for _, id := range services {
		bodies.Write(hsdsGet(t, anon, v, "/services/{id}", "/hsds/services/"+id))
	}
	orgs := hsdsAll(t, anon, v, "/organizations", "/hsds/organizations", 3)
	if len(orgs) != counts.Partners.TotalCount {
		t.Fatalf("%d organizations, want the %d partners", len(orgs), counts.Partners.TotalCount)
	}
	for _, id := range orgs {
		bodies.Write(hsdsGet(t, anon, v, "/organizations/{id}", "/hsds/organizations/"+id))
	}
	for _, id := range hsdsAll(t, anon, v, "/taxonomies", "/hsds/taxonomies", 10) {
		hsdsGet(t, anon, v, "/taxonomies/{id}", "/hsds/taxonomies/"+id)
	}
	terms := hsdsAll(t, anon, v, "/taxonomy_terms", "/hsds/taxonomy_terms", 4)
	if len(terms) != 6 {
		t.Errorf("%d taxonomy terms, want the six Themenfelder", len(terms))
	}
	byTheme := 0
	for _, id := range terms {
		hsdsGet(t, anon, v, "/taxonomy_terms/{id}", "/hsds/taxonomy_terms/"+id)
		byTheme += len(hsdsAll(t, anon, v, "/services", "/hsds/services?taxonomy_term_id="+id, 100))
	}
	if byTheme < len(services) {
		t.Errorf("the Themenfelder hold %d services, fewer than the %d services", byTheme, len(services))
	}
	hsdsGet(t, anon, v, "/", "/hsds/")
	for _, c := range counts.Partners.Nodes {
		for _, personal := range []*string{c.Contact.Email, c.Contact.Phone} {
			if personal != nil && *personal != "" && strings.Contains(bodies.String(), *personal) {
				t.Errorf("HSDS shows the contact data %q", *personal)
			}
		}
	}

	// a new partner with a published Modul and a draft: modified_after finds the one
	before := time.Now().UTC().Add(-time.Millisecond).Format(time.RFC3339Nano)
	var p struct{ Partner struct{ ID string } }
	if ue := a.mutate(t, "createPartner", mutation("createPartner", "CreatePartnerInput", "id", "partner"), map[string]any{
		"name": unique("Schachclub Hörde"), "kind": "VEREIN", "themes": []string{"MINT_DIGITALES"},
		"serviceArea": map[string]any{"citywide": true}, "address": map[string]any{"street": "Hörder Rathausstraße", "houseNumber": "1", "postalCode": "44263", "city": "Dortmund"},
		"location": map[string]any{"lat": 51.48, "lon": 7.5}, "contact": map[string]any{"email": "schach@hoerde.example"}}, &p); len(ue) > 0 {
		t.Fatalf("createPartner: %+v", ue)
	}
	var m, draft modulResult
	in := modulInput(p.Partner.ID)
	in["deliveryModes"] = []string{"AT_PARTNER", "ONLINE"}
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id version", "modul"), in, &m)
	a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id", "modul"), modulInput(p.Partner.ID), &draft)
	for i, op := range []string{"submitModulForReview", "publishModul"} {
		if ue := a.mutate(t, op, mutation(op, "ModulTransitionInput", "status", "modul"),
			map[string]any{"id": m.Modul.ID, "version": 1 + i}, nil); len(ue) > 0 {
			t.Fatalf("%s: %+v", op, ue)
		}
	}
	changed := hsdsAll(t, anon, v, "/services", "/hsds/services?modified_after="+strings.ReplaceAll(before, "+", "%2B"), 10)
	if len(changed) != 1 {
		t.Fatalf("modified_after: %d services, want the one published since", len(changed))
	}
	full := hsdsGet(t, anon, v, "/services/{id}", "/hsds/services/"+changed[0])
	if !strings.Contains(string(full), `"location_type":"physical"`) || !strings.Contains(string(full), `"location_type":"virtual"`) ||
		strings.Contains(string(full), "schach@") {
		t.Errorf("the new service: %s", full)
	}
	if all := hsdsAll(t, anon, v, "/services", "/hsds/services", 100); len(all) != len(services)+1 || all[len(all)-1] != changed[0] {
		t.Errorf("after the write: %d services, the newest last", len(all))
	}
}

// TestHSDSRefusals: bad input through the real handler gets the service's refusal:
// status, code, German message, request ID and catalogue version.
func TestHSDSRefusals(t *testing.T) {
	a := shared(t).anonymous()
	for path, want := range map[string]struct {
		status int
		code   string
	}{
		"/hsds/services?page=0":                               {400, "BAD_USER_INPUT"},
		"/hsds/services?per_page=1000":                        {400, "BAD_USER_INPUT"},
		"/hsds/services/not-a-uuid":                           {400, "BAD_USER_INPUT"},
		"/hsds/services/6f1d3c6e-2a57-8f0b-9a55-0c8e4b9f7d21": {404, "NOT_FOUND"},
		"/hsds/nothing":                                       {404, "NOT_FOUND"},
		"/export/nothing.csv":                                 {404, "NOT_FOUND"},
	} {
		r := a.send(t, http.MethodGet, path, "", nil)
		if r.Status != want.status || r.code() != want.code || r.Errors[0].Extensions["requestId"] == nil || r.Extensions["catalogVersion"] == nil {
			t.Errorf("GET %s: %d %+v %v, want %d %s", path, r.Status, r.Errors, r.Extensions, want.status, want.code)
		}
	}
	for _, path := range []string{"/hsds/services", "/export/module.csv"} {
		if r := a.send(t, http.MethodPost, path, "application/json", []byte("{}")); r.Status != http.StatusMethodNotAllowed || r.code() != "METHOD_NOT_ALLOWED" {
			t.Errorf("POST %s: %d %+v", path, r.Status, r.Errors)
		}
	}
}

// TestCSVExport: the published catalogue as CSV files Excel opens right, at stable
// addresses, without personal data.
func TestCSVExport(t *testing.T) {
	a := shared(t)
	var counts struct {
		Module   struct{ TotalCount int }
		Partners struct {
			TotalCount int
			Nodes      []struct{ Contact struct{ Email *string } }
		}
	}
	a.query(t, `{ module { totalCount } partners(first: 100) { totalCount nodes { contact { email } } } }`, nil, &counts)
	for path, want := range map[string]int{"/export/module.csv": counts.Module.TotalCount, "/export/partner.csv": counts.Partners.TotalCount} {
		status, header, body := a.anonymous().getRaw(t, path)
		if status != http.StatusOK || header.Get("Content-Type") != "text/csv; charset=utf-8" {
			t.Fatalf("GET %s: %d %v", path, status, header)
		}
		rest, ok := bytes.CutPrefix(body, []byte("\xef\xbb\xbf"))
		if !ok {
			t.Errorf("GET %s: no byte order mark", path)
		}
		r := csv.NewReader(bytes.NewReader(rest))
		r.Comma = ';'
		rows, err := r.ReadAll()
		if err != nil || len(rows)-1 != want {
			t.Errorf("GET %s: %d rows (%v), want a header and %d", path, len(rows), err, want)
		}
		for _, n := range counts.Partners.Nodes {
			if e := n.Contact.Email; e != nil && *e != "" && bytes.Contains(body, []byte(*e)) {
				t.Errorf("GET %s holds the e-mail address %s", path, *e)
			}
		}
		if !strings.Contains(string(body), "ü") {
			t.Errorf("GET %s: no umlaut in the whole catalogue?", path)
		}
	}
}
