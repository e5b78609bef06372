package networkcache

import (
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// apiFields are the names the API gives the fields of network.Filter's problems.
var apiFields = map[string]string{"campus": "kindercampusId", "quartier": "quartierId"}

// Scope checks a client's filter for caller p and returns the filter to build: first
// the filter itself (EINVALID, one German message naming every broken field by its API
// name), then the caller's right to it (drehscheibe.Principal.MaySeeNetwork: campus
// management gets its own campus when it names none; EUNAUTHENTICATED, EFORBIDDEN),
// then that the campus and the Quartier exist (ENOTFOUND). The GraphQL query and the
// downloads call it alike.
func Scope(p drehscheibe.Principal, s *catalog.Snapshot, f network.Filter) (network.Filter, error) {
	if err := f.Validate(); err != nil {
		return f, inAPITerms(err)
	}
	if err := p.MaySeeNetwork(&f.CampusID); err != nil {
		return f, err
	}
	if _, ok := s.Kindercampus(f.CampusID); f.CampusID != "" && !ok {
		return f, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"filter", "kindercampusId"}, "Kindercampus nicht gefunden")
	}
	if _, ok := s.Quartier(f.QuartierID); f.QuartierID != "" && !ok {
		return f, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"filter", "quartierId"}, "Quartier nicht gefunden")
	}
	return f, nil
}

// inAPITerms renames the fields of Filter.Validate's problems to the API's, under
// "filter", and says them all in the message: a query's error has no other place for
// them.
func inAPITerms(err error) error {
	e, ok := drehscheibe.AsError(err)
	if !ok {
		return err
	}
	out := *e
	out.Problems = nil
	parts := make([]string, 0, len(e.Problems))
	for _, pr := range e.Problems {
		field := make([]string, 0, len(pr.Field)+1)
		field = append(field, "filter")
		for _, name := range pr.Field {
			if api, ok := apiFields[name]; ok {
				name = api
			}
			field = append(field, name)
		}
		pr.Field = field
		out.Problems = append(out.Problems, pr)
		parts = append(parts, strings.Join(field[1:], ".")+": "+pr.Message)
	}
	if len(parts) > 0 {
		out.Message = strings.TrimSuffix(e.Message, ".") + " – " + strings.Join(parts, " ")
	}
	return &out
}
