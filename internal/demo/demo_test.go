package demo

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// catalogue splits the demo entities by type.
type catalogue struct {
	all          []drehscheibe.Entity
	quartiere    []*drehscheibe.Quartier
	institutions []*drehscheibe.Institution
	partners     []*drehscheibe.Partner
	module       []*drehscheibe.Modul
	bedarfe      []*drehscheibe.Bedarf
	campus       []*drehscheibe.Kindercampus
	programme    []*drehscheibe.Foerderprogramm
	byID         map[drehscheibe.ID]drehscheibe.Entity
}

func load(t *testing.T) catalogue {
	t.Helper()
	c := catalogue{all: Entities(), byID: map[drehscheibe.ID]drehscheibe.Entity{}}
	for _, e := range c.all {
		c.byID[drehscheibe.MetaOf(e).ID] = e
	}
	s := Split(c.all)
	c.quartiere, c.institutions, c.partners, c.module, c.bedarfe, c.campus = s.Quartiere, s.Institutionen, s.Partner, s.Module, s.Bedarfe, s.Kindercampus
	c.programme = s.Programme
	if n := len(c.quartiere) + len(c.institutions) + len(c.partners) + len(c.module) + len(c.bedarfe) + len(c.campus) + len(c.programme); n != len(c.all) {
		t.Fatalf("%d of %d entities are of no known kind", len(c.all)-n, len(c.all))
	}
	return c
}

func (c catalogue) published() []*drehscheibe.Modul {
	var out []*drehscheibe.Modul
	for _, m := range c.module {
		if m.Status == drehscheibe.ModulPublished {
			out = append(out, m)
		}
	}
	return out
}

func (c catalogue) institution(name string) *drehscheibe.Institution {
	for _, in := range c.institutions {
		if in.Name == name {
			return in
		}
	}
	return nil
}

// describe names an entity in failure messages.
func describe(e drehscheibe.Entity) string {
	name := ""
	switch e := e.(type) {
	case *drehscheibe.Quartier:
		name = e.Number + " " + e.Name
	case *drehscheibe.Institution:
		name = e.Name
	case *drehscheibe.Partner:
		name = e.Name
	case *drehscheibe.Modul:
		name = e.Title
	case *drehscheibe.Bedarf:
		name = e.Title
	case *drehscheibe.Kindercampus:
		name = e.Name
	case *drehscheibe.Foerderprogramm:
		name = e.Name
	}
	return fmt.Sprintf("%s %q (%s)", e.EntityKind().Label(), name, drehscheibe.MetaOf(e).ID)
}

func TestEntitiesAreValid(t *testing.T) {
	for _, e := range load(t).all {
		err := e.Validate()
		if err == nil {
			continue
		}
		if de, ok := drehscheibe.AsError(err); ok && len(de.Problems) > 0 {
			for _, p := range de.Problems {
				t.Errorf("%s: %s: %s", describe(e), strings.Join(p.Field, "."), p.Message)
			}
		} else {
			t.Errorf("%s: %v", describe(e), err)
		}
	}
}

// TestEntitiesAreClean checks that the texts are stored as the service's cleaning
// would leave them: no surrounding or doubled white space, no duplicate list entries,
// lower-case language codes.
func TestEntitiesAreClean(t *testing.T) {
	for _, e := range load(t).all {
		walkStrings(reflect.ValueOf(e), "", func(path, s string) {
			if s != strings.Join(strings.Fields(s), " ") {
				t.Errorf("%s: %s is not clean: %q", describe(e), path, s)
			}
		})
		var langs []string
		var lists [][]string
		switch e := e.(type) {
		case *drehscheibe.Institution:
			langs = e.Languages
		case *drehscheibe.Partner:
			langs = e.Languages
		case *drehscheibe.Modul:
			langs = e.Languages
			lists = append(lists, e.Tags)
		case *drehscheibe.Bedarf:
			lists = append(lists, e.Keywords)
		}
		for _, l := range append(lists, langs) {
			seen := map[string]bool{}
			for _, v := range l {
				if seen[strings.ToLower(v)] {
					t.Errorf("%s: %q is listed twice", describe(e), v)
				}
				seen[strings.ToLower(v)] = true
			}
		}
		for _, l := range langs {
			if l != strings.ToLower(l) {
				t.Errorf("%s: language code %q is not lower case", describe(e), l)
			}
		}
	}
}

