// Package evaluation computes the KPIs of the external evaluation per Kindercampus, or
// for the whole city, month by month: needs recorded and covered and the median days
// to cover them, agreements and the share of them in Aktionsräume Soziale Stadt,
// partners per institution, sessions held and participants, ratings, and the money
// committed, released and spent with its share in Aktionsräume Soziale Stadt.
//
// It is pure, like internal/network: no I/O, no clock, no database, no GraphQL. The
// caller hands it the catalogue's entities (Input) and the campus and months (Filter);
// Compute returns the Report that the GraphQL query, the CSV file and the printable
// report all show. Every KPI is defined in docs/evaluation.md exactly as computed here.
package evaluation
