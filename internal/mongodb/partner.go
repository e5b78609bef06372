package mongodb

import (
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

type partnerDoc struct {
	Meta metaDoc `bson:",inline"`
	Name string  `bson:"name"`
	// NameKey is the folded name; a unique index on it keeps names unique.
	NameKey     string         `bson:"nameKey"`
	Kind        string         `bson:"kind"`
	Description string         `bson:"description,omitempty"`
	Themes      []string       `bson:"themes"`
	ServiceArea serviceAreaDoc `bson:"serviceArea"`
	Address     addressDoc     `bson:"address"`
	Location    *pointDoc      `bson:"location,omitempty"`
	Languages   []string       `bson:"languages,omitempty"`
	Website     string         `bson:"website,omitempty"`
	Contact     contactDoc     `bson:"contact"`
}

type serviceAreaDoc struct {
	Citywide    bool     `bson:"citywide"`
	QuartierIDs []string `bson:"quartierIds,omitempty"`
	RadiusKm    float64  `bson:"radiusKm,omitempty"`
}

// nameKey is the form in which names must be unique (drehscheibe.NameKey).
func nameKey(name string) string { return drehscheibe.NameKey(name) }

func toPartnerDoc(p *drehscheibe.Partner) *partnerDoc {
	return &partnerDoc{
		Meta: toMetaDoc(p.Meta), Name: p.Name, NameKey: nameKey(p.Name), Kind: string(p.Kind),
		Description: p.Description, Themes: toStrings(p.Themes),
		ServiceArea: serviceAreaDoc{Citywide: p.ServiceArea.Citywide, QuartierIDs: toStrings(p.ServiceArea.QuartierIDs), RadiusKm: p.ServiceArea.RadiusKm},
		Address:     toAddressDoc(p.Address), Location: toPointDoc(p.Location), Languages: p.Languages,
		Website: p.Website, Contact: toContactDoc(p.Contact),
	}
}

func fromPartnerDoc(d *partnerDoc) *drehscheibe.Partner {
	return &drehscheibe.Partner{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Kind: drehscheibe.PartnerKind(d.Kind),
		Description: d.Description, Themes: fromStrings[drehscheibe.Theme](d.Themes),
		ServiceArea: drehscheibe.ServiceArea{Citywide: d.ServiceArea.Citywide, QuartierIDs: fromStrings[drehscheibe.ID](d.ServiceArea.QuartierIDs), RadiusKm: d.ServiceArea.RadiusKm},
		Address:     fromAddressDoc(d.Address), Location: fromPointDoc(d.Location), Languages: d.Languages,
		Website: d.Website, Contact: fromContactDoc(d.Contact),
	}
}