func walkStrings(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.String:
		f(path, v.String())
	}
}

func TestIDsAndReferences(t *testing.T) {
	c := load(t)
	index := map[drehscheibe.ID]int{}
	lastKind := 0
	for i, e := range c.all {
		m := drehscheibe.MetaOf(e)
		k := e.EntityKind()
		if !m.ID.Is(k) || !strings.HasPrefix(string(m.ID), string(k)+"_") {
			t.Errorf("%s: ID lacks the prefix %q", describe(e), k)
		}
		if j, dup := index[m.ID]; dup {
			t.Errorf("%s: ID already used by %s", describe(e), describe(c.all[j]))
		}
		index[m.ID] = i
		if ki := slices.Index(drehscheibe.Kinds, k); ki < lastKind {
			t.Errorf("%s: kinds are out of order", describe(e))
		} else {
			lastKind = ki
		}
		if m.Version != 0 || m.Seq != 0 {
			t.Errorf("%s: Version %d and Seq %d, want 0", describe(e), m.Version, m.Seq)
		}
		if m.CreatedAt.IsZero() || m.UpdatedAt.Before(m.CreatedAt) || m.CreatedAt.Location() != time.UTC {
			t.Errorf("%s: timestamps %v / %v", describe(e), m.CreatedAt, m.UpdatedAt)
		}
	}
	check := func(e drehscheibe.Entity, field string, id drehscheibe.ID, kind drehscheibe.Kind) {
		t.Helper()
		j, ok := index[id]
		switch {
		case !ok:
			t.Errorf("%s: %s %s does not exist", describe(e), field, id)
		case j >= index[drehscheibe.MetaOf(e).ID]:
			t.Errorf("%s: %s points forwards to %s", describe(e), field, describe(c.all[j]))
		case c.all[j].EntityKind() != kind:
			t.Errorf("%s: %s is a %s, want %s", describe(e), field, c.all[j].EntityKind(), kind)
		}
	}
	for _, in := range c.institutions {
		check(in, "QuartierID", in.QuartierID, drehscheibe.KindQuartier)
	}
	for _, pa := range c.partners {
		for _, id := range pa.ServiceArea.QuartierIDs {
			check(pa, "ServiceArea.QuartierIDs", id, drehscheibe.KindQuartier)
		}
	}
	for _, m := range c.module {
		check(m, "PartnerID", m.PartnerID, drehscheibe.KindPartner)
	}
	for _, b := range c.bedarfe {
		check(b, "InstitutionID", b.InstitutionID, drehscheibe.KindInstitution)
	}
	for _, k := range c.campus {
		check(k, "QuartierID", k.QuartierID, drehscheibe.KindQuartier)
		check(k, "AnchorSchoolID", k.AnchorSchoolID, drehscheibe.KindInstitution)
		for _, id := range k.InstitutionIDs {
			check(k, "InstitutionIDs", id, drehscheibe.KindInstitution)
		}
	}
}

func TestNaturalKeys(t *testing.T) {
	c := load(t)
	unique := func(kind string, keys []string) {
		t.Helper()
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[strings.ToLower(k)] {
				t.Errorf("%s %q is not unique", kind, k)
			}
			seen[strings.ToLower(k)] = true
		}
	}
	var numbers, partners, campus []string
	for _, q := range c.quartiere {
		numbers = append(numbers, q.Number)
	}
	for _, pa := range c.partners {
		partners = append(partners, pa.Name)
	}
	for _, k := range c.campus {
		campus = append(campus, k.Name)
	}
	unique("Quartier number", numbers)
	unique("Partner name", partners)
	unique("Kindercampus name", campus)
	if got, want := c.byID[quartierID("535")].(*drehscheibe.Quartier).Name, "Clarenberg"; got != want {
		t.Errorf("quartier/535 is %q, want %q", got, want)
	}
}

