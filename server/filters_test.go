package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// filterCase is one filter of a list and the predicate the result must agree with.
type filterCase[E drehscheibe.Entity] struct {
	reason string
	filter map[string]any
	want   func(E) bool
}

// checkFilters runs the cases against list l. The demo entities in each result must be
// exactly those of all for which want holds, and totalCount must count the result. A
// case must be able to fail: want holds for at least one entity and not for another,
// and a filter other than status must drop at least one entity the list shows without
// a filter (shown).
func checkFilters[E drehscheibe.Entity](t *testing.T, a *testApp, d demoCatalogue, l connList, all []E, shown func(E) bool, cases map[string]filterCase[E]) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			want := idsWhere(all, tc.want)
			dropped := idsWhere(all, func(e E) bool { return !tc.want(e) })
			_, status := tc.filter["status"]
			restricts := len(tc.filter) > 0 && !status
			if restricts {
				dropped = idsWhere(all, func(e E) bool { return shown(e) && !tc.want(e) })
			}
			if len(want) == 0 || len(dropped) == 0 {
				t.Fatalf("%s: the demo data no longer exercises this filter (%d match, %d dropped)", tc.reason, len(want), len(dropped))
			}
			ids, total := l.all(t, a, tc.filter, nil)
			if total != len(ids) {
				t.Errorf("%s: totalCount %d, but %d items listed", tc.reason, total, len(ids))
			}
			if diff := cmp.Diff(d.sortedLabels(want), d.sortedLabels(d.onlyDemo(ids))); diff != "" {
				t.Errorf("%s: filter %v (-want +got):\n%s", tc.reason, tc.filter, diff)
			}
		})
	}
}

