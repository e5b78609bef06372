package match_test

import (
	"slices"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

func TestPlaceFindsTheInstitutionsThatNeedAModul(t *testing.T) {
	w := demoWorld()
	ix, cfg := w.index(), match.DefaultConfig()
	placedSomewhere := 0
	for _, m := range w.module {
		c, _ := ix.Candidate(m.ID)
		placements := ix.Place(c, referenceDate, 100, cfg)
		seen := map[drehscheibe.ID]bool{}
		for i, p := range placements {
			if p.Rank != i+1 || (i > 0 && p.Score > placements[i-1].Score) {
				t.Errorf("%q: placement %d (rank %d, score %v) out of order", m.Title, i, p.Rank, p.Score)
			}
			if seen[p.Institution.ID] {
				t.Errorf("%q: %s listed twice", m.Title, p.Institution.Name)
			}
			seen[p.Institution.ID] = true
			if p.Need.Bedarf == nil || p.Need.Bedarf.Status != drehscheibe.BedarfOpen || p.Need.Bedarf.InstitutionID != p.Institution.ID {
				t.Errorf("%q: placed for a need that is not an open one of %s", m.Title, p.Institution.Name)
			}
			// the same Modul, ranked for that institution's need, passes every filter
			if m.Status == drehscheibe.ModulPublished {
				w.satisfiesHardFilters(t, cfg, p.Institution, p, referenceDate)
			}
		}
		if len(placements) > 0 {
			placedSomewhere++
		}
	}
	if placedSomewhere < 20 {
		t.Errorf("only %d Module are needed anywhere", placedSomewhere)
	}
}

func TestPlaceAgreesWithRank(t *testing.T) {
	w := demoWorld()
	ix, cfg := w.index(), match.DefaultConfig()
	in := w.institutionen[w.campus[0].AnchorSchoolID]
	res := ix.Rank(match.Request{Institution: in, Needs: w.openNeeds(in.ID), Date: referenceDate, First: 3}, cfg)
	for _, r := range res.Items {
		c, _ := ix.Candidate(r.Modul.ID)
		i := slices.IndexFunc(ix.Place(c, referenceDate, 1000, cfg), func(p match.Match) bool { return p.Institution.ID == in.ID })
		if i < 0 {
			t.Errorf("%q is recommended to %s, but %s is not among its placements", r.Modul.Title, in.Name, in.Name)
		}
	}
}

// A partner may ask where a draft is needed before publishing it: placements ignore
// the Modul's own status but apply every other hard filter.
func TestPlaceWorksForDrafts(t *testing.T) {
	w := demoWorld()
	ix := w.index()
	drafts, placed := 0, 0
	for _, m := range w.module {
		if m.Status != drehscheibe.ModulDraft {
			continue
		}
		drafts++
		c, ok := ix.Candidate(m.ID)
		if !ok {
			t.Fatalf("draft %q is not in the index", m.Title)
		}
		ps := ix.Place(c, referenceDate, 5, match.DefaultConfig())
		placed += len(ps)
		for _, p := range ps {
			if p.Modul.ID != m.ID || p.Need.Bedarf == nil || p.Need.Bedarf.Status != drehscheibe.BedarfOpen {
				t.Errorf("draft %q placed with %+v", m.Title, p.Need)
			}
		}
	}
	if drafts == 0 || placed == 0 {
		t.Errorf("%d drafts placed %d times; the demo data has drafts that fit open needs", drafts, placed)
	}
}

func TestCoverageShowsGaps(t *testing.T) {
	w := demoWorld()
	ix := w.index()
	var campus []*drehscheibe.Institution
	for _, id := range w.campus[0].InstitutionIDs {
		campus = append(campus, w.institutionen[id])
	}
	cov := ix.Coverage(campus, referenceDate, match.DefaultConfig())
	open := 0
	for _, id := range w.campus[0].InstitutionIDs {
		open += len(w.openNeeds(id))
	}
	total, unmetSeen := 0, false
	for i, c := range cov {
		total += c.Open
		if i > 0 && c.Gap > cov[i-1].Gap {
			t.Errorf("not ordered by gap: %v after %v", c.Gap, cov[i-1].Gap)
		}
		if c.Unmet > c.Open || len(c.Bedarfe) != c.Open || (c.Unmet > 0 && len(c.Quartiere) == 0) {
			t.Errorf("%s/%s: open %d, unmet %d, %d Bedarfe, %d Quartiere", c.Theme, c.Band, c.Open, c.Unmet, len(c.Bedarfe), len(c.Quartiere))
		}
		for j, b := range c.Bedarfe {
			if b.Theme != c.Theme {
				t.Errorf("%s/%s lists a need of theme %s", c.Theme, c.Band, b.Theme)
			}
			if j < c.Unmet && b.Title == "Mitternachtssport am Samstag" {
				unmetSeen = true
			}
		}
		if c.Unmet == c.Open && c.Deliverable > 0 {
			t.Errorf("%s/%s: every need unmet but %d deliverable Module", c.Theme, c.Band, c.Deliverable)
		}
	}
	if total != open {
		t.Errorf("coverage counts %d open needs, the campus has %d", total, open)
	}
	if !unmetSeen {
		t.Error("the Saturday-night sports need (no supply) is not reported as unmet")
	}
}