func TestQuartiere(t *testing.T) {
	c := load(t)
	if n := len(c.quartiere); n < 10 || n > 14 {
		t.Errorf("%d Quartiere, want about 12", n)
	}
	want := map[string]struct{ name, bezirk, aktionsraum string }{
		"535": {"Clarenberg", "Hörde", "Hörde"},
		"532": {"Hörde", "Hörde", "Hörde"},
		"910": {"Bodelschwingh", "Mengede", "Bodelschwingh/Westerfilde"},
		"960": {"Westerfilde", "Mengede", "Bodelschwingh/Westerfilde"},
	}
	poor, rich := 0, 0
	for _, q := range c.quartiere {
		if q.SozialeStadt != (q.Aktionsraum != "") {
			t.Errorf("%s: SozialeStadt %v with Aktionsraum %q", describe(q), q.SozialeStadt, q.Aktionsraum)
		}
		if q.Centroid == nil || q.Indicators.ChildPovertyPct == nil || q.Indicators.Share0to6Pct == nil || q.Indicators.Share6to18Pct == nil {
			t.Errorf("%s: centroid or indicators missing", describe(q))
			continue
		}
		if w, ok := want[q.Number]; ok {
			if q.Name != w.name || q.Stadtbezirk != w.bezirk || q.Aktionsraum != w.aktionsraum || !q.SozialeStadt {
				t.Errorf("%s: got %q/%q/%q, want %+v", describe(q), q.Name, q.Stadtbezirk, q.Aktionsraum, w)
			}
			delete(want, q.Number)
		}
		switch p := *q.Indicators.ChildPovertyPct; {
		case p >= 50:
			poor++
		case p < 10:
			rich++
		}
	}
	for n := range want {
		t.Errorf("Quartier %s is missing", n)
	}
	if poor < 2 || rich < 2 {
		t.Errorf("%d Quartiere with child poverty ≥ 50 %% and %d below 10 %%, want at least 2 each", poor, rich)
	}
	clarenberg := c.byID[quartierID("535")].(*drehscheibe.Quartier)
	if si := clarenberg.Indicators.SchoolSozialindex; si == nil || *si != 8 {
		t.Errorf("Clarenberg: SchoolSozialindex %v, want 8 (Stiftschule)", si)
	}
}

func TestCounts(t *testing.T) {
	c := load(t)
	if n := len(c.partners); n < 40 {
		t.Errorf("%d partners, want at least 40", n)
	}
	if n := len(c.module); n < 150 {
		t.Errorf("%d Module, want at least 150", n)
	}
	kinds := map[drehscheibe.PartnerKind]int{}
	modules := map[drehscheibe.ID]int{}
	for _, m := range c.module {
		modules[m.PartnerID]++
	}
	for _, pa := range c.partners {
		kinds[pa.Kind]++
		if n := modules[pa.ID]; n < 2 || n > 6 {
			t.Errorf("%s has %d Module, want about 3 to 5", describe(pa), n)
		}
		if !pa.ServiceArea.Citywide && len(pa.ServiceArea.QuartierIDs) == 0 && pa.ServiceArea.RadiusKm == 0 {
			t.Errorf("%s has no service area", describe(pa))
		}
		if !strings.HasPrefix(pa.Website, "https://") || !strings.HasSuffix(pa.Website, ".example") ||
			!strings.HasSuffix(pa.Contact.Email, "@"+strings.TrimPrefix(pa.Website, "https://")) {
			t.Errorf("%s: website %q, e-mail %q", describe(pa), pa.Website, pa.Contact.Email)
		}
	}
	for _, k := range drehscheibe.PartnerKinds {
		if kinds[k] == 0 {
			t.Errorf("no partner of kind %s", k)
		}
	}
	status := map[drehscheibe.ModulStatus]int{}
	for _, m := range c.module {
		status[m.Status]++
		published := m.Status == drehscheibe.ModulPublished || m.Status == drehscheibe.ModulArchived
		if published != (m.PublishedAt != nil) {
			t.Errorf("%s: status %s with PublishedAt %v", describe(m), m.Status, m.PublishedAt)
		}
		if m.PublishedAt != nil && (m.PublishedAt.Before(m.CreatedAt) || m.PublishedAt.After(m.UpdatedAt)) {
			t.Errorf("%s: published %v outside %v … %v", describe(m), m.PublishedAt, m.CreatedAt, m.UpdatedAt)
		}
	}
	for s, want := range map[drehscheibe.ModulStatus]int{drehscheibe.ModulDraft: 8, drehscheibe.ModulInReview: 5, drehscheibe.ModulArchived: 4} {
		if status[s] != want {
			t.Errorf("%d Module %s, want %d", status[s], s, want)
		}
	}
	t.Logf("%d Quartiere, %d institutions, %d partners, %d Module %v, %d Bedarfe, %d Kindercampus",
		len(c.quartiere), len(c.institutions), len(c.partners), len(c.module), status, len(c.bedarfe), len(c.campus))
}

