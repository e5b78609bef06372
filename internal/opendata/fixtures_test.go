package opendata

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/opendata/opendatatest"
)

// fixtureDir assembles a directory from testdata/base and the files of
// testdata/<name>, which replace the base's.
func fixtureDir(t *testing.T, name string) string {
	t.Helper()
	return opendatatest.City(t, "base", name)
}

// section names a list of the report.
type section string

const (
	skipped      section = "skipped"
	disagreement section = "disagreement"
	unmatched    section = "unmatched"
	note         section = "note"
)

// entry is an expected report entry: exact file, row and kind, and a part of the reason.
type entry struct {
	section section
	file    string
	row     int
	kind    ProblemKind
	reason  string
}

func sections(r *Report) map[section][]Problem {
	return map[section][]Problem{skipped: r.Skipped, disagreement: r.Disagreements, unmatched: r.UnmatchedSchools, note: r.Notes}
}

func TestReadFixtures(t *testing.T) {
	tests := map[string]struct {
		reason string
		// err is the error Read must return (nil: none).
		err error
		// quartiere, institutions and libraries are the numbers of records.
		quartiere, institutions int
		// fileErrs are the files that must fail as a whole; every other file present in
		// the fixture must load.
		fileErrs []string
		// want are all the entries of the report's lists, apart from the files the
		// fixture leaves out.
		want []entry
		// check tests what the entries cannot show.
		check func(t *testing.T, ds *Dataset)
	}{
		"broken-geometry": {
			reason:    "a broken outline, a missing number and a duplicate number skip only their row",
			quartiere: 1,
			want: []entry{
				{skipped, FileUnterbezirke, 2, KindMalformed, "Ring 1 ist nicht geschlossen"},
				{skipped, FileUnterbezirke, 3, KindMalformed, "Geometrie fehlt"},
				{skipped, FileUnterbezirke, 4, KindMalformed, `kein Polygon, sondern "Point"`},
				{skipped, FileUnterbezirke, 5, KindMalformed, "unlesbar"},
				{skipped, FileUnterbezirke, 6, KindMalformed, "Unterbezirksnummer (unbeznr) fehlt"},
				{skipped, FileUnterbezirke, 7, KindDuplicate, "wie Zeile 1"},
				{skipped, FileUnterbezirke, 8, KindMalformed, "nicht im Raum Dortmund"},
			},
			check: func(t *testing.T, ds *Dataset) {
				if q := ds.Quartiere[0].Quartier; q.Number != "535" || q.Name != "Clarenberg" {
					t.Errorf("kept %s %s, want the first 535 Clarenberg", q.Number, q.Name)
				}
			},
		},
		"missing-fields": {
			reason:       "rows without name or usable coordinates are skipped with the reason, the good row stays",
			quartiere:    3,
			institutions: 1,
			want: []entry{
				{skipped, FileKitas, 2, KindMalformed, "Name (objektname) fehlt"},
				{skipped, FileKitas, 3, KindMalformed, "Geometrie fehlt"},
				{skipped, FileKitas, 4, KindMalformed, "nicht im Raum Dortmund"},
				{skipped, FileKitas, 5, KindMalformed, "kein Zahlenpaar"},
				{skipped, FileKitas, 6, KindMalformed, "kein GeoJSON-Objekt"},
				{skipped, FileKitas, 7, KindMalformed, "Länge 51.485, Breite 7.505"},
			},
		},
		"duplicates": {
			reason:       "the same row three times is kept once and reported once; the same name elsewhere is another Kita",
			quartiere:    3,
			institutions: 2,
			want: []entry{
				{skipped, FileKitas, 2, KindDuplicate, "Zeilen 2, 4 haben denselben Schlüssel (fabido tek|clarenberg 35-37) wie Zeile 1"},
			},
			check: func(t *testing.T, ds *Dataset) {
				if a, b := ds.Institutions[0].Institution.ID, ds.Institutions[1].Institution.ID; a == b {
					t.Errorf("two FABIDO TEK at different addresses share the ID %s", a)
				}
			},
		},
		"outside": {
			reason:       "a point outside every outline goes to its ubznr Quartier if it exists, otherwise it is skipped",
			quartiere:    3,
			institutions: 1,
			want: []entry{
				{disagreement, FileYouthCentres, 1, KindOutside, "(56 m vom Unterbezirk 535 Clarenberg entfernt); verwendet: Unterbezirk 535 aus der Zeile"},
				{skipped, FileYouthCentres, 2, KindNoQuartier, "den Unterbezirk 999 der Zeile gibt es nicht"},
				{skipped, FileYouthCentres, 3, KindNoQuartier, "ubznr fehlt"},
			},
			check: func(t *testing.T, ds *Dataset) {
				wantQuartier(t, ds, ds.Institutions[0].Institution, "535")
			},
		},
		"ubz-mismatch": {
			reason:       "a ubznr that disagrees with the polygon is reported; the polygon wins",
			quartiere:    3,
			institutions: 2,
			want: []entry{
				{disagreement, FileKitas, 1, KindUnterbezirk, "liegt im Unterbezirk 535 Clarenberg, die Zeile nennt 910 Bodelschwingh (11.8 km entfernt); verwendet: 535"},
				{disagreement, FileKitas, 2, KindUnterbezirk, "unbekannten Unterbezirk 777; verwendet: 535"},
			},
			check: func(t *testing.T, ds *Dataset) {
				for _, r := range ds.Institutions {
					wantQuartier(t, ds, r.Institution, "535")
				}
			},
		},
		"regions": {
			reason:       "area names in the rows that contradict the number scheme or each other are reported",
			quartiere:    3,
			institutions: 7,
			want: []entry{
				{disagreement, FileKitas, 4, KindRegion, "Stadtbezirk der Zeile (3 Brackel) passt nicht zum Unterbezirk 535 (5 Hörde)"},
				{disagreement, FileKitas, 5, KindRegion, "statistischer Bezirk der Zeile (750 Oespel) passt nicht zum Unterbezirk 532"},
				{disagreement, FileUnterbezirke, 1, KindRegion, "verschiedene Aktionsräume (082 Hörde, keiner); verwendet: 082 Hörde"},
				{disagreement, FileUnterbezirke, 2, KindRegion, "verschiedene Aktionsräume (082 Hörde, keiner); verwendet: 082 Hörde"},
				{note, FileKitas, 6, KindDropped, `Aktionsraum "Meylantviertel" ohne Nummer`},
			},
			check: func(t *testing.T, ds *Dataset) {
				want := map[string][3]string{
					"535": {"Hörde", "Hörde", "Hörde"},
					"532": {"Hörde", "Hörde", "Hörde"},
					"910": {"Mengede", "Bodelschwingh", "Bodelschwingh/Westerfilde"},
				}
				for _, r := range ds.Quartiere {
					q := r.Quartier
					got := [3]string{q.Stadtbezirk, q.StatistischerBezirk, q.Aktionsraum}
					if got != want[q.Number] || !q.SozialeStadt {
						t.Errorf("Quartier %s: Stadtbezirk, statistischer Bezirk, Aktionsraum = %q (Soziale Stadt %v), want %q", q.Number, got, q.SozialeStadt, want[q.Number])
					}
				}
			},
		},
		"latin1": {
			reason:       "a Latin-1 school list and youth-centre file are decoded; the list joins by address, by name at a shared address, and by distance",
			quartiere:    3,
			institutions: 7,
			want: []entry{
				{skipped, FileSchools, 5, KindNotImported, "Gymnasium"},
				{skipped, FileSchoolList, 10, KindMalformed, "4 Felder statt 12"},
				{unmatched, FileSchoolList, 8, KindUnmatched, `Schulform "Berufskolleg" kommt in schools.geojson nicht vor`},
				{unmatched, FileSchoolList, 9, KindUnmatched, "der nächste freie (Fernschule) liegt 794 m entfernt"},
				{note, FileSchoolList, 7, KindDropped, `Sozialindex "12" liegt nicht zwischen 1 und 9`},
				{note, FileSchoolList, 7, KindDistance, "zugeordnet: Lindenschule (Lindenweg 3, 13 m entfernt"},
				{note, FileSchools, 7, KindNoList, "kein Eintrag der Schulliste"},
			},
			check: func(t *testing.T, ds *Dataset) {
				for _, f := range ds.Report.Files {
					if (f.Name == FileSchoolList || f.Name == FileYouthCentres) && f.Encoding != EncodingWindows1252 {
						t.Errorf("%s read as %q, want %s", f.Name, f.Encoding, EncodingWindows1252)
					}
				}
				jfs := find(t, ds, "Jugendfreizeitstätte Hörde")
				if jfs.Institution.Type != drehscheibe.InstitutionJugendfreizeitstaette {
					t.Errorf("Latin-1 youth centre has type %s", jfs.Institution.Type)
				}
				mueller := find(t, ds, "Grundschule Müllerstraße")
				if s := mueller.School; s == nil || s.Name != "Gemeinschaftsgrundschule Müllerstraße" || s.JoinedBy != JoinedByAddress {
					t.Errorf("Müllerstr. 5 (Latin-1) joined as %+v, want Gemeinschaftsgrundschule Müllerstraße by address", s)
				}
				stift := find(t, ds, "Stiftschule")
				if s := stift.School; s == nil || s.Schulnummer != "129630" || s.Pupils != 235 || s.Sozialindex == nil || *s.Sozialindex != 8 || !s.Startchancen {
					t.Errorf("Stiftschule joined as %+v", s)
				}
				if in := stift.Institution; in.Children != 235 || in.Address.PostalCode != "44263" {
					t.Errorf("Stiftschule: Children %d, postal code %q; want 235 and 44263 from the list", in.Children, in.Address.PostalCode)
				}
				for name, nr := range map[string]string{"Josefschule": "129264", "Bachschule": "129616"} {
					if s := find(t, ds, name).School; s == nil || s.Schulnummer != nr {
						t.Errorf("%s (Dollersweg 14, shared) joined to %+v, want Schulnummer %s", name, s, nr)
					}
				}
				// 532 holds Müllerstraße (6), Josef (4), Bach (7); Linden has no valid index.
				q := quartier(t, ds, "532")
				if si := q.Indicators.SchoolSozialindex; si == nil || *si != 5.67 {
					t.Errorf("Quartier 532 SchoolSozialindex = %v, want 5.67", si)
				}
			},
		},
		"invalid": {
			reason:       "entities failing Validate are skipped with its message; rejected optional values are dropped with a note",
			quartiere:    4,
			institutions: 1,
			want: []entry{
				{skipped, FileUnterbezirke, 4, KindInvalid, "name: Text ist zu lang (höchstens 200 Zeichen)"},
				{skipped, FileKitas, 1, KindInvalid, "name: Text enthält Steuerzeichen"},
				{skipped, FileKitas, 3, KindNotImported, `Objektart "Kita-Bus"`},
				{note, FileUnterbezirke, 5, KindDropped, "children_under_15_SGB_II_pct: 140 liegt nicht zwischen 0 und 100"},
				{note, FileUnterbezirke, 5, KindDropped, `share_0_6_pct: "viel" ist keine Zahl`},
				{note, FileUnterbezirke, 5, KindDropped, "statistischerBezirk"},
				{note, FileKitas, 2, KindDropped, `"ftp://kita.example" verworfen`},
				{note, FileKitas, 2, KindDropped, `"keine-adresse" verworfen`},
			},
			check: func(t *testing.T, ds *Dataset) {
				in := ds.Institutions[0].Institution
				if in.Website != "" || in.Contact.Email != "" {
					t.Errorf("kept website %q and e-mail %q", in.Website, in.Contact.Email)
				}
				q := quartier(t, ds, "921")
				if q.Indicators.ChildPovertyPct != nil || q.Indicators.Share0to6Pct != nil || q.Indicators.Share6to18Pct == nil {
					t.Errorf("921 indicators %+v: want the two impossible ones nil, the third kept", q.Indicators)
				}
			},
		},
		"unparseable": {
			reason:       "a truncated file and a file that is no FeatureCollection are file errors; the other files load",
			quartiere:    3,
			institutions: 1,
			fileErrs:     []string{FileYouthCentres, FileLibraries},
		},
		"no-quartiere": {
			reason:   "without Quartiere Read reports an error but still reads the other files",
			err:      ErrNoQuartiere,
			fileErrs: []string{FileUnterbezirke},
			want: []entry{
				{skipped, FileKitas, 1, KindNoQuartier, "keine Quartiere gelesen"},
			},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := fixtureDir(t, name)
			ds, err := Read(dir, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC))
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("%s\nRead error = %v, want %v", tc.reason, err, tc.err)
			}
			if ds == nil {
				t.Fatalf("%s\nRead returned no dataset", tc.reason)
			}
			if len(ds.Quartiere) != tc.quartiere || len(ds.Institutions) != tc.institutions {
				t.Errorf("%s\ngot %d Quartiere, %d institutions; want %d, %d", tc.reason, len(ds.Quartiere), len(ds.Institutions), tc.quartiere, tc.institutions)
			}
			checkFiles(t, dir, &ds.Report, tc.fileErrs)
			got := sections(&ds.Report)
			for _, w := range tc.want {
				if !containsEntry(got[w.section], w) {
					t.Errorf("%s\nmissing %s entry %s row %d (%s) „…%s…“", tc.reason, w.section, w.file, w.row, w.kind, w.reason)
				}
			}
			for sec, list := range got {
				n := 0
				for _, w := range tc.want {
					if w.section == sec {
						n++
					}
				}
				if len(list) != n {
					t.Errorf("%s\n%s: %d entries, want %d:\n%s", tc.reason, sec, len(list), n, ds.Report.String())
				}
			}
			checkEntities(t, ds)
			if tc.check != nil {
				tc.check(t, ds)
			}
		})
	}
}

