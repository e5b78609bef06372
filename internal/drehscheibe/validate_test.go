package drehscheibe_test

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
)

// wantProblem checks that err is EINVALID and names field with code.
func wantProblem(t *testing.T, reason string, err error, field, code string) {
	t.Helper()
	e, ok := drehscheibe.AsError(err)
	if !ok || e.Code != drehscheibe.EINVALID {
		t.Fatalf("%s: got %v, want an EINVALID error", reason, err)
	}
	for _, p := range e.Problems {
		if strings.Join(p.Field, ".") == field && p.Code == code {
			if p.Message == "" {
				t.Errorf("%s: problem at %s has no message", reason, field)
			}
			return
		}
	}
	t.Errorf("%s: no %s problem at %q in %v", reason, code, field, e.Problems)
}

func TestFixturesAreValid(t *testing.T) {
	for _, e := range fixture.New("").Entities() {
		if err := e.Validate(); err != nil {
			t.Errorf("%T: %v", e, err)
		}
	}
}

func TestValidationRules(t *testing.T) {
	long := strings.Repeat("x", drehscheibe.MaxDescriptionLength+1)
	cases := map[string]struct {
		reason string
		mutate func(s fixture.Set) drehscheibe.Entity
		field  string
		code   string
	}{
		"quartier name required": {"a Quartier needs a name", func(s fixture.Set) drehscheibe.Entity { s.Quartier.Name = ""; return s.Quartier }, "name", drehscheibe.EINVALID},
		"quartier number digits": {"the Unterbezirk number is digits", func(s fixture.Set) drehscheibe.Entity { s.Quartier.Number = "53a"; return s.Quartier }, "number", drehscheibe.EINVALID},
		"quartier poverty range": {"a share is 0–100 %", func(s fixture.Set) drehscheibe.Entity {
			v := 120.0
			s.Quartier.Indicators.ChildPovertyPct = &v
			return s.Quartier
		}, "indicators.childPovertyPct", drehscheibe.EINVALID},
		"quartier poverty NaN": {"NaN is no share", func(s fixture.Set) drehscheibe.Entity {
			v := math.NaN()
			s.Quartier.Indicators.Share0to6Pct = &v
			return s.Quartier
		}, "indicators.share0to6Pct", drehscheibe.EINVALID},
		"quartier sozialindex": {"the Sozialindex is 1–9", func(s fixture.Set) drehscheibe.Entity {
			v := 0.0
			s.Quartier.Indicators.SchoolSozialindex = &v
			return s.Quartier
		}, "indicators.schoolSozialindex", drehscheibe.EINVALID},
		"quartier geometry": {"geometry must be a polygon", func(s fixture.Set) drehscheibe.Entity {
			s.Quartier.Geometry = json.RawMessage(`{"type":"Point","coordinates":[7,51]}`)
			return s.Quartier
		}, "geometry", drehscheibe.EINVALID},
		"quartier geometry json": {"geometry must be JSON", func(s fixture.Set) drehscheibe.Entity { s.Quartier.Geometry = json.RawMessage(`{`); return s.Quartier }, "geometry", drehscheibe.EINVALID},
		"quartier centroid swapped": {"lat/lon swapped is outside the service area", func(s fixture.Set) drehscheibe.Entity {
			s.Quartier.Centroid = &drehscheibe.GeoPoint{Lat: 7.5, Lon: 51.4}
			return s.Quartier
		}, "centroid", drehscheibe.EINVALID},
		"quartier centroid no coordinate": {"a latitude beyond 90° is no coordinate", func(s fixture.Set) drehscheibe.Entity {
			s.Quartier.Centroid = &drehscheibe.GeoPoint{Lat: 514.5, Lon: 7.4}
			return s.Quartier
		}, "centroid.lat", drehscheibe.EINVALID},
		"institution type":          {"the type must be known", func(s fixture.Set) drehscheibe.Entity { s.School.Type = "SCHULE"; return s.School }, "type", drehscheibe.EINVALID},
		"institution quartier":      {"an institution needs a Quartier", func(s fixture.Set) drehscheibe.Entity { s.School.QuartierID = ""; return s.School }, "quartierId", drehscheibe.EINVALID},
		"institution quartier kind": {"a partner ID is no Quartier", func(s fixture.Set) drehscheibe.Entity { s.School.QuartierID = s.Partner.ID; return s.School }, "quartierId", drehscheibe.ENOTFOUND},
		"institution age max":       {"ages stop at 27", func(s fixture.Set) drehscheibe.Entity { s.School.AgeRange.Max = 28; return s.School }, "ageRange.max", drehscheibe.EINVALID},
		"institution age order": {"min ≤ max", func(s fixture.Set) drehscheibe.Entity {
			s.School.AgeRange = drehscheibe.AgeRange{Min: 10, Max: 6}
			return s.School
		}, "ageRange", drehscheibe.EINVALID},
		"institution age negative": {"no negative ages", func(s fixture.Set) drehscheibe.Entity { s.School.AgeRange.Min = -1; return s.School }, "ageRange.min", drehscheibe.EINVALID},
		"institution children":     {"children is a count ≥ 0", func(s fixture.Set) drehscheibe.Entity { s.School.Children = -3; return s.School }, "children", drehscheibe.EINVALID},
		"institution ogs kita":     {"OGS only at schools", func(s fixture.Set) drehscheibe.Entity { s.Kita.OGS = true; return s.Kita }, "ogs", drehscheibe.EINVALID},
		"institution language":     {"languages are ISO codes", func(s fixture.Set) drehscheibe.Entity { s.School.Languages = []string{"Deutsch"}; return s.School }, "languages.0", drehscheibe.EINVALID},
		"institution postal code":  {"postal codes have five digits", func(s fixture.Set) drehscheibe.Entity { s.School.Address.PostalCode = "4426"; return s.School }, "address.postalCode", drehscheibe.EINVALID},
		"institution website":      {"websites are http(s)", func(s fixture.Set) drehscheibe.Entity { s.School.Website = "javascript:alert(1)"; return s.School }, "website", drehscheibe.EINVALID},
		"institution email":        {"e-mails are well-formed", func(s fixture.Set) drehscheibe.Entity { s.School.Contact.Email = "kein-at-zeichen"; return s.School }, "contact.email", drehscheibe.EINVALID},
		"institution email display": {"a display name is not an address", func(s fixture.Set) drehscheibe.Entity {
			s.School.Contact.Email = "Max <max@example.org>"
			return s.School
		}, "contact.email", drehscheibe.EINVALID},
		"institution phone":        {"phones are digits", func(s fixture.Set) drehscheibe.Entity { s.School.Contact.Phone = "call me"; return s.School }, "contact.phone", drehscheibe.EINVALID},
		"institution name control": {"no control characters", func(s fixture.Set) drehscheibe.Entity { s.School.Name = "Schule\x00"; return s.School }, "name", drehscheibe.EINVALID},
		"institution name utf8":    {"valid UTF-8 only", func(s fixture.Set) drehscheibe.Entity { s.School.Name = "Schule \xff"; return s.School }, "name", drehscheibe.EINVALID},
		"partner themes":           {"a partner works in a theme", func(s fixture.Set) drehscheibe.Entity { s.Partner.Themes = nil; return s.Partner }, "themes", drehscheibe.EINVALID},
		"partner theme unknown": {"themes must be known", func(s fixture.Set) drehscheibe.Entity {
			s.Partner.Themes = []drehscheibe.Theme{"KOCHEN"}
			return s.Partner
		}, "themes.0", drehscheibe.EINVALID},
		"partner theme twice": {"no duplicate themes", func(s fixture.Set) drehscheibe.Entity {
			s.Partner.Themes = []drehscheibe.Theme{drehscheibe.ThemeBNE, drehscheibe.ThemeBNE}
			return s.Partner
		}, "themes.1", drehscheibe.EINVALID},
		"partner kind":            {"kinds must be known", func(s fixture.Set) drehscheibe.Entity { s.Partner.Kind = "CLUB"; return s.Partner }, "kind", drehscheibe.EINVALID},
		"partner radius":          {"radius 0–50 km", func(s fixture.Set) drehscheibe.Entity { s.Partner.ServiceArea.RadiusKm = 80; return s.Partner }, "serviceArea.radiusKm", drehscheibe.EINVALID},
		"partner radius location": {"a radius needs a location", func(s fixture.Set) drehscheibe.Entity { s.Partner.Location = nil; return s.Partner }, "serviceArea.radiusKm", drehscheibe.EINVALID},
		"partner quartier ref": {"served Quartiere are Quartier IDs", func(s fixture.Set) drehscheibe.Entity {
			s.Partner.ServiceArea.QuartierIDs = []drehscheibe.ID{"mod_aaaa"}
			return s.Partner
		}, "serviceArea.quartierIds.0", drehscheibe.ENOTFOUND},
		"partner description long": {"descriptions are bounded", func(s fixture.Set) drehscheibe.Entity { s.Partner.Description = long; return s.Partner }, "description", drehscheibe.EINVALID},
		"modul title required":     {"a Modul needs a title", func(s fixture.Set) drehscheibe.Entity { s.Modul.Title = ""; return s.Modul }, "title", drehscheibe.EINVALID},
		"modul title long":         {"titles are bounded", func(s fixture.Set) drehscheibe.Entity { s.Modul.Title = strings.Repeat("ä", 151); return s.Modul }, "title", drehscheibe.EINVALID},
		"modul description":        {"a Modul needs a description", func(s fixture.Set) drehscheibe.Entity { s.Modul.Description = ""; return s.Modul }, "description", drehscheibe.EINVALID},
		"modul partner":            {"a Modul needs a partner", func(s fixture.Set) drehscheibe.Entity { s.Modul.PartnerID = ""; return s.Modul }, "partnerId", drehscheibe.EINVALID},
		"modul theme":              {"the theme must be known", func(s fixture.Set) drehscheibe.Entity { s.Modul.Theme = ""; return s.Modul }, "theme", drehscheibe.EINVALID},
		"modul further has primary": {"the primary theme is not a further one", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.FurtherThemes = []drehscheibe.Theme{s.Modul.Theme}
			return s.Modul
		}, "furtherThemes", drehscheibe.EINVALID},
		"modul targets":  {"at least one target type", func(s fixture.Set) drehscheibe.Entity { s.Modul.TargetTypes = nil; return s.Modul }, "targetTypes", drehscheibe.EINVALID},
		"modul formats":  {"at least one format", func(s fixture.Set) drehscheibe.Entity { s.Modul.Formats = nil; return s.Modul }, "formats", drehscheibe.EINVALID},
		"modul delivery": {"at least one delivery mode", func(s fixture.Set) drehscheibe.Entity { s.Modul.DeliveryModes = nil; return s.Modul }, "deliveryModes", drehscheibe.EINVALID},
		"modul delivery unknown": {"delivery modes must be known", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.DeliveryModes = []drehscheibe.DeliveryMode{"$where"}
			return s.Modul
		}, "deliveryModes.0", drehscheibe.EINVALID},
		"modul group order": {"group min ≤ max", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.GroupSize = drehscheibe.GroupSize{Min: 20, Max: 10}
			return s.Modul
		}, "groupSize", drehscheibe.EINVALID},
		"modul group zero":            {"groups have a participant", func(s fixture.Set) drehscheibe.Entity { s.Modul.GroupSize.Min = 0; return s.Modul }, "groupSize.min", drehscheibe.EINVALID},
		"modul capacity":              {"capacity ≥ 0", func(s fixture.Set) drehscheibe.Entity { s.Modul.Capacity = -1; return s.Modul }, "capacity", drehscheibe.EINVALID},
		"modul capacity below booked": {"capacity not below bookings", func(s fixture.Set) drehscheibe.Entity { s.Modul.Booked = 3; s.Modul.Capacity = 2; return s.Modul }, "capacity", drehscheibe.EINVALID},
		"modul cost":                  {"cost ≥ 0", func(s fixture.Set) drehscheibe.Entity { s.Modul.CostCent = -100; return s.Modul }, "costCent", drehscheibe.EINVALID},
		"modul cost huge":             {"cost is bounded", func(s fixture.Set) drehscheibe.Entity { s.Modul.CostCent = math.MaxInt64; return s.Modul }, "costCent", drehscheibe.EINVALID},
		"modul cost unit":             {"cost units must be known", func(s fixture.Set) drehscheibe.Entity { s.Modul.CostUnit = ""; return s.Modul }, "costUnit", drehscheibe.EINVALID},
		"modul slot duplicate": {"slots are unique", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Schedule.Slots = append(s.Modul.Schedule.Slots, s.Modul.Schedule.Slots[0])
			return s.Modul
		}, "schedule.slots.2", drehscheibe.EINVALID},
		"modul slot weekday": {"weekdays must be known", func(s fixture.Set) drehscheibe.Entity { s.Modul.Schedule.Slots[0].Weekday = "FUNDAY"; return s.Modul }, "schedule.slots.0.weekday", drehscheibe.EINVALID},
		"modul period order": {"the period ends after it starts", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Schedule.Period.To = drehscheibe.Date{Year: 2026, Month: 1, Day: 1}
			return s.Modul
		}, "schedule.period.to", drehscheibe.EINVALID},
		"modul period long": {"periods are at most five years", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Schedule.Period.To = drehscheibe.Date{Year: 2035, Month: 1, Day: 1}
			return s.Modul
		}, "schedule.period.to", drehscheibe.EINVALID},
		"modul period year": {"dates are in 2000–2100", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Schedule.Period.From = drehscheibe.Date{Year: 1999, Month: 1, Day: 1}
			return s.Modul
		}, "schedule.period.from", drehscheibe.EINVALID},
		"modul duration": {"sessions last 15–600 minutes", func(s fixture.Set) drehscheibe.Entity { s.Modul.Schedule.DurationMinutes = 5; return s.Modul }, "schedule.durationMinutes", drehscheibe.EINVALID},
		"modul sessions": {"sessions ≥ 0", func(s fixture.Set) drehscheibe.Entity { s.Modul.Schedule.Sessions = -1; return s.Modul }, "schedule.sessions", drehscheibe.EINVALID},
		"modul tags many": {"at most 20 tags", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Tags = slices.Repeat([]string{"a"}, 21)
			return s.Modul
		}, "tags", drehscheibe.EINVALID},
		"modul tag long": {"tags are short", func(s fixture.Set) drehscheibe.Entity {
			s.Modul.Tags = []string{strings.Repeat("t", drehscheibe.MaxTagLength+1)}
			return s.Modul
		}, "tags.0", drehscheibe.EINVALID},
		"modul status":       {"statuses must be known", func(s fixture.Set) drehscheibe.Entity { s.Modul.Status = "LIVE"; return s.Modul }, "status", drehscheibe.EINVALID},
		"bedarf institution": {"a need belongs to an institution", func(s fixture.Set) drehscheibe.Entity { s.Bedarf.InstitutionID = ""; return s.Bedarf }, "institutionId", drehscheibe.EINVALID},
		"bedarf group":       {"group size 1–500", func(s fixture.Set) drehscheibe.Entity { s.Bedarf.GroupSize = 0; return s.Bedarf }, "groupSize", drehscheibe.EINVALID},
		"bedarf budget":      {"budget ≥ 0", func(s fixture.Set) drehscheibe.Entity { v := int64(-1); s.Bedarf.BudgetCent = &v; return s.Bedarf }, "budgetCent", drehscheibe.EINVALID},
		"bedarf priority":    {"priorities must be known", func(s fixture.Set) drehscheibe.Entity { s.Bedarf.Priority = "URGENT"; return s.Bedarf }, "priority", drehscheibe.EINVALID},
		"bedarf age": {"min ≤ max for needs", func(s fixture.Set) drehscheibe.Entity {
			s.Bedarf.AgeRange = drehscheibe.AgeRange{Min: 9, Max: 3}
			return s.Bedarf
		}, "ageRange", drehscheibe.EINVALID},
		"campus anchor":      {"a campus has an anchor school", func(s fixture.Set) drehscheibe.Entity { s.Kindercampus.AnchorSchoolID = ""; return s.Kindercampus }, "anchorSchoolId", drehscheibe.EINVALID},
		"campus budget year": {"budget years are plausible", func(s fixture.Set) drehscheibe.Entity { s.Kindercampus.Budget[0].Year = 1990; return s.Kindercampus }, "budget.0.year", drehscheibe.EINVALID},
		"campus budget negative": {"budget amounts ≥ 0", func(s fixture.Set) drehscheibe.Entity {
			s.Kindercampus.Budget[0].AmountCent = -1
			return s.Kindercampus
		}, "budget.0.amountCent", drehscheibe.EINVALID},
		"campus budget twice": {"one line per year and category", func(s fixture.Set) drehscheibe.Entity {
			s.Kindercampus.Budget[1].Category = s.Kindercampus.Budget[0].Category
			return s.Kindercampus
		}, "budget.1", drehscheibe.EINVALID},
		"campus manager email": {"the manager's e-mail is well-formed", func(s fixture.Set) drehscheibe.Entity { s.Kindercampus.Manager.Email = "a@b"; return s.Kindercampus }, "manager.email", drehscheibe.EINVALID},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e := tc.mutate(fixture.New(""))
			wantProblem(t, tc.reason, e.Validate(), tc.field, tc.code)
		})
	}
}