func TestInstitutionTypes(t *testing.T) {
	c := load(t)
	types := map[drehscheibe.InstitutionType]int{}
	for _, in := range c.institutions {
		types[in.Type]++
		if in.Location == nil || in.Address.Street == "" || in.Address.PostalCode == "" || len(in.Languages) == 0 {
			t.Errorf("%s: address, location or languages missing", describe(in))
		}
	}
	for _, ty := range drehscheibe.InstitutionTypes {
		if types[ty] == 0 {
			t.Errorf("no institution of type %s", ty)
		}
	}
}

func TestCampusSites(t *testing.T) {
	c := load(t)
	want := map[string]struct {
		quartier string
		anchor   string
		members  []string
	}{
		"Kindercampus Hörde-Clarenberg": {"535", "Stift-Grundschule", []string{
			"Stift-Grundschule",
			"AWO Kindertageseinrichtung und Familienzentrum Am Bruchheck",
			"FABIDO Kindertageseinrichtung und Familienzentrum Clarenberg",
			"Jugendfreizeitstätte am Clarenberg",
		}},
		"Kindercampus Westerfilde-Bodelschwingh": {"910", "Westhausen-Grundschule", []string{
			"Westhausen-Grundschule",
			"FABIDO Kindertageseinrichtung und Familienzentrum Speckestraße 15",
			"FABIDO Kindertageseinrichtung und Familienzentrum Speckestraße 17",
			"Jugendfreizeitstätte Westerfilde",
		}},
	}
	if len(c.campus) != len(want) {
		t.Errorf("%d Kindercampus, want %d", len(c.campus), len(want))
	}
	for _, k := range c.campus {
		w, ok := want[k.Name]
		if !ok {
			t.Errorf("unexpected %s", describe(k))
			continue
		}
		q := c.byID[k.QuartierID].(*drehscheibe.Quartier)
		if q.Number != w.quartier || !q.SozialeStadt {
			t.Errorf("%s lies in %s", describe(k), describe(q))
		}
		var names []string
		for _, id := range k.InstitutionIDs {
			in := c.byID[id].(*drehscheibe.Institution)
			names = append(names, in.Name)
			if in.QuartierID != k.QuartierID {
				t.Errorf("%s: %s lies in another Quartier", describe(k), in.Name)
			}
		}
		if !reflect.DeepEqual(names, w.members) {
			t.Errorf("%s has %q, want %q", describe(k), names, w.members)
		}
		anchor := c.byID[k.AnchorSchoolID].(*drehscheibe.Institution)
		if anchor.Name != w.anchor || anchor.Type != drehscheibe.InstitutionGrundschule || !anchor.OGS {
			t.Errorf("%s: anchor %s", describe(k), describe(anchor))
		}
		if !strings.HasSuffix(k.Manager.Email, "@drehscheibe.example") || k.Manager.Name == "" {
			t.Errorf("%s: manager %+v", describe(k), k.Manager)
		}
		perYear := map[int]int64{}
		for _, b := range k.Budget {
			perYear[b.Year] += b.AmountCent
		}
		if !reflect.DeepEqual(perYear, map[int]int64{2023: 3_020_000, 2024: 3_020_000, 2025: 3_020_000, 2026: 3_020_000, 2027: 3_020_000}) {
			t.Errorf("%s: budget per year %v, want 30.200 € for 2023–2027", describe(k), perYear)
		}
	}
}

