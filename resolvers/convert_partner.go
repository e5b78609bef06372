package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelPartner(p *drehscheibe.Partner) *model.Partner { return toModelPartnerFields(p, nil) }

// partnerConverter converts partners filling the fields sel names (nil: all); the
// scalars always.
func partnerConverter(sel selection) func(*drehscheibe.Partner) *model.Partner {
	return func(p *drehscheibe.Partner) *model.Partner { return toModelPartnerFields(p, sel) }
}

func toModelPartnerFields(p *drehscheibe.Partner, sel selection) *model.Partner {
	out := &model.Partner{ID: string(p.ID), Name: p.Name, Kind: model.PartnerKind(p.Kind), Languages: nonNil(p.Languages),
		Version: int(p.Version), CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt}
	if sel.has("description") {
		out.Description = optString(p.Description)
	}
	if sel.has("themes") {
		out.Themes = enums[model.Theme](p.Themes)
	}
	if sel.has("serviceArea") {
		sa := p.ServiceArea
		var radius *float64
		if sa.RadiusKm > 0 {
			radius = &sa.RadiusKm
		}
		out.ServiceArea = &model.ServiceArea{Citywide: sa.Citywide, RadiusKm: radius, QuartierIDs: enums[string](sa.QuartierIDs)}
	}
	if sel.has("address") {
		out.Address = toModelAddress(p.Address)
	}
	if sel.has("location") {
		out.Location = toModelPoint(p.Location)
	}
	if sel.has("website") {
		out.Website = optString(p.Website)
	}
	if sel.has("contact") {
		out.Contact = toModelContact(p.Contact)
	}
	if sel.has("source") {
		out.Source = toModelSource(p.Source)
	}
	return out
}

func toDomainServiceArea(sa *model.ServiceAreaInput) drehscheibe.ServiceArea {
	if sa == nil {
		return drehscheibe.ServiceArea{}
	}
	return drehscheibe.ServiceArea{Citywide: sa.Citywide, QuartierIDs: ids(sa.QuartierIds), RadiusKm: deref(sa.RadiusKm)}
}

func toDomainPartner(in model.CreatePartnerInput) *drehscheibe.Partner {
	return &drehscheibe.Partner{
		Name: in.Name, Kind: drehscheibe.PartnerKind(in.Kind), Description: deref(in.Description),
		Themes: enums[drehscheibe.Theme](in.Themes), ServiceArea: toDomainServiceArea(in.ServiceArea),
		Address: toDomainAddress(in.Address), Location: toDomainPoint(in.Location), Languages: in.Languages,
		Website: deref(in.Website), Contact: toDomainContact(in.Contact),
	}
}

func toPartnerPatch(in model.UpdatePartnerInput) drehscheibe.PartnerPatch {
	p := drehscheibe.PartnerPatch{
		Name:        change(in.Name, same[string]),
		Kind:        change(in.Kind, func(k model.PartnerKind) drehscheibe.PartnerKind { return drehscheibe.PartnerKind(k) }),
		Description: clearable(in.Description, deref[string]),
		ServiceArea: changeRef(in.ServiceArea, toDomainServiceArea),
		Address:     clearable(in.Address, toDomainAddress),
		Location:    clearable(in.Location, toDomainPoint),
		Languages:   clearable(in.Languages, same[[]string]),
		Website:     clearable(in.Website, deref[string]),
		Contact:     clearable(in.Contact, toDomainContact),
	}
	if in.Themes != nil {
		p.Themes = drehscheibe.Set(enums[drehscheibe.Theme](in.Themes))
	}
	return p
}