func TestPriority(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	cases := map[string]struct {
		reason string
		q      drehscheibe.Quartier
		want   float64
	}{
		"all known":      {"weights 0.6/0.2/0.2", drehscheibe.Quartier{SozialeStadt: true, Indicators: drehscheibe.Indicators{ChildPovertyPct: f(25), SchoolSozialindex: f(5)}}, 0.6*0.5 + 0.2 + 0.2*0.5},
		"saturated":      {"poverty caps at 50 %", drehscheibe.Quartier{SozialeStadt: true, Indicators: drehscheibe.Indicators{ChildPovertyPct: f(70), SchoolSozialindex: f(9)}}, 1},
		"no sozialindex": {"unknown Sozialindex drops out", drehscheibe.Quartier{Indicators: drehscheibe.Indicators{ChildPovertyPct: f(50)}}, 0.6 / 0.8},
		"nothing known":  {"only Soziale Stadt", drehscheibe.Quartier{SozialeStadt: true}, 1},
		"affluent":       {"low need, low priority", drehscheibe.Quartier{Indicators: drehscheibe.Indicators{ChildPovertyPct: f(2), SchoolSozialindex: f(1)}}, 0.6 * 0.04},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := tc.q.Priority(); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("%s: Priority() = %v, want %v", tc.reason, got, tc.want)
			}
		})
	}
}

