package gqlext

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeIntrospectionDisabled refuses an introspection query while introspection is off.
const CodeIntrospectionDisabled = apierror.IntrospectionDisabled

func init() { errcode.RegisterErrorType(CodeIntrospectionDisabled, errcode.KindProtocol) }

// NoIntrospection is the gqlgen extension used while introspection is off: an operation
// that asks for __schema or __type (also through fragments) is refused before it runs,
// with data null (HTTP 422). gqlgen alone would run it and answer
// {"__schema": null}, against the non-null type of __schema, which clients such as
// graphql-js cannot read.
type NoIntrospection struct{}

var (
	_ graphql.HandlerExtension        = NoIntrospection{}
	_ graphql.OperationContextMutator = NoIntrospection{}
)

// ExtensionName implements graphql.HandlerExtension.
func (NoIntrospection) ExtensionName() string { return "NoIntrospection" }

// Validate implements graphql.HandlerExtension.
func (NoIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (NoIntrospection) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || !introspects(oc.Operation.SelectionSet) {
		return nil
	}
	err := gqlerror.Errorf("Introspektion ist abgeschaltet (Produktionsbetrieb)")
	errcode.Set(err, CodeIntrospectionDisabled)
	return err
}

// introspects reports whether a root selection set asks for __schema or __type.
func introspects(set ast.SelectionSet) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if introspects(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && introspects(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}
