// Mutation payloads: the entity written, or the userErrors, or a top-level error.

package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// written turns the outcome of a write into the parts of a payload: the converted
// entity, or the userErrors, or a top-level error. After a successful write the
// operation reads the snapshot that holds it.
func written[E, M any](ctx context.Context, r *Resolver, e E, err error, conv func(E) M) (M, []*model.UserError, error) {
	var zero M
	ue, err := userErrors(err)
	if err != nil || len(ue) > 0 {
		return zero, ue, err
	}
	r.repin(ctx)
	return conv(e), ue, nil
}

// userErrors splits the outcome of a write: input problems become userErrors for the
// payload; anything else (unavailable database, internal fault) stays an error.
func userErrors(err error) ([]*model.UserError, error) {
	if err == nil {
		return []*model.UserError{}, nil
	}
	de, ok := drehscheibe.AsError(err)
	if !ok {
		return nil, err
	}
	code, ok := userErrorCodes[de.Code]
	if !ok {
		return nil, err
	}
	if len(de.Problems) == 0 {
		return []*model.UserError{{Field: de.Field, Message: de.Message, Code: code}}, nil
	}
	out := make([]*model.UserError, len(de.Problems))
	for i, p := range de.Problems {
		c, ok := userErrorCodes[p.Code]
		if !ok {
			c = model.UserErrorCodeInvalid
		}
		out[i] = &model.UserError{Field: p.Field, Message: p.Message, Code: c}
	}
	return out, nil
}
