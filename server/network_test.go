package main

import (
	"encoding/xml"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// networkQuery selects everything of a network.
const networkQuery = `query($f: NetworkFilter) { network(filter: $f) {
	catalogVersion kindercampus { id } quartier { id } theme from to betweennessStatus stale
	institutions { institution { id name quartier { id } } degree cooperations betweenness }
	partners { partner { id name } degree cooperations betweenness }
	edges { institution { id } partner { id } weight themes firstStart }
	cooperations density
	growth { quarter asOf institutions connected partners edges cooperations density }
	isolated { id }
	themeGaps { theme institutions { id } }
	bridges { partner { id } betweenness }
	components { institutions { id } partners { id } edges }
} }`

type idOnly struct{ ID string }

type networkAnswer struct {
	CatalogVersion    int
	Kindercampus      *idOnly
	Quartier          *idOnly
	Theme             *string
	From, To          *string
	BetweennessStatus string
	Stale             bool
	Institutions      []struct {
		Institution struct {
			ID, Name string
			Quartier idOnly
		}
		Degree, Cooperations int
		Betweenness          *float64
	}
	Partners []struct {
		Partner              struct{ ID, Name string }
		Degree, Cooperations int
		Betweenness          *float64
	}
	Edges []struct {
		Institution, Partner idOnly
		Weight               int
		Themes               []string
		FirstStart           string
	}
	Cooperations int
	Density      float64
	Growth       []struct {
		Quarter, AsOf                                          string
		Institutions, Connected, Partners, Edges, Cooperations int
		Density                                                float64
	}
	Isolated  []idOnly
	ThemeGaps []struct {
		Theme        string
		Institutions []idOnly
	}
	Bridges []struct {
		Partner     idOnly
		Betweenness *float64
	}
	Components []struct {
		Institutions, Partners []idOnly
		Edges                  int
	}
}

// network asks for the network of filter f (nil: the city) as app a and returns it
// and the response's catalogue version.
func networkOf(t *testing.T, a *testApp, f map[string]any) (networkAnswer, int) {
	t.Helper()
	var d struct{ Network networkAnswer }
	r := a.query(t, networkQuery, map[string]any{"f": f}, &d)
	v, _ := r.Extensions["catalogVersion"].(float64)
	return d.Network, int(v)
}

// networkWorld is the world with cooperations: institution 1 (campus 1) with partner A
// twice (AGREED) and with partner B once (ACCEPTED), institution 2 (campus 2) with
// partner A (AGREED), all from 2026-09-01, and one request still asked (no
// cooperation). Partner A joins the two campus sites.
func networkWorld(t *testing.T) *world {
	w := newWorld(t)
	w.anfrage(t, "AGREED")
	w.anfrage(t, "AGREED")
	w.anfrage(t, "REQUESTED")
	w.anfrageFor(t, anfrageInput(w.inst1, w.publishedOf(t, w.partnerB), ""), "ACCEPTED")
	m, _ := w.published(t)
	w.anfrageFor(t, anfrageInput(w.inst2, m, ""), "AGREED")
	return w
}

// publishedOf publishes a new Modul of partner (in SPORT_GESUNDHEIT).
func (w *world) publishedOf(t testing.TB, partner string) string {
	t.Helper()
	id, v := w.created(t, "createModul", "CreateModulInput", "modul", modulInput(partner))
	id, v = w.created(t, "submitModulForReview", "ModulTransitionInput", "modul", idVersion(id, v))
	id, _ = w.created(t, "publishModul", "ModulTransitionInput", "modul", idVersion(id, v))
	return id
}

func ids(xs []idOnly) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.ID
	}
	return out
}

