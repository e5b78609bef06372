package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// selection is the set of field names a query selects on an object.
type selection map[string]bool

// selected returns the fields the query selects below the current field, or below its
// child field named child when child is not "". Fragments and aliases are resolved by
// gqlgen's field collection.
func selected(ctx context.Context, child string) selection {
	out := selection{}
	fields := graphql.CollectFieldsCtx(ctx, nil)
	if child != "" {
		var below []graphql.CollectedField
		for _, f := range fields {
			if f.Name == child {
				below = append(below, graphql.CollectFields(graphql.GetOperationContext(ctx), f.Selections, nil)...)
			}
		}
		fields = below
	}
	for _, f := range fields {
		out[f.Name] = true
	}
	return out
}