func TestCoverage(t *testing.T) {
	c := load(t)
	pub := c.published()
	themes := map[drehscheibe.Theme]int{}
	targets := map[drehscheibe.InstitutionType]bool{}
	bands := map[drehscheibe.AgeBand]int{}
	modes := map[drehscheibe.DeliveryMode]bool{}
	slotsUsed := map[drehscheibe.TimeSlot]bool{}
	days := map[drehscheibe.Weekday]bool{}
	formats := map[drehscheibe.Format]bool{}
	units := map[drehscheibe.CostUnit]bool{}
	free, paid, fundable, parents, inclusion := 0, 0, 0, 0, 0
	for _, m := range pub {
		themes[m.Theme]++
		for _, ty := range m.TargetTypes {
			targets[ty] = true
		}
		for _, b := range m.AgeRange.Bands() {
			bands[b]++
		}
		for _, d := range m.DeliveryModes {
			modes[d] = true
		}
		for _, s := range m.Schedule.Slots {
			slotsUsed[s.TimeSlot] = true
			days[s.Weekday] = true
		}
		for _, f := range m.Formats {
			formats[f] = true
		}
		units[m.CostUnit] = true
		if m.Free() {
			free++
		} else {
			paid++
		}
		if m.Fundable {
			fundable++
			if m.FundingNote == "" {
				t.Errorf("%s is fundable without a funding note", describe(m))
			}
		}
		if m.InvolvesParents {
			parents++
		}
		if m.Inclusion != "" {
			inclusion++
		}
		if len(m.Languages) == 0 {
			t.Errorf("%s has no languages", describe(m))
		}
		if m.Booked > m.Capacity {
			t.Errorf("%s: booked %d > capacity %d", describe(m), m.Booked, m.Capacity)
		}
	}
	for _, th := range drehscheibe.Themes {
		if themes[th] < 15 {
			t.Errorf("%d published Module with primary theme %s, want at least 15", themes[th], th)
		}
	}
	for _, ty := range drehscheibe.InstitutionTypes {
		if !targets[ty] {
			t.Errorf("no published Modul targets %s", ty)
		}
	}
	for _, b := range drehscheibe.AgeBands {
		if bands[b] < 10 {
			t.Errorf("%d published Module overlap age band %s, want at least 10", bands[b], b)
		}
	}
	for _, d := range drehscheibe.DeliveryModes {
		if !modes[d] {
			t.Errorf("no published Modul with delivery mode %s", d)
		}
	}
	for _, s := range drehscheibe.TimeSlots {
		if !slotsUsed[s] {
			t.Errorf("no published Modul in time slot %s", s)
		}
	}
	for _, d := range drehscheibe.Weekdays[:5] {
		if !days[d] {
			t.Errorf("no published Modul on %s", d)
		}
	}
	for _, f := range drehscheibe.Formats {
		if !formats[f] {
			t.Errorf("no published Modul with format %s", f)
		}
	}
	for _, u := range drehscheibe.CostUnits {
		if !units[u] {
			t.Errorf("no published Modul priced %s", u)
		}
	}
	if share := float64(free) / float64(len(pub)); share < 0.3 || share > 0.5 {
		t.Errorf("%d of %d published Module are free (%.0f %%), want about 40 %%", free, len(pub), 100*share)
	}
	if paid == 0 || fundable < 20 || parents < 10 || inclusion < 3 {
		t.Errorf("paid %d, fundable %d, with parents %d, with inclusion notes %d", paid, fundable, parents, inclusion)
	}
	t.Logf("published: %d; by theme %v; free %d, fundable %d; age bands %v", len(pub), themes, free, fundable, bands)
}