// TestNetwork asks for the cooperation network on the demo data with the requests of
// networkWorld: the city, a campus, a period and a Themenfeld; who may see which; the
// downloads parsed back against the GraphQL answer; and the cache.
func TestNetwork(t *testing.T) {
	w := networkWorld(t)
	admin := w.admin()
	var all struct {
		Institutionen struct{ TotalCount int }
	}
	admin.query(t, `{ institutionen { totalCount } }`, nil, &all)
	n := all.Institutionen.TotalCount

	city, version := networkOf(t, admin, nil)
	t.Run("city", func(t *testing.T) {
		if city.CatalogVersion != version || city.BetweennessStatus != "COMPUTED" || city.Stale {
			t.Errorf("catalogVersion %d (response %d), %s, stale %v; want the response's version, COMPUTED",
				city.CatalogVersion, version, city.BetweennessStatus, city.Stale)
		}
		type edge struct {
			institution, partner string
			weight               int
		}
		var edges []edge
		for _, e := range city.Edges {
			edges = append(edges, edge{e.Institution.ID, e.Partner.ID, e.Weight})
			if !slices.Equal(e.Themes, []string{"SPORT_GESUNDHEIT"}) || e.FirstStart != "2026-09-01" {
				t.Errorf("edge %s–%s: themes %v from %s, want SPORT_GESUNDHEIT from 2026-09-01", e.Institution.ID, e.Partner.ID, e.Themes, e.FirstStart)
			}
		}
		want := []edge{{w.inst1, w.partnerA, 2}, {w.inst1, w.partnerB, 1}, {w.inst2, w.partnerA, 1}}
		slices.SortFunc(want, func(a, b edge) int { return strings.Compare(a.institution+a.partner, b.institution+b.partner) })
		if diff := cmp.Diff(want, edges, cmp.AllowUnexported(edge{})); diff != "" {
			t.Errorf("edges (-want +got):\n%s", diff)
		}
		if len(city.Institutions) != n || len(city.Partners) != 2 || city.Cooperations != 4 {
			t.Errorf("%d institutions (of %d), %d partners, %d cooperations; want all, 2, 4",
				len(city.Institutions), n, len(city.Partners), city.Cooperations)
		}
		if want := 3 / float64(2*n); math.Abs(city.Density-want) > 1e-12 {
			t.Errorf("density %v, want 3 / (%d × 2)", city.Density, n)
		}
		// B – institution 1 – A – institution 2: A lies on both paths to institution 2,
		// the most a partner of two can (docs/network.md)
		if len(city.Bridges) != 1 || city.Bridges[0].Partner.ID != w.partnerA || *city.Bridges[0].Betweenness != 1 {
			t.Errorf("bridges %+v, want partner A with betweenness 1", city.Bridges)
		}
		for _, p := range city.Partners {
			if want := map[string]int{w.partnerA: 2, w.partnerB: 1}[p.Partner.ID]; p.Degree != want || p.Betweenness == nil {
				t.Errorf("partner %s: degree %d, betweenness %v; want %d and a value", p.Partner.ID, p.Degree, p.Betweenness, want)
			}
		}
		if len(city.Isolated) != n-2 || slices.Contains(ids(city.Isolated), w.inst1) {
			t.Errorf("%d isolated institutions, want %d without institutions 1 and 2", len(city.Isolated), n-2)
		}
		if len(city.ThemeGaps) != len(drehscheibe.Themes) {
			t.Fatalf("%d theme gaps, want one per Themenfeld", len(city.ThemeGaps))
		}
		for _, g := range city.ThemeGaps {
			want := n
			if g.Theme == "SPORT_GESUNDHEIT" {
				want = n - 2
			}
			if len(g.Institutions) != want {
				t.Errorf("%s: %d institutions without a partner, want %d", g.Theme, len(g.Institutions), want)
			}
		}
		if len(city.Components) != 1 || city.Components[0].Edges != 3 || len(city.Components[0].Partners) != 2 {
			t.Errorf("components %+v, want one of 3 edges", city.Components)
		}
		wantGrowth := []string{"2026-Q3 2026-09-30 2 2 3 4"}
		var growth []string
		for _, q := range city.Growth {
			growth = append(growth, strings.Join([]string{q.Quarter, q.AsOf, strconv.Itoa(q.Connected), strconv.Itoa(q.Partners),
				strconv.Itoa(q.Edges), strconv.Itoa(q.Cooperations)}, " "))
		}
		if !slices.Equal(growth, wantGrowth) {
			t.Errorf("growth %v, want %v", growth, wantGrowth)
		}
	})

	t.Run("scopes", func(t *testing.T) {
		// campus management asking without a filter gets its own campus
		campus, _ := networkOf(t, w.as(campusOwn), nil)
		if campus.Kindercampus == nil || campus.Kindercampus.ID != w.campus1 || len(campus.Edges) != 2 || len(campus.Partners) != 2 {
			t.Errorf("campus 1: %+v, %d edges, %d partners; want campus 1 with 2 edges and both partners", campus.Kindercampus, len(campus.Edges), len(campus.Partners))
		}
		before, _ := networkOf(t, admin, map[string]any{"to": "2026-08-31"})
		if len(before.Edges) != 0 || before.Cooperations != 0 || *before.To != "2026-08-31" {
			t.Errorf("as of 2026-08-31: %d edges, %d cooperations, to %v; want none", len(before.Edges), before.Cooperations, before.To)
		}
		mint, _ := networkOf(t, w.as(coordinatorOther), map[string]any{"theme": "MINT_DIGITALES"})
		if len(mint.Edges) != 0 || len(mint.ThemeGaps) != 1 || len(mint.ThemeGaps[0].Institutions) != n {
			t.Errorf("MINT: %d edges, gaps %d; want no edge and one gap of every institution", len(mint.Edges), len(mint.ThemeGaps))
		}
		quartier, _ := networkOf(t, admin, map[string]any{"quartierId": w.quartier})
		for _, in := range quartier.Institutions {
			if in.Institution.Quartier.ID != w.quartier {
				t.Errorf("Quartier %s holds %s of %s", w.quartier, in.Institution.ID, in.Institution.Quartier.ID)
			}
		}
		if len(quartier.Institutions) == 0 || quartier.Quartier == nil || quartier.Quartier.ID != w.quartier {
			t.Errorf("Quartier: %d institutions, scope %+v", len(quartier.Institutions), quartier.Quartier)
		}
	})

	t.Run("refusals", func(t *testing.T) {
		r := w.as(campusOther).post(t, networkQuery, map[string]any{"f": map[string]any{"kindercampusId": w.campus1}})
		if r.code() != "FORBIDDEN" {
			t.Errorf("campus 2's management asking for campus 1: %+v, want FORBIDDEN", r.Errors)
		}
		r = admin.post(t, networkQuery, map[string]any{"f": map[string]any{"kindercampusId": w.quartier, "from": "2026-05-01", "to": "2026-04-01"}})
		if r.code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "kindercampusId: Das ist keine ID eines Kindercampus.") ||
			!strings.Contains(r.Errors[0].Message, "to: Das Ende liegt vor dem Anfang.") {
			t.Errorf("bad filter: %+v", r.Errors)
		}
		r = admin.post(t, networkQuery, map[string]any{"f": map[string]any{"kindercampusId": string(drehscheibe.NewID(drehscheibe.KindKindercampus))}})
		if r.code() != "NOT_FOUND" {
			t.Errorf("unknown campus: %+v, want NOT_FOUND", r.Errors)
		}
		for _, c := range []struct {
			act    actor
			query  string
			status int
		}{
			{campusOther, "?kindercampusId=" + w.campus1, http.StatusForbidden},
			{partnerOwn, "", http.StatusForbidden},
			{anonymous, "", http.StatusUnauthorized},
			{servicestelle, "?from=morgen", http.StatusBadRequest},
			{servicestelle, "?theme=KOCHEN", http.StatusBadRequest},
		} {
			for _, format := range []string{"graphml", "gexf"} {
				status, _, body := w.as(c.act).getRaw(t, "/export/netzwerk."+format+c.query)
				if status != c.status || !strings.Contains(string(body), `"message"`) {
					t.Errorf("%s: GET netzwerk.%s%s: %d %s, want %d with a message", c.act, format, c.query, status, body, c.status)
				}
			}
		}
	})

	t.Run("downloads", func(t *testing.T) {
		want := exportedFromAnswer(city)
		for _, format := range []string{"graphml", "gexf"} {
			status, h, body := admin.getRaw(t, "/export/netzwerk."+format)
			if status != http.StatusOK {
				t.Fatalf("GET netzwerk.%s: %d %s", format, status, body)
			}
			today := drehscheibe.DateOf(time.Now().In(drehscheibe.Dortmund)).String()
			if !strings.HasPrefix(h.Get("Content-Type"), "application/"+format+"+xml") ||
				h.Get("Content-Disposition") != `attachment; filename="kooperationsnetz-`+today+"."+format+`"` ||
				h.Get(networkcache.HeaderCatalogVersion) != strconv.Itoa(city.CatalogVersion) || h.Get(networkcache.HeaderBetweenness) != "COMPUTED" {
				t.Errorf("netzwerk.%s headers: %v", format, h)
			}
			got := exportedFromFile(t, format, body)
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
				t.Errorf("netzwerk.%s against the GraphQL answer (-want +got):\n%s", format, diff)
			}
		}
		// campus management's file is its campus's network
		status, _, body := w.as(campusOwn).getRaw(t, "/export/netzwerk.gexf")
		campus, _ := networkOf(t, w.as(campusOwn), nil)
		if status != http.StatusOK || len(exportedFromFile(t, "gexf", body).Nodes) != len(campus.Institutions)+len(campus.Partners) {
			t.Errorf("campus management's file: %d, %d nodes; want the campus's network", status, len(exportedFromFile(t, "gexf", body).Nodes))
		}
		// a browser signed in downloads with its session cookie
		b := newWebClient(t, w.a.url)
		keySession(t, b, w.tokens[coordinatorOwn])
		q := url.Values{"theme": {"SPORT_GESUNDHEIT"}, "from": {"2026-01-01"}}
		if r := b.get(t, "/export/netzwerk.graphml?"+q.Encode(), nil); r.Status != http.StatusOK ||
			len(exportedFromFile(t, "graphml", []byte(r.Body)).Edges) != 3 {
			t.Errorf("download with a session: %d %.200s", r.Status, r.Body)
		}
	})

	t.Run("cache", func(t *testing.T) {
		stats := func() networkcache.Stats { return w.a.app.networks.Stats() }
		before := stats()
		again, _ := networkOf(t, admin, nil)
		if got := stats(); got.Builds != before.Builds || got.Betweenness != before.Betweenness || got.Hits != before.Hits+1 {
			t.Errorf("a second request without a write: %+v, then %+v; want one hit, no build", before, got)
		}
		if again.CatalogVersion != city.CatalogVersion {
			t.Errorf("catalogVersion %d, then %d without a write", city.CatalogVersion, again.CatalogVersion)
		}
		// a write that leaves the graph as it was: built again, the betweenness taken over
		w.bedarf(t)
		before = stats()
		after, version := networkOf(t, admin, nil)
		if got := stats(); got.Builds != before.Builds+1 || got.Betweenness != before.Betweenness || got.Reused != before.Reused+1 {
			t.Errorf("after a new Bedarf: %+v, then %+v; want one build, the betweenness reused", before, got)
		}
		if after.CatalogVersion != version || after.CatalogVersion <= city.CatalogVersion || after.BetweennessStatus != "COMPUTED" {
			t.Errorf("after a new Bedarf: catalogVersion %d (response %d, before %d), %s", after.CatalogVersion, version, city.CatalogVersion, after.BetweennessStatus)
		}
		// one more cooperation of a pair that cooperates already: the graph is the same
		w.anfrage(t, "ACCEPTED")
		before = stats()
		networkOf(t, admin, nil)
		if got := stats(); got.Betweenness != before.Betweenness || got.Reused != before.Reused+1 {
			t.Errorf("after another cooperation of institution 1 and partner A: %+v, then %+v; want the betweenness reused", before, got)
		}
		// a new pair: computed again
		w.anfrageFor(t, anfrageInput(w.inst2, w.publishedOf(t, w.partnerB), ""), "ACCEPTED")
		before = stats()
		networkOf(t, admin, nil)
		if got := stats(); got.Betweenness != before.Betweenness+1 {
			t.Errorf("after a new cooperation: %+v, then %+v; want the betweenness computed again", before, got)
		}
		// without betweenness fields, none is computed
		before = stats()
		w.bedarf(t)
		var d struct {
			Network struct{ BetweennessStatus string }
		}
		admin.query(t, `{ network { betweennessStatus edges { weight } } }`, nil, &d)
		if got := stats(); d.Network.BetweennessStatus != "NOT_SELECTED" || got.Betweenness != before.Betweenness || got.Reused != before.Reused {
			t.Errorf("a query without betweenness: %s, stats %+v then %+v", d.Network.BetweennessStatus, before, got)
		}
	})
}

