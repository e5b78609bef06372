package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Real data the service refused or wrongly accepted (issue 10, items 8–11), through
// the real handler and database.

// userErrorAt reports whether ue holds code at field.
func userErrorAt(ue []userError, field, code string) bool {
	return slices.ContainsFunc(ue, func(u userError) bool {
		return strings.Join(u.Field, ".") == field && u.Code == code && u.Message != ""
	})
}

// TestRealWorldContactData: phone numbers as people write them, web sites without a
// scheme, a partner across the border, tags as long as the city's own labels, and a
// German message for a missing age range.
func TestRealWorldContactData(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	const fields = `id name website address { postalCode city country } contact { phone phoneE164 }`
	create := mutation("createPartner", "CreatePartnerInput", fields, "partner")
	type partner struct {
		Partner *struct {
			Name    string
			Website *string
			Address struct {
				PostalCode *string
				City       *string
				Country    string
			}
			Contact struct{ Phone, PhoneE164 *string }
		}
	}
	cases := map[string]struct {
		reason  string
		input   map[string]any
		website string
		phone   [2]string
		address [2]string
	}{
		"dortmund": {"a German number in brackets with a hyphen, a web site without https://",
			map[string]any{"website": "www.awo-dortmund.de", "contact": map[string]any{"phone": "(0231) 50-12345"},
				"address": map[string]any{"postalCode": "44137", "city": "Dortmund"}},
			"https://www.awo-dortmund.de", [2]string{"(0231) 50-12345", "+492315012345"}, [2]string{"44137", "DE"}},
		"dots": {"a number with a dot",
			map[string]any{"contact": map[string]any{"phone": "0231.5012345"}},
			"", [2]string{"0231.5012345", "+492315012345"}, [2]string{"", "DE"}},
		"enschede": {"a Dutch partner: Dutch postal code, a number written the Dutch way",
			map[string]any{"contact": map[string]any{"phone": "053 1234567"}, "location": map[string]any{"lat": 52.2215, "lon": 6.8937},
				"address": map[string]any{"postalCode": "7511 ab", "city": "Enschede", "country": "nl"}},
			"", [2]string{"053 1234567", "+31531234567"}, [2]string{"7511 AB", "NL"}},
		"international": {"an international number",
			map[string]any{"contact": map[string]any{"phone": "+31 53 123 4567"}},
			"", [2]string{"+31 53 123 4567", "+31531234567"}, [2]string{"", "DE"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			input := with(tc.input, "name", unique("Realdaten "+name))
			input["kind"], input["themes"] = "VEREIN", []string{"BNE"}
			var out partner
			if ue := a.mutate(t, "createPartner", create, input, &out); len(ue) > 0 || out.Partner == nil {
				t.Fatalf("%s: userErrors %+v", tc.reason, ue)
			}
			p := out.Partner
			got := []any{deref(p.Website), [2]string{deref(p.Contact.Phone), deref(p.Contact.PhoneE164)}, [2]string{deref(p.Address.PostalCode), p.Address.Country}}
			if diff := cmp.Diff([]any{tc.website, tc.phone, tc.address}, got); diff != "" {
				t.Errorf("%s: stored (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
	t.Run("refused", func(t *testing.T) {
		for _, c := range []struct{ reason, field, value, at string }{
			{"an area code alone", "contact", "0231", "contact.phone"},
			{"a Dutch postal code without the country", "address", "7511 AB", "address.postalCode"},
		} {
			input := map[string]any{"name": unique("Realdaten falsch"), "kind": "VEREIN", "themes": []string{"BNE"}}
			if c.field == "contact" {
				input["contact"] = map[string]any{"phone": c.value}
			} else {
				input["address"] = map[string]any{"postalCode": c.value}
			}
			if ue := a.mutate(t, "createPartner", create, input, nil); !userErrorAt(ue, c.at, "INVALID") {
				t.Errorf("%s: userErrors %+v, want INVALID at %s", c.reason, ue, c.at)
			}
		}
	})
	t.Run("long tag", func(t *testing.T) {
		m := with(modulInput(r.Partner), "tags", []string{"Benninghofen/Hacheney/Wellinghofen/Wichlinghofen"})
		if ue := a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id tags", "modul"), m, nil); len(ue) > 0 {
			t.Errorf("a tag of 48 characters from the city's data: %+v", ue)
		}
	})
	t.Run("german query errors", func(t *testing.T) {
		bedarf := map[string]any{"institutionId": r.School, "title": "Lesen", "theme": "BNE", "groupSize": 10}
		res := a.post(t, mutation("createBedarf", "CreateBedarfInput", "id", "bedarf"), map[string]any{"input": bedarf})
		if len(res.Errors) != 1 || res.Errors[0].Message != "Pflichtangabe input.ageRange fehlt" {
			t.Errorf("missing ageRange in a variable: %+v", res.Errors)
		}
		res = a.post(t, `mutation { createBedarf(input: {institutionId: "x", title: "Lesen", theme: BNE}) { bedarf { id } } }`, nil)
		if len(res.Errors) == 0 || !strings.HasPrefix(res.Errors[0].Message, "Pflichtfeld „CreateBedarfInput.ageRange“") {
			t.Errorf("missing ageRange in the query: %+v", res.Errors)
		}
		res = a.post(t, `{ module(first: 1) { nodes { titel } } }`, nil)
		if len(res.Errors) == 0 || !strings.HasPrefix(res.Errors[0].Message, "Das Feld „titel“ gibt es im Typ „Modul“ nicht.") {
			t.Errorf("an unknown field: %+v", res.Errors)
		}
		for _, e := range append(res.Errors, a.post(t, `{ module(first: "x") { nodes { id } } }`, nil).Errors...) {
			for _, english := range []string{"must be", "Cannot query", "cannot represent", "Expected"} {
				if strings.Contains(e.Message, english) {
					t.Errorf("English in %q", e.Message)
				}
			}
		}
	})
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestUnicodeAndPlaceRules: names that differ only by normalisation are one partner,
// also when created at the same moment; names of nothing visible, unknown language
// codes, 0535 beside 535, empty or foreign outlines, an institution far from its
// Quartier and a Bedarf for young adults at a Kita are refused.
func TestUnicodeAndPlaceRules(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	createPartner := mutation("createPartner", "CreatePartnerInput", "id name languages", "partner")
	partner := func(name string) map[string]any {
		return map[string]any{"name": name, "kind": "VEREIN", "themes": []string{"BNE"}}
	}
	t.Run("normalisation", func(t *testing.T) {
		base := unique("Müller Straßensport")
		var out struct{ Partner struct{ Name string } }
		if ue := a.mutate(t, "createPartner", createPartner, partner(strings.Replace(base, "ü", "u\u0308", 1)), &out); len(ue) > 0 {
			t.Fatalf("create: %+v", ue)
		}
		if out.Partner.Name != base {
			t.Errorf("a decomposed umlaut is stored as %q, want NFC %q", out.Partner.Name, base)
		}
		for _, variant := range []string{base, strings.ToUpper(base), strings.Replace(base, "ü", "ue", 1), strings.Replace(base, "ß", "ss", 1), "\u200b" + base} {
			if ue := a.mutate(t, "createPartner", createPartner, partner(variant), nil); !userErrorAt(ue, "name", "CONFLICT") {
				t.Errorf("%q beside %q: userErrors %+v, want CONFLICT", variant, base, ue)
			}
		}
	})
	t.Run("rename", func(t *testing.T) {
		base := unique("Umbenannt Fußball")
		var first, second struct{ Partner struct{ ID string } }
		a.mutate(t, "createPartner", createPartner, partner(base), &first)
		a.mutate(t, "createPartner", createPartner, partner(unique("Noch ein Verein")), &second)
		rename := mutation("updatePartner", "UpdatePartnerInput", "id name", "partner")
		ue := a.mutate(t, "updatePartner", rename, map[string]any{"id": second.Partner.ID, "version": 1, "name": strings.ToUpper(base)}, nil)
		if !userErrorAt(ue, "name", "CONFLICT") {
			t.Errorf("renaming a partner to another spelling of a taken name: %+v, want CONFLICT", ue)
		}
	})
	t.Run("concurrent", func(t *testing.T) {
		base := unique("Gleichzeitig Größe")
		variants := []string{base, strings.ToUpper(base), strings.Replace(base, "ö", "o\u0308", 1), strings.Replace(base, "ß", "ss", 1),
			strings.ToLower(base), strings.Replace(base, " ", "  ", 1), strings.Replace(base, "ö", "oe", 1), base + "\u00ad"}
		var wg sync.WaitGroup
		results := make([][]userError, len(variants))
		for i, v := range variants {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = a.mutate(t, "createPartner", createPartner, partner(v), nil)
			}()
		}
		wg.Wait()
		created := 0
		for i, ue := range results {
			switch {
			case len(ue) == 0:
				created++
			case !userErrorAt(ue, "name", "CONFLICT"):
				t.Errorf("%q: %+v, want created or CONFLICT", variants[i], ue)
			}
		}
		if created != 1 {
			t.Errorf("%d of %d concurrent spellings of one name were created, want 1", created, len(variants))
		}
	})
	t.Run("refused", func(t *testing.T) {
		quartier := map[string]any{"name": "Q", "number": uniqueNumber(), "stadtbezirk": "Hörde"}
		institution := map[string]any{"name": "Kita", "type": "KITA", "quartierId": r.Quartier, "ageRange": map[string]any{"min": 1, "max": 6}}
		bedarf := map[string]any{"institutionId": r.Kita, "title": "Bewerbungstraining", "theme": "SOZIALKOMPETENZ", "ageRange": map[string]any{"min": 18, "max": 27}, "groupSize": 10}
		square := func(lon, lat float64) map[string]any {
			return map[string]any{"type": "Polygon", "coordinates": [][][]float64{{{lon, lat}, {lon + 0.01, lat}, {lon + 0.01, lat + 0.01}, {lon, lat + 0.01}, {lon, lat}}}}
		}
		cases := map[string]struct {
			reason, name, inputType string
			input                   map[string]any
			field, code             string
		}{
			"zero width name":   {"a name of zero-width spaces", "createPartner", "CreatePartnerInput", partner("\u200b\u200b\u200b"), "name", "INVALID"},
			"hangul name":       {"a name of Hangul fillers", "createPartner", "CreatePartnerInput", partner("\u3164"), "name", "INVALID"},
			"language xx":       {"xx is no ISO 639 code", "createPartner", "CreatePartnerInput", with(partner(unique("Sprachen")), "languages", []string{"de", "xx"}), "languages.1", "INVALID"},
			"language qqq":      {"qqq is private use", "createPartner", "CreatePartnerInput", with(partner(unique("Sprachen")), "languages", []string{"qqq"}), "languages.0", "INVALID"},
			"number 0535":       {"0535 is Clarenberg's 535", "createQuartier", "CreateQuartierInput", with(quartier, "number", "0535"), "number", "CONFLICT"},
			"outline empty":     {"an outline without rings", "createQuartier", "CreateQuartierInput", with(quartier, "geometry", map[string]any{"type": "Polygon", "coordinates": []any{}}), "geometry", "INVALID"},
			"outline elsewhere": {"an outline in Munich", "createQuartier", "CreateQuartierInput", with(quartier, "geometry", square(11.57, 48.14)), "geometry", "INVALID"},
			"institution far":   {"a Kita in Mengede for Clarenberg, 14 km away", "createInstitution", "CreateInstitutionInput", with(institution, "location", map[string]any{"lat": 51.5700, "lon": 7.3800}), "location", "INVALID"},
			"institution 50 km": {"a Kita in Münster for Clarenberg", "createInstitution", "CreateInstitutionInput", with(institution, "location", map[string]any{"lat": 51.9607, "lon": 7.6261}), "location", "INVALID"},
			"bedarf at kita":    {"a need for ages 18–27 at a Kita", "createBedarf", "CreateBedarfInput", bedarf, "ageRange", "INVALID"},
		}
		for name, tc := range cases {
			t.Run(name, func(t *testing.T) {
				entity := strings.ToLower(tc.name[6:7]) + tc.name[7:]
				var out map[string]any
				ue := a.mutate(t, tc.name, mutation(tc.name, tc.inputType, "id", entity), tc.input, &out)
				if !userErrorAt(ue, tc.field, tc.code) || out[entity] != nil {
					t.Errorf("%s: userErrors %+v, entity %v; want %s at %q", tc.reason, ue, out[entity], tc.code, tc.field)
				}
			})
		}
	})
	t.Run("languages", func(t *testing.T) {
		var out struct{ Partner struct{ Languages []string } }
		if ue := a.mutate(t, "createPartner", createPartner, with(partner(unique("Sprachen")), "languages", []string{"TR", "zh-hant", "iw"}), &out); len(ue) > 0 {
			t.Fatalf("create: %+v", ue)
		}
		if diff := cmp.Diff([]string{"tr", "zh-Hant", "he"}, out.Partner.Languages); diff != "" {
			t.Errorf("languages are stored canonical (-want +got):\n%s", diff)
		}
	})
}

// TestSymbolSearch: free text made only of symbols finds what holds them, or nothing.
func TestSymbolSearch(t *testing.T) {
	a := shared(t)
	r := refs(t, a)
	title := unique("Kunst & Kultur ⚽")
	var m struct{ Modul struct{ ID string } }
	if ue := a.mutate(t, "createModul", mutation("createModul", "CreateModulInput", "id", "modul"), with(modulInput(r.Partner), "title", title), &m); len(ue) > 0 {
		t.Fatalf("create: %+v", ue)
	}
	const list = `query($t: String!) { module(filter: {text: $t, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}, first: 100) { totalCount nodes { id title tags } } }`
	var all struct{ Module struct{ TotalCount int } }
	a.query(t, `{ module(filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}, first: 1) { totalCount } }`, nil, &all)
	cases := map[string]struct {
		reason string
		text   string
		found  bool // the new Modul is found
	}{
		"emoji":      {"an emoji finds the title with it", "⚽", true},
		"ampersand":  {"& finds the title with it", "&", true},
		"dash":       {"an em dash is in no title here", "—", false},
		"zero width": {"a zero-width space finds nothing", "\u200b", false},
		"bar":        {"| is no separator to match", "|", false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var d struct {
				Module struct {
					TotalCount int
					Nodes      []struct {
						ID, Title string
						Tags      []string
					}
				}
			}
			a.query(t, list, map[string]any{"t": tc.text}, &d)
			if d.Module.TotalCount >= all.Module.TotalCount {
				t.Fatalf("%s: %q matches all %d Module", tc.reason, tc.text, all.Module.TotalCount)
			}
			found := false
			for _, n := range d.Module.Nodes {
				found = found || n.ID == m.Modul.ID
				if !strings.Contains(n.Title+strings.Join(n.Tags, " "), tc.text) {
					t.Errorf("%s: %q found %q (tags %q), which does not hold it", tc.reason, tc.text, n.Title, n.Tags)
				}
			}
			if found != tc.found {
				t.Errorf("%s: the Modul %q found %v, want %v", tc.reason, title, found, tc.found)
			}
		})
	}
}

// TestServiceAreaSetting: another city configures its own area (a box or an outline
// file) and the service checks places against it.
func TestServiceAreaSetting(t *testing.T) {
	outline := filepath.Join(t.TempDir(), "stadt.geojson")
	if err := os.WriteFile(outline, []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
		{"type":"Polygon","coordinates":[[[7.47,51.84],[7.78,51.84],[7.78,52.06],[7.47,52.06],[7.47,51.84]]]}}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, area := range map[string]string{"box": "7.47,51.84,7.78,52.06", "outline": outline} {
		t.Run(name, func(t *testing.T) {
			a := newTestApp(t, map[string]string{"SERVICE_AREA": area, "SERVICE_AREA_NAME": "Münster", "SEED": "false"})
			create := mutation("createQuartier", "CreateQuartierInput", "id number", "quartier")
			quartier := func(lat, lon float64) map[string]any {
				return map[string]any{"name": unique("Quartier"), "number": uniqueNumber(), "stadtbezirk": "Mitte", "centroid": map[string]any{"lat": lat, "lon": lon}}
			}
			if ue := a.mutate(t, "createQuartier", create, quartier(51.9607, 7.6261), nil); len(ue) > 0 {
				t.Errorf("a Quartier in Münster: %+v", ue)
			}
			ue := a.mutate(t, "createQuartier", create, quartier(51.4816, 7.5031), nil)
			if !userErrorAt(ue, "centroid", "INVALID") || !strings.Contains(ue[0].Message, "Münster") {
				t.Errorf("a Dortmund Quartier in Münster's service: %+v", ue)
			}
		})
	}
	t.Run("default", func(t *testing.T) {
		ue := shared(t).mutate(t, "createQuartier", mutation("createQuartier", "CreateQuartierInput", "id", "quartier"),
			map[string]any{"name": "Q", "number": uniqueNumber(), "stadtbezirk": "Mitte", "centroid": map[string]any{"lat": 51.9607, "lon": 7.6261}}, nil)
		if !userErrorAt(ue, "centroid", "INVALID") || !strings.Contains(ue[0].Message, "Dortmund") {
			t.Errorf("a Münster Quartier in Dortmund's service: %+v", ue)
		}
	})
	t.Run("bad values", func(t *testing.T) {
		for _, v := range []string{"7.78,51.84,7.47,52.06", "a,b,c,d", "/nicht/da.geojson", "7,51,8"} {
			if _, err := loadConfig("server", nil, func(k string) string {
				return map[string]string{"SERVICE_AREA": v}[k]
			}, &strings.Builder{}); err == nil || !strings.Contains(err.Error(), "SERVICE_AREA") {
				t.Errorf("SERVICE_AREA=%q: %v, want an error naming it", v, err)
			}
		}
	})
}
