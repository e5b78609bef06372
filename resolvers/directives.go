package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/stadtdortmund/drehscheibe/graph"
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Directives implements the schema's access directives.
func Directives() graph.DirectiveRoot {
	return graph.DirectiveRoot{Auth: auth, PersonalData: personalData}
}

// auth lets only callers with one of roles reach the field: UNAUTHENTICATED without a
// valid key, FORBIDDEN with another role. Ownership is the domain's to check.
func auth(ctx context.Context, _ any, next graphql.Resolver, roles []model.Role) (any, error) {
	p := drehscheibe.PrincipalFrom(ctx)
	if !p.Authenticated() {
		return nil, drehscheibe.Unauthenticated(p)
	}
	for _, r := range roles {
		if drehscheibe.Role(r) == p.Role {
			return next(ctx)
		}
	}
	return nil, drehscheibe.Forbidden("Die Rolle %s darf %s nicht abfragen", p.Role.Label(), graphql.GetFieldContext(ctx).Field.Name)
}

// personalData resolves the field to null for anonymous callers.
func personalData(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
	if !drehscheibe.PrincipalFrom(ctx).SeesPersonalData() {
		return nil, nil
	}
	return next(ctx)
}
