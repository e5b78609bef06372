package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The read tests compute every expectation from demo.Entities(), the data the shared
// app was seeded with. Other tests add entities of their own to the shared app, so
// results are compared on the demo entities they contain (onlyDemo) and counts are
// checked against what the same response walked, never against a fixed number.

// demoCatalogue is the demo data split by type.
type demoCatalogue struct {
	quartiere     []*drehscheibe.Quartier
	institutionen []*drehscheibe.Institution
	partners      []*drehscheibe.Partner
	module        []*drehscheibe.Modul
	bedarfe       []*drehscheibe.Bedarf
	campus        []*drehscheibe.Kindercampus
	byID          map[string]drehscheibe.Entity
}

func loadDemoCatalogue(t *testing.T) demoCatalogue {
	t.Helper()
	all := demo.Entities()
	s := demo.Split(all)
	d := demoCatalogue{byID: map[string]drehscheibe.Entity{}, quartiere: s.Quartiere, institutionen: s.Institutionen,
		partners: s.Partner, module: s.Module, bedarfe: s.Bedarfe, campus: s.Kindercampus}
	for _, e := range all {
		d.byID[entityID(e)] = e
	}
	return d
}

func entityID(e drehscheibe.Entity) string { return string(drehscheibe.MetaOf(e).ID) }

// nameOf is the name or title of an entity.
func entityName(e drehscheibe.Entity) string {
	switch e := e.(type) {
	case *drehscheibe.Quartier:
		return e.Name
	case *drehscheibe.Institution:
		return e.Name
	case *drehscheibe.Partner:
		return e.Name
	case *drehscheibe.Modul:
		return e.Title
	case *drehscheibe.Bedarf:
		return e.Title
	case *drehscheibe.Kindercampus:
		return e.Name
	}
	return ""
}

// onlyDemo keeps the IDs of demo entities, in their order.
func (d demoCatalogue) onlyDemo(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		if _, ok := d.byID[id]; ok {
			out = append(out, id)
		}
	}
	return out
}

// labels turns IDs into readable "name [id]" for diffs.
func (d demoCatalogue) labels(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		if e, ok := d.byID[id]; ok {
			out[i] = entityName(e) + " [" + id + "]"
		} else {
			out[i] = "not demo [" + id + "]"
		}
	}
	return out
}

// sortedLabels is labels in a fixed order, for comparing sets.
func (d demoCatalogue) sortedLabels(ids []string) []string {
	out := d.labels(ids)
	slices.Sort(out)
	return out
}

// idsWhere returns the IDs of the entities for which keep holds, in their order.
func idsWhere[E drehscheibe.Entity](es []E, keep func(E) bool) []string {
	out := []string{}
	for _, e := range es {
		if keep(e) {
			out = append(out, entityID(e))
		}
	}
	return out
}

// idsOf returns the IDs of es.
func idsOf[E drehscheibe.Entity](es []E) []string {
	return idsWhere(es, func(E) bool { return true })
}

// Text search as a reader of the schema expects it: case, umlauts (ä = ae, and also
// the dotless spelling a), ß = ss and accents are ignored; punctuation separates words;
// every word of the query must occur in one of the searched fields.

var (
	spelledUmlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")
	droppedUmlauts = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "ß", "ss")
	noAccents      = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
)

