package hsds

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/uuid"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/hsds/hsdstest"
)

// schemaDir holds the official HSDS 3.0 schemas (../shared beside the repository).
const schemaDir = "../../../shared/data/hsds"

var (
	validatorOnce sync.Once
	validator     *hsdstest.Validator
	validatorErr  error
)

func schemas(t testing.TB) *hsdstest.Validator {
	t.Helper()
	validatorOnce.Do(func() { validator, validatorErr = hsdstest.New(schemaDir) })
	if validatorErr != nil {
		t.Fatal(validatorErr)
	}
	return validator
}

// memSource is a database holding es, for a catalogue loaded from it.
type memSource struct{ es []drehscheibe.Entity }

func (s memSource) Seq(context.Context) (int64, error)               { return int64(len(s.es)), nil }
func (s memSource) ReserveSeq(context.Context, int64) (int64, error) { return 0, nil }
func (s memSource) Changed(context.Context, int64) ([]drehscheibe.Entity, error) {
	return s.es, nil
}

// snapshotOf loads a catalogue of es.
func snapshotOf(t testing.TB, es ...drehscheibe.Entity) *catalog.Snapshot {
	t.Helper()
	c := catalog.New(fixture.Source{Entities: es}, catalog.Options{})
	if err := c.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c.Current()
}

// world is two fixture sets and Module of every shape: online, at the partner, by
// arrangement, a language with a script, a draft and an archived one (hidden), and a
// partner without address or place.
func world() (fixture.Set, []drehscheibe.Entity) {
	a, b := fixture.New(""), fixture.New("2")
	a.Partner.Address = drehscheibe.Address{Street: "Clarenberg", HouseNumber: "12a", PostalCode: "44263", City: "Dortmund"}
	b.Partner.Location, b.Partner.ServiceArea = nil, drehscheibe.ServiceArea{Citywide: true}
	b.Partner.Description = ""
	online := *a.Modul
	online.Meta = drehscheibe.Meta{ID: drehscheibe.StableID(drehscheibe.KindModul, "online"), CreatedAt: fixture.Created.Add(time.Hour), UpdatedAt: fixture.Created.Add(48 * time.Hour)}
	online.Title, online.DeliveryModes, online.Languages = "Programmieren online", []drehscheibe.DeliveryMode{drehscheibe.Online, drehscheibe.AtPartner}, []string{"de", "zh-Hant"}
	online.Description, online.Tags = "Erste Schritte im Programmieren.", nil
	online.Schedule = drehscheibe.Schedule{Sessions: 1}
	online.CostCent, online.CostUnit, online.Fundable, online.FundingNote = 123456, drehscheibe.PerParticipant, false, ""
	online.Theme, online.FurtherThemes = drehscheibe.ThemeMintDigitales, nil
	draft := *a.Modul
	draft.ID, draft.Title, draft.Status = drehscheibe.StableID(drehscheibe.KindModul, "draft"), "Entwurf", drehscheibe.ModulDraft
	archived := *a.Modul
	archived.ID, archived.Title, archived.Status = drehscheibe.StableID(drehscheibe.KindModul, "archived"), "Archiviert", drehscheibe.ModulArchived
	es := append(a.Entities(), b.Entities()...)
	return a, append(es, &online, &draft, &archived)
}