// haversineKm is the great-circle distance on a sphere of the Earth's mean radius.
func haversineKm(a, b drehscheibe.GeoPoint) float64 {
	const earthRadiusKm, rad = 6371.0, math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Pow(math.Sin(dLat/2), 2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Pow(math.Sin(dLon/2), 2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}

// How a partner serves a Quartier, per the schema: citywide, by name, or with the
// Quartier's centroid within its radius.
type serviceKind int

const (
	notServed serviceKind = iota
	servedCitywide
	servedByName
	servedByRadius
)

func serviceOf(p *drehscheibe.Partner, q *drehscheibe.Quartier) serviceKind {
	switch {
	case p.ServiceArea.Citywide:
		return servedCitywide
	case slices.Contains(p.ServiceArea.QuartierIDs, q.ID):
		return servedByName
	case p.ServiceArea.RadiusKm > 0 && p.Location != nil && q.Centroid != nil &&
		haversineKm(*p.Location, *q.Centroid) <= p.ServiceArea.RadiusKm:
		return servedByRadius
	}
	return notServed
}

// radiusBorderline reports whether a partner's radius ends within 200 m of the
// Quartier's centroid, where the exact Earth radius would decide.
func radiusBorderline(d demoCatalogue, q *drehscheibe.Quartier) bool {
	for _, p := range d.partners {
		if r := p.ServiceArea.RadiusKm; r > 0 && p.Location != nil && q.Centroid != nil &&
			math.Abs(haversineKm(*p.Location, *q.Centroid)-r) < 0.2 {
			return true
		}
	}
	return false
}

// servedQuartiere returns the demo Quartiere without a borderline radius; at least one
// of them must be served in each of the three ways and not served by some partner.
func servedQuartiere(t *testing.T, d demoCatalogue) []*drehscheibe.Quartier {
	t.Helper()
	var out []*drehscheibe.Quartier
	everyWay := false
	for _, q := range d.quartiere {
		if radiusBorderline(d, q) {
			continue
		}
		out = append(out, q)
		seen := map[serviceKind]bool{}
		for _, p := range d.partners {
			seen[serviceOf(p, q)] = true
		}
		everyWay = everyWay || len(seen) == 4
	}
	if !everyWay {
		t.Fatal("no demo Quartier is served citywide, by name and by radius and also not served by some partner")
	}
	return out
}

func TestQuartierFilter(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	inBezirk := func(name string) func(*drehscheibe.Quartier) bool {
		return func(q *drehscheibe.Quartier) bool { return sortKey(q.Stadtbezirk) == sortKey(name) }
	}
	text := func(query string) func(*drehscheibe.Quartier) bool {
		return func(q *drehscheibe.Quartier) bool {
			return textMatches(query, q.Name, q.Number, q.Stadtbezirk, q.Aktionsraum)
		}
	}
	checkFilters(t, a, d, quartierList, d.quartiere, func(*drehscheibe.Quartier) bool { return true }, map[string]filterCase[*drehscheibe.Quartier]{
		"stadtbezirk":                {"in a Stadtbezirk", map[string]any{"stadtbezirk": "Innenstadt-Nord"}, inBezirk("Innenstadt-Nord")},
		"stadtbezirk folded":         {"the Stadtbezirk ignores case and umlauts", map[string]any{"stadtbezirk": "HOERDE"}, inBezirk("Hörde")},
		"stadtbezirk umlaut":         {"the Stadtbezirk with its umlaut", map[string]any{"stadtbezirk": "hörde"}, inBezirk("Hörde")},
		"soziale Stadt":              {"in an Aktionsraum Soziale Stadt", map[string]any{"sozialeStadt": true}, func(q *drehscheibe.Quartier) bool { return q.SozialeStadt }},
		"not soziale Stadt":          {"outside every Aktionsraum", map[string]any{"sozialeStadt": false}, func(q *drehscheibe.Quartier) bool { return !q.SozialeStadt }},
		"text name":                  {"a word of the name", map[string]any{"text": "nordmarkt"}, text("nordmarkt")},
		"text number":                {"the official number", map[string]any{"text": "535"}, text("535")},
		"text Stadtbezirk":           {"the Stadtbezirk, spelled without umlaut", map[string]any{"text": "Hoerde"}, text("Hoerde")},
		"text Aktionsraum two words": {"both words of an Aktionsraum", map[string]any{"text": "Westerfilde Bodelschwingh"}, text("Westerfilde Bodelschwingh")},
		"combined": {"Stadtbezirk and Soziale Stadt together", map[string]any{"stadtbezirk": "Hörde", "sozialeStadt": false},
			func(q *drehscheibe.Quartier) bool { return inBezirk("Hörde")(q) && !q.SozialeStadt }},
	})
}

func TestQuartierTextSearchesTheStatistischerBezirk(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	const query = "Holzen"
	documented := func(q *drehscheibe.Quartier) bool {
		return textMatches(query, q.Name, q.Number, q.Stadtbezirk, q.StatistischerBezirk, q.Aktionsraum)
	}
	want := idsWhere(d.quartiere, documented)
	if len(idsWhere(d.quartiere, func(q *drehscheibe.Quartier) bool {
		return documented(q) && !textMatches(query, q.Name, q.Number, q.Stadtbezirk, q.Aktionsraum)
	})) == 0 {
		t.Fatalf("no demo Quartier has %q only in its statistischer Bezirk", query)
	}
	ids, _ := quartierList.all(t, a, map[string]any{"text": query}, nil)
	if diff := cmp.Diff(d.sortedLabels(want), d.sortedLabels(d.onlyDemo(ids))); diff != "" {
		t.Errorf("text %q (-want +got):\n%s", query, diff)
	}
}

func TestInstitutionFilter(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	quartier := map[drehscheibe.ID]*drehscheibe.Quartier{}
	for _, q := range d.quartiere {
		quartier[q.ID] = q
	}
	campus := d.campus[0]
	clarenberg := quartier[campus.QuartierID]
	ofType := func(types ...drehscheibe.InstitutionType) func(*drehscheibe.Institution) bool {
		return func(in *drehscheibe.Institution) bool { return slices.Contains(types, in.Type) }
	}
	text := func(query string) func(*drehscheibe.Institution) bool {
		return func(in *drehscheibe.Institution) bool {
			return textMatches(query, in.Name, in.Traeger, in.Type.Label(), in.Address.Street, in.Address.HouseNumber,
				in.Address.PostalCode, in.Address.City)
		}
	}
	inBezirk := func(in *drehscheibe.Institution) bool {
		return sortKey(quartier[in.QuartierID].Stadtbezirk) == sortKey("Mengede")
	}
	checkFilters(t, a, d, institutionList, d.institutionen, func(*drehscheibe.Institution) bool { return true }, map[string]filterCase[*drehscheibe.Institution]{
		"one type":      {"Kitas only", map[string]any{"types": []string{"KITA"}}, ofType(drehscheibe.InstitutionKita)},
		"two types":     {"any of the types", map[string]any{"types": []string{"GRUNDSCHULE", "JUGENDFREIZEITSTAETTE"}}, ofType(drehscheibe.InstitutionGrundschule, drehscheibe.InstitutionJugendfreizeitstaette)},
		"quartier":      {"in the Quartier", map[string]any{"quartierId": string(clarenberg.ID)}, func(in *drehscheibe.Institution) bool { return in.QuartierID == clarenberg.ID }},
		"stadtbezirk":   {"in the Stadtbezirk of its Quartier", map[string]any{"stadtbezirk": "mengede"}, inBezirk},
		"kindercampus":  {"members of a campus", map[string]any{"kindercampusId": string(campus.ID)}, func(in *drehscheibe.Institution) bool { return slices.Contains(campus.InstitutionIDs, in.ID) }},
		"soziale Stadt": {"in a Quartier of the Soziale Stadt", map[string]any{"sozialeStadt": true}, func(in *drehscheibe.Institution) bool { return quartier[in.QuartierID].SozialeStadt }},
		"not soziale Stadt": {"in a Quartier outside the Soziale Stadt", map[string]any{"sozialeStadt": false},
			func(in *drehscheibe.Institution) bool { return !quartier[in.QuartierID].SozialeStadt }},
		"text Träger":     {"the Träger, in any case", map[string]any{"text": "fabido"}, text("fabido")},
		"text type":       {"the type, in German", map[string]any{"text": "Grundschule"}, text("Grundschule")},
		"text street ß":   {"the street, ß spelled ss", map[string]any{"text": "Speckestrasse"}, text("Speckestrasse")},
		"text two words":  {"every word must occur", map[string]any{"text": "FABIDO Clarenberg"}, text("FABIDO Clarenberg")},
		"text dotless ue": {"the umlaut may be left out (Jugendfreizeitstatte)", map[string]any{"text": "Jugendfreizeitstatte"}, text("Jugendfreizeitstatte")},
		"combined": {"type, Stadtbezirk and text together", map[string]any{"types": []string{"KITA"}, "stadtbezirk": "Mengede", "text": "15"},
			func(in *drehscheibe.Institution) bool {
				return in.Type == drehscheibe.InstitutionKita && inBezirk(in) && text("15")(in)
			}},
	})
}

func TestInstitutionTextSearchesTheAddress(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	checkFilters(t, a, d, institutionList, d.institutionen, func(*drehscheibe.Institution) bool { return true }, map[string]filterCase[*drehscheibe.Institution]{
		"postal code": {"the postal code is part of the address", map[string]any{"text": "44263"},
			func(in *drehscheibe.Institution) bool { return in.Address.PostalCode == "44263" }},
	})
}

func TestPartnerFilter(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	quartiere := servedQuartiere(t, d)
	q := quartiere[0]
	withTheme := func(themes ...drehscheibe.Theme) func(*drehscheibe.Partner) bool {
		return func(p *drehscheibe.Partner) bool {
			return slices.ContainsFunc(p.Themes, func(x drehscheibe.Theme) bool { return slices.Contains(themes, x) })
		}
	}
	ofKind := func(kinds ...drehscheibe.PartnerKind) func(*drehscheibe.Partner) bool {
		return func(p *drehscheibe.Partner) bool { return slices.Contains(kinds, p.Kind) }
	}
	text := func(query string) func(*drehscheibe.Partner) bool {
		return func(p *drehscheibe.Partner) bool {
			return textMatchesLong(query, []string{p.Name, p.Kind.Label()}, p.Description)
		}
	}
	cases := map[string]filterCase[*drehscheibe.Partner]{
		"one theme":        {"working in the theme", map[string]any{"themes": []string{"MINT_DIGITALES"}}, withTheme(drehscheibe.ThemeMintDigitales)},
		"two themes":       {"working in any of the themes", map[string]any{"themes": []string{"DEMOKRATIEFOERDERUNG", "BNE"}}, withTheme(drehscheibe.ThemeDemokratiefoerderung, drehscheibe.ThemeBNE)},
		"one kind":         {"of the kind", map[string]any{"kinds": []string{"SPORTVEREIN"}}, ofKind(drehscheibe.PartnerSportverein)},
		"two kinds":        {"of any of the kinds", map[string]any{"kinds": []string{"STIFTUNG", "UNTERNEHMEN"}}, ofKind(drehscheibe.PartnerStiftung, drehscheibe.PartnerUnternehmen)},
		"text name":        {"a word of the name", map[string]any{"text": "nordstadt"}, text("nordstadt")},
		"text kind":        {"the kind, in German", map[string]any{"text": "Sportverein"}, text("Sportverein")},
		"text description": {"the description, ü spelled ue", map[string]any{"text": "Uebungsleiter"}, text("Uebungsleiter")},
		"combined": {"theme, kind and Quartier together", map[string]any{"themes": []string{"SPORT_GESUNDHEIT"}, "kinds": []string{"SPORTVEREIN", "VEREIN"}, "quartierId": string(q.ID)},
			func(p *drehscheibe.Partner) bool {
				return withTheme(drehscheibe.ThemeSportGesundheit)(p) && ofKind(drehscheibe.PartnerSportverein, drehscheibe.PartnerVerein)(p) && serviceOf(p, q) != notServed
			}},
	}
	for _, q := range quartiere {
		cases["quartier "+q.Number] = filterCase[*drehscheibe.Partner]{fmt.Sprintf("serving %s citywide, by name or by radius", q.Name),
			map[string]any{"quartierId": string(q.ID)}, func(p *drehscheibe.Partner) bool { return serviceOf(p, q) != notServed }}
	}
	checkFilters(t, a, d, partnerList, d.partners, func(*drehscheibe.Partner) bool { return true }, cases)
}

func TestModulFilter(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	partner := map[drehscheibe.ID]*drehscheibe.Partner{}
	for _, p := range d.partners {
		partner[p.ID] = p
	}
	quartiere := servedQuartiere(t, d)
	published := func(m *drehscheibe.Modul) bool { return m.Status == drehscheibe.ModulPublished }
	// and adds the default status PUBLISHED to a condition.
	and := func(cond func(*drehscheibe.Modul) bool) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return published(m) && cond(m) }
	}
	withTheme := func(themes ...drehscheibe.Theme) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool {
			return slices.ContainsFunc(themes, func(x drehscheibe.Theme) bool { return m.Theme == x || slices.Contains(m.FurtherThemes, x) })
		}
	}
	ages := func(lo, hi int) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return m.AgeRange.Min <= hi && lo <= m.AgeRange.Max }
	}
	inStatus := func(statuses ...drehscheibe.ModulStatus) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return slices.Contains(statuses, m.Status) }
	}
	text := func(query string) func(*drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool {
			return textMatchesLong(query, append([]string{m.Title}, m.Tags...), m.Description)
		}
	}
	// a partner with published and unpublished Module
	var mixed *drehscheibe.Partner
	for _, p := range d.partners {
		own := func(m *drehscheibe.Modul) bool { return m.PartnerID == p.ID }
		if len(idsWhere(d.module, and(own))) > 0 && len(idsWhere(d.module, own)) > len(idsWhere(d.module, and(own))) {
			mixed = p
			break
		}
	}
	if mixed == nil {
		t.Fatal("no demo partner has published and unpublished Module")
	}
	// a further theme alone must be enough
	if len(idsWhere(d.module, and(func(m *drehscheibe.Modul) bool {
		return m.Theme != drehscheibe.ThemeSozialkompetenz && slices.Contains(m.FurtherThemes, drehscheibe.ThemeSozialkompetenz)
	}))) == 0 {
		t.Fatal("no published demo Modul has SOZIALKOMPETENZ as a further theme only")
	}
	// modifiedSince: the update time of a published Modul in the middle
	var times []time.Time
	for _, m := range d.module {
		if published(m) {
			times = append(times, m.UpdatedAt)
		}
	}
	slices.SortFunc(times, func(x, y time.Time) int { return x.Compare(y) })
	since := times[len(times)/2]

	cases := map[string]filterCase[*drehscheibe.Modul]{
		"default published":   {"without a status filter only published Module", map[string]any{}, published},
		"theme":               {"with the theme as primary or further theme", map[string]any{"themes": []string{"MINT_DIGITALES"}}, and(withTheme(drehscheibe.ThemeMintDigitales))},
		"further theme":       {"a further theme counts", map[string]any{"themes": []string{"SOZIALKOMPETENZ"}}, and(withTheme(drehscheibe.ThemeSozialkompetenz))},
		"two themes":          {"with any of the themes", map[string]any{"themes": []string{"BNE", "MUSIK_KULTUR"}}, and(withTheme(drehscheibe.ThemeBNE, drehscheibe.ThemeMusikKultur))},
		"age U3":              {"whose age range overlaps 0–2", map[string]any{"ageRange": map[string]any{"min": 0, "max": 2}}, and(ages(0, 2))},
		"age teenagers":       {"whose age range overlaps 14–16", map[string]any{"ageRange": map[string]any{"min": 14, "max": 16}}, and(ages(14, 16))},
		"age one year":        {"bounds are inclusive: overlapping exactly 10", map[string]any{"ageRange": map[string]any{"min": 10, "max": 10}}, and(ages(10, 10))},
		"target type":         {"made for Kitas", map[string]any{"targetType": "KITA"}, and(func(m *drehscheibe.Modul) bool { return slices.Contains(m.TargetTypes, drehscheibe.InstitutionKita) })},
		"delivery online":     {"possible online", map[string]any{"deliveryMode": "ONLINE"}, and(func(m *drehscheibe.Modul) bool { return slices.Contains(m.DeliveryModes, drehscheibe.Online) })},
		"delivery at partner": {"possible at the partner", map[string]any{"deliveryMode": "AT_PARTNER"}, and(func(m *drehscheibe.Modul) bool { return slices.Contains(m.DeliveryModes, drehscheibe.AtPartner) })},
		"formats": {"of any of the formats", map[string]any{"formats": []string{"ELTERNANGEBOT", "FORTBILDUNG"}}, and(func(m *drehscheibe.Modul) bool {
			return slices.Contains(m.Formats, drehscheibe.FormatElternangebot) || slices.Contains(m.Formats, drehscheibe.FormatFortbildung)
		})},
		"partner":                {"of the partner, published only", map[string]any{"partnerId": string(mixed.ID)}, and(func(m *drehscheibe.Modul) bool { return m.PartnerID == mixed.ID })},
		"status draft":           {"drafts only", map[string]any{"status": []string{"DRAFT"}}, inStatus(drehscheibe.ModulDraft)},
		"status review archived": {"in review or archived", map[string]any{"status": []string{"IN_REVIEW", "ARCHIVED"}}, inStatus(drehscheibe.ModulInReview, drehscheibe.ModulArchived)},
		"status published draft": {"published or draft", map[string]any{"status": []string{"PUBLISHED", "DRAFT"}}, inStatus(drehscheibe.ModulPublished, drehscheibe.ModulDraft)},
		"partner all states": {"the partner's Module in every state", map[string]any{"partnerId": string(mixed.ID), "status": allModulStatuses},
			func(m *drehscheibe.Modul) bool { return m.PartnerID == mixed.ID }},
		"free":         {"free of charge", map[string]any{"free": true}, and(func(m *drehscheibe.Modul) bool { return m.CostCent == 0 })},
		"paid":         {"with a price", map[string]any{"free": false}, and(func(m *drehscheibe.Modul) bool { return m.CostCent > 0 })},
		"fundable":     {"fundable", map[string]any{"fundable": true}, and(func(m *drehscheibe.Modul) bool { return m.Fundable })},
		"not fundable": {"not fundable", map[string]any{"fundable": false}, and(func(m *drehscheibe.Modul) bool { return !m.Fundable })},
		"text":         {"a word in title, description or tags", map[string]any{"text": "Fußball"}, and(text("Fußball"))},
		"text words":   {"every word must occur", map[string]any{"text": "Eltern Sprache"}, and(text("Eltern Sprache"))},
		"modified since": {"changed at or after the instant (inclusive)", map[string]any{"modifiedSince": since.Format(time.RFC3339)},
			and(func(m *drehscheibe.Modul) bool { return !m.UpdatedAt.Before(since) })},
		"modified since offset": {"the same instant with a UTC offset", map[string]any{"modifiedSince": since.In(time.FixedZone("MESZ", 2*60*60)).Format(time.RFC3339)},
			and(func(m *drehscheibe.Modul) bool { return !m.UpdatedAt.Before(since) })},
		"modified since later": {"a nanosecond later the Modul changed at the instant drops out", map[string]any{"modifiedSince": since.Add(time.Nanosecond).Format(time.RFC3339Nano)},
			and(func(m *drehscheibe.Modul) bool { return m.UpdatedAt.After(since) })},
		"combined": {"theme, ages, delivery and price together", map[string]any{"themes": []string{"SPORT_GESUNDHEIT"},
			"ageRange": map[string]any{"min": 6, "max": 10}, "deliveryMode": "AT_INSTITUTION", "free": false},
			and(func(m *drehscheibe.Modul) bool {
				return withTheme(drehscheibe.ThemeSportGesundheit)(m) && ages(6, 10)(m) &&
					slices.Contains(m.DeliveryModes, drehscheibe.AtInstitution) && m.CostCent > 0
			})},
	}
	for _, q := range quartiere {
		cases["quartier "+q.Number] = filterCase[*drehscheibe.Modul]{fmt.Sprintf("whose partner serves %s citywide, by name or by radius", q.Name),
			map[string]any{"quartierId": string(q.ID)}, and(func(m *drehscheibe.Modul) bool { return serviceOf(partner[m.PartnerID], q) != notServed })}
	}
	q := quartiere[len(quartiere)-1]
	cases["quartier and theme"] = filterCase[*drehscheibe.Modul]{fmt.Sprintf("serving %s and in a theme", q.Name),
		map[string]any{"quartierId": string(q.ID), "themes": []string{"MUSIK_KULTUR"}},
		and(func(m *drehscheibe.Modul) bool {
			return serviceOf(partner[m.PartnerID], q) != notServed && withTheme(drehscheibe.ThemeMusikKultur)(m)
		})}
	checkFilters(t, a, d, modulList, d.module, published, cases)
}

