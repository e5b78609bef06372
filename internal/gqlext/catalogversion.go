package gqlext

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// pinned is the catalogue snapshot one GraphQL operation reads. Pinning it for the
// whole operation gives every field of a response the same consistent version; a
// mutation re-pins after its write so that its payload (and what follows) sees it.
type pinned struct {
	snap atomic.Pointer[catalog.Snapshot]
	// view is the pinned snapshot as the caller sees it, made on first use
	view atomic.Pointer[catalog.View]
}

type pinnedKey struct{}

// Pinned returns the snapshot pinned for the operation of ctx, or nil outside one.
func Pinned(ctx context.Context) *catalog.Snapshot {
	if p, ok := ctx.Value(pinnedKey{}).(*pinned); ok {
		return p.snap.Load()
	}
	return nil
}

// PinnedView returns snap as p sees it, made once per operation.
func PinnedView(ctx context.Context, snap *catalog.Snapshot, p drehscheibe.Principal) *catalog.View {
	pin, ok := ctx.Value(pinnedKey{}).(*pinned)
	if !ok {
		return snap.As(p)
	}
	if v := pin.view.Load(); v != nil && v.Snapshot() == snap {
		return v
	}
	v := snap.As(p)
	pin.view.Store(v)
	return v
}

// Repin makes the operation of ctx read snap from now on.
func Repin(ctx context.Context, snap *catalog.Snapshot) {
	if p, ok := ctx.Value(pinnedKey{}).(*pinned); ok {
		p.snap.Store(snap)
	}
}

// CatalogVersion is the gqlgen extension that pins the snapshot for each operation and
// reports its version as extensions.catalogVersion in every response.
type CatalogVersion struct{ Catalog *catalog.Catalog }

var (
	_ graphql.HandlerExtension    = CatalogVersion{}
	_ graphql.ResponseInterceptor = CatalogVersion{}
)

// ExtensionName implements graphql.HandlerExtension.
func (CatalogVersion) ExtensionName() string { return "CatalogVersion" }

// Validate implements graphql.HandlerExtension.
func (CatalogVersion) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
// Before the catalogue was first read from the database (which may be unreachable at
// start) an operation that reads it answers UNAVAILABLE as a whole.
func (c CatalogVersion) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	p := &pinned{}
	p.snap.Store(c.Catalog.Current())
	if !p.snap.Load().Loaded && readsCatalog(ctx) {
		graphql.AddError(ctx, drehscheibe.Errorf(drehscheibe.EUNAVAILABLE,
			apierror.CatalogNotLoaded))
		return &graphql.Response{Errors: graphql.GetErrors(ctx), Extensions: map[string]any{"catalogVersion": int64(0)}}
	}
	resp := next(context.WithValue(ctx, pinnedKey{}, p))
	if resp == nil {
		return nil
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["catalogVersion"] = p.snap.Load().Version
	return resp
}

// readsCatalog reports whether the operation has a root field other than the ones that
// need no catalogue (__typename, introspection, viewer).
func readsCatalog(ctx context.Context) bool {
	if !graphql.HasOperationContext(ctx) {
		return false
	}
	op := graphql.GetOperationContext(ctx).Operation
	if op == nil {
		return false
	}
	for _, sel := range op.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok {
			return true // fragments: assume they do
		}
		switch f.Name {
		case "__typename", "__schema", "__type", "viewer":
		default:
			return true
		}
	}
	return false
}
