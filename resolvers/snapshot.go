package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/gqlext"
)

// snapshot returns the snapshot pinned for this operation (gqlext.CatalogVersion).
func (r *Resolver) snapshot(ctx context.Context) *catalog.Snapshot {
	if s := gqlext.Pinned(ctx); s != nil {
		return s
	}
	return r.Catalog.Current()
}

// view returns the pinned snapshot as the caller sees it, made once per operation.
// Resolvers read only through it, so every path of the graph applies the same
// visibility rule.
func (r *Resolver) view(ctx context.Context) *catalog.View {
	return gqlext.PinnedView(ctx, r.snapshot(ctx), drehscheibe.PrincipalFrom(ctx))
}

// repin makes the operation read the current snapshot, which holds its own writes.
func (r *Resolver) repin(ctx context.Context) { gqlext.Repin(ctx, r.Catalog.Current()) }
