package match_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type goldenItem struct {
	Rank       int      `json:"rank"`
	Score      float64  `json:"score"`
	Modul      string   `json:"modul"`
	Partner    string   `json:"partner"`
	Need       string   `json:"need"`
	Mode       string   `json:"mode"`
	DistanceKm *float64 `json:"distanceKm,omitempty"`
	Components []string `json:"components"`
	Reasons    []string `json:"reasons"`
}

type goldenResult struct {
	Institution string         `json:"institution"`
	Considered  int            `json:"considered"`
	Eligible    int            `json:"eligible"`
	Excluded    map[string]int `json:"excluded"`
	Items       []goldenItem   `json:"items"`
}

func toGolden(in *drehscheibe.Institution, res match.Result) goldenResult {
	g := goldenResult{Institution: in.Name, Considered: res.Considered, Eligible: res.Eligible, Excluded: map[string]int{}}
	for r, n := range res.Excluded {
		g.Excluded[string(r)] = n
	}
	for _, m := range res.Items {
		it := goldenItem{Rank: m.Rank, Score: m.Score, Modul: m.Modul.Title, Partner: m.Partner.Name, Need: m.Need.Title,
			Mode: string(m.Mode), DistanceKm: m.DistanceKm, Reasons: m.Reasons()}
		for _, c := range m.Components(true) {
			it.Components = append(it.Components, string(c.Factor)+" "+jsonNumber(c.Weight)+" × "+jsonNumber(c.Value)+" = "+jsonNumber(c.Contribution)+": "+c.Explanation)
		}
		g.Items = append(g.Items, it)
	}
	return g
}

func jsonNumber(x float64) string { b, _ := json.Marshal(x); return string(b) }

// TestGoldenRecommendations keeps the recommendations for every campus institution of
// the demo data in testdata/. After an intended change: go test ./internal/match -update
func TestGoldenRecommendations(t *testing.T) {
	w := demoWorld()
	ix := w.index()
	for _, k := range w.campus {
		for _, id := range k.InstitutionIDs {
			in := w.institutionen[id]
			got := toGolden(in, ix.Rank(match.Request{Institution: in, Needs: w.openNeeds(id), Date: referenceDate, First: 10}, match.DefaultConfig()))
			file := filepath.Join("testdata", goldenName(in.Name)+".golden.json")
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(file, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want goldenResult
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-golden +now); if intended, go test ./internal/match -update:\n%s", in.Name, diff)
			}
		}
	}
}

func goldenName(s string) string {
	r := strings.NewReplacer(" ", "-", "ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "/", "-", ".", "")
	return strings.ToLower(r.Replace(s))
}