// serve starts the handler over snap; refusals are answered as the server does.
func serve(t testing.TB, snap *catalog.Snapshot) *httptest.Server {
	t.Helper()
	refuse := func(w http.ResponseWriter, _ *http.Request, status int, code, message string, extra map[string]any) {
		ext := map[string]any{"code": code}
		for k, v := range extra {
			ext[k] = v
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": message, "extensions": ext}}})
	}
	srv := httptest.NewServer(New(func() *catalog.Snapshot { return snap }, refuse, "Dortmund"))
	t.Cleanup(srv.Close)
	return srv
}

func get(t testing.TB, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// TestEntityUUID: a Modul's or partner's UUID is an RFC 9562 version 8 UUID, differs
// between kinds, and leads back to exactly its ID.
func TestEntityUUID(t *testing.T) {
	for i := range 200 {
		for _, k := range []drehscheibe.Kind{drehscheibe.KindModul, drehscheibe.KindPartner} {
			id := drehscheibe.NewID(k)
			if i%2 == 0 {
				id = drehscheibe.StableID(k, strings.Repeat("x", i))
			}
			u, ok := entityUUID(id)
			if !ok || u.Version() != 8 || u.Variant() != uuid.RFC4122 {
				t.Fatalf("%s: UUID %s (ok %v), want version 8, RFC 9562 variant", id, u, ok)
			}
			var found []drehscheibe.ID
			entityIDs(u, k, func(c drehscheibe.ID) bool {
				if c == id {
					found = append(found, c)
				}
				return false
			})
			if len(found) != 1 {
				t.Fatalf("%s: the candidates of %s hold it %d times", id, u, len(found))
			}
			other := drehscheibe.ID(strings.Replace(string(id), string(k), "par", 1))
			if k == drehscheibe.KindPartner {
				other = drehscheibe.ID(strings.Replace(string(id), "par", "mod", 1))
			}
			if o, _ := entityUUID(other); o == u {
				t.Fatalf("%s and %s share the UUID %s", id, other, u)
			}
		}
	}
	if _, ok := entityUUID("mod_short"); ok {
		t.Error("an ID of fewer than 128 bits got a UUID")
	}
	if entityIDs(uuid.New(), drehscheibe.KindModul, func(drehscheibe.ID) bool { return true }) {
		t.Error("a version 4 UUID was taken for an entity")
	}
}

// TestServiceMapping: the fields of a service, as HSDS defines them, from a Modul.
func TestServiceMapping(t *testing.T) {
	set, es := world()
	snap := snapshotOf(t, es...)
	s := service(set.Modul, set.Partner, snap.As(drehscheibe.Principal{}).Quartier, "Dortmund")
	id := nameUUIDFor(set.Modul.ID)
	want := ServiceItem{
		ID: id, OrganizationID: nameUUIDFor(set.Partner.ID), Name: "Fußball-AG im Ganztag",
		Description: "Wöchentliche Fußball-AG für Mädchen und Jungen.", Status: "active",
		FeesDescription:        "kostenlos; förderfähig (förderfähig über Bildung und Teilhabe)",
		EligibilityDescription: "Für 6 bis 10 Jahre; für Grundschule; Gruppen von 8 bis 16 Personen.",
		MinimumAge:             6, MaximumAge: 10, AssuredDate: "2026-06-01", LastModified: "2026-06-01T08:00:00.000Z",
		Organization: &OrganizationItem{ID: nameUUIDFor(set.Partner.ID), Name: "SV Clarenberg 1921 e.V.",
			Description: "Breitensport im Quartier.", Website: "https://sv-clarenberg.example"},
	}
	if d := cmp.Diff(want, s.ServiceItem); d != "" {
		t.Errorf("service (-want +got):\n%s", d)
	}
	wantSchedule := []Schedule{{
		ID: s.Schedules[0].ID, ServiceID: id, ValidFrom: "2026-08-01", ValidTo: "2027-07-31", Freq: "WEEKLY", Wkst: "MO",
		ByDay: "MO,WE", OpensAt: "14:00", ClosesAt: "17:00", Description: "Montag, Mittwoch: Nachmittag (14–17 Uhr)",
		AttendingType: "AG – in der Einrichtung", Notes: "Uhrzeiten in Ortszeit Dortmund (Europe/Berlin). Dauer einer Einheit: 90 Minuten.",
	}}
	if d := cmp.Diff(wantSchedule, s.Schedules); d != "" {
		t.Errorf("schedules (-want +got):\n%s", d)
	}
	var areas, langs, themes []string
	for _, a := range s.ServiceAreas {
		areas = append(areas, a.Name)
	}
	for _, l := range s.Languages {
		langs = append(langs, l.Name)
	}
	for _, a := range s.Attributes {
		themes = append(themes, a.TaxonomyTerm.Name+" "+a.Value)
	}
	if d := cmp.Diff([]string{"Clarenberg", "Umkreis von 3,0 km"}, areas); d != "" {
		t.Errorf("service areas (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"Deutsch", "Türkisch"}, langs); d != "" {
		t.Errorf("languages (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"Sport/Gesundheit Hauptthemenfeld", "Sozialkompetenz weiteres Themenfeld"}, themes); d != "" {
		t.Errorf("Themenfelder (-want +got):\n%s", d)
	}
	if len(s.ServiceAtLocations) != 0 {
		t.Errorf("a Modul held in the institution has locations: %+v", s.ServiceAtLocations)
	}
	body, _ := json.Marshal(s)
	if strings.Contains(string(body), "erika") || strings.Contains(string(body), "1234567") {
		t.Errorf("the service holds the contact person: %s", body)
	}
	if err := schemas(t).Validate("/services/{id}", body); err != nil {
		t.Errorf("service does not validate: %v\n%s", err, body)
	}
}

// TestEndpointsValidate: every endpoint answers what the HSDS 3.0 schemas describe;
// drafts and archived Module are not there.
func TestEndpointsValidate(t *testing.T) {
	set, es := world()
	srv := serve(t, snapshotOf(t, es...))
	v := schemas(t)
	check := func(path, url string) []byte {
		t.Helper()
		status, body := get(t, srv.URL+url)
		if status != http.StatusOK {
			t.Fatalf("GET %s: %d %s", url, status, body)
		}
		if err := v.Validate(path, body); err != nil {
			t.Fatalf("GET %s does not validate as %s: %v\n%s", url, path, err, body)
		}
		return body
	}
	check("/", "/hsds/")
	var services Page[ServiceItem]
	_ = json.Unmarshal(check("/services", "/hsds/services"), &services)
	var names []string
	for _, s := range services.Contents {
		names = append(names, s.Name)
		body := check("/services/{id}", "/hsds/services/"+s.ID)
		if s.Name == "Programmieren online" {
			var full Service
			_ = json.Unmarshal(body, &full)
			var types []string
			for _, l := range full.ServiceAtLocations {
				types = append(types, l.Location.LocationType)
			}
			if d := cmp.Diff([]string{"physical", "virtual"}, types); d != "" {
				t.Errorf("locations of the online Modul held at the partner (-want +got):\n%s", d)
			}
			if full.CostOptions[0].Amount != 1234.56 || full.FeesDescription != "1.234,56 € pro Teilnehmer*in" {
				t.Errorf("cost %v, %q", full.CostOptions[0].Amount, full.FeesDescription)
			}
			if full.Languages[1].Code != "zh" || full.Languages[1].Note != "zh-Hant" {
				t.Errorf("language with script: %+v", full.Languages[1])
			}
			if full.Schedules[0].Description != "Termine nach Absprache" || full.Schedules[0].Notes != "Ein Termin je Buchung." {
				t.Errorf("schedule by arrangement: %+v", full.Schedules[0])
			}
		}
	}
	if d := cmp.Diff([]string{"Fußball-AG im Ganztag", "Fußball-AG im Ganztag2", "Programmieren online"}, names); d != "" {
		t.Errorf("services, oldest first, published only (-want +got):\n%s", d)
	}
	var orgs Page[OrganizationItem]
	_ = json.Unmarshal(check("/organizations", "/hsds/organizations"), &orgs)
	if len(orgs.Contents) != 2 {
		t.Fatalf("organizations: %+v", orgs)
	}
	for _, o := range orgs.Contents {
		var full Organization
		_ = json.Unmarshal(check("/organizations/{id}", "/hsds/organizations/"+o.ID), &full)
		if o.ID == nameUUIDFor(set.Partner.ID) && (len(full.Services) != 2 || len(full.Locations) != 1 || len(full.Locations[0].Addresses) != 1) {
			t.Errorf("organization with address: %d services, locations %+v", len(full.Services), full.Locations)
		}
		if o.ID != nameUUIDFor(set.Partner.ID) && (len(full.Locations) != 0 || full.Description != "Sportverein") {
			t.Errorf("organization without place or description: %+v", full)
		}
	}
	var taxonomies Page[Taxonomy]
	_ = json.Unmarshal(check("/taxonomies", "/hsds/taxonomies"), &taxonomies)
	check("/taxonomies/{id}", "/hsds/taxonomies/"+taxonomies.Contents[0].ID)
	var termPage Page[TaxonomyTerm]
	_ = json.Unmarshal(check("/taxonomy_terms", "/hsds/taxonomy_terms?taxonomy_id="+taxonomies.Contents[0].ID), &termPage)
	if termPage.TotalItems != 6 {
		t.Errorf("%d taxonomy terms, want the six Themenfelder", termPage.TotalItems)
	}
	for _, term := range termPage.Contents {
		check("/taxonomy_terms/{id}", "/hsds/taxonomy_terms/"+term.ID)
	}

	// filters
	mint := termPage.Contents[1].ID
	for url, want := range map[string]int{
		"/hsds/services?taxonomy_term_id=" + mint:                                  1,
		"/hsds/services?taxonomy_id=" + uuid.NewString():                           0,
		"/hsds/services?organization_id=" + nameUUIDFor(set.Partner.ID):            2,
		"/hsds/services?organization_id=" + uuid.NewString():                       0,
		"/hsds/services?modified_after=2026-06-02":                                 1,
		"/hsds/services?modified_after=2026-06-01T08:00:00Z":                       3,
		"/hsds/services?modified_after=2026-06-01T10:00:00.001%2B02:00":            1,
		"/hsds/services?search=fussball":                                           2,
		"/hsds/organizations?search=clarenberg+1921":                               2,
		"/hsds/taxonomy_terms?search=demokratie":                                   1,
		"/hsds/taxonomy_terms?parent_id=" + mint:                                   0,
		"/hsds/taxonomies?search=themenfelder":                                     1,
		"/hsds/services?per_page=1&page=3&format=json":                             3,
		"/hsds/services?page=4&per_page=1":                                         3,
		"/hsds/taxonomy_terms?top_only=true&page=2&per_page=4&taxonomy_id=" + mint: 0,
	} {
		var p Page[json.RawMessage]
		path := strings.Split(strings.TrimPrefix(url, "/hsds"), "?")[0]
		_ = json.Unmarshal(check(path, url), &p)
		if p.TotalItems != want {
			t.Errorf("GET %s: total_items %d, want %d", url, p.TotalItems, want)
		}
	}
}

// TestPaging: the envelope of each page, and page numbers through the remembered
// positions give exactly the entries at those offsets.
func TestPaging(t *testing.T) {
	var es []drehscheibe.Entity
	for i := range 300 {
		s := fixture.New(strings.Repeat("i", i%3) + string(rune('a'+i/26%26)) + string(rune('a'+i%26)) + "x")
		s.Modul.CreatedAt = fixture.Created.Add(time.Duration(i%17) * time.Minute) // ties broken by ID
		s.Modul.UpdatedAt = s.Modul.CreatedAt
		es = append(es, s.Partner, s.Modul)
	}
	snap := snapshotOf(t, es...)
	v := snap.As(drehscheibe.Principal{})
	all := v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByCreated}).All()
	if len(all) != 300 {
		t.Fatalf("%d Module", len(all))
	}
	var pi pageIndex
	for _, per := range []int{1, 7, 50, 64, 100} {
		for _, offset := range []int{0, 1, 63, 64, 65, 127, 128, 200, 299, 300, 350} {
			l := v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByCreated})
			got, total := pageOf(pi.index(snap.Version, "all"), l, offset, per)
			want := all[min(offset, 300):min(offset+per, 300)]
			if total != 300 || !equalIDs(got, want) {
				t.Fatalf("offset %d, %d per page: total %d, %d entries, want 300 and %d", offset, per, total, len(got), len(want))
			}
		}
	}
	want := Page[int]{TotalItems: 20, TotalPages: 3, PageNumber: 3, Size: 6, LastPage: true, Contents: []int{1, 2, 3, 4, 5, 6}}
	if d := cmp.Diff(want, page(paging{page: 3, perPage: 7}, 20, []int{1, 2, 3, 4, 5, 6})); d != "" {
		t.Errorf("envelope (-want +got):\n%s", d)
	}
	if got := page[int](paging{page: 1, perPage: 7}, 0, nil); !got.Empty || !got.FirstPage || !got.LastPage || got.Contents == nil {
		t.Errorf("empty envelope: %+v", got)
	}
	if pi.index(snap.Version-1, "all") == pi.index(snap.Version-1, "all") {
		t.Error("an older version's index was kept")
	}
}

