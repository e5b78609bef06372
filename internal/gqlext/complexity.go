package gqlext

import (
	"github.com/stadtdortmund/drehscheibe/graph"
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Page sizes of connections: what a connection returns without first or last, and at
// most; and how many IDs nodes(ids:) takes.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
	MaxNodes        = 100
)

// Estimates of how long plain lists get, for the cost of a query. Connections and the
// matching queries use the page size asked for instead.
const (
	campusInstitutions  = 5  // a campus has a handful (the model sites have four)
	institutionBedarfe  = 5  // open and past needs of one institution
	coveredBy           = 2  // Module booked for one need
	budgetLines         = 20 // five categories over four years
	themeCoverages      = 30 // six themes × five age bands at most
	coverageBedarfe     = 10
	coverageQuartiere   = 5
	scoreComponents     = 8 // the score's factors
	defaultMatches      = 10
	fundingOptions      = 5   // programmes that pay for one request
	bedarfAnfragen      = 5   // requests for one need
	reportRows          = 200 // funding report rows of a year (programme/line × campus × theme × Quartier)
	evaluationMonths    = 60  // at most five years
	networkNodes        = 100 // institutions or partners of a network (computed once and cached: its items cost only their writing)
	networkEdges        = 200
	networkSmall        = 20 // quarters, gaps, components, bridges
	defaultLedger       = 100
	defaultAlternatives = 5
)

// maxCost caps products so that absurd pages cannot overflow; anything near it is far
// over every limit.
const maxCost = 1 << 40

// many is the cost of n items of childComplexity each, plus the field itself.
func many(n, childComplexity int) int {
	n = max(n, 1)
	if childComplexity > 0 && n > maxCost/childComplexity {
		return maxCost
	}
	return 1 + n*childComplexity
}

// pageSize is the number of items a connection will return at most.
func pageSize(first, last *int) int {
	n := DefaultPageSize
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	}
	return min(max(n, 1), MaxPageSize)
}

func pageCost(childComplexity int, first, last *int) int {
	return many(pageSize(first, last), childComplexity)
}

// Complexity returns the cost functions of the schema's list fields: a connection
// costs its page size times its fields, a plain list its estimated length times its
// fields; every other field costs one plus its fields.
func Complexity() graph.ComplexityRoot {
	var c graph.ComplexityRoot
	q := &c.Query
	q.Quartiere = func(cc int, _ *model.QuartierFilter, _ *model.QuartierOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Institutionen = func(cc int, _ *model.InstitutionFilter, _ *model.InstitutionOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Partners = func(cc int, _ *model.PartnerFilter, _ *model.PartnerOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Module = func(cc int, _ *model.ModulFilter, _ *model.ModulOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Bedarfe = func(cc int, _ *model.BedarfFilter, _ *model.BedarfOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.KindercampusStandorte = func(cc int, first *int, _ *string, last *int, _ *string) int { return pageCost(cc, first, last) }
	q.APIKeys = func(cc int, _ *model.APIKeyFilter, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.AuditLog = func(cc int, _ *model.AuditLogFilter, first *int, _ *string) int { return pageCost(cc, first, nil) }
	q.Nodes = func(cc int, ids []string) int { return many(min(len(ids), MaxNodes), cc) }
	q.RecommendModules = func(cc int, in model.RecommendModulesInput) int { return many(matches(in.First), cc) }
	q.PlacementSuggestions = func(cc int, _ string, first *int, _ *drehscheibe.Date) int { return many(matches(first), cc) }
	q.Coverage = func(cc int, _ model.CoverageFilter, _ *drehscheibe.Date) int { return many(themeCoverages, cc) }
	q.Anfragen = func(cc int, _ *model.AnfrageFilter, _ *model.AnfrageOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Foerderprogramme = func(cc int, _ *model.FoerderprogrammFilter, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	q.Evaluation = func(cc int, _ model.EvaluationFilter) int { return 1 + cc }
	c.Evaluation.Months = func(cc int) int { return many(evaluationMonths, cc) }
	c.FundingReport.Rows = func(cc int) int { return many(reportRows, cc) }
	c.FundingReport.Sources = func(cc int) int { return many(reportRows/4, cc) }
	c.Network.Institutions = func(cc int) int { return many(networkNodes, cc) }
	c.Network.Partners = func(cc int) int { return many(networkNodes, cc) }
	c.Network.Edges = func(cc int) int { return many(networkEdges, cc) }
	c.Network.Isolated = func(cc int) int { return many(networkNodes, cc) }
	c.Network.Growth = func(cc int) int { return many(networkSmall, cc) }
	c.Network.ThemeGaps = func(cc int) int { return many(networkSmall, cc) }
	c.Network.Bridges = func(cc int) int { return many(networkSmall, cc) }
	c.Network.Components = func(cc int) int { return many(networkSmall, cc) }
	c.Foerderprogramm.Ledger = func(cc int, first *int) int { return many(orDefault(first, defaultLedger), cc) }
	c.Anfrage.Alternatives = func(cc int, first *int) int { return many(orDefault(first, defaultAlternatives), cc) }
	c.Bedarf.Anfragen = func(cc int) int { return many(bedarfAnfragen, cc) }
	c.Recommendation.FundingOptions = func(cc int) int { return many(fundingOptions, cc) }
	c.Modul.FundingOptions = func(cc int, _ string, _ *int, _ *int) int { return many(fundingOptions, cc) }
	c.Viewer.Notifications = func(cc int, _ *bool, first *int, _ *string) int { return pageCost(cc, first, nil) }

	c.Quartier.Institutionen = func(cc int, _ []model.InstitutionType, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	c.Quartier.Bedarfe = func(cc int, _ []model.BedarfStatus, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	c.Partner.Module = func(cc int, _ *model.ModulFilter, _ *model.ModulOrder, first *int, _ *string, last *int, _ *string) int {
		return pageCost(cc, first, last)
	}
	c.Modul.PlacementSuggestions = func(cc int, first *int, _ *drehscheibe.Date) int { return many(matches(first), cc) }
	c.Institution.Bedarfe = func(cc int, _ []model.BedarfStatus) int { return many(institutionBedarfe, cc) }
	c.Kindercampus.Institutionen = func(cc int) int { return many(campusInstitutions, cc) }
	c.Kindercampus.Budget = func(cc int, _ *int) int { return many(budgetLines, cc) }
	c.Bedarf.CoveredBy = func(cc int) int { return many(coveredBy, cc) }
	c.ThemeCoverage.Bedarfe = func(cc int) int { return many(coverageBedarfe, cc) }
	c.ThemeCoverage.Quartiere = func(cc int) int { return many(coverageQuartiere, cc) }
	c.Recommendation.Components = func(cc int) int { return many(scoreComponents, cc) }
	c.Placement.Components = func(cc int) int { return many(scoreComponents, cc) }
	return c
}

// orDefault is the number asked for, or def (at least 1; the resolvers bound it).
func orDefault(n *int, def int) int {
	if n == nil {
		return def
	}
	return max(*n, 1)
}

// matches is the number of matching results asked for.
func matches(first *int) int {
	if first == nil {
		return defaultMatches
	}
	return min(max(*first, 1), drehscheibe.MaxRecommendations)
}
