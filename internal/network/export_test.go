package network_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

var update = flag.Bool("update", false, "rewrite the golden exports in testdata/")

// exportInput is a small network with the characters XML must escape and German names.
func exportInput() network.Input {
	in := network.Input{
		Institutions: []network.Institution{
			{ID: ins("a"), Name: "Kita Sonnenblume & Co.", Type: drehscheibe.InstitutionKita, QuartierID: quartierNord, QuartierName: "Nördliche Innenstadt", CampusID: campusNord, CampusName: "Kindercampus Nordmarkt"},
			{ID: ins("b"), Name: "Grundschule <Am Hafen>", Type: drehscheibe.InstitutionGrundschule, QuartierID: quartierNord, QuartierName: "Nördliche Innenstadt", CampusID: campusNord, CampusName: "Kindercampus Nordmarkt"},
			{ID: ins("c"), Name: `Jugendfreizeitstätte „Süd“ "Treff" 'Oase'`, Type: drehscheibe.InstitutionJugendfreizeitstaette, QuartierID: quartierSued},
			{ID: ins("d"), Name: "Familienbüro Hörde", Type: drehscheibe.InstitutionFamilienbuero, QuartierID: quartierSued, QuartierName: "Hörde"},
		},
		Partners: []network.Partner{
			{ID: par("x"), Name: "Verein für Spiel & Sport e. V.", Kind: drehscheibe.PartnerSportverein},
			{ID: par("y"), Name: "Ökologische Station <BNE>", Kind: drehscheibe.PartnerBildungseinrichtung},
			{ID: par("z"), Name: "Straßenmusik gGmbH", Kind: drehscheibe.PartnerUnternehmen},
		},
	}
	in.Cooperations = []network.Cooperation{
		coop("a", "x", drehscheibe.ThemeSportGesundheit, "2025-09-01"),
		coop("a", "x", drehscheibe.ThemeMusikKultur, "2025-03-01"),
		coop("b", "x", drehscheibe.ThemeSportGesundheit, "2026-01-12"),
		coop("b", "y", drehscheibe.ThemeBNE, "2026-02-01"),
		coop("c", "z", drehscheibe.ThemeMusikKultur, "2026-04-20"),
	}
	return in
}

// node and link are what an export says about a node and an edge, read back.
type node struct {
	Label, Kind, Type, Quartier, Campus string
	Degree, Cooperations                int
	Betweenness                         float64
}

type link struct {
	Source, Target drehscheibe.ID
	Weight         int
	Themes         []drehscheibe.Theme
	FirstStart     drehscheibe.Date
}

// expected is what the exports must say about n.
func expected(n *network.Network) (map[drehscheibe.ID]node, []link) {
	nodes := map[drehscheibe.ID]node{}
	or := func(name string, id drehscheibe.ID) string {
		if name == "" {
			return string(id)
		}
		return name
	}
	for _, x := range n.Institutions {
		nodes[x.ID] = node{x.Name, "Einrichtung", x.Type.Label(), or(x.QuartierName, x.QuartierID), or(x.CampusName, x.CampusID), x.Degree, x.Cooperations, x.Betweenness}
	}
	for _, x := range n.Partners {
		nodes[x.ID] = node{x.Name, "Partner", x.Kind.Label(), "", "", x.Degree, x.Cooperations, x.Betweenness}
	}
	var links []link
	for _, e := range n.Edges {
		links = append(links, link{e.InstitutionID, e.PartnerID, e.Weight, e.Themes, e.FirstStart})
	}
	return nodes, links
}

// The German titles of the columns, as Gephi shows them.
var titles = map[string]string{"Art": "kind", "Typ": "type", "Quartier": "quartier", "Kindercampus": "campus", "Grad": "degree",
	"Kooperationen": "cooperations", "Betweenness": "betweenness", "Themenfelder": "themes", "Beginn": "firstStart"}