func equalIDs(a, b []*drehscheibe.Modul) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}

// TestBadRequests: bad parameters, unknown IDs and paths, wrong methods get a German
// message and a code, never a crash.
func TestBadRequests(t *testing.T) {
	_, es := world()
	srv := serve(t, snapshotOf(t, es...))
	for url, want := range map[string]struct {
		status      int
		code, param string
	}{
		"/hsds/services?page=0":                                         {400, "BAD_USER_INPUT", "page"},
		"/hsds/services?page=abc":                                       {400, "BAD_USER_INPUT", "page"},
		"/hsds/services?page=99999999999999999999999":                   {400, "BAD_USER_INPUT", "page"},
		"/hsds/services?page=":                                          {400, "BAD_USER_INPUT", "page"},
		"/hsds/services?per_page=101":                                   {400, "BAD_USER_INPUT", "per_page"},
		"/hsds/services?per_page=-1":                                    {400, "BAD_USER_INPUT", "per_page"},
		"/hsds/services?page=1&page=2":                                  {400, "BAD_USER_INPUT", "page"},
		"/hsds/services?modified_after=gestern":                         {400, "BAD_USER_INPUT", "modified_after"},
		"/hsds/services?modified_after=2026-02-30":                      {400, "BAD_USER_INPUT", "modified_after"},
		"/hsds/services?modified_afer=2026-01-01":                       {400, "BAD_USER_INPUT", "modified_afer"},
		"/hsds/services?full=true":                                      {400, "BAD_USER_INPUT", "full"},
		"/hsds/services?format=ndjson":                                  {400, "BAD_USER_INPUT", "format"},
		"/hsds/services?taxonomy_term_id=SPORT":                         {400, "BAD_USER_INPUT", "taxonomy_term_id"},
		"/hsds/services?organization_id=%7B" + uuid.NewString() + "%7D": {400, "BAD_USER_INPUT", "organization_id"},
		"/hsds/services?search=" + strings.Repeat("a", 201):             {400, "BAD_USER_INPUT", "search"},
		"/hsds/services?search=%ff":                                     {400, "BAD_USER_INPUT", "search"},
		"/hsds/services?search=%zz":                                     {400, "BAD_USER_INPUT", ""},
		"/hsds/services?x=" + strings.Repeat("a", 3000):                 {400, "BAD_USER_INPUT", ""},
		"/hsds/taxonomy_terms?top_only=ja":                              {400, "BAD_USER_INPUT", "top_only"},
		"/hsds/services/mod_abc":                                        {400, "BAD_USER_INPUT", "id"},
		"/hsds/services/" + uuid.NewString():                            {404, "NOT_FOUND", ""},
		"/hsds/organizations/" + uuid.NewString():                       {404, "NOT_FOUND", ""},
		"/hsds/taxonomies/" + uuid.NewString():                          {404, "NOT_FOUND", ""},
		"/hsds/taxonomy_terms/" + uuid.NewString():                      {404, "NOT_FOUND", ""},
		"/hsds/service_at_locations":                                    {404, "NOT_FOUND", ""},
		"/hsds/services/a/b":                                            {404, "NOT_FOUND", ""},
	} {
		status, body := get(t, srv.URL+url)
		var r struct {
			Errors []struct {
				Message    string
				Extensions map[string]any
			}
		}
		if err := json.Unmarshal(body, &r); err != nil || len(r.Errors) != 1 {
			t.Errorf("GET %s: %d %s", url, status, body)
			continue
		}
		param, _ := r.Errors[0].Extensions["parameter"].(string)
		if status != want.status || r.Errors[0].Extensions["code"] != want.code || param != want.param || r.Errors[0].Message == "" {
			t.Errorf("GET %s: %d %s, want %d %s parameter %q", url, status, body, want.status, want.code, want.param)
		}
	}
	resp, err := http.Post(srv.URL+"/hsds/services", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
}

// TestNotLoaded: before the catalogue is loaded the endpoints say so.
func TestNotLoaded(t *testing.T) {
	srv := serve(t, catalog.New(fixture.Source{}, catalog.Options{}).Current())
	if status, body := get(t, srv.URL+"/hsds/services"); status != http.StatusServiceUnavailable || !strings.Contains(string(body), "UNAVAILABLE") {
		t.Errorf("%d %s", status, body)
	}
}

// TestValidatorRejects: the validator finds what breaks the schemas (so the tests
// above can fail).
func TestValidatorRejects(t *testing.T) {
	set, es := world()
	snap := snapshotOf(t, es...)
	good := service(set.Modul, set.Partner, snap.As(drehscheibe.Principal{}).Quartier, "Dortmund")
	for name, mutate := range map[string]func(s *Service){
		"status":         func(s *Service) { s.Status = "published" },
		"id":             func(s *Service) { s.ID = string(set.Modul.ID) },
		"last_modified":  func(s *Service) { s.LastModified = "gestern" },
		"schedule freq":  func(s *Service) { s.Schedules[0].Freq = "DAILY" },
		"name":           func(s *Service) { s.Name = "" },
		"organization":   func(s *Service) { s.Organization.Name = "" },
		"language id":    func(s *Service) { s.Languages[0].ID = "de" },
		"website scheme": func(s *Service) { s.Organization.Website = "sv clarenberg" },
	} {
		s := good
		s.Schedules = append([]Schedule(nil), good.Schedules...)
		s.Languages = append([]Language(nil), good.Languages...)
		o := *good.Organization
		s.Organization = &o
		mutate(&s)
		body, _ := json.Marshal(s)
		if name == "name" || name == "organization" {
			body = []byte(strings.Replace(string(body), `"name":"",`, ``, 1))
		}
		if err := schemas(t).Validate("/services/{id}", body); err == nil {
			t.Errorf("%s: a broken service validates", name)
		}
	}
}
