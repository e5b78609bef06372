package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelInstitution(in *drehscheibe.Institution) *model.Institution {
	return &model.Institution{
		ID: string(in.ID), Name: in.Name, Type: model.InstitutionType(in.Type), Traeger: optString(in.Traeger),
		Address: toModelAddress(in.Address), Location: toModelPoint(in.Location), QuartierID: string(in.QuartierID),
		AgeRange: toModelAgeRange(in.AgeRange), Children: optInt(in.Children), Languages: nonNil(in.Languages),
		Ogs: in.OGS, Familienzentrum: in.Familienzentrum, Website: optString(in.Website), Contact: toModelContact(in.Contact),
		Version: int(in.Version), CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt, Source: toModelSource(in.Source),
	}
}

func toDomainInstitution(in model.CreateInstitutionInput) *drehscheibe.Institution {
	return &drehscheibe.Institution{
		Name: in.Name, Type: drehscheibe.InstitutionType(in.Type), Traeger: deref(in.Traeger),
		Address: toDomainAddress(in.Address), Location: toDomainPoint(in.Location), QuartierID: drehscheibe.ID(in.QuartierID),
		AgeRange: toDomainAgeRange(in.AgeRange), Children: deref(in.Children), Languages: in.Languages,
		OGS: in.Ogs, Familienzentrum: in.Familienzentrum, Website: deref(in.Website), Contact: toDomainContact(in.Contact),
	}
}

func toInstitutionPatch(in model.UpdateInstitutionInput) drehscheibe.InstitutionPatch {
	return drehscheibe.InstitutionPatch{
		Name:            change(in.Name, same[string]),
		Type:            change(in.Type, func(t model.InstitutionType) drehscheibe.InstitutionType { return drehscheibe.InstitutionType(t) }),
		Traeger:         clearable(in.Traeger, deref[string]),
		Address:         clearable(in.Address, toDomainAddress),
		Location:        clearable(in.Location, toDomainPoint),
		QuartierID:      change(in.QuartierID, func(s string) drehscheibe.ID { return drehscheibe.ID(s) }),
		AgeRange:        changeRef(in.AgeRange, toDomainAgeRange),
		Children:        clearable(in.Children, deref[int]),
		Languages:       clearable(in.Languages, same[[]string]),
		OGS:             change(in.Ogs, same[bool]),
		Familienzentrum: change(in.Familienzentrum, same[bool]),
		Website:         clearable(in.Website, deref[string]),
		Contact:         clearable(in.Contact, toDomainContact),
	}
}
