package mongodb

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

type institutionDoc struct {
	Meta            metaDoc    `bson:",inline"`
	Name            string     `bson:"name"`
	Type            string     `bson:"type"`
	Traeger         string     `bson:"traeger,omitempty"`
	Address         addressDoc `bson:"address"`
	Location        *pointDoc  `bson:"location,omitempty"`
	QuartierID      string     `bson:"quartierId"`
	AgeRange        rangeDoc   `bson:"ageRange"`
	Children        int        `bson:"children,omitempty"`
	Languages       []string   `bson:"languages,omitempty"`
	OGS             bool       `bson:"ogs"`
	Familienzentrum bool       `bson:"familienzentrum"`
	Website         string     `bson:"website,omitempty"`
	Contact         contactDoc `bson:"contact"`
}

func toInstitutionDoc(in *drehscheibe.Institution) *institutionDoc {
	return &institutionDoc{
		Meta: toMetaDoc(in.Meta), Name: in.Name, Type: string(in.Type), Traeger: in.Traeger,
		Address: toAddressDoc(in.Address), Location: toPointDoc(in.Location), QuartierID: string(in.QuartierID),
		AgeRange: rangeDoc(in.AgeRange), Children: in.Children, Languages: in.Languages, OGS: in.OGS,
		Familienzentrum: in.Familienzentrum, Website: in.Website, Contact: toContactDoc(in.Contact),
	}
}

func fromInstitutionDoc(d *institutionDoc) *drehscheibe.Institution {
	return &drehscheibe.Institution{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Type: drehscheibe.InstitutionType(d.Type), Traeger: d.Traeger,
		Address: fromAddressDoc(d.Address), Location: fromPointDoc(d.Location), QuartierID: drehscheibe.ID(d.QuartierID),
		AgeRange: drehscheibe.AgeRange(d.AgeRange), Children: d.Children, Languages: d.Languages, OGS: d.OGS,
		Familienzentrum: d.Familienzentrum, Website: d.Website, Contact: fromContactDoc(d.Contact),
	}
}