// checkFiles checks that exactly the files in fileErrs failed among those present in
// dir, that the absent ones are reported missing, and that rows add up.
func checkFiles(t *testing.T, dir string, r *Report, fileErrs []string) {
	t.Helper()
	for _, f := range r.Files {
		_, statErr := os.Stat(filepath.Join(dir, f.Name))
		wantErr := false
		for _, n := range fileErrs {
			wantErr = wantErr || n == f.Name
		}
		switch {
		case statErr != nil && !errors.Is(f.Err, fs.ErrNotExist):
			t.Errorf("%s is absent, but its error is %v", f.Name, f.Err)
		case statErr == nil && wantErr && f.Err == nil:
			t.Errorf("%s: want a file error, got none", f.Name)
		case statErr == nil && !wantErr && f.Err != nil:
			t.Errorf("%s: unexpected file error %v", f.Name, f.Err)
		case f.Err == nil && f.Rows != f.Records+f.Skipped:
			t.Errorf("%s: %d rows ≠ %d records + %d skipped", f.Name, f.Rows, f.Records, f.Skipped)
		}
	}
}

func containsEntry(list []Problem, w entry) bool {
	for _, p := range list {
		if p.File == w.file && p.Row == w.row && p.Kind == w.kind && strings.Contains(p.Reason, w.reason) {
			return true
		}
	}
	return false
}

