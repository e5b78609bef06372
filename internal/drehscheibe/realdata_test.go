package drehscheibe

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// These tests run inside the package: they clean an entity the way every write does
// before they check it, and look at what was stored.

// testPartner is a valid partner in Dortmund.
func testPartner() *Partner {
	return &Partner{Name: "SV Clarenberg", Kind: PartnerSportverein, Themes: []Theme{ThemeSportGesundheit},
		Location: &GeoPoint{Lat: 51.485, Lon: 7.5}}
}

// testQuartier is a valid Quartier (Clarenberg) with a centre and no outline.
func testQuartier() *Quartier {
	return &Quartier{Name: "Clarenberg", Number: "535", Stadtbezirk: "Hörde", Centroid: &GeoPoint{Lat: 51.4816, Lon: 7.5031}}
}

// testKita is a valid Kita for ages 1–6 at Clarenberg.
func testKita() *Institution {
	return &Institution{Name: "FABIDO Kita Clarenberg", Type: InstitutionKita, QuartierID: StableID(KindQuartier, "q"),
		Location: &GeoPoint{Lat: 51.4816, Lon: 7.5046}, AgeRange: AgeRange{Min: 1, Max: 6}}
}

// testBedarf is a valid need of testKita.
func testBedarf() *Bedarf {
	return &Bedarf{InstitutionID: StableID(KindInstitution, "kita"), Title: "Bewegung", Theme: ThemeSportGesundheit,
		AgeRange: AgeRange{Min: 3, Max: 6}, GroupSize: 10, Priority: PriorityMedium, Status: BedarfOpen}
}

// problemsOf cleans e, checks it against area (nil: the default) and lists its problems
// as "field: code".
func problemsOf(e Entity, area Area) []string {
	e.clean()
	p := problems{serviceArea: area}
	e.check(&p)
	return listed(p)
}

func listed(p problems) []string {
	out := []string{}
	for _, pr := range p.list {
		out = append(out, strings.Join(pr.Field, ".")+": "+pr.Code)
	}
	slices.Sort(out)
	return out
}

