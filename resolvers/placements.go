package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// placements answers placementSuggestions on Query and on Modul.
func (r *Resolver) placements(ctx context.Context, modulID string, first *int, referenceDate *drehscheibe.Date) ([]*model.Placement, error) {
	today := r.today()
	ps, err := r.view(ctx).Placements(drehscheibe.ID(modulID), deref(first), or(referenceDate, today), today, r.Match)
	if err != nil {
		return nil, err
	}
	sel := matchFieldsAt(ctx)
	out := mapSlice(ps, func(m match.Match) *model.Placement { return toModelPlacement(m, sel) })
	if out == nil {
		out = []*model.Placement{}
	}
	return out, nil
}
