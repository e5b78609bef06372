package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals the n elements of a list one after the other (see
// graph/generate for why it replaces gqlgen's goroutine per element). A panic in an
// element is reported like gqlgen does it and makes the list null.
func marshalSlice(ctx context.Context, n int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (ret graphql.Array) {
	ret = make(graphql.Array, n)
	for i := range n {
		fc := &graphql.FieldContext{Index: &i}
		ctx := graphql.WithFieldContext(ctx, fc)
		ok := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(ctx, graphql.Recover(ctx, r))
					ok = false
				}
			}()
			ret[i] = marshalElement(ctx, i)
			return true
		}()
		if !ok {
			return nil
		}
	}
	return ret
}
