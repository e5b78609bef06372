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