// checkEntities checks the guarantees of every Dataset: valid entities with their
// stable IDs, no times or versions, references to Quartiere of the dataset.
func checkEntities(t *testing.T, ds *Dataset) {
	t.Helper()
	ids := map[drehscheibe.ID]bool{}
	for _, r := range ds.Quartiere {
		q := r.Quartier
		if err := q.Validate(); err != nil {
			t.Errorf("Quartier %s invalid: %v", q.Number, err)
		}
		if q.ID != drehscheibe.StableID(drehscheibe.KindQuartier, r.Key) || ids[q.ID] {
			t.Errorf("Quartier %s: ID %s is not the unique StableID of %q", q.Number, q.ID, r.Key)
		}
		if q.Version != 0 || q.Seq != 0 || !q.CreatedAt.IsZero() || !q.UpdatedAt.IsZero() {
			t.Errorf("Quartier %s: Meta %+v, want only the ID", q.Number, q.Meta)
		}
		ids[q.ID] = true
	}
	for _, r := range ds.Institutions {
		in := r.Institution
		if err := in.Validate(); err != nil {
			t.Errorf("%s row %d invalid: %v", r.Source, r.Row, err)
		}
		if in.ID != drehscheibe.StableID(drehscheibe.KindInstitution, r.Key) || ids[in.ID] {
			t.Errorf("%s row %d: ID %s is not the unique StableID of %q", r.Source, r.Row, in.ID, r.Key)
		}
		if in.Version != 0 || in.Seq != 0 || !in.CreatedAt.IsZero() || !in.UpdatedAt.IsZero() {
			t.Errorf("%s row %d: Meta %+v, want only the ID", r.Source, r.Row, in.Meta)
		}
		if !ids[in.QuartierID] {
			t.Errorf("%s row %d: Quartier %s is not in the dataset", r.Source, r.Row, in.QuartierID)
		}
		ids[in.ID] = true
	}
}

