package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelPartner(p *drehscheibe.Partner) *model.Partner {
	sa := p.ServiceArea
	var radius *float64
	if sa.RadiusKm > 0 {
		radius = &sa.RadiusKm
	}
	return &model.Partner{
		ID: string(p.ID), Name: p.Name, Kind: model.PartnerKind(p.Kind), Description: optString(p.Description),
		Themes:      enums[model.Theme](p.Themes),
		ServiceArea: &model.ServiceArea{Citywide: sa.Citywide, RadiusKm: radius, QuartierIDs: enums[string](sa.QuartierIDs)},
		Address:     toModelAddress(p.Address), Location: toModelPoint(p.Location), Languages: nonNilStrings(p.Languages),
		Website: optString(p.Website), Contact: toModelContact(p.Contact),
		Version: int(p.Version), CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt, Source: toModelSource(p.Source),
	}
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
		Description: clear(in.Description, deref[string]),
		ServiceArea: changeRef(in.ServiceArea, toDomainServiceArea),
		Address:     clear(in.Address, toDomainAddress),
		Location:    clear(in.Location, toDomainPoint),
		Languages:   clear(in.Languages, same[[]string]),
		Website:     clear(in.Website, deref[string]),
		Contact:     clear(in.Contact, toDomainContact),
	}
	if in.Themes != nil {
		p.Themes = drehscheibe.Set(enums[drehscheibe.Theme](in.Themes))
	}
	return p
}
