package drehscheibe_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// The seed corpora run as ordinary tests; `go test -fuzz FuzzX ./internal/drehscheibe`
// explores further.

// invalidOnly fails unless err is nil or EINVALID listing each problem with a field and
// a readable message.
func invalidOnly(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	e, ok := drehscheibe.AsError(err)
	if !ok || e.Code != drehscheibe.EINVALID || len(e.Problems) == 0 {
		t.Fatalf("want EINVALID with problems, got %#v", err)
	}
	for _, p := range e.Problems {
		if len(p.Field) == 0 || p.Message == "" || !utf8.ValidString(p.Message) {
			t.Fatalf("problem without field or readable message: %#v", p)
		}
	}
}

func FuzzID(f *testing.F) {
	for _, s := range []string{"mod_aaaaaaaaaaaaaaaaaaaaaaaaaa", "mod_", "_abc", "MOD_x", "mod_$where", "key_a", "aud_b", strings.Repeat("a", 100), "qua_\x00", "kc_é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id := drehscheibe.ID(s)
		k := id.Kind()
		if k == "" {
			return
		}
		if !id.Is(k) || len(s) > 64 || strings.ContainsAny(s, "$.{}\x00 ") {
			t.Fatalf("%q accepted as a %s ID", s, k)
		}
	})
}

func FuzzParseToken(f *testing.F) {
	for _, s := range []string{"dsk.aaaa.bbbb", "dsk..x", "dsk.a.", "Bearer dsk.a.b", "dsk.$where.x", "dsk." + strings.Repeat("a", 300) + ".b", "dsk.a.b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, secret, ok := drehscheibe.ParseToken(s)
		if !ok {
			return
		}
		body := strings.TrimPrefix(string(id), "key_")
		if !id.Is(drehscheibe.KindApiKey) || secret == "" || "dsk."+body+"."+secret != s {
			t.Fatalf("%q parses to %q / %q", s, id, secret)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-08-01", "2026-02-30", "0000-01-01", "99999-01-01", "2026-8-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := drehscheibe.ParseDate(s)
		if err != nil {
			return
		}
		if back, err := drehscheibe.ParseDate(d.String()); err != nil || back != d {
			t.Fatalf("%q → %v → %q does not round-trip", s, d, d.String())
		}
	})
}

func FuzzModulValidate(f *testing.F) {
	f.Add("Fußball-AG", "Bewegung", "Teamgeist", "SPORT_GESUNDHEIT", "de", 6, 10, 8, 16, 3, int64(0), "MONDAY", "AFTERNOON", "2026-08-01", "2027-07-31")
	f.Add("", "\x00", "$where", "KOCHEN", "xx-yy", -1, 99, 20, 2, -5, int64(-1), "SUNDAY", "NIGHT", "2027-01-01", "2026-01-01")
	f.Add(strings.Repeat("x", 1000), "a\xffb", strings.Repeat("t", 200), "BNE", "tr", 27, 0, 0, 0, 1001, int64(1e12), "", "", "", "")
	f.Fuzz(func(t *testing.T, title, desc, tag, theme, lang string, amin, amax, gmin, gmax, capacity int, cost int64,
		weekday, slot, from, to string) {
		m := fixture.New("").Modul
		m.Title, m.Description, m.Tags, m.Theme, m.Languages = title, desc, []string{tag}, drehscheibe.Theme(theme), []string{lang}
		m.AgeRange, m.GroupSize = drehscheibe.AgeRange{Min: amin, Max: amax}, drehscheibe.GroupSize{Min: gmin, Max: gmax}
		m.Capacity, m.CostCent = capacity, cost
		m.Schedule.Slots = []drehscheibe.Slot{{Weekday: drehscheibe.Weekday(weekday), TimeSlot: drehscheibe.TimeSlot(slot)}}
		m.Schedule.Period.From, _ = drehscheibe.ParseDate(from)
		m.Schedule.Period.To, _ = drehscheibe.ParseDate(to)
		invalidOnly(t, m.Validate())
	})
}

func FuzzPartnerValidate(f *testing.F) {
	f.Add("SV Clarenberg", "info@sv.de", "+49 231 1234", "https://sv.de", 3.5, 51.5, 7.4)
	f.Add("", "not-an-email", "call me", "javascript:alert(1)", -1.0, 91.0, 200.0)
	f.Add("x", "a@b", "\x00", "http://", 1e308, -0.0, 7.0)
	f.Fuzz(func(t *testing.T, name, email, phone, website string, radius, lat, lon float64) {
		p := fixture.New("").Partner
		p.Name, p.Website = name, website
		p.Contact = drehscheibe.Contact{Name: name, Email: email, Phone: phone}
		p.ServiceArea.RadiusKm = radius
		p.Location = &drehscheibe.GeoPoint{Lat: lat, Lon: lon}
		invalidOnly(t, p.Validate())
	})
}

func FuzzQuartierValidate(f *testing.F) {
	f.Add("Clarenberg", "535", "Hörde", 30.5, 2.5, []byte(`{"type":"Polygon","coordinates":[[[7.49,51.48],[7.5,51.48],[7.5,51.49],[7.49,51.48]]]}`))
	f.Add("", "abc", "", -1.0, 10.0, []byte(`{"$where": "1", "a.b": 2}`))
	f.Add("x", "1234567", "y", 101.0, 0.5, []byte(`[1,2,`))
	f.Fuzz(func(t *testing.T, name, number, bezirk string, pct, sozialindex float64, geometry []byte) {
		q := fixture.New("").Quartier
		q.Name, q.Number, q.Stadtbezirk = name, number, bezirk
		q.Indicators.ChildPovertyPct, q.Indicators.SchoolSozialindex = &pct, &sozialindex
		q.Geometry = json.RawMessage(geometry)
		invalidOnly(t, q.Validate())
	})
}

func FuzzBedarfAndCampusValidate(f *testing.F) {
	f.Add("Bewegung", "SPORT_GESUNDHEIT", 6, 10, 12, int64(20000), "Fußball", 2026, "PROJEKTE", int64(1000000))
	f.Add("", "X", 10, 6, -1, int64(-1), "", 1999, "", int64(-5))
	f.Fuzz(func(t *testing.T, title, theme string, amin, amax, group int, budget int64, keyword string, year int, category string, amount int64) {
		s := fixture.New("")
		b := s.Bedarf
		b.Title, b.Theme, b.AgeRange, b.GroupSize, b.BudgetCent, b.Keywords = title, drehscheibe.Theme(theme),
			drehscheibe.AgeRange{Min: amin, Max: amax}, group, &budget, []string{keyword}
		invalidOnly(t, b.Validate())
		k := s.Kindercampus
		k.Name, k.Budget = title, []drehscheibe.BudgetLine{{Year: year, Category: drehscheibe.BudgetCategory(category), AmountCent: amount}}
		invalidOnly(t, k.Validate())
	})
}

func FuzzApiKeyValidate(f *testing.F) {
	f.Add("Servicestelle", "SERVICESTELLE", "", "")
	f.Add("", "ADMIN", "par_x", "KOCHEN")
	f.Add("Koordination", "COORDINATOR", "", "BNE")
	f.Fuzz(func(t *testing.T, name, role, partner, theme string) {
		k := &drehscheibe.ApiKey{Name: name, Role: drehscheibe.Role(role), Hash: strings.Repeat("0", 64),
			Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(partner)}}
		if theme != "" {
			k.Themes = []drehscheibe.Theme{drehscheibe.Theme(theme)}
		}
		invalidOnly(t, k.Validate())
	})
}