func find(t *testing.T, ds *Dataset, name string) InstitutionRecord {
	t.Helper()
	for _, r := range ds.Institutions {
		if r.Institution.Name == name {
			return r
		}
	}
	t.Fatalf("no institution %q", name)
	return InstitutionRecord{}
}

func quartier(t *testing.T, ds *Dataset, number string) *drehscheibe.Quartier {
	t.Helper()
	for _, r := range ds.Quartiere {
		if r.Quartier.Number == number {
			return r.Quartier
		}
	}
	t.Fatalf("no Quartier %s", number)
	return nil
}

func wantQuartier(t *testing.T, ds *Dataset, in *drehscheibe.Institution, number string) {
	t.Helper()
	if q := quartier(t, ds, number); in.QuartierID != q.ID {
		t.Errorf("%s placed in %s, want Quartier %s (%s)", in.Name, in.QuartierID, number, q.ID)
	}
}

// TestLatin1FixturesAreLatin1 guards the fixtures: they must not be valid UTF-8, or the
// Latin-1 case would test nothing.
func TestLatin1FixturesAreLatin1(t *testing.T) {
	for _, f := range []string{FileSchoolList, FileYouthCentres} {
		b, err := os.ReadFile(filepath.Join("testdata", "latin1", f))
		if err != nil {
			t.Fatal(err)
		}
		if utf8.Valid(b) {
			t.Errorf("testdata/latin1/%s is valid UTF-8; it must be ISO 8859-1 with umlauts", f)
		}
	}
}
