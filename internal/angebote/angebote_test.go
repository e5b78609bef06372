package angebote

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// catalogueOf is the catalogue of es, loaded, as anonymous callers see it, and the
// public catalogue over it with options o.
func catalogueOf(t testing.TB, o Options, es ...drehscheibe.Entity) (*Handler, *catalog.View) {
	t.Helper()
	c := catalog.New(fixture.Source{Entities: es}, catalog.Options{})
	if err := c.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	return New(c.Current, o), c.Current().As(drehscheibe.Principal{})
}

// get sends GET path to h and returns the answer.
func get(t testing.TB, h http.Handler, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "http://drehscheibe.test"+path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t testing.TB, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseSearch(t *testing.T) {
	bezirke := []string{"Hörde", "Innenstadt-Nord"}
	for _, c := range []struct {
		raw   string
		want  search
		param string // the parameter refused, "" for none
	}{
		{"", search{Age: -1, Page: 1}, ""},
		{"q=+Fu%C3%9Fball+&thema=&alter=&einrichtung=&bezirk=", search{Text: "Fußball", Age: -1, Page: 1}, ""},
		{"thema=MUSIK-kultur&alter=0&einrichtung=jugendfreizeitstaette&bezirk=hoerde&kostenlos=ja&seite=3",
			search{Theme: drehscheibe.ThemeMusikKultur, Age: 0, Type: drehscheibe.InstitutionJugendfreizeitstaette, Bezirk: "Hörde", Free: true, Page: 3}, ""},
		{"bezirk=INNENSTADT+NORD", search{Bezirk: "Innenstadt-Nord", Age: -1, Page: 1}, ""},
		{"utm_source=x&q=Tanz", search{Text: "Tanz", Age: -1, Page: 1}, ""},
		{"alter=27", search{Age: 27, Page: 1}, ""},
		{"alter=28", search{Age: -1, Page: 1}, paramAge},
		{"alter=+8+", search{Age: 8, Page: 1}, ""},
		{"alter=0x8", search{Age: -1, Page: 1}, paramAge},
		{"alter=0008", search{Age: -1, Page: 1}, paramAge},
		{"thema=SPORT_GESUNDHEIT", search{Age: -1, Page: 1}, paramTheme},
		{"einrichtung=kita&einrichtung=kita", search{Age: -1, Page: 1}, paramType},
		{"seite=10000", search{Age: -1, Page: 10000}, ""},
		{"seite=10001", search{Age: -1, Page: 1}, paramPage},
		{"kostenlos=on", search{Age: -1, Page: 1}, paramFree},
		{"bezirk=" + strings.Repeat("H", 101), search{Age: -1, Page: 1}, paramBezirk},
		// a bad value keeps what could be read, for the form
		{"thema=bne&alter=x&q=Wald", search{Text: "Wald", Theme: drehscheibe.ThemeBNE, Age: -1, Page: 1}, paramAge},
		{"q=" + strings.Repeat("ä", 201), search{Text: strings.Repeat("ä", 200) + "…", Age: -1, Page: 1}, paramText},
		{"q=%zz", search{Age: -1, Page: 1}, ""},
	} {
		got, problem := parseSearch(c.raw, bezirke)
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%.60s: (-want +got)\n%s", c.raw, d)
		}
		switch {
		case c.raw == "q=%zz":
			if problem == nil || problem.Param != "" {
				t.Errorf("%s: %+v, want a refusal of the whole query", c.raw, problem)
			}
		case c.param == "" && problem != nil:
			t.Errorf("%.60s: refused %+v", c.raw, problem)
		case c.param != "" && (problem == nil || problem.Param != c.param):
			t.Errorf("%.60s: %+v, want %s refused", c.raw, problem, c.param)
		}
	}
}

// TestSearchHref: a search has one address: parameters in order, page 1 left out; a
// search read from its address is the same search.
func TestSearchHref(t *testing.T) {
	s := search{Text: "Kunst & Spiel", Theme: drehscheibe.ThemeBNE, Age: 7, Type: drehscheibe.InstitutionKita, Bezirk: "Hörde", Free: true, Page: 1}
	if got, want := s.href(1), "/angebote?alter=7&bezirk=H%C3%B6rde&einrichtung=kita&kostenlos=ja&q=Kunst+%26+Spiel&thema=bne"; got != want {
		t.Errorf("href %s, want %s", got, want)
	}
	back, problem := parseSearch(strings.TrimPrefix(s.href(4), Prefix+"?"), []string{"Hörde"})
	s.Page = 4
	if problem != nil || back != s {
		t.Errorf("read back %+v (%v), want %+v", back, problem, s)
	}
	if got := (search{Age: -1}).href(1); got != Prefix {
		t.Errorf("empty search: %s", got)
	}
}