func TestBedarfFilter(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	institution := map[drehscheibe.ID]*drehscheibe.Institution{}
	for _, in := range d.institutionen {
		institution[in.ID] = in
	}
	campus := d.campus[1]
	school := institution[campus.AnchorSchoolID]
	open := func(b *drehscheibe.Bedarf) bool { return b.Status == drehscheibe.BedarfOpen }
	and := func(cond func(*drehscheibe.Bedarf) bool) func(*drehscheibe.Bedarf) bool {
		return func(b *drehscheibe.Bedarf) bool { return open(b) && cond(b) }
	}
	text := func(query string) func(*drehscheibe.Bedarf) bool {
		return func(b *drehscheibe.Bedarf) bool {
			return textMatchesLong(query, append([]string{b.Title}, b.Keywords...), b.Notes)
		}
	}
	closed := idsWhere(d.bedarfe, func(b *drehscheibe.Bedarf) bool { return b.Status == drehscheibe.BedarfClosed })
	if len(closed) == 0 {
		t.Fatal("the demo data has no closed Bedarf")
	}
	closedOne := d.byID[closed[0]].(*drehscheibe.Bedarf)
	checkFilters(t, a, d, bedarfList, d.bedarfe, open, map[string]filterCase[*drehscheibe.Bedarf]{
		"default open": {"without a status filter only open Bedarfe", map[string]any{}, open},
		"institution":  {"of the institution", map[string]any{"institutionId": string(school.ID)}, and(func(b *drehscheibe.Bedarf) bool { return b.InstitutionID == school.ID })},
		"quartier": {"of institutions in the Quartier", map[string]any{"quartierId": string(campus.QuartierID)},
			and(func(b *drehscheibe.Bedarf) bool { return institution[b.InstitutionID].QuartierID == campus.QuartierID })},
		"kindercampus": {"of the campus institutions", map[string]any{"kindercampusId": string(campus.ID)},
			and(func(b *drehscheibe.Bedarf) bool { return slices.Contains(campus.InstitutionIDs, b.InstitutionID) })},
		"themes": {"in any of the themes", map[string]any{"themes": []string{"SPORT_GESUNDHEIT", "MINT_DIGITALES"}},
			and(func(b *drehscheibe.Bedarf) bool {
				return b.Theme == drehscheibe.ThemeSportGesundheit || b.Theme == drehscheibe.ThemeMintDigitales
			})},
		"closed":      {"closed ones only", map[string]any{"status": []string{"CLOSED"}}, func(b *drehscheibe.Bedarf) bool { return b.Status == drehscheibe.BedarfClosed }},
		"covered":     {"open or covered", map[string]any{"status": []string{"OPEN", "COVERED"}}, func(b *drehscheibe.Bedarf) bool { return b.Status != drehscheibe.BedarfClosed }},
		"text":        {"a word in title, notes or keywords", map[string]any{"text": "Eltern"}, and(text("Eltern"))},
		"text umlaut": {"ä spelled ae", map[string]any{"text": "Maedchen"}, and(text("Maedchen"))},
		"closed of institution": {"status with the institution of the closed one", map[string]any{"status": []string{"CLOSED", "OPEN"}, "institutionId": string(closedOne.InstitutionID)},
			func(b *drehscheibe.Bedarf) bool { return b.InstitutionID == closedOne.InstitutionID }},
		"combined": {"campus, theme and text together", map[string]any{"kindercampusId": string(campus.ID), "themes": []string{"SOZIALKOMPETENZ", "MUSIK_KULTUR"}, "text": "Eltern"},
			and(func(b *drehscheibe.Bedarf) bool {
				return slices.Contains(campus.InstitutionIDs, b.InstitutionID) &&
					(b.Theme == drehscheibe.ThemeSozialkompetenz || b.Theme == drehscheibe.ThemeMusikKultur) && text("Eltern")(b)
			})},
	})
}

