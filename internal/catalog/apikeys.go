package catalog

import (
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// ApiKeyFilter selects API keys; zero fields do not filter.
type ApiKeyFilter struct {
	Roles  []drehscheibe.Role
	Active *bool
}

// ApiKeys lists keys (which live in the database, not in the snapshot) newest first,
// as a List so that they page like every other connection.
func ApiKeys(keys []*drehscheibe.ApiKey, f ApiKeyFilter, now time.Time) List[*drehscheibe.ApiKey] {
	rows := make([]*row[*drehscheibe.ApiKey], len(keys))
	for i, k := range keys {
		rows[i] = &row[*drehscheibe.ApiKey]{e: k, name: fold.String(k.Name)}
	}
	keep := func(r *row[*drehscheibe.ApiKey]) bool {
		return (len(f.Roles) == 0 || slices.Contains(f.Roles, r.e.Role)) &&
			(f.Active == nil || r.e.Active(now) == *f.Active)
	}
	o := Order{By: ByCreated, Desc: true}
	return sortRows(rows, keep, func(r *row[*drehscheibe.ApiKey]) string { return timeKey(r.e.CreatedAt) }, true,
		orderTag(drehscheibe.KindApiKey, o, nil))
}
