package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelKindercampus(k *drehscheibe.Kindercampus) *model.Kindercampus {
	return &model.Kindercampus{
		ID: string(k.ID), Name: k.Name, Description: optString(k.Description),
		QuartierID: string(k.QuartierID), AnchorSchoolID: string(k.AnchorSchoolID), InstitutionIDs: enums[string](k.InstitutionIDs),
		Manager: toModelContact(k.Manager), Version: int(k.Version), CreatedAt: k.CreatedAt, UpdatedAt: k.UpdatedAt,
	}
}

func toModelBudgetLine(b drehscheibe.BudgetLine) *model.BudgetLine {
	return &model.BudgetLine{Year: b.Year, Category: model.BudgetCategory(b.Category), AmountCent: int(b.AmountCent),
		CommittedCent: int(b.CommittedCent), SpentCent: int(b.SpentCent), RemainingCent: int(b.RemainingCent())}
}

func toDomainBudget(lines []*model.BudgetLineInput) []drehscheibe.BudgetLine {
	return mapSlice(lines, func(b *model.BudgetLineInput) drehscheibe.BudgetLine {
		return drehscheibe.BudgetLine{Year: b.Year, Category: drehscheibe.BudgetCategory(b.Category), AmountCent: int64(b.AmountCent)}
	})
}

func toDomainKindercampus(in model.CreateKindercampusInput) *drehscheibe.Kindercampus {
	return &drehscheibe.Kindercampus{
		Name: in.Name, Description: deref(in.Description), QuartierID: drehscheibe.ID(in.QuartierID),
		AnchorSchoolID: drehscheibe.ID(in.AnchorSchoolID), InstitutionIDs: ids(in.InstitutionIds),
		Manager: toDomainContact(in.Manager), Budget: toDomainBudget(in.Budget),
	}
}

func toKindercampusPatch(in model.UpdateKindercampusInput) drehscheibe.KindercampusPatch {
	p := drehscheibe.KindercampusPatch{
		Name:           change(in.Name, same[string]),
		Description:    clearable(in.Description, deref[string]),
		QuartierID:     change(in.QuartierID, func(s string) drehscheibe.ID { return drehscheibe.ID(s) }),
		AnchorSchoolID: change(in.AnchorSchoolID, func(s string) drehscheibe.ID { return drehscheibe.ID(s) }),
		Manager:        clearable(in.Manager, toDomainContact),
	}
	if in.InstitutionIds != nil {
		p.InstitutionIDs = drehscheibe.Set(ids(in.InstitutionIds))
	}
	if in.Budget != nil {
		p.Budget = drehscheibe.Set(toDomainBudget(in.Budget))
	}
	return p
}
