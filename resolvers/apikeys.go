package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toDomainApiKey(in model.CreateAPIKeyInput) *drehscheibe.ApiKey {
	return &drehscheibe.ApiKey{
		Name: in.Name, Role: drehscheibe.Role(in.Role), ExpiresAt: in.ExpiresAt, Scope: drehscheibe.Scope{
			PartnerID: drehscheibe.ID(deref(in.PartnerID)), InstitutionID: drehscheibe.ID(deref(in.InstitutionID)),
			KindercampusID: drehscheibe.ID(deref(in.KindercampusID)), Themes: enums[drehscheibe.Theme](in.Themes)},
	}
}

func (r *Resolver) toModelApiKey(k *drehscheibe.ApiKey) *model.APIKey {
	return &model.APIKey{
		ID: string(k.ID), Name: k.Name, Role: model.Role(k.Role), Themes: enums[model.Theme](k.Themes),
		CreatedAt: k.CreatedAt, LastUsedAt: k.LastUsedAt, ExpiresAt: k.ExpiresAt, RevokedAt: k.RevokedAt,
		Active: k.Active(r.Now()), PartnerID: string(k.PartnerID), InstitutionID: string(k.InstitutionID),
		KindercampusID: string(k.KindercampusID),
	}
}

func toApiKeyFilter(f *model.APIKeyFilter) catalog.ApiKeyFilter {
	if f == nil {
		return catalog.ApiKeyFilter{}
	}
	return catalog.ApiKeyFilter{Roles: enums[drehscheibe.Role](f.Roles), Active: f.Active}
}

func (r *Resolver) apiKeyConnection(ctx context.Context, l catalog.List[*drehscheibe.ApiKey], a pageArgs) (*model.APIKeyConnection, error) {
	return connect(ctx, l, a, r.toModelApiKey,
		func(c string, n *model.APIKey) *model.APIKeyEdge { return &model.APIKeyEdge{Cursor: c, Node: n} },
		func(e []*model.APIKeyEdge, n []*model.APIKey, pi *model.PageInfo, total int) *model.APIKeyConnection {
			return &model.APIKeyConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func toModelViewer(p drehscheibe.Principal) *model.Viewer {
	v := &model.Viewer{Authenticated: p.Authenticated(), Themes: enums[model.Theme](p.Themes),
		CredentialProblem: optString(p.CredentialProblem), PartnerID: string(p.PartnerID),
		InstitutionID: string(p.InstitutionID), KindercampusID: string(p.KindercampusID)}
	if p.Authenticated() {
		role := model.Role(p.Role)
		v.Role, v.KeyID, v.Name = &role, optString(string(p.KeyID)), optString(p.Name)
	}
	return v
}

// The scope of a key (on ApiKey and Viewer): the entity it acts for, or null.

func (r *Resolver) scopePartner(ctx context.Context, id string) (*model.Partner, error) {
	p, ok := r.view(ctx).Partner(drehscheibe.ID(id))
	return convertIf(p, ok, toModelPartner), nil
}

func (r *Resolver) scopeInstitution(ctx context.Context, id string) (*model.Institution, error) {
	in, ok := r.view(ctx).Institution(drehscheibe.ID(id))
	return convertIf(in, ok, toModelInstitution), nil
}

func (r *Resolver) scopeKindercampus(ctx context.Context, id string) (*model.Kindercampus, error) {
	k, ok := r.view(ctx).Kindercampus(drehscheibe.ID(id))
	return convertIf(k, ok, toModelKindercampus), nil
}

// convertIf converts e when it was found, else returns nil.
func convertIf[E any, M any](e E, ok bool, conv func(E) *M) *M {
	if !ok {
		return nil
	}
	return conv(e)
}

// budget returns the budget lines of a campus (of one year, or all) for those who
// manage it, nil for everybody else.
func (r *Resolver) budget(ctx context.Context, campus string, year *int) []*model.BudgetLine {
	v := r.view(ctx)
	k, ok := v.Kindercampus(drehscheibe.ID(campus))
	if !ok || !v.SeesBudget(k.ID) {
		return nil
	}
	out := []*model.BudgetLine{}
	for _, b := range k.Budget {
		if year == nil || b.Year == *year {
			out = append(out, toModelBudgetLine(b))
		}
	}
	return out
}

// budgetTotal sums budget lines; nil stays nil (not visible).
func budgetTotal(lines []*model.BudgetLine) *int {
	if lines == nil {
		return nil
	}
	total := 0
	for _, b := range lines {
		total += b.AmountCent
	}
	return &total
}
