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

// has reports whether the field name is selected; a nil selection selects all.
func (s selection) has(name string) bool { return s == nil || s[name] }

// nodeSelection returns the fields a connection's query selects on its nodes, under
// edges.node and nodes together.
func nodeSelection(ctx context.Context) selection {
	oc := graphql.GetOperationContext(ctx)
	out := selection{}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		switch f.Name {
		case "nodes":
			for _, n := range graphql.CollectFields(oc, f.Selections, nil) {
				out[n.Name] = true
			}
		case "edges":
			for _, e := range graphql.CollectFields(oc, f.Selections, nil) {
				if e.Name == "node" {
					for _, n := range graphql.CollectFields(oc, e.Selections, nil) {
						out[n.Name] = true
					}
				}
			}
		}
	}
	return out
}

// selectedPath returns the fields selected below the path of child fields under the
// current field (all occurrences merged): selectedPath(ctx, "items", "modul").
func selectedPath(ctx context.Context, path ...string) selection {
	oc := graphql.GetOperationContext(ctx)
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for _, name := range path {
		var below []graphql.CollectedField
		for _, f := range fields {
			if f.Name == name {
				below = append(below, graphql.CollectFields(oc, f.Selections, nil)...)
			}
		}
		fields = below
	}
	out := selection{}
	for _, f := range fields {
		out[f.Name] = true
	}
	return out
}