// TestCombinedFiltersNarrow checks that conditions are ANDed: the combination lists
// fewer items than each of its parts alone.
func TestCombinedFiltersNarrow(t *testing.T) {
	a := shared(t)
	cases := map[string]struct {
		reason string
		list   connList
		parts  []map[string]any
	}{
		"module": {"theme, age range and price", modulList, []map[string]any{
			{"themes": []string{"SPORT_GESUNDHEIT"}}, {"ageRange": map[string]any{"min": 6, "max": 10}}, {"free": false}}},
		"institutionen": {"type and Stadtbezirk", institutionList, []map[string]any{{"types": []string{"KITA"}}, {"stadtbezirk": "Hörde"}}},
		"partners":      {"theme and kind", partnerList, []map[string]any{{"themes": []string{"SPORT_GESUNDHEIT"}}, {"kinds": []string{"SPORTVEREIN", "UNTERNEHMEN"}}, {"text": "Kinder"}}},
		"quartiere":     {"Stadtbezirk and Soziale Stadt", quartierList, []map[string]any{{"stadtbezirk": "Hörde"}, {"sozialeStadt": true}}},
		"bedarfe":       {"theme and text", bedarfList, []map[string]any{{"themes": []string{"SOZIALKOMPETENZ"}}, {"text": "Eltern"}}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			combined := map[string]any{}
			var alone []int
			for _, part := range tc.parts {
				_, n := tc.list.all(t, a, part, nil)
				alone = append(alone, n)
				for k, v := range part {
					combined[k] = v
				}
			}
			_, n := tc.list.all(t, a, combined, nil)
			if n == 0 || slices.ContainsFunc(alone, func(m int) bool { return m <= n }) {
				t.Errorf("%s: combined %d items, each part alone %v; want fewer than each part and more than none", tc.reason, n, alone)
			}
		})
	}
}

