package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/importer"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
	"github.com/stadtdortmund/drehscheibe/internal/opendata"
	"github.com/stadtdortmund/drehscheibe/internal/opendata/opendatatest"
)

var sys = drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("Import (Test)"))

type env struct {
	store *mongodb.Store
	cat   *catalog.Catalog
	svc   *drehscheibe.Service
	im    *importer.Importer
}

func newEnv(t *testing.T) *env {
	t.Helper()
	store := embeddedtest.Store(t)
	cat := catalog.New(store, catalog.Options{})
	svc := drehscheibe.NewService(store, cat, time.Now)
	return &env{store: store, cat: cat, svc: svc, im: &importer.Importer{Service: svc, Catalog: cat, Now: time.Now}}
}

func (e *env) run(t *testing.T, dir string, dryRun bool) *importer.Report {
	t.Helper()
	if err := e.cat.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	rep, err := e.im.Dortmund(sys, dir, dryRun)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func (e *env) auditCount(t *testing.T) int {
	t.Helper()
	n, err := e.store.CountAudit(context.Background(), drehscheibe.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// fixture is a small city: three Unterbezirke (535 Clarenberg, 532 Hörde, 910
// Bodelschwingh), schools, youth centres and the school list in Latin-1.
func fixture(t *testing.T) string { return opendatatest.City(t, "base", "latin1") }

// edit replaces old with new in a file of dir (the source changes between imports).
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func findInstitution(t *testing.T, e *env, name string) *drehscheibe.Institution {
	t.Helper()
	for _, in := range e.cat.Current().Institutionen(catalog.InstitutionFilter{Text: name}, catalog.Order{}).All() {
		if in.Name == name {
			return in
		}
	}
	t.Fatalf("institution %q not found", name)
	return nil
}

func TestImportIsIdempotentAndKeepsWhatPeopleEdited(t *testing.T) {
	e := newEnv(t)
	dir := fixture(t)

	// a dry run writes nothing
	rep := e.run(t, dir, true)
	if tot := rep.Total(); tot.Created == 0 || tot.Skipped != 0 {
		t.Fatalf("dry run: %+v\n%s", tot, rep)
	}
	if empty, _ := e.store.Empty(context.Background()); !empty || e.auditCount(t) != 0 {
		t.Fatal("the dry run wrote something")
	}

	first := e.run(t, dir, false).Total()
	if first.Created == 0 || first.Updated+first.Unchanged+first.Skipped != 0 {
		t.Fatalf("first import: %+v", first)
	}
	stift := findInstitution(t, e, "Stiftschule")
	if stift.Source == nil || !strings.Contains(stift.Source.Name, "Schulliste") || stift.Source.Key == "" || stift.Source.ImportedAt.IsZero() {
		t.Errorf("provenance of an imported school: %+v", stift.Source)
	}
	if stift.Children != 235 || stift.Type != drehscheibe.InstitutionGrundschule {
		t.Errorf("the school list's pupils: %d, type %s", stift.Children, stift.Type)
	}

	// a second run changes nothing and writes nothing
	entries := e.auditCount(t)
	if again := e.run(t, dir, false).Total(); again.Unchanged != first.Created || again.Created+again.Updated+again.Skipped != 0 {
		t.Errorf("second import: %+v, want %d unchanged", again, first.Created)
	}
	if e.auditCount(t) != entries {
		t.Error("an unchanged import wrote audit entries")
	}

	// people edit the school: its pupil count, and its Träger, which the source does not know
	staff := drehscheibe.WithPrincipal(context.Background(), drehscheibe.Principal{Role: drehscheibe.RoleServicestelle, Name: "Servicestelle"})
	if _, err := e.svc.UpdateInstitution(staff, stift.ID, stift.Version, drehscheibe.InstitutionPatch{
		Children: drehscheibe.Set(240), Traeger: drehscheibe.Set("DOBEQ")}); err != nil {
		t.Fatal(err)
	}
	// the source changes: the school's pupils, and a Quartier's child poverty
	edit(t, dir, "dortmund_schulen_2024_25_sozialindex.csv", "Stiftschule;Am Bruchheck 47;44263;Dortmund;235", "Stiftschule;Am Bruchheck 47;44263;Dortmund;250")
	edit(t, dir, "do_data2024.geojson", `"children_under_15_SGB_II_pct": 40.9`, `"children_under_15_SGB_II_pct": 42.5`)
	rep = e.run(t, dir, false)
	if c := rep.Kinds["Quartiere"]; c.Updated != 1 {
		t.Errorf("the Quartier whose indicator changed: %+v", c)
	}
	stift = findInstitution(t, e, "Stiftschule")
	if stift.Children != 240 || stift.Traeger != "DOBEQ" {
		t.Errorf("edited fields were overwritten: children %d, Träger %q", stift.Children, stift.Traeger)
	}
	kept := slices.IndexFunc(rep.Kept, func(n importer.Note) bool { return strings.HasPrefix(n.Name, "Stiftschule") && n.Text == "children" })
	if kept < 0 {
		t.Errorf("the kept edit is not reported: %+v", rep.Kept)
	}
	var clarenberg *drehscheibe.Quartier
	for _, q := range e.cat.Current().Quartiere(catalog.QuartierFilter{}, catalog.Order{}).All() {
		if q.Number == "535" {
			clarenberg = q
		}
	}
	if clarenberg == nil || *clarenberg.Indicators.ChildPovertyPct != 42.5 || clarenberg.Priority() <= 0 {
		t.Errorf("Clarenberg after the source changed: %+v", clarenberg)
	}
	if !strings.Contains(rep.String(), "Kindercampus nicht umgehängt") {
		t.Errorf("without both anchor schools no campus is changed, and the report says so:\n%s", rep)
	}
}

func TestImportOnlyBySystem(t *testing.T) {
	e := newEnv(t)
	staff := drehscheibe.WithPrincipal(context.Background(), drehscheibe.Principal{Role: drehscheibe.RoleServicestelle})
	if err := e.cat.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	rep, err := e.im.Dortmund(staff, fixture(t), false)
	if err != nil {
		t.Fatal(err)
	}
	if tot := rep.Total(); tot.Created != 0 || tot.Skipped == 0 {
		t.Errorf("an import through a key must be refused record by record: %+v", tot)
	}
}

func TestMalformedRowsAreSkippedNotFatal(t *testing.T) {
	e := newEnv(t)
	dir := fixture(t)
	// a Kita file with one good row and one without coordinates
	kitas := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","geometry":{"type":"Point","coordinates":[7.505,51.485]},"properties":{"objektart":"Kindergarten","objektname":"FABIDO TEK","strasse":"Am Bruchheck","hausnummer":"1","ubznr":"535"}},
	 {"type":"Feature","geometry":null,"properties":{"objektart":"Kindergarten","objektname":"Kita ohne Ort","ubznr":"535"}},
	 {"type":"Feature","geometry":{"type":"Point","coordinates":[9.9,53.5]},"properties":{"objektart":"Kindergarten","objektname":"Kita in Hamburg","strasse":"Elbchaussee","hausnummer":"1"}}]}`
	if err := os.WriteFile(filepath.Join(dir, opendata.FileKitas), []byte(kitas), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := e.run(t, dir, false)
	if rep.Data.Count(opendata.KindMalformed)+rep.Data.Count(opendata.KindNoQuartier) < 2 {
		t.Errorf("the bad rows are reported:\n%s", rep)
	}
	findInstitution(t, e, "FABIDO TEK")
}

// TestRealData imports ../shared/data/dortmund into a database with the demo data.
func TestRealData(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "dortmund")
	if _, err := os.Stat(filepath.Join(dir, opendata.FileUnterbezirke)); err != nil {
		t.Skipf("the city's data is not at %s (%v): skipping the import of real data", dir, err)
	}
	e := newEnv(t)
	for _, ent := range demo.Entities() {
		if err := e.svc.Restore(sys, ent); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	rep := e.run(t, dir, false)
	took := time.Since(start)
	want := map[string]importer.Counts{
		"Quartiere":              {Created: 158, Updated: 12},
		"Institutionen":          {Created: 509},
		"Partner (Bibliotheken)": {Created: 16},
	}
	for kind, w := range want {
		if got := *rep.Kinds[kind]; got != w {
			t.Errorf("%s: %+v, want %+v", kind, got, w)
		}
	}
	t.Logf("imported in %s:\n%s", took.Round(time.Millisecond), rep)
	if err := e.cat.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	snap := e.cat.Current()
	for _, k := range snap.KindercampusStandorte().All() {
		anchor, _ := snap.Institution(k.AnchorSchoolID)
		if anchor.Source == nil || (anchor.Name != "Stiftschule" && anchor.Name != "Westhausenschule") {
			t.Errorf("%s: anchor %q is not the imported school", k.Name, anchor.Name)
		}
	}
	again := e.run(t, dir, false).Total()
	if again.Unchanged != 170+509+16 || again.Created+again.Updated+again.Skipped != 0 {
		t.Errorf("a second import: %+v", again)
	}
}
