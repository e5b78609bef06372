package opendata

import (
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// dortmundDir is the city's data as the project keeps it beside the repository.
const dortmundDir = "../../../shared/data/dortmund"

func readDortmund(t testing.TB) *Dataset {
	t.Helper()
	if _, err := os.Stat(dortmundDir + "/" + FileUnterbezirke); err != nil {
		t.Skipf("the Dortmund open data is not at %s (%v); skipping the test on real data", dortmundDir, err)
	}
	ds, err := Read(dortmundDir, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return ds
}

func TestReadDortmund(t *testing.T) {
	start := time.Now()
	ds := readDortmund(t)
	t.Logf("Read took %v\n%s", time.Since(start), ds.Report.String())

	// The counts of the README; every row of the Kita and youth files is imported.
	wantFiles := map[string]struct{ rows, records int }{
		FileUnterbezirke: {170, 170},
		FileKitas:        {333, 333},
		FileSchools:      {183, 93},
		FileYouthCentres: {83, 83},
		FileLibraries:    {30, 16},
		FileSchoolList:   {169, 155},
	}
	for _, f := range ds.Report.Files {
		w := wantFiles[f.Name]
		if f.Err != nil || f.Encoding != EncodingUTF8 || f.Rows != w.rows || f.Records != w.records {
			t.Errorf("%s: err %v, %s, %d rows, %d records; want UTF-8, %d rows, %d records", f.Name, f.Err, f.Encoding, f.Rows, f.Records, w.rows, w.records)
		}
	}
	types := map[drehscheibe.InstitutionType]int{}
	joined := 0
	for _, r := range ds.Institutions {
		types[r.Institution.Type]++
		if r.School != nil {
			joined++
		}
	}
	wantTypes := map[drehscheibe.InstitutionType]int{
		drehscheibe.InstitutionKita:                  330,
		drehscheibe.InstitutionSonstige:              3, // KinderbetreuungKurzzeit
		drehscheibe.InstitutionGrundschule:           93,
		drehscheibe.InstitutionJugendfreizeitstaette: 83,
	}
	if !reflect.DeepEqual(types, wantTypes) {
		t.Errorf("institutions by type %v, want %v", types, wantTypes)
	}
	// The 88 Grundschulen of the list all find their site; 5 sites are second sites.
	if joined != 88 || ds.Report.Count(KindNoList) != 5 {
		t.Errorf("%d Grundschulen joined, %d without list row; want 88 and 5", joined, ds.Report.Count(KindNoList))
	}
	// Unjoined list rows: 11 Berufskollegs, 2 Weiterbildungskollegs, 1 private
	// Realschule missing from schools.geojson.
	if n := len(ds.Report.UnmatchedSchools); n != 14 {
		t.Errorf("%d unmatched school-list rows, want 14", n)
	}
	// The point rows all lie in the Unterbezirk they name.
	if n := ds.Report.Count(KindUnterbezirk) + ds.Report.Count(KindOutside); n != 0 {
		t.Errorf("%d placement disagreements, want 0", n)
	}
	for _, k := range []ProblemKind{KindMalformed, KindInvalid, KindDuplicate, KindNoQuartier} {
		if n := ds.Report.Count(k); n != 0 {
			t.Errorf("%d rows skipped as %s, want none", n, k.Label())
		}
	}
	checkEntities(t, ds)

	sozialeStadt := 0
	for _, r := range ds.Quartiere {
		q := r.Quartier
		if q.Stadtbezirk == "" || q.StatistischerBezirk == "" || q.Centroid == nil || len(q.Geometry) == 0 || q.Indicators.ChildPovertyPct == nil {
			t.Errorf("Quartier %s %s lacks data: %+v", q.Number, q.Name, q)
		}
		if q.SozialeStadt {
			sozialeStadt++
		}
	}
	if sozialeStadt == 0 {
		t.Error("no Quartier lies in an Aktionsraum Soziale Stadt")
	}
}

// TestDortmundKindercampus checks the two Kindercampus anchor schools of the seed
// documents and their Quartiere.
func TestDortmundKindercampus(t *testing.T) {
	ds := readDortmund(t)
	tests := map[string]struct {
		reason      string
		school      string
		quartier    string
		stadtbezirk string
		aktionsraum string
		schulnummer string
	}{
		"Hörde-Clarenberg": {
			reason: "the Stift-Grundschule is Stiftschule, Am Bruchheck 47, in Unterbezirk 535 Clarenberg, Aktionsraum Hörde",
			school: "Stiftschule", quartier: "535", stadtbezirk: "Hörde", aktionsraum: "Hörde", schulnummer: "129630",
		},
		"Westerfilde-Bodelschwingh": {
			reason: "the Westhausen-Grundschule is Westhausenschule, Wenemarstraße 11-13, in Unterbezirk 910 Bodelschwingh",
			school: "Westhausenschule", quartier: "910", stadtbezirk: "Mengede", aktionsraum: "Bodelschwingh/Westerfilde", schulnummer: "129811",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			r := find(t, ds, tc.school)
			in := r.Institution
			q := quartier(t, ds, tc.quartier)
			if in.Type != drehscheibe.InstitutionGrundschule || in.QuartierID != q.ID {
				t.Errorf("%s\n%s: type %s in %s, want GRUNDSCHULE in Quartier %s", tc.reason, tc.school, in.Type, in.QuartierID, tc.quartier)
			}
			if s := r.School; s == nil || s.Schulnummer != tc.schulnummer || s.JoinedBy != JoinedByAddress || s.Sozialindex == nil || !s.Startchancen || in.Children != s.Pupils {
				t.Errorf("%s\n%s: school list %+v, Children %d", tc.reason, tc.school, s, in.Children)
			}
			if q.Stadtbezirk != tc.stadtbezirk || q.Aktionsraum != tc.aktionsraum || !q.SozialeStadt || q.Indicators.SchoolSozialindex == nil {
				t.Errorf("%s\nQuartier %s: Stadtbezirk %q, Aktionsraum %q, Soziale Stadt %v, Schul-Sozialindex %v", tc.reason, q.Number, q.Stadtbezirk, q.Aktionsraum, q.SozialeStadt, q.Indicators.SchoolSozialindex)
			}
		})
	}
}

// TestDortmundStableIDs reads the data twice: same records, same IDs, same report.
func TestDortmundStableIDs(t *testing.T) {
	a, b := readDortmund(t), readDortmund(t)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two reads of the same files differ")
	}
	seen := map[drehscheibe.ID]string{}
	for _, r := range a.Institutions {
		if prev, ok := seen[r.Institution.ID]; ok {
			t.Errorf("ID %s for %q and %q", r.Institution.ID, prev, r.Key)
		}
		seen[r.Institution.ID] = r.Key
	}
	// The ID is a function of the key only: a FABIDO TEK keeps its ID across reads and
	// differs from its 96 namesakes.
	fabido := 0
	for _, r := range a.Institutions {
		if r.Institution.Name == "FABIDO TEK" {
			fabido++
		}
	}
	if fabido != 97 {
		t.Errorf("%d Kitas named FABIDO TEK, want 97 with distinct IDs", fabido)
	}
}

func BenchmarkReadDortmund(b *testing.B) {
	for b.Loop() {
		readDortmund(b)
	}
}