func TestTextSearchIgnoresCaseAndUmlauts(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	cases := map[string]struct {
		reason   string
		list     connList
		filter   map[string]any
		spelling []string
	}{
		"Fußball": {"ß, ss and case are the same", modulList, nil, []string{"Fußball", "Fussball", "fussball", "FUSSBALL", "FUßBALL"}},
		"Schüler": {"ü and ue are the same", modulList, map[string]any{"status": allModulStatuses}, []string{"Schüler", "Schueler", "schüler", "SCHÜLER"}},
		"Hörde u": {"in names the dotless spelling finds the umlaut too", institutionList, nil, []string{"Hörde", "Hoerde", "Horde"}},
		"Mädchen": {"ä and ae are the same in Bedarfe", bedarfList, nil, []string{"Mädchen", "Maedchen", "MAEDCHEN", "mädchen"}},
		"Hörde":   {"ö and oe are the same in Quartiere", quartierList, nil, []string{"Hörde", "Hoerde", "HOERDE", "hörde"}},
		"Straße":  {"ß and ss are the same in institutions", institutionList, nil, []string{"Speckestraße", "Speckestrasse", "SPECKESTRASSE"}},
		"Übung":   {"a capital umlaut folds too", partnerList, nil, []string{"Übungsleiter", "übungsleiter", "UEBUNGSLEITER"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var first []string
			for i, s := range tc.spelling {
				f := map[string]any{"text": s}
				for k, v := range tc.filter {
					f[k] = v
				}
				ids, _ := tc.list.all(t, a, f, nil)
				got := d.sortedLabels(d.onlyDemo(ids))
				if i == 0 {
					if len(got) == 0 {
						t.Fatalf("%s: %q finds nothing", tc.reason, s)
					}
					first = got
					continue
				}
				if diff := cmp.Diff(first, got); diff != "" {
					t.Errorf("%s: %q and %q differ (-%s +%s):\n%s", tc.reason, tc.spelling[0], s, tc.spelling[0], s, diff)
				}
			}
		})
	}
}

