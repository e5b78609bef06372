// Package resolvers implements the GraphQL API: thin resolvers that convert the input,
// call the domain service or read the catalogue snapshot, and convert the result.
package resolvers

//go:generate go tool gqlgen generate

import (
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Resolver holds the dependencies of every resolver.
type Resolver struct {
	Service *drehscheibe.Service
	Catalog *catalog.Catalog
}