// fill sets the field of nd or l that the column titled title names.
func fill(t *testing.T, title, value string, nd *node, l *link) {
	t.Helper()
	number := func() int {
		v, err := strconv.Atoi(value)
		if err != nil {
			t.Errorf("%s: %q is no integer", title, value)
		}
		return v
	}
	switch title {
	case "label":
		nd.Label = value
	case "Art":
		nd.Kind = value
	case "Typ":
		nd.Type = value
	case "Quartier":
		nd.Quartier = value
	case "Kindercampus":
		nd.Campus = value
	case "Grad":
		nd.Degree = number()
	case "Kooperationen":
		nd.Cooperations = number()
	case "Betweenness":
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			t.Errorf("Betweenness: %q is no number", value)
		}
		nd.Betweenness = v
	case "weight":
		l.Weight = number()
	case "Themenfelder":
		for _, label := range strings.Split(value, "; ") {
			i := slices.IndexFunc(drehscheibe.Themes, func(th drehscheibe.Theme) bool { return th.Label() == label })
			if i < 0 {
				t.Errorf("Themenfelder: %q is no Themenfeld", label)
				continue
			}
			l.Themes = append(l.Themes, drehscheibe.Themes[i])
		}
	case "Beginn":
		l.FirstStart = date(value)
	default:
		t.Errorf("unknown column %q", title)
	}
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string        `xml:"id,attr"`
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// readGraphML reads a GraphML export back into nodes and edges.
func readGraphML(t *testing.T, data []byte) (map[drehscheibe.ID]node, []link) {
	t.Helper()
	var doc graphmlDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if doc.Graph.EdgeDefault != "undirected" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	title := map[string]string{}
	for _, k := range doc.Keys {
		title[k.ID] = k.Name
	}
	nodes := map[drehscheibe.ID]node{}
	for _, x := range doc.Graph.Nodes {
		var nd node
		for _, d := range x.Data {
			fill(t, title[d.Key], d.Value, &nd, nil)
		}
		nodes[drehscheibe.ID(x.ID)] = nd
	}
	var links []link
	for _, x := range doc.Graph.Edges {
		l := link{Source: drehscheibe.ID(x.Source), Target: drehscheibe.ID(x.Target)}
		for _, d := range x.Data {
			fill(t, title[d.Key], d.Value, nil, &l)
		}
		links = append(links, l)
	}
	return nodes, links
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class     string `xml:"class,attr"`
			Attribute []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count int `xml:"count,attr"`
			Node  []struct {
				ID     string      `xml:"id,attr"`
				Label  string      `xml:"label,attr"`
				Values []gexfValue `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count int `xml:"count,attr"`
			Edge  []struct {
				Source string      `xml:"source,attr"`
				Target string      `xml:"target,attr"`
				Weight string      `xml:"weight,attr"`
				Values []gexfValue `xml:"attvalues>attvalue"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

// readGEXF reads a GEXF export back into nodes and edges.
func readGEXF(t *testing.T, data []byte) (map[drehscheibe.ID]node, []link) {
	t.Helper()
	var doc gexfDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	if doc.Version != "1.3" || doc.Graph.DefaultEdgeType != "undirected" {
		t.Errorf("version %q, defaultedgetype %q", doc.Version, doc.Graph.DefaultEdgeType)
	}
	title := map[string]string{}
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attribute {
			title[as.Class+"/"+a.ID] = a.Title
		}
	}
	nodes := map[drehscheibe.ID]node{}
	for _, x := range doc.Graph.Nodes.Node {
		nd := node{Label: x.Label}
		for _, v := range x.Values {
			fill(t, title["node/"+v.For], v.Value, &nd, nil)
		}
		nodes[drehscheibe.ID(x.ID)] = nd
	}
	var links []link
	for _, x := range doc.Graph.Edges.Edge {
		l := link{Source: drehscheibe.ID(x.Source), Target: drehscheibe.ID(x.Target)}
		fill(t, "weight", x.Weight, nil, &l)
		for _, v := range x.Values {
			fill(t, title["edge/"+v.For], v.Value, nil, &l)
		}
		links = append(links, l)
	}
	if doc.Graph.Nodes.Count != len(nodes) || doc.Graph.Edges.Count != len(links) {
		t.Errorf("counts %d nodes, %d edges; the file has %d, %d", doc.Graph.Nodes.Count, doc.Graph.Edges.Count, len(nodes), len(links))
	}
	return nodes, links
}

var formats = map[string]struct {
	write func(io.Writer, *network.Network) error
	read  func(*testing.T, []byte) (map[drehscheibe.ID]node, []link)
}{
	"graphml": {network.WriteGraphML, readGraphML},
	"gexf":    {network.WriteGEXF, readGEXF},
}

func export(t testing.TB, write func(io.Writer, *network.Network) error, n *network.Network) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, n); err != nil {
		t.Fatalf("export: %v", err)
	}
	return b.Bytes()
}

// TestExportsReadBack writes both formats, reads them back with encoding/xml and
// compares every node, attribute and edge with the network; the golden files in
// testdata/ show the format (go test ./internal/network -run TestExportsReadBack -update
// after a deliberate change).
func TestExportsReadBack(t *testing.T) {
	for _, withBetweenness := range []bool{true, false} {
		n, err := network.Build(exportInput(), network.Filter{}, network.Options{Betweenness: withBetweenness})
		if err != nil {
			t.Fatal(err)
		}
		wantNodes, wantLinks := expected(n)
		for name, format := range formats {
			data := export(t, format.write, n)
			nodes, links := format.read(t, data)
			if diff := cmp.Diff(wantNodes, nodes); diff != "" {
				t.Errorf("%s (betweenness %v): nodes (-want +got):\n%s", name, withBetweenness, diff)
			}
			if diff := cmp.Diff(wantLinks, links); diff != "" {
				t.Errorf("%s (betweenness %v): edges (-want +got):\n%s", name, withBetweenness, diff)
			}
			if has := bytes.Contains(data, []byte("Betweenness")); has != withBetweenness {
				t.Errorf("%s: a betweenness column %v, computed %v", name, has, withBetweenness)
			}
			if withBetweenness {
				golden(t, filepath.Join("testdata", "fixture."+name), data)
			}
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./internal/network -run TestExportsReadBack -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-golden +written):\n%s", path, diff)
	}
}