func TestFilterMatchingNothingIsEmpty(t *testing.T) {
	a := shared(t)
	nothing := "Zqxjvw Kein Treffer"
	unknownQuartier := "qua_" + strings.Repeat("z", 26)
	cases := map[string]struct {
		reason string
		list   connList
		filter map[string]any
	}{
		"quartiere":           {"no Quartier has the text", quartierList, map[string]any{"text": nothing}},
		"quartiere bezirk":    {"no Stadtbezirk has the name", quartierList, map[string]any{"stadtbezirk": nothing}},
		"institutionen":       {"no institution has the text", institutionList, map[string]any{"text": nothing}},
		"institutionen unk.":  {"an unknown Quartier has no institutions", institutionList, map[string]any{"quartierId": unknownQuartier}},
		"partners":            {"no partner has the text", partnerList, map[string]any{"text": nothing}},
		"partners unknown":    {"nobody serves an unknown Quartier, not even citywide", partnerList, map[string]any{"quartierId": unknownQuartier}},
		"module":              {"no Modul has the text", modulList, map[string]any{"text": nothing, "status": allModulStatuses}},
		"module partner":      {"an unknown partner has no Module", modulList, map[string]any{"partnerId": "par_" + strings.Repeat("z", 26)}},
		"module age and text": {"a text that matches nothing together with other conditions", modulList, map[string]any{"text": nothing, "free": true}},
		"bedarfe":             {"no Bedarf has the text", bedarfList, map[string]any{"text": nothing, "status": allBedarfStatuses}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			p := tc.list.page(t, a, map[string]any{"filter": tc.filter})
			want := connPage{Edges: p.Edges[:0]}
			if diff := cmp.Diff(want, p); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestBadFilterArgumentsAreTopLevelErrors(t *testing.T) {
	a := shared(t)
	long := strings.Repeat("a", 201)
	cases := map[string]struct {
		reason string
		list   connList
		filter map[string]any
		code   string // "" for no error
	}{
		"quartiere text":     {"201 characters are too long", quartierList, map[string]any{"text": long}, "BAD_USER_INPUT"},
		"institutionen text": {"201 characters are too long", institutionList, map[string]any{"text": long}, "BAD_USER_INPUT"},
		"partners text":      {"201 characters are too long", partnerList, map[string]any{"text": long}, "BAD_USER_INPUT"},
		"module text":        {"201 characters are too long", modulList, map[string]any{"text": long}, "BAD_USER_INPUT"},
		"bedarfe text":       {"201 characters are too long", bedarfList, map[string]any{"text": long}, "BAD_USER_INPUT"},
		"200 umlauts":        {"200 characters are fine, even when they take 400 bytes", modulList, map[string]any{"text": strings.Repeat("ü", 200)}, ""},
		"age min > max":      {"an empty age range", modulList, map[string]any{"ageRange": map[string]any{"min": 10, "max": 6}}, "BAD_USER_INPUT"},
		"age below 0":        {"ages start at 0", modulList, map[string]any{"ageRange": map[string]any{"min": -1, "max": 6}}, "BAD_USER_INPUT"},
		"age above 27":       {"ages end at 27", modulList, map[string]any{"ageRange": map[string]any{"min": 6, "max": 28}}, "BAD_USER_INPUT"},
		"unknown enum":       {"an unknown theme is refused by the schema", modulList, map[string]any{"themes": []string{"KOCHEN"}}, "GRAPHQL_VALIDATION_FAILED"},
		"bad modifiedSince":  {"modifiedSince must be RFC 3339", modulList, map[string]any{"modifiedSince": "gestern"}, "BAD_USER_INPUT"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := a.post(t, tc.list.query(pageSelection), map[string]any{"filter": tc.filter})
			if tc.code == "" {
				if len(r.Errors) > 0 {
					t.Errorf("%s: errors %+v", tc.reason, r.Errors)
				}
				return
			}
			if r.code() != tc.code {
				t.Errorf("%s: want a top-level %s error, got status %d errors %+v data %s", tc.reason, tc.code, r.Status, r.Errors, r.Data)
			}
		})
	}
}

// orderCase is a sort order of a list and how the demo entities it shows compare.
type orderCase[E drehscheibe.Entity] struct {
	reason  string
	orderBy map[string]any
	filter  map[string]any
	// shown are the demo entities the filter lets through (nil: those the list shows
	// without a filter).
	shown func(E) bool
	// compare orders the entities ascending by the field.
	compare func(x, y E) int
	desc    bool
}

// checkOrders runs the cases against list l: the demo entities in the result must come
// in the order compare gives (items that compare equal in any order among themselves).
func checkOrders[E drehscheibe.Entity](t *testing.T, a *testApp, d demoCatalogue, l connList, all []E, shown func(E) bool, cases map[string]orderCase[E]) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			byID := map[string]E{}
			keep := shown
			if tc.shown != nil {
				keep = tc.shown
			}
			var want []E
			for _, e := range all {
				byID[entityID(e)] = e
				if keep(e) {
					want = append(want, e)
				}
			}
			dir := tc.compare
			if tc.desc {
				dir = func(x, y E) int { return tc.compare(y, x) }
			}
			slices.SortStableFunc(want, dir)
			if len(want) < 2 || tc.compare(want[0], want[len(want)-1]) == 0 {
				t.Fatalf("%s: the demo data gives this order nothing to sort", tc.reason)
			}
			ids, total := l.all(t, a, tc.filter, tc.orderBy)
			if total != len(ids) {
				t.Errorf("%s: totalCount %d, but %d items listed", tc.reason, total, len(ids))
			}
			var got []E
			for _, id := range d.onlyDemo(ids) {
				got = append(got, byID[id])
			}
			if diff := cmp.Diff(d.labels(tiesByID(want, tc.compare)), d.labels(tiesByID(got, tc.compare))); diff != "" {
				t.Errorf("%s: orderBy %v (-want +got):\n%s", tc.reason, tc.orderBy, diff)
			}
		})
	}
}