func TestBedarfe(t *testing.T) {
	c := load(t)
	open := map[drehscheibe.ID]int{}
	closed := 0
	for _, b := range c.bedarfe {
		switch b.Status {
		case drehscheibe.BedarfOpen:
			open[b.InstitutionID]++
			if b.ClosedReason != "" {
				t.Errorf("%s is open with a closed reason", describe(b))
			}
		case drehscheibe.BedarfClosed:
			closed++
			if b.ClosedReason == "" {
				t.Errorf("%s is closed without a reason", describe(b))
			}
		}
	}
	if closed != 1 {
		t.Errorf("%d closed Bedarfe, want 1", closed)
	}
	for _, k := range c.campus {
		for _, id := range k.InstitutionIDs {
			if n := open[id]; n < 2 || n > 4 {
				t.Errorf("%s has %d open Bedarfe, want 2 to 4", describe(c.byID[id]), n)
			}
		}
	}
	if n := len(c.bedarfe) - 25; n < 4 {
		t.Errorf("only %d Bedarfe of other institutions", n)
	}
}

// TestCampusBedarfeCanBeMet checks that most open needs of the campus institutions
// have a published Modul with the theme, overlapping ages and slots, for the
// institution's type, reachable from the partner and with capacity left, and that a
// few show gaps.
func TestCampusBedarfeCanBeMet(t *testing.T) {
	c := load(t)
	campus := map[drehscheibe.ID]bool{}
	for _, k := range c.campus {
		for _, id := range k.InstitutionIDs {
			campus[id] = true
		}
	}
	met, unmet := 0, 0
	for _, b := range c.bedarfe {
		if !campus[b.InstitutionID] || b.Status != drehscheibe.BedarfOpen {
			continue
		}
		in := c.byID[b.InstitutionID].(*drehscheibe.Institution)
		var fits []string
		for _, m := range c.published() {
			pa := c.byID[m.PartnerID].(*drehscheibe.Partner)
			if m.HasTheme(b.Theme) && m.AgeRange.Overlaps(b.AgeRange) && slices.Contains(m.TargetTypes, in.Type) &&
				drehscheibe.SlotsOverlap(m.Schedule.Slots, b.Slots) && m.RemainingCapacity() > 0 && reaches(pa, in) {
				fits = append(fits, m.Title)
			}
		}
		if len(fits) == 0 {
			unmet++
			t.Logf("gap: %q of %s", b.Title, in.Name)
		} else {
			met++
		}
	}
	if unmet == 0 || met < 4*(met+unmet)/5 {
		t.Errorf("%d campus Bedarfe can be met, %d cannot; want most met and a few gaps", met, unmet)
	}
}

func reaches(pa *drehscheibe.Partner, in *drehscheibe.Institution) bool {
	sa := pa.ServiceArea
	if sa.Citywide || slices.Contains(sa.QuartierIDs, in.QuartierID) {
		return true
	}
	return sa.RadiusKm > 0 && pa.Location != nil && in.Location != nil && distanceKm(*pa.Location, *in.Location) <= sa.RadiusKm
}

func distanceKm(a, b drehscheibe.GeoPoint) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func TestDeterministic(t *testing.T) {
	first, second := Entities(), Entities()
	if !reflect.DeepEqual(first, second) {
		t.Fatal("two calls of Entities return different values")
	}
	seen := map[uintptr]string{}
	for i, e := range first {
		mutate(reflect.ValueOf(e), fmt.Sprintf("[%d]", i), seen, t)
	}
	if third := Entities(); !reflect.DeepEqual(second, third) {
		t.Fatal("changing the values of one call changes the values of the next")
	}
}

