package resolvers

import (
	"context"

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

// matchFields is what a query selects of its Recommendations or Placements: their
// fields, those of their Modul, and whether the components' explanations.
type matchFields struct {
	item, modul selection
	explain     bool
	// funding computes the programmes that would pay (nil: not selected)
	funding func(match.Match) []*model.FundingOption
}

// matchFieldsAt returns the selection of the matches under the path (none: the
// current field's own).
func matchFieldsAt(ctx context.Context, path ...string) matchFields {
	return matchFields{item: selectedPath(ctx, path...), modul: selectedPath(ctx, append(path, "modul")...),
		explain: selectedPath(ctx, append(path, "components")...)["explanation"]}
}

func toModelRecommendationResult(res match.Result, version int64, date drehscheibe.Date, sel matchFields) *model.RecommendationResult {
	items := mapSlice(res.Items, func(m match.Match) *model.Recommendation { return toModelRecommendation(m, sel) })
	out := &model.RecommendationResult{Items: items, ConsideredCount: res.Considered,
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

// toModelRecommendation converts a match with the fields sel asks for.
func toModelRecommendation(m match.Match, sel matchFields) *model.Recommendation {
	r := &model.Recommendation{Rank: m.Rank, Score: m.Score, DeliveryMode: model.DeliveryMode(m.Mode), DistanceKm: m.DistanceKm,
		Need: &model.NeedSummary{Title: optString(m.Need.Title), Theme: model.Theme(m.Need.Theme), AgeRange: toModelAgeRange(m.Need.Age)}}
	if sel.item["modul"] {
		r.Modul = toModelModulFields(m.Modul, sel.modul)
	}
	if sel.item["bedarf"] && m.Need.Bedarf != nil {
		r.Bedarf = toModelBedarf(m.Need.Bedarf)
	}
	r.Components, r.Reasons = explanations(m, sel)
	r.FundingOptions = []*model.FundingOption{}
	if sel.funding != nil {
		r.FundingOptions = sel.funding(m)
		if len(r.FundingOptions) > 0 {
			r.Funding = r.FundingOptions[0]
		}
	}
	return r
}

// toModelPlacement converts a match with the fields sel asks for.
func toModelPlacement(m match.Match, sel matchFields) *model.Placement {
	p := &model.Placement{Rank: m.Rank, Score: m.Score, DeliveryMode: model.DeliveryMode(m.Mode), DistanceKm: m.DistanceKm}
	if sel.item["institution"] {
		p.Institution = toModelInstitution(m.Institution)
	}
	if sel.item["bedarf"] {
		p.Bedarf = toModelBedarf(m.Need.Bedarf)
	}
	p.Components, p.Reasons = explanations(m, sel)
	return p
}

// explanations computes components and reasons when sel asks for them.
func explanations(m match.Match, sel matchFields) (cs []*model.ScoreComponent, reasons []string) {
	if sel.item["components"] {
		cs = toModelComponents(m.Components(sel.explain))
	}
	if sel.item["reasons"] {
		reasons = m.Reasons()
	}
	return cs, reasons
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