// TestGraphMLGraph rebuilds the graph of a GraphML export of a generated city in gonum
// and compares it with the network's own: the same nodes joined by the same edges.
func TestGraphMLGraph(t *testing.T) {
	n := build(t, generate(300, 150, 1000, 5), network.Filter{})
	var doc graphmlDoc
	if err := xml.Unmarshal(export(t, network.WriteGraphML, n), &doc); err != nil {
		t.Fatal(err)
	}
	number := map[string]int64{}
	for _, x := range n.Institutions {
		number[string(x.ID)] = int64(len(number))
	}
	for _, x := range n.Partners {
		number[string(x.ID)] = int64(len(number))
	}
	want, got := simple.NewUndirectedGraph(), simple.NewUndirectedGraph()
	for _, id := range number {
		want.AddNode(simple.Node(id))
	}
	for _, e := range n.Edges {
		want.SetEdge(simple.Edge{F: simple.Node(number[string(e.InstitutionID)]), T: simple.Node(number[string(e.PartnerID)])})
	}
	for _, x := range doc.Graph.Nodes {
		id, ok := number[x.ID]
		if !ok {
			t.Fatalf("node %q is not in the network", x.ID)
		}
		got.AddNode(simple.Node(id))
	}
	for _, e := range doc.Graph.Edges {
		got.SetEdge(simple.Edge{F: simple.Node(number[e.Source]), T: simple.Node(number[e.Target])})
	}
	if !topo.Equal(want, got) {
		t.Errorf("the GraphML graph (%d nodes, %d edges) is not the network's (%d nodes, %d edges)",
			got.Nodes().Len(), got.Edges().Len(), want.Nodes().Len(), want.Edges().Len())
	}
	if got.Edges().Len() != len(n.Edges) || got.Edges().Len() == 0 {
		t.Errorf("%d edges read back, %d written", got.Edges().Len(), len(n.Edges))
	}
}

// TestExportsEscape checks that names with every character XML treats specially, and
// one XML cannot hold, leave the files well-formed and read back.
func TestExportsEscape(t *testing.T) {
	in := exportInput()
	names := []string{`<Kita> & "Söhne" 'ß'`, "]]> Zähler ü", "Steuerzeichen \x01 und \u00a0 Ende"}
	for i, name := range names {
		in.Institutions[i].Name = name
	}
	n := build(t, in, network.Filter{})
	for format, f := range formats {
		nodes, _ := f.read(t, export(t, f.write, n))
		for i, name := range names {
			want := strings.ReplaceAll(name, "\x01", "\uFFFD")
			if got := nodes[in.Institutions[i].ID].Label; got != want {
				t.Errorf("%s: name %q read back as %q, want %q", format, name, got, want)
			}
		}
	}
}

// TestExportsDeterministic checks that the same input in any order gives byte-identical
// files.
func TestExportsDeterministic(t *testing.T) {
	in := generate(200, 100, 600, 11)
	first := build(t, in, network.Filter{})
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		r.Shuffle(len(in.Institutions), func(i, j int) { in.Institutions[i], in.Institutions[j] = in.Institutions[j], in.Institutions[i] })
		r.Shuffle(len(in.Partners), func(i, j int) { in.Partners[i], in.Partners[j] = in.Partners[j], in.Partners[i] })
		r.Shuffle(len(in.Cooperations), func(i, j int) { in.Cooperations[i], in.Cooperations[j] = in.Cooperations[j], in.Cooperations[i] })
		again := build(t, in, network.Filter{})
		if diff := cmp.Diff(first, again); diff != "" {
			t.Fatalf("the network depends on the input's order (-first +shuffled):\n%s", diff)
		}
		for name, f := range formats {
			if !bytes.Equal(export(t, f.write, first), export(t, f.write, again)) {
				t.Errorf("%s differs for the same input in another order", name)
			}
		}
	}
}

// failingWriter fails once more than limit bytes were written.
type failingWriter struct{ limit int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		return 0, errFull
	}
	w.limit -= len(p)
	return len(p), nil
}

// TestExportsReportWriteErrors checks that a failing writer's error comes back.
func TestExportsReportWriteErrors(t *testing.T) {
	n := build(t, generate(100, 50, 300, 1), network.Filter{})
	for name, f := range formats {
		for _, limit := range []int{0, 10, 5000} {
			if err := f.write(&failingWriter{limit: limit}, n); !errors.Is(err, errFull) {
				t.Errorf("%s into a writer that fails after %d bytes: %v, want %v", name, limit, err, errFull)
			}
		}
	}
}
