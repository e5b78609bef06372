// Package resolvers implements the GraphQL API: thin resolvers that convert the input,
// call the domain service or read the catalogue snapshot, and convert the result.
// Errors become GraphQL errors in one place, errors.go (codes from internal/apierror);
// the gqlgen extensions (limits, cost, the pinned snapshot, metrics) are in
// internal/gqlext.
package resolvers

//go:generate go run ../graph/generate

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// Resolver holds the dependencies of every resolver.
type Resolver struct {
	Service *drehscheibe.Service
	Catalog *catalog.Catalog
	// Match configures the matching engine (weights, travel limits, diversity).
	Match match.Config
	// Now is the clock; "today" is its date in Dortmund.
	Now func() time.Time
	// Networks keeps the cooperation networks (shared with the downloads).
	Networks *networkcache.Cache
}

// today is the current date in Dortmund.
func (r *Resolver) today() drehscheibe.Date {
	return drehscheibe.DateOf(r.Now().In(drehscheibe.Dortmund))
}