// exported is what a file says about the network: nodes by ID with their label and
// columns (by German title), edges in order with their weight and columns.
type exported struct {
	Nodes map[string]map[string]string
	Edges []exportedEdge
}

type exportedEdge struct {
	Source, Target, Weight string
	Columns                map[string]string
}

// exportedFromAnswer is what the files must say, from the GraphQL answer.
func exportedFromAnswer(a networkAnswer) exported {
	out := exported{Nodes: map[string]map[string]string{}}
	float := func(v *float64) string { return strconv.FormatFloat(*v, 'g', -1, 64) }
	for _, x := range a.Institutions {
		out.Nodes[x.Institution.ID] = map[string]string{"label": x.Institution.Name, "Art": "Einrichtung",
			"Grad": strconv.Itoa(x.Degree), "Kooperationen": strconv.Itoa(x.Cooperations), "Betweenness": float(x.Betweenness)}
	}
	for _, x := range a.Partners {
		out.Nodes[x.Partner.ID] = map[string]string{"label": x.Partner.Name, "Art": "Partner",
			"Grad": strconv.Itoa(x.Degree), "Kooperationen": strconv.Itoa(x.Cooperations), "Betweenness": float(x.Betweenness)}
	}
	for _, e := range a.Edges {
		themes := make([]string, len(e.Themes))
		for i, th := range e.Themes {
			themes[i] = drehscheibe.Theme(th).Label()
		}
		out.Edges = append(out.Edges, exportedEdge{Source: e.Institution.ID, Target: e.Partner.ID, Weight: strconv.Itoa(e.Weight),
			Columns: map[string]string{"Themenfelder": strings.Join(themes, "; "), "Beginn": e.FirstStart}})
	}
	return out
}

