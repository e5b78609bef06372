package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelBedarf(b *drehscheibe.Bedarf) *model.Bedarf {
	return &model.Bedarf{
		ID: string(b.ID), InstitutionID: string(b.InstitutionID), Title: b.Title, Theme: model.Theme(b.Theme),
		AgeRange: toModelAgeRange(b.AgeRange), Slots: toModelSlots(b.Slots), GroupSize: b.GroupSize,
		BudgetCent: fromInt64(b.BudgetCent), Priority: model.BedarfPriority(b.Priority), Keywords: nonNil(b.Keywords),
		Notes: optString(b.Notes), Status: model.BedarfStatus(b.Status), ClosedReason: optString(b.ClosedReason), CoveredByIDs: coveringIDs(b),
		Version: int(b.Version), CreatedAt: b.CreatedAt, UpdatedAt: b.UpdatedAt,
	}
}

func toDomainBedarf(in model.CreateBedarfInput) *drehscheibe.Bedarf {
	return &drehscheibe.Bedarf{
		InstitutionID: drehscheibe.ID(in.InstitutionID), Title: in.Title, Theme: drehscheibe.Theme(in.Theme),
		AgeRange: toDomainAgeRange(in.AgeRange), Slots: toDomainSlots(in.Slots), GroupSize: in.GroupSize,
		BudgetCent: toInt64(in.BudgetCent), Priority: drehscheibe.BedarfPriority(deref(in.Priority)),
		Keywords: in.Keywords, Notes: deref(in.Notes),
	}
}

func toBedarfPatch(in model.UpdateBedarfInput) drehscheibe.BedarfPatch {
	return drehscheibe.BedarfPatch{
		Title:      change(in.Title, same[string]),
		Theme:      change(in.Theme, func(t model.Theme) drehscheibe.Theme { return drehscheibe.Theme(t) }),
		AgeRange:   changeRef(in.AgeRange, toDomainAgeRange),
		Slots:      clearable(in.Slots, toDomainSlots),
		GroupSize:  change(in.GroupSize, same[int]),
		BudgetCent: clearable(in.BudgetCent, toInt64),
		Priority:   change(in.Priority, func(p model.BedarfPriority) drehscheibe.BedarfPriority { return drehscheibe.BedarfPriority(p) }),
		Keywords:   clearable(in.Keywords, same[[]string]),
		Notes:      clearable(in.Notes, deref[string]),
	}
}
