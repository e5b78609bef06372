// The budget of a Kindercampus, for those who manage it.

package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// budget returns the budget lines of a campus (of one year, or all) for those who
// manage it, nil for everybody else.
func (r *Resolver) budget(ctx context.Context, campus string, year *int) []*model.BudgetLine {
	v := r.view(ctx)
	k, ok := v.Kindercampus(drehscheibe.ID(campus))
	if !ok || !v.SeesBudget(k.ID) {
		return nil
	}
	out := []*model.BudgetLine{}
	for _, b := range k.Budget {
		if year == nil || b.Year == *year {
			out = append(out, toModelBudgetLine(b))
		}
	}
	return out
}

// budgetTotal sums budget lines; nil stays nil (not visible).
func budgetTotal(lines []*model.BudgetLine) *int {
	if lines == nil {
		return nil
	}
	total := 0
	for _, b := range lines {
		total += b.AmountCent
	}
	return &total
}