func searchForm(s string, umlauts *strings.Replacer) string {
	s, _, _ = transform.String(noAccents, umlauts.Replace(strings.ToLower(s)))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// sortKey is how a name sorts: alphabetically, ignoring case, umlauts and punctuation.
func sortKey(s string) string { return searchForm(s, spelledUmlauts) }

// textMatches reports whether every word of query occurs in one of fields.
// textMatchesLong is textMatches where long texts are searched in the spelled-out
// folding only (no dotless umlauts), as the service does.
func textMatchesLong(query string, short []string, long string) bool {
	for _, term := range strings.Fields(searchForm(query, spelledUmlauts)) {
		if !textMatches(term, short...) && !strings.Contains(searchForm(long, spelledUmlauts), term) {
			return false
		}
	}
	return true
}

func textMatches(query string, fields ...string) bool {
	for _, term := range strings.Fields(searchForm(query, spelledUmlauts)) {
		found := false
		for _, f := range fields {
			if strings.Contains(searchForm(f, spelledUmlauts), term) || strings.Contains(searchForm(f, droppedUmlauts), term) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// connList is a connection field of Query with the types of its filter and orderBy.
type connList struct {
	field, filterType, orderType string
}

var (
	quartierList     = connList{"quartiere", "QuartierFilter", "QuartierOrder"}
	institutionList  = connList{"institutionen", "InstitutionFilter", "InstitutionOrder"}
	partnerList      = connList{"partners", "PartnerFilter", "PartnerOrder"}
	modulList        = connList{"module", "ModulFilter", "ModulOrder"}
	bedarfList       = connList{"bedarfe", "BedarfFilter", "BedarfOrder"}
	kindercampusList = connList{"kindercampusStandorte", "", ""}
)

// pageSelection selects what the paging tests look at.
const pageSelection = `totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`

// query is a query of one page of the list with the variables filter and orderBy
// (where the list has them), first, after, last and before.
func (l connList) query(selection string) string {
	params := "$first: Int, $after: String, $last: Int, $before: String"
	args := "first: $first, after: $after, last: $last, before: $before"
	if l.filterType != "" {
		params = fmt.Sprintf("$filter: %s, $orderBy: %s, %s", l.filterType, l.orderType, params)
		args = "filter: $filter, orderBy: $orderBy, " + args
	}
	return fmt.Sprintf("query(%s) { %s(%s) { %s } }", params, l.field, args, selection)
}

// connPage is a decoded page of a connection.
type connPage struct {
	TotalCount int
	Edges      []struct {
		Cursor string
		Node   struct{ ID string }
	}
	PageInfo pageInfoView
}

type pageInfoView struct {
	HasNextPage, HasPreviousPage bool
	StartCursor, EndCursor       *string
}

func (p connPage) ids() []string {
	out := make([]string, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node.ID
	}
	return out
}

// page fetches one page; it must succeed.
func (l connList) page(t *testing.T, a *testApp, vars map[string]any) connPage {
	t.Helper()
	var data map[string]connPage
	a.query(t, l.query(pageSelection), vars, &data)
	return data[l.field]
}

// all walks the whole list (filter and orderBy may be nil) a hundred at a time and
// returns the IDs in list order and the totalCount of the last page.
func (l connList) all(t *testing.T, a *testApp, filter, orderBy map[string]any) ([]string, int) {
	t.Helper()
	vars := map[string]any{"first": 100}
	if filter != nil {
		vars["filter"] = filter
	}
	if orderBy != nil {
		vars["orderBy"] = orderBy
	}
	var ids []string
	for range 100 {
		p := l.page(t, a, vars)
		ids = append(ids, p.ids()...)
		if !p.PageInfo.HasNextPage {
			return ids, p.TotalCount
		}
		vars["after"] = *p.PageInfo.EndCursor
	}
	t.Fatalf("%s: still more pages after 100 of them", l.field)
	return nil, 0
}

// Every ModulStatus and BedarfStatus, to list every demo entity.
var (
	allModulStatuses  = []string{"DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"}
	allBedarfStatuses = []string{"OPEN", "COVERED", "CLOSED"}
)

// Views of the entities as the API shows them; expectations are built from the demo
// data in the same shape.

type geoPointView struct{ Lat, Lon float64 }

type ageRangeView struct{ Min, Max int }

type addressView struct{ Street, HouseNumber, PostalCode, City *string }

type contactView struct{ Name, Email, Phone *string }

type idRef struct{ ID string }

type connIDs struct {
	TotalCount int
	Nodes      []idRef
}

func refIDs(rs []idRef) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func intOrNil(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func enumStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func pointView(p *drehscheibe.GeoPoint) *geoPointView {
	if p == nil {
		return nil
	}
	return &geoPointView{p.Lat, p.Lon}
}

func addressOf(a drehscheibe.Address) addressView {
	return addressView{strOrNil(a.Street), strOrNil(a.HouseNumber), strOrNil(a.PostalCode), strOrNil(a.City)}
}

func contactOf(c drehscheibe.Contact) *contactView {
	if c == (drehscheibe.Contact{}) {
		return nil
	}
	return &contactView{strOrNil(c.Name), strOrNil(c.Email), strOrNil(c.Phone)}
}

// viewOpts compares views: empty and nil lists are the same (times compare by instant through their Equal method).
var viewOpts = cmp.Options{cmpopts.EquateEmpty()}

const quartierSelection = `id name number stadtbezirk statistischerBezirk aktionsraum sozialeStadt
	childPovertyPct share0to6Pct share6to18Pct schoolSozialindex centroid { lat lon } version createdAt updatedAt`

type quartierView struct {
	ID, Name, Number, Stadtbezirk                                   string
	StatistischerBezirk, Aktionsraum                                *string
	SozialeStadt                                                    bool
	ChildPovertyPct, Share0to6Pct, Share6to18Pct, SchoolSozialindex *float64
	Centroid                                                        *geoPointView
	Version                                                         int
	CreatedAt, UpdatedAt                                            time.Time
}

func quartierViewOf(q *drehscheibe.Quartier) quartierView {
	return quartierView{
		ID: entityID(q), Name: q.Name, Number: q.Number, Stadtbezirk: q.Stadtbezirk,
		StatistischerBezirk: strOrNil(q.StatistischerBezirk), Aktionsraum: strOrNil(q.Aktionsraum), SozialeStadt: q.SozialeStadt,
		ChildPovertyPct: q.Indicators.ChildPovertyPct, Share0to6Pct: q.Indicators.Share0to6Pct,
		Share6to18Pct: q.Indicators.Share6to18Pct, SchoolSozialindex: q.Indicators.SchoolSozialindex,
		Centroid: pointView(q.Centroid), Version: 1, CreatedAt: q.CreatedAt, UpdatedAt: q.UpdatedAt,
	}
}

// documentedPriority is Quartier.priority as schema.graphqls defines it:
// (0.6·min(1, childPovertyPct/50) + 0.2·[sozialeStadt] + 0.2·(schoolSozialindex−1)/8)
// divided by the sum of the weights of the known indicators.
func documentedPriority(q *drehscheibe.Quartier) float64 {
	sum, weights := 0.0, 0.2
	if q.SozialeStadt {
		sum += 0.2
	}
	if p := q.Indicators.ChildPovertyPct; p != nil {
		sum += 0.6 * math.Min(1, *p/50)
		weights += 0.6
	}
	if s := q.Indicators.SchoolSozialindex; s != nil {
		sum += 0.2 * (*s - 1) / 8
		weights += 0.2
	}
	return sum / weights
}

func TestQueryQuartiere(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var data struct {
		Quartiere struct {
			TotalCount int
			Nodes      []struct {
				quartierView
				Priority      float64
				Institutionen connIDs
				Kitas         connIDs
				Bedarfe       connIDs
				AllBedarfe    connIDs
			}
		}
	}
	a.query(t, `{ quartiere(first: 100) { totalCount nodes { `+quartierSelection+` priority
		institutionen(first: 100) { totalCount nodes { id } }
		kitas: institutionen(first: 100, types: [KITA, FAMILIENZENTRUM]) { totalCount nodes { id } }
		bedarfe(first: 100) { totalCount nodes { id } }
		allBedarfe: bedarfe(first: 100, status: [OPEN, COVERED, CLOSED]) { totalCount nodes { id } } } } }`, nil, &data)
	if got := len(data.Quartiere.Nodes); got != data.Quartiere.TotalCount {
		t.Errorf("%d nodes, totalCount %d", got, data.Quartiere.TotalCount)
	}
	byID := map[string]int{}
	for i, n := range data.Quartiere.Nodes {
		byID[n.ID] = i
	}
	institutionOf := map[string]*drehscheibe.Institution{}
	for _, in := range d.institutionen {
		institutionOf[entityID(in)] = in
	}
	reweighted, distinct, mixedTypes := false, map[float64]bool{}, 0
	for _, q := range d.quartiere {
		i, ok := byID[entityID(q)]
		if !ok {
			t.Errorf("Quartier %s is missing", q.Name)
			continue
		}
		got := data.Quartiere.Nodes[i]
		if diff := cmp.Diff(quartierViewOf(q), got.quartierView, viewOpts); diff != "" {
			t.Errorf("Quartier %s (-want +got):\n%s", q.Name, diff)
		}
		want := documentedPriority(q)
		if math.Abs(got.Priority-want) > 1e-9 {
			t.Errorf("Quartier %s: priority %v, the documented formula gives %v", q.Name, got.Priority, want)
		}
		distinct[want] = true
		reweighted = reweighted || q.Indicators.SchoolSozialindex == nil

		inQuartier := idsWhere(d.institutionen, func(in *drehscheibe.Institution) bool { return in.QuartierID == q.ID })
		if diff := cmp.Diff(d.sortedLabels(inQuartier), d.sortedLabels(d.onlyDemo(refIDs(got.Institutionen.Nodes)))); diff != "" {
			t.Errorf("Quartier %s: institutionen (-want +got):\n%s", q.Name, diff)
		}
		kitas := idsWhere(d.institutionen, func(in *drehscheibe.Institution) bool {
			return in.QuartierID == q.ID && (in.Type == drehscheibe.InstitutionKita || in.Type == drehscheibe.InstitutionFamilienzentrum)
		})
		if len(kitas) > 0 && len(kitas) < len(inQuartier) {
			mixedTypes++
		}
		if diff := cmp.Diff(d.sortedLabels(kitas), d.sortedLabels(d.onlyDemo(refIDs(got.Kitas.Nodes)))); diff != "" {
			t.Errorf("Quartier %s: institutionen(types: [KITA, FAMILIENZENTRUM]) (-want +got):\n%s", q.Name, diff)
		}
		bedarfIn := func(statuses ...drehscheibe.BedarfStatus) []string {
			return idsWhere(d.bedarfe, func(b *drehscheibe.Bedarf) bool {
				return institutionOf[string(b.InstitutionID)].QuartierID == q.ID && slices.Contains(statuses, b.Status)
			})
		}
		if diff := cmp.Diff(d.sortedLabels(bedarfIn(drehscheibe.BedarfOpen)), d.sortedLabels(d.onlyDemo(refIDs(got.Bedarfe.Nodes)))); diff != "" {
			t.Errorf("Quartier %s: bedarfe, by default the open ones (-want +got):\n%s", q.Name, diff)
		}
		if diff := cmp.Diff(d.sortedLabels(bedarfIn(drehscheibe.BedarfStatuses...)), d.sortedLabels(d.onlyDemo(refIDs(got.AllBedarfe.Nodes)))); diff != "" {
			t.Errorf("Quartier %s: bedarfe in every state (-want +got):\n%s", q.Name, diff)
		}
		for name, c := range map[string]connIDs{"institutionen": got.Institutionen, "kitas": got.Kitas, "bedarfe": got.Bedarfe, "allBedarfe": got.AllBedarfe} {
			if c.TotalCount != len(c.Nodes) {
				t.Errorf("Quartier %s: %s totalCount %d, %d nodes", q.Name, name, c.TotalCount, len(c.Nodes))
			}
		}
	}
	if !reweighted || len(distinct) < 3 || mixedTypes == 0 {
		t.Errorf("the demo data no longer exercises the priority formula (a Quartier without Sozialindex: %v, distinct priorities: %d) "+
			"or the types argument (%d Quartiere with Kitas and others)", reweighted, len(distinct), mixedTypes)
	}
}

const institutionSelection = `id name type traeger address { street houseNumber postalCode city } location { lat lon }
	ageRange { min max } children languages ogs familienzentrum website contact { name email phone } version createdAt updatedAt`

type institutionView struct {
	ID, Name, Type       string
	Traeger              *string
	Address              addressView
	Location             *geoPointView
	AgeRange             ageRangeView
	Children             *int
	Languages            []string
	Ogs, Familienzentrum bool
	Website              *string
	Contact              *contactView
	Version              int
	CreatedAt, UpdatedAt time.Time
	Quartier             idRef
	Kindercampus         *idRef
	Bedarfe, OpenBedarfe []idRef
}

func TestQueryInstitutionen(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var data struct {
		Institutionen struct {
			TotalCount int
			Nodes      []institutionView
		}
	}
	a.query(t, `{ institutionen(first: 100) { totalCount nodes { `+institutionSelection+`
		quartier { id } kindercampus { id } bedarfe { id } openBedarfe: bedarfe(status: [OPEN]) { id } } } }`, nil, &data)
	if got := len(data.Institutionen.Nodes); got != data.Institutionen.TotalCount {
		t.Errorf("%d nodes, totalCount %d", got, data.Institutionen.TotalCount)
	}
	got := map[string]institutionView{}
	for _, n := range data.Institutionen.Nodes {
		got[n.ID] = n
	}
	campusOf := map[drehscheibe.ID]drehscheibe.ID{}
	for _, k := range d.campus {
		for _, id := range k.InstitutionIDs {
			campusOf[id] = k.ID
		}
	}
	withCampus, withBedarfe := 0, 0
	for _, in := range d.institutionen {
		want := institutionView{
			ID: entityID(in), Name: in.Name, Type: string(in.Type), Traeger: strOrNil(in.Traeger), Address: addressOf(in.Address),
			Location: pointView(in.Location), AgeRange: ageRangeView{in.AgeRange.Min, in.AgeRange.Max}, Children: intOrNil(in.Children),
			Languages: in.Languages, Ogs: in.OGS, Familienzentrum: in.Familienzentrum, Website: strOrNil(in.Website),
			Contact: contactOf(in.Contact), Version: 1, CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt,
			Quartier: idRef{string(in.QuartierID)},
		}
		if k, ok := campusOf[in.ID]; ok {
			want.Kindercampus = &idRef{string(k)}
			withCampus++
		}
		// bedarfe: every state, newest first
		var own []*drehscheibe.Bedarf
		for _, b := range d.bedarfe {
			if b.InstitutionID == in.ID {
				own = append(own, b)
			}
		}
		slices.SortStableFunc(own, func(x, y *drehscheibe.Bedarf) int { return y.CreatedAt.Compare(x.CreatedAt) })
		for _, b := range own {
			want.Bedarfe = append(want.Bedarfe, idRef{entityID(b)})
			if b.Status == drehscheibe.BedarfOpen {
				want.OpenBedarfe = append(want.OpenBedarfe, idRef{entityID(b)})
			}
		}
		if len(own) > 1 {
			withBedarfe++
		}
		g, ok := got[entityID(in)]
		if !ok {
			t.Errorf("institution %s is missing", in.Name)
			continue
		}
		g.Bedarfe = onlyDemoRefs(d, g.Bedarfe)
		g.OpenBedarfe = onlyDemoRefs(d, g.OpenBedarfe)
		if diff := cmp.Diff(want, g, viewOpts); diff != "" {
			t.Errorf("institution %s (-want +got):\n%s", in.Name, diff)
		}
	}
	if withCampus == 0 || withCampus == len(d.institutionen) || withBedarfe == 0 {
		t.Errorf("the demo data no longer exercises the relations: %d of %d institutions on a campus, %d with several Bedarfe",
			withCampus, len(d.institutionen), withBedarfe)
	}
}

func onlyDemoRefs(d demoCatalogue, rs []idRef) []idRef {
	out := []idRef{}
	for _, r := range rs {
		if _, ok := d.byID[r.ID]; ok {
			out = append(out, r)
		}
	}
	return out
}

type serviceAreaView struct {
	Citywide  bool
	RadiusKm  *float64
	Quartiere []idRef
}

type partnerView struct {
	ID, Name, Kind       string
	Description          *string
	Themes               []string
	ServiceArea          serviceAreaView
	Address              addressView
	Location             *geoPointView
	Languages            []string
	Website              *string
	Contact              *contactView
	Version              int
	CreatedAt, UpdatedAt time.Time
}

func partnerViewOf(p *drehscheibe.Partner) partnerView {
	sa := serviceAreaView{Citywide: p.ServiceArea.Citywide}
	if p.ServiceArea.RadiusKm > 0 {
		r := p.ServiceArea.RadiusKm
		sa.RadiusKm = &r
	}
	for _, id := range p.ServiceArea.QuartierIDs {
		sa.Quartiere = append(sa.Quartiere, idRef{string(id)})
	}
	return partnerView{
		ID: entityID(p), Name: p.Name, Kind: string(p.Kind), Description: strOrNil(p.Description), Themes: enumStrings(p.Themes),
		ServiceArea: sa, Address: addressOf(p.Address), Location: pointView(p.Location), Languages: p.Languages,
		Website: strOrNil(p.Website), Contact: contactOf(p.Contact), Version: 1, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
	}
}

const partnerSelection = `id name kind description themes serviceArea { citywide radiusKm quartiere { id } }
	address { street houseNumber postalCode city } location { lat lon } languages website contact { name email phone }
	version createdAt updatedAt`

func TestQueryPartners(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var data struct {
		Partners struct {
			TotalCount int
			Nodes      []struct {
				partnerView
				Module      connIDs
				AllModule   connIDs
				SportModule connIDs
				OwnModule   connIDs
			}
		}
	}
	a.query(t, `query($other: ID) { partners(first: 100) { totalCount nodes { `+partnerSelection+`
		module(first: 100) { totalCount nodes { id } }
		allModule: module(first: 100, filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}) { totalCount nodes { id } }
		sportModule: module(first: 100, filter: {themes: [SPORT_GESUNDHEIT]}) { totalCount nodes { id } }
		ownModule: module(first: 100, filter: {partnerId: $other}) { totalCount nodes { id } } } } }`,
		map[string]any{"other": entityID(d.partners[len(d.partners)-1])}, &data)
	if got := len(data.Partners.Nodes); got != data.Partners.TotalCount {
		t.Errorf("%d nodes, totalCount %d", got, data.Partners.TotalCount)
	}
	byID := map[string]int{}
	for i, n := range data.Partners.Nodes {
		byID[n.ID] = i
	}
	withContact, withUnpublished, withSomeSport := 0, 0, 0
	for _, p := range d.partners {
		i, ok := byID[entityID(p)]
		if !ok {
			t.Errorf("partner %s is missing", p.Name)
			continue
		}
		got := data.Partners.Nodes[i]
		if diff := cmp.Diff(partnerViewOf(p), got.partnerView, viewOpts); diff != "" {
			t.Errorf("partner %s (-want +got):\n%s", p.Name, diff)
		}
		if got.Contact != nil && got.Contact.Email != nil {
			withContact++
		}
		published := idsWhere(d.module, func(m *drehscheibe.Modul) bool {
			return m.PartnerID == p.ID && m.Status == drehscheibe.ModulPublished
		})
		all := idsWhere(d.module, func(m *drehscheibe.Modul) bool { return m.PartnerID == p.ID })
		if len(all) > len(published) {
			withUnpublished++
		}
		if diff := cmp.Diff(d.sortedLabels(published), d.sortedLabels(d.onlyDemo(refIDs(got.Module.Nodes)))); diff != "" {
			t.Errorf("partner %s: module, by default the published ones (-want +got):\n%s", p.Name, diff)
		}
		if diff := cmp.Diff(d.sortedLabels(all), d.sortedLabels(d.onlyDemo(refIDs(got.AllModule.Nodes)))); diff != "" {
			t.Errorf("partner %s: module in every state (-want +got):\n%s", p.Name, diff)
		}
		sport := idsWhere(d.module, func(m *drehscheibe.Modul) bool {
			return m.PartnerID == p.ID && m.Status == drehscheibe.ModulPublished && m.HasTheme(drehscheibe.ThemeSportGesundheit)
		})
		if len(sport) > 0 && len(sport) < len(published) {
			withSomeSport++
		}
		if diff := cmp.Diff(d.sortedLabels(sport), d.sortedLabels(d.onlyDemo(refIDs(got.SportModule.Nodes)))); diff != "" {
			t.Errorf("partner %s: module(filter: {themes: [SPORT_GESUNDHEIT]}) (-want +got):\n%s", p.Name, diff)
		}
		if diff := cmp.Diff(d.sortedLabels(published), d.sortedLabels(d.onlyDemo(refIDs(got.OwnModule.Nodes)))); diff != "" {
			t.Errorf("partner %s: module ignores a partnerId in its filter (-want +got):\n%s", p.Name, diff)
		}
	}
	if withContact == 0 || withUnpublished == 0 || withSomeSport == 0 {
		t.Errorf("the demo data no longer exercises contacts (%d), unpublished Module (%d) or a filter on a partner's Module (%d)",
			withContact, withUnpublished, withSomeSport)
	}
}

const modulSelection = `id title description theme furtherThemes themes tags ageRange { min max } targetTypes formats
	deliveryModes schedule { slots { weekday timeSlot } period { from to } durationMinutes sessions } groupSize { min max }
	capacity booked remainingCapacity costCent costUnit free fundable fundingNote languages involvesParents inclusion
	status reviewNote publishedAt version createdAt updatedAt partner { id name }`

type slotView struct{ Weekday, TimeSlot string }

type modulView struct {
	ID, Title, Description, Theme       string
	FurtherThemes, Themes, Tags         []string
	AgeRange                            ageRangeView
	TargetTypes, Formats, DeliveryModes []string
	Schedule                            scheduleView
	GroupSize                           struct{ Min, Max int }
	Capacity, Booked, RemainingCapacity int
	CostCent                            int
	CostUnit                            string
	Free, Fundable                      bool
	FundingNote                         *string
	Languages                           []string
	InvolvesParents                     bool
	Inclusion                           *string
	Status                              string
	ReviewNote                          *string
	PublishedAt                         *time.Time
	Version                             int
	CreatedAt, UpdatedAt                time.Time
	Partner                             struct{ ID, Name string }
}

type scheduleView struct {
	Slots                     []slotView
	Period                    struct{ From, To *string }
	DurationMinutes, Sessions *int
}

func slotViews(slots []drehscheibe.Slot) []slotView {
	out := make([]slotView, len(slots))
	for i, s := range slots {
		out[i] = slotView{string(s.Weekday), string(s.TimeSlot)}
	}
	return out
}

func dateView(d drehscheibe.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func modulViewOf(m *drehscheibe.Modul, partner *drehscheibe.Partner) modulView {
	v := modulView{
		ID: entityID(m), Title: m.Title, Description: m.Description, Theme: string(m.Theme),
		FurtherThemes: enumStrings(m.FurtherThemes), Themes: append([]string{string(m.Theme)}, enumStrings(m.FurtherThemes)...),
		Tags: m.Tags, AgeRange: ageRangeView{m.AgeRange.Min, m.AgeRange.Max}, TargetTypes: enumStrings(m.TargetTypes),
		Formats: enumStrings(m.Formats), DeliveryModes: enumStrings(m.DeliveryModes),
		Capacity: m.Capacity, Booked: m.Booked, RemainingCapacity: max(0, m.Capacity-m.Booked), CostCent: int(m.CostCent),
		CostUnit: string(m.CostUnit), Free: m.CostCent == 0, Fundable: m.Fundable, FundingNote: strOrNil(m.FundingNote),
		Languages: m.Languages, InvolvesParents: m.InvolvesParents, Inclusion: strOrNil(m.Inclusion), Status: string(m.Status),
		ReviewNote: strOrNil(m.ReviewNote), PublishedAt: m.PublishedAt, Version: 1, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt,
	}
	v.Schedule.Slots = slotViews(m.Schedule.Slots)
	v.Schedule.Period.From, v.Schedule.Period.To = dateView(m.Schedule.Period.From), dateView(m.Schedule.Period.To)
	v.Schedule.DurationMinutes, v.Schedule.Sessions = intOrNil(m.Schedule.DurationMinutes), intOrNil(m.Schedule.Sessions)
	v.GroupSize.Min, v.GroupSize.Max = m.GroupSize.Min, m.GroupSize.Max
	v.Partner.ID, v.Partner.Name = entityID(partner), partner.Name
	return v
}

func TestQueryModule(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	got := map[string]modulView{}
	vars := map[string]any{"first": 100, "filter": map[string]any{"status": allModulStatuses}}
	for {
		var data struct {
			Module struct {
				Nodes    []modulView
				PageInfo pageInfoView
			}
		}
		a.query(t, modulList.query(`nodes { `+modulSelection+` } pageInfo { hasNextPage endCursor }`), vars, &data)
		for _, n := range data.Module.Nodes {
			got[n.ID] = n
		}
		if !data.Module.PageInfo.HasNextPage {
			break
		}
		vars["after"] = *data.Module.PageInfo.EndCursor
	}
	partners := map[drehscheibe.ID]*drehscheibe.Partner{}
	for _, p := range d.partners {
		partners[p.ID] = p
	}
	statuses := map[string]int{}
	for _, m := range d.module {
		g, ok := got[entityID(m)]
		if !ok {
			t.Errorf("Modul %s (%s) is missing", m.Title, m.Status)
			continue
		}
		statuses[string(m.Status)]++
		if diff := cmp.Diff(modulViewOf(m, partners[m.PartnerID]), g, viewOpts); diff != "" {
			t.Errorf("Modul %s (-want +got):\n%s", m.Title, diff)
		}
	}
	if len(statuses) != len(allModulStatuses) {
		t.Errorf("the demo data no longer has Module in every state: %v", statuses)
	}
}

const bedarfSelection = `id title theme ageRange { min max } slots { weekday timeSlot } groupSize budgetCent priority
	keywords notes status closedReason version createdAt updatedAt institution { id name }`

type bedarfView struct {
	ID, Title, Theme     string
	AgeRange             ageRangeView
	Slots                []slotView
	GroupSize            int
	BudgetCent           *int
	Priority             string
	Keywords             []string
	Notes                *string
	Status               string
	ClosedReason         *string
	Version              int
	CreatedAt, UpdatedAt time.Time
	Institution          struct{ ID, Name string }
}

func TestQueryBedarfe(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var data struct {
		All  struct{ Nodes []bedarfView }
		Open connIDs
	}
	a.query(t, `{ all: bedarfe(first: 100, filter: {status: [OPEN, COVERED, CLOSED]}) { nodes { `+bedarfSelection+` } }
		open: bedarfe(first: 100) { totalCount nodes { id } } }`, nil, &data)
	got := map[string]bedarfView{}
	for _, n := range data.All.Nodes {
		got[n.ID] = n
	}
	institutions := map[drehscheibe.ID]*drehscheibe.Institution{}
	for _, in := range d.institutionen {
		institutions[in.ID] = in
	}
	for _, b := range d.bedarfe {
		want := bedarfView{
			ID: entityID(b), Title: b.Title, Theme: string(b.Theme), AgeRange: ageRangeView{b.AgeRange.Min, b.AgeRange.Max},
			Slots: slotViews(b.Slots), GroupSize: b.GroupSize, Priority: string(b.Priority), Keywords: b.Keywords,
			Notes: strOrNil(b.Notes), Status: string(b.Status), ClosedReason: strOrNil(b.ClosedReason), Version: 1,
			CreatedAt: b.CreatedAt, UpdatedAt: b.UpdatedAt,
		}
		if b.BudgetCent != nil {
			v := int(*b.BudgetCent)
			want.BudgetCent = &v
		}
		want.Institution.ID, want.Institution.Name = string(b.InstitutionID), institutions[b.InstitutionID].Name
		g, ok := got[entityID(b)]
		if !ok {
			t.Errorf("Bedarf %s (%s) is missing", b.Title, b.Status)
			continue
		}
		if diff := cmp.Diff(want, g, viewOpts); diff != "" {
			t.Errorf("Bedarf %s (-want +got):\n%s", b.Title, diff)
		}
	}
	open := idsWhere(d.bedarfe, func(b *drehscheibe.Bedarf) bool { return b.Status == drehscheibe.BedarfOpen })
	if len(open) == 0 || len(open) == len(d.bedarfe) {
		t.Fatalf("the demo data no longer has open and other Bedarfe (%d of %d open)", len(open), len(d.bedarfe))
	}
	if diff := cmp.Diff(d.sortedLabels(open), d.sortedLabels(d.onlyDemo(refIDs(data.Open.Nodes)))); diff != "" {
		t.Errorf("bedarfe lists the open ones by default (-want +got):\n%s", diff)
	}
}

type budgetLineView struct {
	Year       int
	Category   string
	AmountCent int
}

type kindercampusView struct {
	ID, Name             string
	Description          *string
	Quartier             idRef
	AnchorSchool         idRef
	Institutionen        []idRef
	Manager              *contactView
	Budget               []budgetLineView
	Budget2026           []budgetLineView
	Total2026            int
	Budget1999           []budgetLineView
	Total1999            int
	Version              int
	CreatedAt, UpdatedAt time.Time
}

func TestQueryKindercampusStandorte(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var data struct {
		KindercampusStandorte struct {
			TotalCount int
			Nodes      []kindercampusView
		}
	}
	a.query(t, `{ kindercampusStandorte(first: 100) { totalCount nodes { id name description quartier { id } anchorSchool { id }
		institutionen { id } manager { name email phone } budget { year category amountCent }
		budget2026: budget(year: 2026) { year category amountCent } total2026: budgetTotalCent(year: 2026)
		budget1999: budget(year: 1999) { year category amountCent } total1999: budgetTotalCent(year: 1999)
		version createdAt updatedAt } } }`, nil, &data)
	got := map[string]kindercampusView{}
	for _, n := range data.KindercampusStandorte.Nodes {
		got[n.ID] = n
	}
	if len(d.campus) < 2 {
		t.Fatalf("the demo data has %d campus sites, want both", len(d.campus))
	}
	for _, k := range d.campus {
		want := kindercampusView{
			ID: entityID(k), Name: k.Name, Description: strOrNil(k.Description), Quartier: idRef{string(k.QuartierID)},
			AnchorSchool: idRef{string(k.AnchorSchoolID)}, Manager: contactOf(k.Manager), Version: 1,
			CreatedAt: k.CreatedAt, UpdatedAt: k.UpdatedAt,
		}
		for _, id := range k.InstitutionIDs {
			want.Institutionen = append(want.Institutionen, idRef{string(id)})
		}
		for _, l := range k.Budget {
			v := budgetLineView{l.Year, string(l.Category), int(l.AmountCent)}
			want.Budget = append(want.Budget, v)
			switch l.Year {
			case 2026:
				want.Budget2026 = append(want.Budget2026, v)
				want.Total2026 += v.AmountCent
			case 1999:
				want.Budget1999 = append(want.Budget1999, v)
				want.Total1999 += v.AmountCent
			}
		}
		if len(want.Institutionen) != 4 || want.Institutionen[0] != want.AnchorSchool || want.Total2026 == 0 || want.Manager == nil {
			t.Errorf("the demo data of %s changed: institutions %v, anchor %v, budget 2026 %d, manager %v",
				k.Name, want.Institutionen, want.AnchorSchool, want.Total2026, want.Manager)
		}
		if diff := cmp.Diff(want, got[entityID(k)], viewOpts); diff != "" {
			t.Errorf("Kindercampus %s (-want +got):\n%s", k.Name, diff)
		}
	}
}

// nodeSelection asks every type for its name or title.
const nodeSelection = `__typename id ... on Quartier { name } ... on Institution { name } ... on Partner { name }
	... on Modul { title } ... on Bedarf { title } ... on Kindercampus { name } ... on Foerderprogramm { name }`

type nodeView struct {
	Typename string `json:"__typename"`
	ID       string
	Name     string
	Title    string
}

// nodeViewOf is what node(id:) should return for e.
func nodeViewOf(e drehscheibe.Entity) nodeView {
	v := nodeView{ID: entityID(e)}
	switch e := e.(type) {
	case *drehscheibe.Quartier:
		v.Typename, v.Name = "Quartier", e.Name
	case *drehscheibe.Institution:
		v.Typename, v.Name = "Institution", e.Name
	case *drehscheibe.Partner:
		v.Typename, v.Name = "Partner", e.Name
	case *drehscheibe.Modul:
		v.Typename, v.Title = "Modul", e.Title
	case *drehscheibe.Bedarf:
		v.Typename, v.Title = "Bedarf", e.Title
	case *drehscheibe.Kindercampus:
		v.Typename, v.Name = "Kindercampus", e.Name
	case *drehscheibe.Foerderprogramm:
		v.Typename, v.Name = "Foerderprogramm", e.Name
	}
	return v
}

func TestNodeRoundTrip(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	cases := map[string]struct {
		reason string
		entity drehscheibe.Entity
	}{
		"Quartier":     {"a Quartier resolves by its qua_ ID", d.quartiere[0]},
		"Institution":  {"an institution resolves by its ins_ ID", d.institutionen[0]},
		"Partner":      {"a partner resolves by its par_ ID", d.partners[0]},
		"Modul":        {"a Modul resolves by its mod_ ID", d.module[0]},
		"Bedarf":       {"a Bedarf resolves by its bed_ ID", d.bedarfe[0]},
		"Kindercampus": {"a Kindercampus resolves by its kc_ ID", d.campus[0]},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var data struct{ Node *nodeView }
			a.query(t, `query($id: ID!) { node(id: $id) { `+nodeSelection+` } }`, map[string]any{"id": entityID(tc.entity)}, &data)
			if data.Node == nil {
				t.Fatalf("%s: node(id: %q) is null", tc.reason, entityID(tc.entity))
			}
			if diff := cmp.Diff(nodeViewOf(tc.entity), *data.Node); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// unknownModulID is well-formed but names no entity.
var unknownModulID = "mod_" + strings.Repeat("q", 26)

func TestNodesResolvesEveryDemoEntityInOrder(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	var all []drehscheibe.Entity
	for _, e := range demo.Entities() {
		all = append(all, e)
	}
	// a mixed batch: reversed demo order (all types interleaved from the end), with an
	// unknown ID in the middle
	slices.Reverse(all)
	for start := 0; start < len(all); start += 99 {
		batch := all[start:min(start+99, len(all))]
		ids := []string{}
		want := []*nodeView{}
		for i, e := range batch {
			if i == len(batch)/2 {
				ids, want = append(ids, unknownModulID), append(want, nil)
			}
			v := nodeViewOf(e)
			ids, want = append(ids, v.ID), append(want, &v)
		}
		var data struct{ Nodes []*nodeView }
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { `+nodeSelection+` } }`, map[string]any{"ids": ids}, &data)
		if diff := cmp.Diff(want, data.Nodes); diff != "" {
			t.Errorf("nodes(ids:) of demo entities %d… (-want +got):\n%s", start, diff)
		}
	}
	if len(d.byID) != len(all) {
		t.Errorf("demo IDs are not unique: %d IDs for %d entities", len(d.byID), len(all))
	}
}

func TestNodeErrors(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	hundred := make([]string, 100)
	for i := range hundred {
		hundred[i] = entityID(d.module[i%len(d.module)])
	}
	cases := map[string]struct {
		reason string
		query  string
		vars   map[string]any
		// code is the expected extensions.code; "" means no error and data as given.
		code string
		data string
	}{
		"unknown well-formed":    {"an unknown but well-formed ID is null, not an error", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": unknownModulID}, "", `{"node":null}`},
		"unknown of other kind":  {"an unknown Kindercampus ID is null", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "kc_" + strings.Repeat("a", 26)}, "", `{"node":null}`},
		"no prefix":              {"a string without a type prefix is no ID", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "kein-id"}, "BAD_USER_INPUT", ""},
		"unknown prefix":         {"an unknown type prefix is no ID", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "xyz_" + strings.Repeat("a", 26)}, "BAD_USER_INPUT", ""},
		"upper case":             {"IDs are lower-case base32", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "mod_" + strings.Repeat("A", 26)}, "BAD_USER_INPUT", ""},
		"empty body":             {"a prefix alone is no ID", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "mod_"}, "BAD_USER_INPUT", ""},
		"empty":                  {"the empty string is no ID", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ""}, "BAD_USER_INPUT", ""},
		"too long":               {"an overlong ID is refused before any lookup", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "mod_" + strings.Repeat("a", 200)}, "BAD_USER_INPUT", ""},
		"malformed among nodes":  {"one malformed ID makes nodes(ids:) an error", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{entityID(d.quartiere[0]), "kein-id"}}, "BAD_USER_INPUT", ""},
		"101 nodes":              {"nodes(ids:) takes at most 100 IDs", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": append(slices.Clone(hundred), unknownModulID)}, "BAD_USER_INPUT", ""},
		"empty nodes":            {"nodes(ids: []) is an empty list", `{ nodes(ids: []) { id } }`, nil, "", `{"nodes":[]}`},
		"repeated ID in nodes":   {"a repeated ID is resolved each time", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{entityID(d.partners[0]), entityID(d.partners[0])}}, "", fmt.Sprintf(`{"nodes":[{"id":%q},{"id":%q}]}`, entityID(d.partners[0]), entityID(d.partners[0]))},
		"wrong type in fragment": {"a fragment of another type selects nothing", `query($id: ID!) { node(id: $id) { id ... on Modul { title } } }`, map[string]any{"id": entityID(d.partners[0])}, "", fmt.Sprintf(`{"node":{"id":%q}}`, entityID(d.partners[0]))},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := a.post(t, tc.query, tc.vars)
			if tc.code == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("%s: errors %+v", tc.reason, r.Errors)
				}
				if diff := cmp.Diff(tc.data, string(r.Data)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
				}
				return
			}
			if len(r.Errors) == 0 || r.code() != tc.code {
				t.Errorf("%s: want a top-level %s error, got status %d errors %+v data %s", tc.reason, tc.code, r.Status, r.Errors, r.Data)
			}
		})
	}
	t.Run("100 nodes", func(t *testing.T) {
		var data struct{ Nodes []*idRef }
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": hundred}, &data)
		if len(data.Nodes) != 100 || data.Nodes[99] == nil || data.Nodes[99].ID != hundred[99] {
			t.Errorf("nodes(ids:) with exactly 100 IDs: %d nodes", len(data.Nodes))
		}
	})
}
