// Package drehscheibe is the domain of the service: the entities (Quartier,
// Institution, Partner, Modul, Bedarf, Kindercampus, API keys), their typed IDs and
// validation, the one coded Error type, and the use cases (Service) over a small
// Store and Catalog it declares itself. It imports no database, GraphQL or logging
// package.
//
// Where to look:
//   - who may see or do what: operation.go (which role may attempt which
//     operation), principal.go (visibility and ownership), rights.go (the checks and
//     their errors, also for recommendations, placements and coverage);
//   - the write every use case ends in: write.go; the use cases by what they change:
//     service_*.go;
//   - error codes: error.go (the domain's codes); what clients see is made from them
//     in internal/apierror.
package drehscheibe