// tiesByID returns the IDs of es with every run of equal items sorted by ID, so that
// orders which differ only among equals compare equal.
func tiesByID[E drehscheibe.Entity](es []E, compare func(x, y E) int) []string {
	out := make([]string, 0, len(es))
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && compare(es[i], es[j]) == 0 {
			j++
		}
		run := idsOf(es[i:j])
		slices.Sort(run)
		out = append(out, run...)
		i = j
	}
	return out
}

func byName[E drehscheibe.Entity](x, y E) int {
	return strings.Compare(sortKey(entityName(x)), sortKey(entityName(y)))
}

func byCreated[E drehscheibe.Entity](x, y E) int {
	return drehscheibe.MetaOf(x).CreatedAt.Compare(drehscheibe.MetaOf(y).CreatedAt)
}

func byUpdated[E drehscheibe.Entity](x, y E) int {
	return drehscheibe.MetaOf(x).UpdatedAt.Compare(drehscheibe.MetaOf(y).UpdatedAt)
}

// commonOrders are the orders every filterable list has; name is NAME or TITLE.
func commonOrders[E drehscheibe.Entity](name string) map[string]orderCase[E] {
	return map[string]orderCase[E]{
		"default":        {reason: "without orderBy by name or title", compare: byName[E]},
		name + " asc":    {reason: "alphabetically, ignoring case and umlauts", orderBy: map[string]any{"field": name}, compare: byName[E]},
		name + " desc":   {reason: "reverse alphabetically", orderBy: map[string]any{"field": name, "direction": "DESC"}, compare: byName[E], desc: true},
		"created asc":    {reason: "oldest first", orderBy: map[string]any{"field": "CREATED_AT", "direction": "ASC"}, compare: byCreated[E]},
		"created desc":   {reason: "newest first", orderBy: map[string]any{"field": "CREATED_AT", "direction": "DESC"}, compare: byCreated[E], desc: true},
		"updated asc":    {reason: "least recently changed first", orderBy: map[string]any{"field": "UPDATED_AT"}, compare: byUpdated[E]},
		"updated desc":   {reason: "most recently changed first", orderBy: map[string]any{"field": "UPDATED_AT", "direction": "DESC"}, compare: byUpdated[E], desc: true},
		"relevance only": {reason: "RELEVANCE without a text sorts by name", orderBy: map[string]any{"field": "RELEVANCE"}, compare: byName[E]},
	}
}

func TestListOrders(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	t.Run("quartiere", func(t *testing.T) {
		cases := commonOrders[*drehscheibe.Quartier]("NAME")
		delete(cases, "relevance only") // Quartiere have no RELEVANCE
		number := func(x, y *drehscheibe.Quartier) int {
			nx, _ := strconv.Atoi(x.Number)
			ny, _ := strconv.Atoi(y.Number)
			return nx - ny
		}
		priority := func(x, y *drehscheibe.Quartier) int { return cmpFloat(documentedPriority(x), documentedPriority(y)) }
		cases["number"] = orderCase[*drehscheibe.Quartier]{reason: "by official number", orderBy: map[string]any{"field": "NUMBER"}, compare: number}
		cases["number desc"] = orderCase[*drehscheibe.Quartier]{reason: "by official number, highest first", orderBy: map[string]any{"field": "NUMBER", "direction": "DESC"}, compare: number, desc: true}
		cases["priority desc"] = orderCase[*drehscheibe.Quartier]{reason: "the neediest first", orderBy: map[string]any{"field": "PRIORITY", "direction": "DESC"}, compare: priority, desc: true}
		cases["priority asc"] = orderCase[*drehscheibe.Quartier]{reason: "the least needy first", orderBy: map[string]any{"field": "PRIORITY"}, compare: priority}
		cases["filtered"] = orderCase[*drehscheibe.Quartier]{reason: "a filtered list is ordered too", orderBy: map[string]any{"field": "PRIORITY", "direction": "DESC"},
			filter: map[string]any{"sozialeStadt": true}, shown: func(q *drehscheibe.Quartier) bool { return q.SozialeStadt }, compare: priority, desc: true}
		checkOrders(t, a, d, quartierList, d.quartiere, func(*drehscheibe.Quartier) bool { return true }, cases)
	})
	t.Run("institutionen", func(t *testing.T) {
		checkOrders(t, a, d, institutionList, d.institutionen, func(*drehscheibe.Institution) bool { return true }, commonOrders[*drehscheibe.Institution]("NAME"))
	})
	t.Run("partners", func(t *testing.T) {
		checkOrders(t, a, d, partnerList, d.partners, func(*drehscheibe.Partner) bool { return true }, commonOrders[*drehscheibe.Partner]("NAME"))
	})
	t.Run("module", func(t *testing.T) {
		cases := commonOrders[*drehscheibe.Modul]("TITLE")
		cases["all states"] = orderCase[*drehscheibe.Modul]{reason: "every state, newest first", orderBy: map[string]any{"field": "CREATED_AT", "direction": "DESC"},
			filter: map[string]any{"status": allModulStatuses}, shown: func(*drehscheibe.Modul) bool { return true }, compare: byCreated[*drehscheibe.Modul], desc: true}
		checkOrders(t, a, d, modulList, d.module, func(m *drehscheibe.Modul) bool { return m.Status == drehscheibe.ModulPublished }, cases)
	})
	t.Run("bedarfe", func(t *testing.T) {
		checkOrders(t, a, d, bedarfList, d.bedarfe, func(b *drehscheibe.Bedarf) bool { return b.Status == drehscheibe.BedarfOpen }, commonOrders[*drehscheibe.Bedarf]("TITLE"))
	})
	t.Run("kindercampusStandorte", func(t *testing.T) {
		ids, total := kindercampusList.all(t, a, nil, nil)
		want := slices.Clone(d.campus)
		slices.SortStableFunc(want, byName[*drehscheibe.Kindercampus])
		if total != len(ids) {
			t.Errorf("totalCount %d, %d items", total, len(ids))
		}
		if diff := cmp.Diff(d.labels(idsOf(want)), d.labels(d.onlyDemo(ids))); diff != "" {
			t.Errorf("Kindercampus sites by name (-want +got):\n%s", diff)
		}
	})
}