func TestModulLifecycle(t *testing.T) {
	allowed := map[[2]drehscheibe.ModulStatus]bool{
		{drehscheibe.ModulDraft, drehscheibe.ModulInReview}:     true,
		{drehscheibe.ModulInReview, drehscheibe.ModulPublished}: true,
		{drehscheibe.ModulInReview, drehscheibe.ModulDraft}:     true,
		{drehscheibe.ModulPublished, drehscheibe.ModulArchived}: true,
	}
	for _, from := range drehscheibe.ModulStatuses {
		for _, to := range drehscheibe.ModulStatuses {
			if got := from.CanBecome(to); got != allowed[[2]drehscheibe.ModulStatus{from, to}] {
				t.Errorf("%s → %s allowed = %v, want %v", from, to, got, !got)
			}
		}
	}
}

func TestIDs(t *testing.T) {
	id := drehscheibe.NewID(drehscheibe.KindModul)
	if id.Kind() != drehscheibe.KindModul || !strings.HasPrefix(string(id), "mod_") {
		t.Errorf("NewID(mod) = %q, kind %q", id, id.Kind())
	}
	if a, b := drehscheibe.StableID(drehscheibe.KindPartner, "x"), drehscheibe.StableID(drehscheibe.KindPartner, "x"); a != b {
		t.Errorf("StableID not stable: %q vs %q", a, b)
	}
	for _, bad := range []string{"", "mod_", "mod", "xyz_abc", "mod_ABC", "mod_a$b", "mod_" + strings.Repeat("a", 80), "mod_a\x00"} {
		if k := drehscheibe.ID(bad).Kind(); k != "" {
			t.Errorf("ID(%q).Kind() = %q, want none", bad, k)
		}
	}
}

func FuzzIDKind(f *testing.F) {
	for _, s := range []string{"mod_abc", "qua_" + strings.Repeat("z", 26), "kc_2", "$where", "mod_\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := drehscheibe.ID(s).Kind()
		if k != "" && !strings.HasPrefix(s, string(k)+"_") {
			t.Errorf("ID(%q).Kind() = %q without its prefix", s, k)
		}
	})
}