// mutate changes every value reachable from v and reports memory shared between two
// places of the same call (slices and pointers).
func mutate(v reflect.Value, path string, seen map[uintptr]string, t *testing.T) {
	t.Helper()
	shared := func() {
		if p := v.Pointer(); p != 0 {
			if other, ok := seen[p]; ok {
				t.Errorf("%s shares memory with %s", path, other)
			}
			seen[p] = path
		}
	}
	switch v.Kind() {
	case reflect.Interface:
		mutate(v.Elem(), path, seen, t)
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		shared()
		mutate(v.Elem(), path, seen, t)
	case reflect.Struct:
		if tm, ok := v.Interface().(time.Time); ok {
			v.Set(reflect.ValueOf(tm.Add(time.Hour)))
			return
		}
		for i := range v.NumField() {
			mutate(v.Field(i), path+"."+v.Type().Field(i).Name, seen, t)
		}
	case reflect.Slice:
		if v.Len() == 0 {
			return
		}
		shared()
		for i := range v.Len() {
			mutate(v.Index(i), fmt.Sprintf("%s[%d]", path, i), seen, t)
		}
	case reflect.String:
		v.SetString(v.String() + "*")
	case reflect.Int, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint8:
		v.SetUint(v.Uint() + 1)
	case reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	}
}

func TestGenerateIsValidAndDeterministic(t *testing.T) {
	a, b := Generate(400, 7), Generate(400, 7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different catalogues")
	}
	known := map[drehscheibe.ID]bool{}
	for _, e := range Entities() {
		known[drehscheibe.MetaOf(e).ID] = true
	}
	modules := 0
	for _, e := range a {
		if err := e.Validate(); err != nil {
			t.Fatalf("%s: %v", drehscheibe.MetaOf(e).ID, err)
		}
		id := drehscheibe.MetaOf(e).ID
		if known[id] {
			t.Fatalf("ID %s given twice", id)
		}
		known[id] = true
		if m, ok := e.(*drehscheibe.Modul); ok {
			modules++
			if m.Status != drehscheibe.ModulPublished || !known[m.PartnerID] {
				t.Errorf("%s: status %s, partner known %v", m.ID, m.Status, known[m.PartnerID])
			}
		}
	}
	if modules != 400 {
		t.Errorf("%d Module, want 400", modules)
	}
}

// TestFoerderprogramme checks that the example programmes are marked as examples,
// have budgets for this and next year, and that each pays for at least one published
// Modul at a campus institution (else they would show nothing).
func TestFoerderprogramme(t *testing.T) {
	c := load(t)
	if len(c.programme) < 2 {
		t.Fatalf("%d programmes, want two or three", len(c.programme))
	}
	for _, f := range c.programme {
		if !strings.Contains(f.Name, "(Beispiel)") {
			t.Errorf("%s is not marked as an example", describe(f))
		}
		for _, y := range []int{2026, 2027} {
			if b, ok := f.Year(y); !ok || b.BudgetCent <= 0 {
				t.Errorf("%s has no budget for %d", describe(f), y)
			}
		}
		pays := false
		for _, k := range c.campus {
			for _, id := range k.InstitutionIDs {
				in := c.byID[id].(*drehscheibe.Institution)
				q, _ := c.byID[in.QuartierID].(*drehscheibe.Quartier)
				for _, m := range c.published() {
					ctx := drehscheibe.FundingContext{Institution: in, Quartier: q, Modul: m, CostCent: drehscheibe.TotalCostCent(m, 10, 15),
						Year: 2027, Today: drehscheibe.Date{Year: 2027, Month: 3, Day: 1}}
					if f.Pays(ctx) > 0 {
						pays = true
					}
				}
			}
		}
		if !pays {
			t.Errorf("%s pays for no published Modul at a campus institution", describe(f))
		}
	}
}
