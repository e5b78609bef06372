package resolvers

import (
	"slices"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// Converters for the matching queries.

func toDomainNeed(n *model.NeedInput) match.Need {
	return match.Need{Title: deref(n.Title), Theme: drehscheibe.Theme(n.Theme), Age: toDomainAgeRange(n.AgeRange),
		Slots: toDomainSlots(n.Slots), GroupSize: deref(n.GroupSize), BudgetCent: toInt64(n.BudgetCent), Keywords: n.Keywords}
}

func toRecommendRequest(in model.RecommendModulesInput, today drehscheibe.Date) catalog.RecommendRequest {
	req := catalog.RecommendRequest{InstitutionID: drehscheibe.ID(in.InstitutionID), BedarfIDs: ids(in.BedarfIds),
		Needs: mapSlice(in.Needs, toDomainNeed), First: deref(in.First), Date: today, Today: today}
	if in.ReferenceDate != nil {
		req.Date = *in.ReferenceDate
	}
	return req
}

func toModelRecommendationResult(res match.Result, version int64, date drehscheibe.Date) *model.RecommendationResult {
	out := &model.RecommendationResult{Items: mapSlice(res.Items, toModelRecommendation), ConsideredCount: res.Considered,
		EligibleCount: res.Eligible, CatalogVersion: int(version), ReferenceDate: date, Excluded: []*model.ExclusionCount{}}
	for _, r := range match.Reasons {
		if n := res.Excluded[r]; n > 0 {
			out.Excluded = append(out.Excluded, &model.ExclusionCount{Reason: model.ExclusionReason(r), Count: n})
		}
	}
	if out.Items == nil {
		out.Items = []*model.Recommendation{}
	}
	return out
}

func toModelRecommendation(m match.Match) *model.Recommendation {
	return &model.Recommendation{Rank: m.Rank, Score: m.Score, DeliveryMode: model.DeliveryMode(m.Mode), DistanceKm: m.DistanceKm,
		Need:  &model.NeedSummary{Title: optString(m.Need.Title), Theme: model.Theme(m.Need.Theme), AgeRange: toModelAgeRange(m.Need.Age)},
		Match: m}
}

func toModelPlacement(m match.Match) *model.Placement {
	return &model.Placement{Rank: m.Rank, Score: m.Score, DeliveryMode: model.DeliveryMode(m.Mode), DistanceKm: m.DistanceKm, Match: m}
}

func toModelComponents(cs []match.Component) []*model.ScoreComponent {
	return mapSlice(cs, func(c match.Component) *model.ScoreComponent {
		return &model.ScoreComponent{Factor: model.ScoreFactor(c.Factor), Weight: c.Weight, Value: c.Value,
			Contribution: c.Contribution, Explanation: c.Explanation}
	})
}

func toCoverageArea(f model.CoverageFilter) (catalog.CoverageArea, error) {
	var ids idReader
	area := catalog.CoverageArea{QuartierID: ids.id(f.QuartierID, drehscheibe.KindQuartier, "quartierId"),
		KindercampusID: ids.id(f.KindercampusID, drehscheibe.KindKindercampus, "kindercampusId"), Stadtbezirk: deref(f.Stadtbezirk)}
	return area, ids.err
}

func toModelThemeCoverage(c match.ThemeCoverage) *model.ThemeCoverage {
	return &model.ThemeCoverage{Theme: model.Theme(c.Theme), AgeBand: model.AgeBand(c.Band), OpenBedarfe: c.Open,
		UnmetBedarfe: c.Unmet, DeliverableModules: c.Deliverable, RemainingCapacity: c.RemainingCapacity, GapScore: c.Gap, Coverage: c}
}

// sortedIDs are the IDs of a Bedarf's covering Module as given.
func coveringIDs(b *drehscheibe.Bedarf) []string { return slices.Clone(enums[string](b.CoveredBy)) }