// square is a GeoJSON polygon: a square of side 2·half degrees around (lon, lat).
func square(lon, lat, half float64) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"type":"Polygon","coordinates":[[[%[1]g,%[2]g],[%[3]g,%[2]g],[%[3]g,%[4]g],[%[1]g,%[4]g],[%[1]g,%[2]g]]]}`,
		lon-half, lat-half, lon+half, lat+half))
}

// valueCase is an entity to clean and check: what it keeps and the problems found.
type valueCase struct {
	reason string
	entity func() Entity
	stored func(Entity) any // what the cleaned entity keeps
	want   any
	errs   []string
}

func runValueCases(t *testing.T, cases map[string]valueCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e := tc.entity()
			errs := problemsOf(e, nil)
			if diff := cmp.Diff(tc.want, tc.stored(e)); diff != "" {
				t.Errorf("%s: stored (-want +got):\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(append([]string{}, tc.errs...), errs); diff != "" {
				t.Errorf("%s: problems (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// withPartner returns testPartner changed by change.
func withPartner(change func(p *Partner)) func() Entity {
	return func() Entity {
		p := testPartner()
		change(p)
		return p
	}
}

// withQuartier returns testQuartier changed by change.
func withQuartier(change func(q *Quartier)) func() Entity {
	return func() Entity {
		q := testQuartier()
		change(q)
		return q
	}
}

// TestRealWorldValues (issue 10, item 8): German and international phone notations,
// web sites without a scheme, addresses abroad, tags as long as the city's own labels.
func TestRealWorldValues(t *testing.T) {
	cases := map[string]valueCase{
		"phone brackets":      {"a German number with area code in brackets and a hyphen", withPartner(func(p *Partner) { p.Contact.Phone = "(0231) 50-12345" }), phones, [2]string{"(0231) 50-12345", "+492315012345"}, nil},
		"phone dots":          {"dots between area code and number", withPartner(func(p *Partner) { p.Contact.Phone = "0231.5012345" }), phones, [2]string{"0231.5012345", "+492315012345"}, nil},
		"phone international": {"a Dutch number with its country code", withPartner(func(p *Partner) { p.Contact.Phone = "+31 53 123 4567" }), phones, [2]string{"+31 53 123 4567", "+31531234567"}, nil},
		"phone 00":            {"an international number with 00", withPartner(func(p *Partner) { p.Contact.Phone = "0031 53 1234567" }), phones, [2]string{"0031 53 1234567", "+31531234567"}, nil},
		"phone abroad": {"a partner in the Netherlands writes its numbers the Dutch way", withPartner(func(p *Partner) {
			p.Address = Address{City: "Enschede", PostalCode: "7511 ab", Country: "nl"}
			p.Location = &GeoPoint{Lat: 52.2215, Lon: 6.8937}
			p.Contact.Phone = "053 1234567"
		}), phones, [2]string{"053 1234567", "+31531234567"}, nil},
		"phone switchboard":           {"a switchboard number with -0", withPartner(func(p *Partner) { p.Contact.Phone = "0231 50-0" }), phones, [2]string{"0231 50-0", "+49231500"}, nil},
		"phone too short":             {"an area code alone is no number", withPartner(func(p *Partner) { p.Contact.Phone = "0231" }), phones, [2]string{"0231", ""}, []string{"contact.phone: invalid"}},
		"phone words":                 {"words are no number", withPartner(func(p *Partner) { p.Contact.Phone = "call me" }), phones, [2]string{"call me", ""}, []string{"contact.phone: invalid"}},
		"website bare":                {"a web site typed without https://", withPartner(func(p *Partner) { p.Website = "www.awo-dortmund.de" }), website, "https://www.awo-dortmund.de", nil},
		"website path":                {"a bare web site with a path", withPartner(func(p *Partner) { p.Website = "awo-dortmund.de/kitas" }), website, "https://awo-dortmund.de/kitas", nil},
		"website umlaut":              {"an internationalised domain", withPartner(func(p *Partner) { p.Website = "www.müller-sport.de" }), website, "https://www.müller-sport.de", nil},
		"website http":                {"http stays http", withPartner(func(p *Partner) { p.Website = "http://www.jfs-nette.de" }), website, "http://www.jfs-nette.de", nil},
		"website script":              {"javascript: is no web site", withPartner(func(p *Partner) { p.Website = "javascript:alert(1)" }), website, "https://javascript:alert(1)", []string{"website: invalid"}},
		"website no host":             {"a single word is no host", withPartner(func(p *Partner) { p.Website = "kita" }), website, "https://kita", []string{"website: invalid"}},
		"postal code abroad":          {"a Dutch postal code with the country", withPartner(func(p *Partner) { p.Address = Address{PostalCode: "7511 ab", City: "Enschede", Country: "nl"} }), address, [2]string{"7511 AB", "NL"}, nil},
		"postal code luxembourg":      {"a postal code with a country prefix", withPartner(func(p *Partner) { p.Address = Address{PostalCode: "L-1234", Country: "LU"} }), address, [2]string{"L-1234", "LU"}, nil},
		"postal code without country": {"a Dutch code without the country is no German code", withPartner(func(p *Partner) { p.Address = Address{PostalCode: "7511 AB"} }), address, [2]string{"7511 AB", ""}, []string{"address.postalCode: invalid"}},
		"postal code letters":         {"a foreign code has a digit", withPartner(func(p *Partner) { p.Address = Address{PostalCode: "ABCD", Country: "NL"} }), address, [2]string{"ABCD", "NL"}, []string{"address.postalCode: invalid"}},
		"country lower case":          {"country codes are upper case", withPartner(func(p *Partner) { p.Address = Address{Country: "gb"} }), address, [2]string{"", "GB"}, nil},
		"country unknown":             {"XX is no country", withPartner(func(p *Partner) { p.Address = Address{Country: "XX"} }), address, [2]string{"", "XX"}, []string{"address.country: invalid"}},
		"tag of the city": {"a Sozialraum of the city's data as a tag (48 characters)", func() Entity {
			return &Bedarf{InstitutionID: StableID(KindInstitution, "x"), Title: "Lesen", Theme: ThemeBNE, AgeRange: AgeRange{Min: 6, Max: 10},
				GroupSize: 5, Priority: PriorityLow, Status: BedarfOpen, Keywords: []string{"Benninghofen/Hacheney/Wellinghofen/Wichlinghofen"}}
		}, func(e Entity) any { return e.(*Bedarf).Keywords }, []string{"Benninghofen/Hacheney/Wellinghofen/Wichlinghofen"}, nil},
		"tag too long": {"tags stay bounded", func() Entity {
			return &Bedarf{InstitutionID: StableID(KindInstitution, "x"), Title: "Lesen", Theme: ThemeBNE, AgeRange: AgeRange{Min: 6, Max: 10},
				GroupSize: 5, Priority: PriorityLow, Status: BedarfOpen, Keywords: []string{strings.Repeat("a", MaxTagLength+1)}}
		}, func(e Entity) any { return len(e.(*Bedarf).Keywords) }, 1, []string{"keywords.0: invalid"}},
	}
	runValueCases(t, cases)
}

func phones(e Entity) any {
	c := e.(*Partner).Contact
	return [2]string{c.Phone, c.PhoneE164}
}

func website(e Entity) any { return e.(*Partner).Website }

func address(e Entity) any {
	a := e.(*Partner).Address
	return [2]string{a.PostalCode, a.Country}
}

// TestUnicodeAndPlaces (issue 10, item 9): names in every Unicode form, names of
// nothing visible, language codes, Quartier numbers and outlines.
func TestUnicodeAndPlaces(t *testing.T) {
	cases := map[string]valueCase{
		"decomposed umlaut":           {"a Mac's u + combining diaeresis is stored as ü", withPartner(func(p *Partner) { p.Name = "Mu\u0308ller Sport" }), partnerName, "Müller Sport", nil},
		"zero width inside":           {"a zero-width space inside a name is dropped", withPartner(func(p *Partner) { p.Name = "Kita\u200bSonne" }), partnerName, "KitaSonne", nil},
		"joiner kept":                 {"a zero-width joiner inside an emoji sequence stays", withPartner(func(p *Partner) { p.Name = "Familien 👨\u200d👩\u200d👧 Treff" }), partnerName, "Familien 👨\u200d👩\u200d👧 Treff", nil},
		"only zero width":             {"a name of zero-width spaces is empty", withPartner(func(p *Partner) { p.Name = "\u200b\u200b\ufeff" }), partnerName, "", []string{"name: invalid"}},
		"hangul filler":               {"a name of Hangul fillers shows nothing", withPartner(func(p *Partner) { p.Name = "\u3164\u3164" }), partnerName, "", []string{"name: invalid"}},
		"only emoji":                  {"a name of symbols only names nothing", withPartner(func(p *Partner) { p.Name = "⚽ ⚽" }), partnerName, "⚽ ⚽", []string{"name: invalid"}},
		"language canonical":          {"tags are stored canonical, withdrawn codes replaced, duplicates dropped", withPartner(func(p *Partner) { p.Languages = []string{"DE", "zh-hant", "iw", "he", "tl"} }), languages, []string{"de", "zh-Hant", "he", "fil"}, nil},
		"language unknown":            {"xx is no ISO 639 code", withPartner(func(p *Partner) { p.Languages = []string{"de", "xx"} }), languages, []string{"de", "xx"}, []string{"languages.1: invalid"}},
		"language private":            {"qqq is a private-use code", withPartner(func(p *Partner) { p.Languages = []string{"qqq"} }), languages, []string{"qqq"}, []string{"languages.0: invalid"}},
		"language none":               {"und, zxx and mul name no language", withPartner(func(p *Partner) { p.Languages = []string{"und", "zxx", "mul"} }), languages, []string{"und", "zxx", "mul"}, []string{"languages.0: invalid", "languages.1: invalid", "languages.2: invalid"}},
		"language extension":          {"private extensions are no language", withPartner(func(p *Partner) { p.Languages = []string{"de-x-foo"} }), languages, []string{"de-x-foo"}, []string{"languages.0: invalid"}},
		"quartier number zero":        {"0535 is 535", withQuartier(func(q *Quartier) { q.Number = "0535" }), number, "535", nil},
		"quartier number short":       {"1 is written 001, as the city's statistics do", withQuartier(func(q *Quartier) { q.Number = "1" }), number, "001", nil},
		"quartier number long":        {"longer numbers of another city stay", withQuartier(func(q *Quartier) { q.Number = "001234" }), number, "1234", nil},
		"quartier outline":            {"a small square at Clarenberg is an outline", withQuartier(func(q *Quartier) { q.Geometry = square(7.503, 51.481, 0.005) }), outlineSize, true, nil},
		"quartier outline empty":      {"a polygon without rings is empty", withQuartier(func(q *Quartier) { q.Geometry = json.RawMessage(`{"type":"Polygon","coordinates":[]}`) }), outlineSize, true, []string{"geometry: invalid"}},
		"quartier outline empty ring": {"a polygon with an empty ring", withQuartier(func(q *Quartier) { q.Geometry = json.RawMessage(`{"type":"Polygon","coordinates":[[]]}`) }), outlineSize, true, []string{"geometry: invalid"}},
		"quartier multipolygon empty": {"a multipolygon without polygons", withQuartier(func(q *Quartier) { q.Geometry = json.RawMessage(`{"type":"MultiPolygon","coordinates":[]}`) }), outlineSize, true, []string{"geometry: invalid"}},
		"quartier outline open": {"a ring that does not close", withQuartier(func(q *Quartier) {
			q.Geometry = json.RawMessage(`{"type":"Polygon","coordinates":[[[7.5,51.48],[7.51,51.48],[7.51,51.49],[7.5,51.49]]]}`)
		}), outlineSize, true, []string{"geometry: invalid"}},
		"quartier outline elsewhere": {"an outline in Munich is outside the city", withQuartier(func(q *Quartier) { q.Geometry = square(11.57, 48.14, 0.005) }), outlineSize, true, []string{"geometry: invalid"}},
		"quartier outline swapped":   {"an outline with latitude and longitude swapped", withQuartier(func(q *Quartier) { q.Geometry = square(51.481, 7.503, 0.005) }), outlineSize, true, []string{"geometry: invalid"}},
	}
	runValueCases(t, cases)
}

func partnerName(e Entity) any { return e.(*Partner).Name }
func languages(e Entity) any   { return e.(*Partner).Languages }
func number(e Entity) any      { return e.(*Quartier).Number }
func outlineSize(e Entity) any { return len(e.(*Quartier).Geometry) > 0 }

// TestNameKey: names that differ only by normalisation have one key; others do not.
func TestNameKey(t *testing.T) {
	cases := map[string]struct {
		reason string
		a, b   string
		same   bool
	}{
		"nfd":         {"decomposed and composed umlauts", "Müller Sport", "Mu\u0308ller Sport", true},
		"sharp s":     {"ß and SS", "Straßenfußball e.V.", "STRASSENFUSSBALL E.V.", true},
		"capital ß":   {"ẞ and ss", "GROẞE BÜHNE", "große bühne", true},
		"spelled":     {"umlaut spelled out", "Müller", "Mueller", true},
		"punctuation": {"punctuation and spacing", "Kinder- und Jugendhaus", "Kinder und  Jugendhaus", true},
		"invisible":   {"a zero-width space and a soft hyphen", "KitaSonne", "Kita\u200bSon\u00adne", true},
		"other":       {"another name", "Müller Sport", "Miller Sport", false},
		"digits":      {"another number", "SV 1921", "SV 1922", false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := NameKey(tc.a) == NameKey(tc.b); got != tc.same {
				t.Errorf("%s: NameKey(%q)=%q, NameKey(%q)=%q: same %v, want %v", tc.reason, tc.a, NameKey(tc.a), tc.b, NameKey(tc.b), got, tc.same)
			}
		})
	}
}

// TestReferenceRules (issue 10, item 9): an institution must lie in or near its
// Quartier; a Bedarf's ages must suit its institution.
func TestReferenceRules(t *testing.T) {
	withOutline := func() Entity {
		q := testQuartier()
		q.Geometry = square(7.503, 51.481, 0.005)
		return q
	}
	cases := map[string]struct {
		reason         string
		entity, target func() Entity
		errs           []string
	}{
		"kita at its centre": {"a Kita next to the Quartier's centre", func() Entity { return testKita() }, func() Entity { return testQuartier() }, nil},
		"kita 50 km away": {"a Kita 50 km from the Quartier's centre", func() Entity {
			in := testKita()
			in.Location = &GeoPoint{Lat: 51.9607, Lon: 7.6261} // Münster
			return in
		}, func() Entity { return testQuartier() }, []string{"location: invalid"}},
		"kita 4 km from the centre": {"within 5 km of a centre when no outline is known", func() Entity {
			in := testKita()
			in.Location = &GeoPoint{Lat: 51.4816 + 0.036, Lon: 7.5031}
			return in
		}, func() Entity { return testQuartier() }, nil},
		"kita inside the outline": {"inside the outline", func() Entity { return testKita() }, withOutline, nil},
		"kita at the border": {"half a kilometre outside the outline", func() Entity {
			in := testKita()
			in.Location = &GeoPoint{Lat: 51.486 + 0.0045, Lon: 7.503}
			return in
		}, withOutline, nil},
		"kita 3 km outside": {"3 km outside the outline", func() Entity {
			in := testKita()
			in.Location = &GeoPoint{Lat: 51.486 + 0.027, Lon: 7.503}
			return in
		}, withOutline, []string{"location: invalid"}},
		"kita without location": {"no location, nothing to check", func() Entity {
			in := testKita()
			in.Location = nil
			return in
		}, withOutline, nil},
		"bedarf young adults at a kita": {"ages 18–27 at a Kita for 1–6", func() Entity {
			b := testBedarf()
			b.AgeRange = AgeRange{Min: 18, Max: 27}
			return b
		}, func() Entity { return testKita() }, []string{"ageRange: invalid"}},
		"bedarf transition": {"ages 5–8 at a Kita: the move to school", func() Entity {
			b := testBedarf()
			b.AgeRange = AgeRange{Min: 5, Max: 8}
			return b
		}, func() Entity { return testKita() }, nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e, target := tc.entity(), tc.target()
			e.clean()
			target.clean()
			var p problems
			checkReference(&p, e, target)
			if diff := cmp.Diff(append([]string{}, tc.errs...), listed(p)); diff != "" {
				t.Errorf("%s: problems (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestServiceArea (issue 10, item 11): coordinates are checked against the configured
// area, a box or an outline, not a box hard-wired for Dortmund.
func TestServiceArea(t *testing.T) {
	muenster, err := NewBox("Münster", 7.47, 51.84, 7.78, 52.06)
	if err != nil {
		t.Fatal(err)
	}
	mp, err := outline(square(7.47, 51.51, 0.1))
	if err != nil {
		t.Fatal(err)
	}
	city, err := NewOutline("Umriss", mp)
	if err != nil {
		t.Fatal(err)
	}
	centre := func(lat, lon float64) func() Entity {
		return withQuartier(func(q *Quartier) { q.Centroid = &GeoPoint{Lat: lat, Lon: lon} })
	}
	partnerAt := func(lat, lon float64) func() Entity {
		return withPartner(func(p *Partner) { p.Location = &GeoPoint{Lat: lat, Lon: lon} })
	}
	cases := map[string]struct {
		reason string
		area   Area
		entity func() Entity
		errs   []string
	}{
		"dortmund default":      {"Clarenberg lies in the default area", nil, centre(51.4816, 7.5031), nil},
		"essen default":         {"Essen is no Dortmund Quartier", nil, centre(51.4556, 7.0116), []string{"centroid: invalid"}},
		"swapped":               {"swapped latitude and longitude", nil, centre(7.5031, 51.4816), []string{"centroid: invalid"}},
		"beyond wgs84":          {"a latitude beyond 90°", nil, centre(514.8, 7.5), []string{"centroid.lat: invalid"}},
		"muenster box":          {"another city's box accepts its own Quartiere", muenster, centre(51.9607, 7.6261), nil},
		"dortmund in muenster":  {"and refuses Dortmund's", muenster, centre(51.4816, 7.5031), []string{"centroid: invalid"}},
		"outline inside":        {"inside an outline", city, centre(51.51, 7.47), nil},
		"outline slack":         {"0.5 km outside an outline: a border street", city, centre(51.614, 7.47), nil},
		"outline outside":       {"5 km outside an outline", city, centre(51.655, 7.47), []string{"centroid: invalid"}},
		"partner neighbour":     {"a partner in Bochum", nil, partnerAt(51.4818, 7.2162), nil},
		"partner enschede":      {"a partner across the Dutch border", nil, partnerAt(52.2215, 6.8937), nil},
		"partner munich":        {"a partner in Munich is out of reach", nil, partnerAt(48.137, 11.575), []string{"location: invalid"}},
		"partner near muenster": {"partners are measured from the configured area", muenster, partnerAt(52.2215, 6.8937), nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(append([]string{}, tc.errs...), problemsOf(tc.entity(), tc.area)); diff != "" {
				t.Errorf("%s: problems (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
	for _, bad := range [][4]float64{{7.6, 51.4, 7.3, 51.6}, {7.3, 51.4, 7.6, 91}, {7.3, 51.4, 7.3, 51.6}} {
		if _, err := NewBox("x", bad[0], bad[1], bad[2], bad[3]); err == nil {
			t.Errorf("NewBox%v accepted", bad)
		}
	}
}

// TestLanguageNames: match reasons name languages in German, also those a fixed list
// would miss.
func TestLanguageNames(t *testing.T) {
	got := []string{}
	for _, c := range []string{"tr", "ko", "fil", "yue", "zh-Hant", "ckb", "prs"} {
		got = append(got, LanguageName(c))
	}
	want := []string{"Türkisch", "Koreanisch", "Filipino", "Kantonesisch", "Chinesisch (traditionell)", "Zentralkurdisch", "Sprache prs"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LanguageName (-want +got):\n%s", diff)
	}
}

// TestSchoolPhoneNumbers: every telephone number of Dortmund's schools in the NRW school
// list 2024/25 (area code and number in two columns) is accepted in the usual German
// notations and has one E.164 form.
func TestSchoolPhoneNumbers(t *testing.T) {
	const file = "../../../shared/data/dortmund/dortmund_schulen_2024_25_sozialindex.csv"
	f, err := os.Open(file)
	if err != nil {
		t.Skipf("the Dortmund open data is not at %s (%v); skipping the test on real data", file, err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("read %s: %v", file, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	digits := func(s string) string { return strings.TrimSuffix(s, ".0") }
	for _, row := range rows[1:] {
		area, number := digits(row[col["Telefonnummer Vorwahl"]]), digits(row[col["Telefonnummer Durchwahl"]])
		var e164 []string
		for _, typed := range []string{"0" + area + " " + number, "(0" + area + ") " + number, "0" + area + "." + number, "+49 " + area + " " + number} {
			var p problems
			p.checkPhone(path("phone"), typed, DefaultCountry)
			if len(p.list) > 0 {
				t.Errorf("%s: %q refused", row[col["Amtliche Bezeichnung 1"]], typed)
			}
			n, _ := PhoneE164(typed, DefaultCountry)
			e164 = append(e164, n)
		}
		if want := "+49" + area + number; slices.ContainsFunc(e164, func(n string) bool { return n != want }) {
			t.Errorf("%s: E.164 forms %q, want %s", row[col["Amtliche Bezeichnung 1"]], e164, want)
		}
	}
}
