package drehscheibe

// InstitutionType is the kind of a (Regel-/Anker-)Institution.
type InstitutionType string

// The institution types.
const (
	InstitutionKita                  InstitutionType = "KITA"
	InstitutionGrundschule           InstitutionType = "GRUNDSCHULE"
	InstitutionJugendfreizeitstaette InstitutionType = "JUGENDFREIZEITSTAETTE"
	InstitutionFamilienzentrum       InstitutionType = "FAMILIENZENTRUM"
	InstitutionBeratungsstelle       InstitutionType = "BERATUNGSSTELLE"
	InstitutionFamilienbuero         InstitutionType = "FAMILIENBUERO"
	InstitutionSonstige              InstitutionType = "SONSTIGE"
)

// InstitutionTypes lists every institution type.
var InstitutionTypes = []InstitutionType{InstitutionKita, InstitutionGrundschule, InstitutionJugendfreizeitstaette, InstitutionFamilienzentrum, InstitutionBeratungsstelle, InstitutionFamilienbuero, InstitutionSonstige}

var institutionTypeLabels = map[InstitutionType]string{
	InstitutionKita:                  "Kita",
	InstitutionGrundschule:           "Grundschule",
	InstitutionJugendfreizeitstaette: "Jugendfreizeitstätte",
	InstitutionFamilienzentrum:       "Familienzentrum",
	InstitutionBeratungsstelle:       "Beratungsstelle",
	InstitutionFamilienbuero:         "Familienbüro",
	InstitutionSonstige:              "sonstige Einrichtung",
}

// Label returns the German name of the type.
func (t InstitutionType) Label() string { return label(t, institutionTypeLabels) }

// Institution is a place where children, young people and families are every day: a
// Kita, an (OGS) Grundschule, a Jugendfreizeitstätte, a Familienzentrum …
type Institution struct {
	Meta
	Name string
	Type InstitutionType
	// Traeger is the legal operator (AWO, FABIDO, DOBEQ, EKK …).
	Traeger    string
	Address    Address
	Location   *GeoPoint
	QuartierID ID
	// AgeRange are the ages of the children and young people served.
	AgeRange AgeRange
	// Children is the number of children served (a count only; 0 = not stated).
	Children int
	// Languages are the most common family languages (ISO 639 codes).
	Languages []string
	// OGS marks a Grundschule with Offener Ganztag.
	OGS bool
	// Familienzentrum marks a Kita that is also a Familienzentrum.
	Familienzentrum bool
	Website         string
	Contact         Contact
}

// MaxChildren bounds the number of children of one institution.
const MaxChildren = 5000

// Kind implements Entity.
func (*Institution) EntityKind() Kind { return KindInstitution }

// Validate implements Entity.
func (in *Institution) Validate() error { return validate(in) }

func (in *Institution) clean() {
	in.Name = cleanText(in.Name)
	in.Traeger = cleanText(in.Traeger)
	in.Address.clean()
	in.Languages = cleanLanguages(in.Languages)
	in.Website = cleanWebsite(in.Website)
	in.Contact.clean(in.Address.CountryCode())
}

func (in *Institution) check(p *problems) {
	p.checkName(path("name"), in.Name, MaxNameLength)
	if !valid(in.Type, InstitutionTypes) {
		p.add(path("type"), EINVALID, "Unbekannte Art der Einrichtung")
	}
	p.checkText(path("traeger"), in.Traeger, false, MaxNameLength, false)
	p.checkAddress(path("address"), in.Address)
	p.checkPoint(path("location"), in.Location, AreaToleranceKm)
	p.checkRef(path("quartierId"), in.QuartierID, KindQuartier, true)
	p.checkAgeRange(path("ageRange"), in.AgeRange)
	if in.Children < 0 || in.Children > MaxChildren {
		p.add(path("children"), EINVALID, "Anzahl der Kinder muss zwischen 0 und %d liegen", MaxChildren)
	}
	p.checkLanguages(path("languages"), in.Languages)
	if in.OGS && in.Type != InstitutionGrundschule {
		p.add(path("ogs"), EINVALID, "Offener Ganztag (OGS) gibt es nur an Grundschulen")
	}
	p.checkURL(path("website"), in.Website)
	p.checkContact(path("contact"), in.Contact, in.Address.CountryCode())
}

func (in *Institution) refs() []ref {
	return []ref{{path("quartierId"), in.QuartierID, KindQuartier}}
}

// InstitutionPatch changes some fields of an Institution.
type InstitutionPatch struct {
	Name            Update[string]
	Type            Update[InstitutionType]
	Traeger         Update[string]
	Address         Update[Address]
	Location        Update[*GeoPoint]
	QuartierID      Update[ID]
	AgeRange        Update[AgeRange]
	Children        Update[int]
	Languages       Update[[]string]
	OGS             Update[bool]
	Familienzentrum Update[bool]
	Website         Update[string]
	Contact         Update[Contact]
}

func (pt InstitutionPatch) apply(in *Institution) {
	pt.Name.apply(&in.Name)
	pt.Type.apply(&in.Type)
	pt.Traeger.apply(&in.Traeger)
	pt.Address.apply(&in.Address)
	pt.Location.apply(&in.Location)
	pt.QuartierID.apply(&in.QuartierID)
	pt.AgeRange.apply(&in.AgeRange)
	pt.Children.apply(&in.Children)
	pt.Languages.apply(&in.Languages)
	pt.OGS.apply(&in.OGS)
	pt.Familienzentrum.apply(&in.Familienzentrum)
	pt.Website.apply(&in.Website)
	pt.Contact.apply(&in.Contact)
}