// exportedFromFile parses a GraphML or GEXF file with encoding/xml. Only the columns
// exportedFromAnswer knows are kept (Typ, Quartier and Kindercampus are checked in
// internal/network).
func exportedFromFile(t *testing.T, format string, body []byte) exported {
	t.Helper()
	type value struct {
		Key   string `xml:"key,attr"`
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
		Text  string `xml:",chardata"`
	}
	type element struct {
		ID     string  `xml:"id,attr"`
		Label  string  `xml:"label,attr"`
		Source string  `xml:"source,attr"`
		Target string  `xml:"target,attr"`
		Weight string  `xml:"weight,attr"`
		Data   []value `xml:"data"`
		Values []value `xml:"attvalues>attvalue"`
	}
	type column struct {
		ID    string `xml:"id,attr"`
		Name  string `xml:"attr.name,attr"`
		Title string `xml:"title,attr"`
	}
	var doc struct {
		XMLName xml.Name
		Keys    []column `xml:"key"`
		Graph   struct {
			Nodes      []element `xml:"node"`
			Edges      []element `xml:"edge"`
			GEXFNodes  []element `xml:"nodes>node"`
			GEXFEdges  []element `xml:"edges>edge"`
			Attributes []struct {
				Columns []column `xml:"attribute"`
			} `xml:"attributes"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("%s does not parse: %v", format, err)
	}
	if doc.XMLName.Local != map[string]string{"graphml": "graphml", "gexf": "gexf"}[format] {
		t.Fatalf("root element %s in a %s file", doc.XMLName.Local, format)
	}
	titles := map[string]string{}
	for _, c := range doc.Keys {
		titles[c.ID] = c.Name
	}
	for _, a := range doc.Graph.Attributes {
		for _, c := range a.Columns {
			titles[c.ID] = c.Title
		}
	}
	kept := map[string]bool{"label": true, "Art": true, "Grad": true, "Kooperationen": true, "Betweenness": true,
		"Themenfelder": true, "Beginn": true}
	columns := func(e element) map[string]string {
		out := map[string]string{}
		for _, v := range e.Data {
			if kept[titles[v.Key]] {
				out[titles[v.Key]] = v.Text
			}
		}
		for _, v := range e.Values {
			if kept[titles[v.For]] {
				out[titles[v.For]] = v.Value
			}
		}
		return out
	}
	nodes, edges := append(doc.Graph.Nodes, doc.Graph.GEXFNodes...), append(doc.Graph.Edges, doc.Graph.GEXFEdges...)
	out := exported{Nodes: map[string]map[string]string{}}
	for _, n := range nodes {
		cols := columns(n)
		if n.Label != "" {
			cols["label"] = n.Label
		}
		out.Nodes[n.ID] = cols
	}
	for _, e := range edges {
		cols := columns(e)
		weight := e.Weight
		for _, v := range e.Data {
			if v.Key == "weight" {
				weight = v.Text
			}
		}
		out.Edges = append(out.Edges, exportedEdge{Source: e.Source, Target: e.Target, Weight: weight, Columns: cols})
	}
	return out
}
