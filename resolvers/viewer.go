// The caller (Viewer) and the scope of a key (on ApiKey and Viewer): the entity it acts
// for, or null.

package resolvers

import (
	"context"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// toModelViewer converts the caller.
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
