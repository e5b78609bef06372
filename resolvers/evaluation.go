package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
)

// evaluation is the evaluation of a campus or of the city for the caller (see
// Query.evaluation).
func (r *Resolver) evaluation(ctx context.Context, in model.EvaluationFilter) (*model.Evaluation, error) {
	v := r.view(ctx)
	campus := drehscheibe.ID(deref(in.KindercampusID))
	if err := v.Principal().MayEvaluate(&campus); err != nil {
		return nil, err
	}
	f, err := evaluation.NewFilter(campus, in.From, in.To)
	if err != nil {
		return nil, err
	}
	rep, err := v.Snapshot().Evaluation(f)
	if err != nil {
		return nil, err
	}
	out := &model.Evaluation{From: f.From.String(), To: f.To.String(), Months: mapSlice(rep.Months, toModelFigures),
		Total: toModelFigures(rep.Total), BedarfeCoveredUndated: rep.CoveredUndated, CSVURL: evaluation.CSVPath(f),
		ReportURL: evaluation.ReportPath(f, false), PDFURL: evaluation.ReportPath(f, true)}
	if rep.Campus != nil {
		out.Kindercampus = toModelKindercampus(rep.Campus)
	}
	return out, nil
}

func toModelFigures(f evaluation.Figures) *model.EvaluationFigures {
	ratings := func(r evaluation.Ratings) *model.EvaluationRatings {
		return &model.EvaluationRatings{Count: r.Count, Mean: r.Mean}
	}
	return &model.EvaluationFigures{Period: f.Period(), Label: f.Label(),
		BedarfeRecorded: f.BedarfeRecorded, BedarfeCovered: f.BedarfeCovered, MedianDaysToCover: f.MedianDaysToCover,
		Agreements: f.Agreements, AgreementsSozialeStadt: f.AgreementsSozialeStadt, AgreementsSozialeStadtPct: f.AgreementsSozialeStadtPct,
		CommittedCent: int(f.CommittedCent), CommittedSozialeStadtCent: int(f.CommittedSozialeStadtCent),
		CommittedSozialeStadtPct: f.CommittedSozialeStadtPct, ReleasedCent: int(f.ReleasedCent), SpentCent: int(f.SpentCent),
		Institutions: f.Institutions, InstitutionsWithPartner: f.InstitutionsWithPartner, Partnerships: f.Partnerships,
		PartnersPerInstitution: f.PartnersPerInstitution, Completed: f.Completed, SessionsHeld: f.SessionsHeld,
		Participants: f.Participants, InstitutionRatings: ratings(f.InstitutionRatings), PartnerRatings: ratings(f.PartnerRatings)}
}