// searchedFields are the fields the schema says a list's text filter searches.
// searchedFields are the short fields (names, titles, tags) and the long texts the
// free-text filter searches.
func searchedFields(e drehscheibe.Entity) (short []string, long string) {
	switch e := e.(type) {
	case *drehscheibe.Quartier:
		return []string{e.Name, e.Number, e.Stadtbezirk, e.Aktionsraum}, ""
	case *drehscheibe.Institution:
		return []string{e.Name, e.Traeger, e.Type.Label(), e.Address.Street, e.Address.HouseNumber, e.Address.PostalCode, e.Address.City}, ""
	case *drehscheibe.Partner:
		return []string{e.Name, e.Kind.Label()}, e.Description
	case *drehscheibe.Modul:
		return append([]string{e.Title}, e.Tags...), e.Description
	case *drehscheibe.Bedarf:
		return append([]string{e.Title}, e.Keywords...), e.Notes
	}
	return nil, ""
}

func TestRelevancePutsNameMatchesFirst(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var institutionen, partners, module, bedarfe []drehscheibe.Entity
	for _, e := range d.institutionen {
		institutionen = append(institutionen, e)
	}
	for _, e := range d.partners {
		partners = append(partners, e)
	}
	for _, e := range d.module {
		if e.Status == drehscheibe.ModulPublished {
			module = append(module, e)
		}
	}
	for _, e := range d.bedarfe {
		if e.Status == drehscheibe.BedarfOpen {
			bedarfe = append(bedarfe, e)
		}
	}
	cases := map[string]struct {
		reason string
		list   connList
		shown  []drehscheibe.Entity
		text   string
	}{
		"module":        {"Module with the word in the title before those with it in description or tags", modulList, module, "Ganztag"},
		"institutionen": {"Grundschulen with the word in the name before those of that type only", institutionList, institutionen, "Grundschule"},
		"partners":      {"partners with the word in the name before those with it in the description", partnerList, partners, "Nordstadt"},
		"bedarfe":       {"Bedarfe with the word in the title before those with it in notes or keywords", bedarfList, bedarfe, "Eltern"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var want, inName []string
			for _, e := range tc.shown {
				if short, long := searchedFields(e); textMatchesLong(tc.text, short, long) {
					want = append(want, entityID(e))
					if textMatches(tc.text, entityName(e)) {
						inName = append(inName, entityID(e))
					}
				}
			}
			if len(inName) == 0 || len(inName) == len(want) {
				t.Fatalf("%s: the demo data no longer has matches of %q in and outside names (%d of %d)", tc.reason, tc.text, len(inName), len(want))
			}
			ids, _ := tc.list.all(t, a, map[string]any{"text": tc.text}, map[string]any{"field": "RELEVANCE"})
			got := d.onlyDemo(ids)
			if diff := cmp.Diff(d.sortedLabels(want), d.sortedLabels(got)); diff != "" {
				t.Fatalf("%s: RELEVANCE lists other items than the text filter (-want +got):\n%s", tc.reason, diff)
			}
			for i, id := range got {
				if nameMatch := slices.Contains(inName, id); nameMatch != (i < len(inName)) {
					t.Errorf("%s: %s at position %d (name match %v), but %d items match in the name:\n%s",
						tc.reason, d.labels([]string{id})[0], i, nameMatch, len(inName), strings.Join(d.labels(got), "\n"))
					break
				}
			}
		})
	}
}

func TestMalformedIDsInFiltersAreTopLevelErrors(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	cases := map[string]struct {
		reason string
		list   connList
		filter map[string]any
	}{
		"institution quartier": {"a Quartier number instead of its ID", institutionList, map[string]any{"quartierId": d.quartiere[0].Number}},
		"institution campus":   {"no ID at all", institutionList, map[string]any{"kindercampusId": "kein-id"}},
		"partner quartier":     {"no ID at all", partnerList, map[string]any{"quartierId": "kein-id"}},
		"modul partner":        {"a partner name instead of its ID", modulList, map[string]any{"partnerId": d.partners[0].Name}},
		"modul quartier":       {"a partner ID where a Quartier ID belongs", modulList, map[string]any{"quartierId": entityID(d.partners[0])}},
		"bedarf institution":   {"no ID at all", bedarfList, map[string]any{"institutionId": "kein-id"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := a.post(t, tc.list.query(pageSelection), map[string]any{"filter": tc.filter})
			if r.code() != "BAD_USER_INPUT" {
				t.Errorf("%s: want a top-level BAD_USER_INPUT error, got status %d errors %+v data %s", tc.reason, r.Status, r.Errors, r.Data)
			}
		})
	}
}