func TestPager(t *testing.T) {
	texts := func(ls []link) string {
		var out []string
		for _, l := range ls {
			if l.Current {
				out = append(out, "["+l.Text+"]")
			} else {
				out = append(out, l.Text)
			}
		}
		return strings.Join(out, " ")
	}
	s := search{Age: -1}
	for _, c := range []struct {
		current, pages int
		want           string
	}{
		{1, 1, "[1]"},
		{1, 3, "[1] 2 3"},
		{1, 9, "[1] 2 3 … 9"},
		{5, 9, "1 … 3 4 [5] 6 7 … 9"},
		{4, 9, "1 2 3 [4] 5 6 … 9"},
		{9, 9, "1 … 7 8 [9]"},
	} {
		if got := texts(pager(s, c.current, c.pages)); got != c.want {
			t.Errorf("page %d of %d: %s, want %s", c.current, c.pages, got, c.want)
		}
	}
}

func TestGermanWords(t *testing.T) {
	m := &drehscheibe.Modul{CostCent: 123456, CostUnit: drehscheibe.PerSession}
	for _, c := range []struct{ got, want string }{
		{cost(m), "1.234,56 € pro Termin"},
		{cost(&drehscheibe.Modul{}), "kostenlos"},
		{ages(drehscheibe.AgeRange{Min: 3, Max: 3}), "3 Jahre"},
		{ages(drehscheibe.AgeRange{Min: 6, Max: 10}), "6–10 Jahre"},
		{groupSize(drehscheibe.GroupSize{Min: 12, Max: 12}), "12 Personen"},
		{period(drehscheibe.Period{From: drehscheibe.Date{Year: 2026, Month: 8, Day: 1}}), "ab 01.08.2026"},
		{strings.Join(slots([]drehscheibe.Slot{{Weekday: drehscheibe.Wednesday, TimeSlot: drehscheibe.Afternoon},
			{Weekday: drehscheibe.Monday, TimeSlot: drehscheibe.Afternoon}, {Weekday: drehscheibe.Friday, TimeSlot: drehscheibe.Morning}}), "; "),
			"Vormittag (8–12 Uhr): Freitag; Nachmittag (14–17 Uhr): Montag, Mittwoch"},
		{strings.Join(slots(nil), ""), "nach Absprache"},
		{address(drehscheibe.Address{Street: "Grote Markt", HouseNumber: "1", PostalCode: "7511 AB", City: "Enschede", Country: "NL"}), "Grote Markt 1, 7511 AB Enschede, NL"},
		{short("Ein kurzer Text.", 40), "Ein kurzer Text."},
		{short("Eins zwei drei vier fünf sechs sieben", 20), "Eins zwei drei vier …"},
		{short(strings.Repeat("x", 30), 20), strings.Repeat("x", 20) + "…"},
		{strings.Join(paragraphs("Erster Absatz.\n\n  \nZweiter\nmit Umbruch.\n"), "|"), "Erster Absatz.|Zweiter\nmit Umbruch."},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}

func TestMatchingTag(t *testing.T) {
	tag := `"7-abc"`
	for header, want := range map[string]string{
		`"7-abc"`:                    `"7-abc"`,
		`W/"7-abc"`:                  `"7-abc"`,
		`"6-abc", "7-abc-gzip"`:      `"7-abc-gzip"`,
		`*`:                          `"7-abc"`,
		`"6-abc"`:                    "",
		``:                           "",
		`"7-abc-zstd"`:               "",
		strings.Repeat(`"x",`, 2000): "",
	} {
		if got := matchingTag(header, tag); got != want {
			t.Errorf("If-None-Match %.30s: %q, want %q", header, got, want)
		}
	}
}

// TestPagesOfTheDemoCatalogue renders every page of the demo catalogue through the
// handler: each answers 200, with the base address of the options in its canonical
// link and in the sitemap.
func TestPagesOfTheDemoCatalogue(t *testing.T) {
	h, v := catalogueOf(t, Options{BaseURL: "https://angebote.dortmund.example/"}, demo.Entities()...)
	paths := []string{"/angebote", "/angebote?bezirk=Mengede&kostenlos=ja"}
	for _, m := range v.Module(catalog.ModulFilter{}, catalog.Order{}).All() {
		paths = append(paths, modulHref(m.ID))
	}
	for _, p := range v.Partners(catalog.PartnerFilter{}, catalog.Order{}).All() {
		paths = append(paths, partnerHref(p.ID))
	}
	for _, path := range paths {
		r := get(t, h, path)
		b := body(t, r)
		if r.StatusCode != http.StatusOK || !strings.Contains(b, `<link rel="canonical" href="https://angebote.dortmund.example`+strings.ReplaceAll(path, "&", "&amp;")+`">`) {
			t.Errorf("%s: %d\n%.500s", path, r.StatusCode, b)
		}
	}
	plain, _ := catalogueOf(t, Options{}, demo.Entities()...)
	robots := body(t, get(t, plain.Robots(), "/robots.txt"))
	if !strings.Contains(robots, "Sitemap: http://drehscheibe.test/angebote/sitemap.xml\n") {
		t.Errorf("robots.txt without PUBLIC_URL names the request's host:\n%s", robots)
	}
}

// TestSitemapInParts: a catalogue larger than one sitemap is listed in parts that
// together hold every address once.
func TestSitemapInParts(t *testing.T) {
	defer func(n int) { sitemapLimit = n }(sitemapLimit)
	sitemapLimit = 50
	h, v := catalogueOf(t, Options{}, demo.Entities()...)
	total := sitemapSize(v)
	var index struct {
		Locs []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal([]byte(body(t, get(t, h, sitemapPath))), &index); err != nil {
		t.Fatal(err)
	}
	if want := (total + 49) / 50; len(index.Locs) != want {
		t.Fatalf("index of %d parts, want %d", len(index.Locs), want)
	}
	seen := map[string]bool{}
	for i, loc := range index.Locs {
		if want := fmt.Sprintf("http://drehscheibe.test%s%d.xml", sitemapPartPath, i+1); loc != want {
			t.Errorf("part %d at %s, want %s", i+1, loc, want)
		}
		var set struct {
			Locs []string `xml:"url>loc"`
		}
		if err := xml.Unmarshal([]byte(body(t, get(t, h, strings.TrimPrefix(loc, "http://drehscheibe.test")))), &set); err != nil {
			t.Fatal(err)
		}
		for _, l := range set.Locs {
			if seen[l] {
				t.Errorf("%s listed twice", l)
			}
			seen[l] = true
		}
	}
	if len(seen) != total {
		t.Errorf("the parts list %d addresses, want %d", len(seen), total)
	}
	if r := get(t, h, fmt.Sprintf("%s%d.xml", sitemapPartPath, len(index.Locs)+1)); r.StatusCode != http.StatusNotFound {
		t.Errorf("a part beyond the last: %d", r.StatusCode)
	}
}

// TestNotLoaded: while the catalogue loads, pages say so (503, German, Retry-After).
func TestNotLoaded(t *testing.T) {
	h := New(func() *catalog.Snapshot { return &catalog.Snapshot{} }, Options{})
	r := get(t, h, "/angebote")
	if b := body(t, r); r.StatusCode != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" || !strings.Contains(b, "Der Katalog wird gerade geladen") {
		t.Errorf("%d %q", r.StatusCode, b)
	}
}

// BenchmarkList: the list page at 10 000 Module — the first page unfiltered (counted
// without walking), a deep page, a search with filters, and one by Stadtbezirk.
func BenchmarkList(b *testing.B) {
	h, _ := catalogueOf(b, Options{}, append(demo.Entities(), demo.Generate(10000, 1)...)...)
	for _, path := range []string{"/angebote", "/angebote?seite=400", "/angebote?q=Fussball&alter=8", "/angebote?thema=sport-gesundheit&bezirk=H%C3%B6rde"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				if r := get(b, h, path); r.StatusCode != http.StatusOK {
					b.Fatal(r.StatusCode)
				}
			}
		})
	}
}
