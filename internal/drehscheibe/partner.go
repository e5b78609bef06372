package drehscheibe

// PartnerKind is the kind of organisation a Bildungspartner is.
type PartnerKind string

// The partner kinds.
const (
	PartnerVerein                  PartnerKind = "VEREIN"
	PartnerSportverein             PartnerKind = "SPORTVEREIN"
	PartnerJugendhilfetraeger      PartnerKind = "JUGENDHILFETRAEGER"
	PartnerKultureinrichtung       PartnerKind = "KULTUREINRICHTUNG"
	PartnerBildungseinrichtung     PartnerKind = "BILDUNGSEINRICHTUNG"
	PartnerBeratungsstelle         PartnerKind = "BERATUNGSSTELLE"
	PartnerInitiative              PartnerKind = "INITIATIVE"
	PartnerStiftung                PartnerKind = "STIFTUNG"
	PartnerUnternehmen             PartnerKind = "UNTERNEHMEN"
	PartnerOeffentlicheEinrichtung PartnerKind = "OEFFENTLICHE_EINRICHTUNG"
	PartnerSonstige                PartnerKind = "SONSTIGE"
)

// PartnerKinds lists every partner kind.
var PartnerKinds = []PartnerKind{PartnerVerein, PartnerSportverein, PartnerJugendhilfetraeger, PartnerKultureinrichtung, PartnerBildungseinrichtung, PartnerBeratungsstelle, PartnerInitiative, PartnerStiftung, PartnerUnternehmen, PartnerOeffentlicheEinrichtung, PartnerSonstige}

var partnerKindLabels = map[PartnerKind]string{
	PartnerVerein:                  "Verein",
	PartnerSportverein:             "Sportverein",
	PartnerJugendhilfetraeger:      "Träger der Jugendhilfe",
	PartnerKultureinrichtung:       "Kultureinrichtung",
	PartnerBildungseinrichtung:     "Bildungseinrichtung",
	PartnerBeratungsstelle:         "Beratungsstelle",
	PartnerInitiative:              "Initiative",
	PartnerStiftung:                "Stiftung",
	PartnerUnternehmen:             "Unternehmen",
	PartnerOeffentlicheEinrichtung: "öffentliche Einrichtung",
	PartnerSonstige:                "sonstige Organisation",
}

// Label returns the German name of the kind.
func (k PartnerKind) Label() string { return label(k, partnerKindLabels) }

// Partner is a Bildungspartner*in: a club, youth-welfare provider, cultural or sports
// organisation that brings Module into institutions.
type Partner struct {
	Meta
	// Name is unique, compared by NameKey.
	Name        string
	Kind        PartnerKind
	Description string
	Themes      []Theme
	ServiceArea ServiceArea
	Address     Address
	// Location is where the partner sits; needed for a service radius and for offers
	// held at the partner.
	Location  *GeoPoint
	Languages []string
	Website   string
	Contact   Contact
}

// ServiceArea is where a partner brings its offers: the whole city, named Quartiere,
// and/or a radius around its location.
type ServiceArea struct {
	Citywide    bool
	QuartierIDs []ID
	RadiusKm    float64
}

// MaxRadiusKm bounds a service radius (Dortmund is about 20 km across).
const MaxRadiusKm = 50

// Kind implements Entity.
func (*Partner) EntityKind() Kind { return KindPartner }

// Validate implements Entity.
func (pa *Partner) Validate() error { return validate(pa) }

func (pa *Partner) clean() {
	pa.Name = cleanText(pa.Name)
	pa.Description = cleanMultiline(pa.Description)
	pa.Address.clean()
	pa.Languages = cleanLanguages(pa.Languages)
	pa.Website = cleanWebsite(pa.Website)
	pa.Contact.clean(pa.Address.CountryCode())
	pa.ServiceArea.QuartierIDs = uniqueIDs(pa.ServiceArea.QuartierIDs)
}

func (pa *Partner) check(p *problems) {
	p.checkName(path("name"), pa.Name, MaxNameLength)
	if !valid(pa.Kind, PartnerKinds) {
		p.add(path("kind"), EINVALID, "Unbekannte Art der Organisation")
	}
	p.checkText(path("description"), pa.Description, false, MaxDescriptionLength, true)
	if len(pa.Themes) == 0 {
		p.add(path("themes"), EINVALID, "Mindestens ein Themenfeld angeben")
	}
	checkEnums(p, path("themes"), pa.Themes, Themes)
	sa := path("serviceArea")
	if len(pa.ServiceArea.QuartierIDs) > 200 {
		p.add(sub(sa, "quartierIds"), EINVALID, "Zu viele Quartiere (höchstens 200)")
	}
	for i, id := range pa.ServiceArea.QuartierIDs {
		p.checkRef(sub(sa, "quartierIds", itoa(i)), id, KindQuartier, true)
	}
	if r := pa.ServiceArea.RadiusKm; !(r >= 0 && r <= MaxRadiusKm) {
		p.add(sub(sa, "radiusKm"), EINVALID, "Radius muss zwischen 0 und %d km liegen", MaxRadiusKm)
	} else if r > 0 && pa.Location == nil {
		p.add(sub(sa, "radiusKm"), EINVALID, "Für einen Radius braucht der Partner einen Standort (location)")
	}
	p.checkAddress(path("address"), pa.Address)
	p.checkPoint(path("location"), pa.Location, PartnerReachKm)
	p.checkLanguages(path("languages"), pa.Languages)
	p.checkURL(path("website"), pa.Website)
	p.checkContact(path("contact"), pa.Contact, pa.Address.CountryCode())
}

func (pa *Partner) refs() []ref {
	out := make([]ref, len(pa.ServiceArea.QuartierIDs))
	for i, id := range pa.ServiceArea.QuartierIDs {
		out[i] = ref{path("serviceArea", "quartierIds", itoa(i)), id, KindQuartier}
	}
	return out
}

// PartnerPatch changes some fields of a Partner.
type PartnerPatch struct {
	Name        Update[string]
	Kind        Update[PartnerKind]
	Description Update[string]
	Themes      Update[[]Theme]
	ServiceArea Update[ServiceArea]
	Address     Update[Address]
	Location    Update[*GeoPoint]
	Languages   Update[[]string]
	Website     Update[string]
	Contact     Update[Contact]
}

func (pt PartnerPatch) apply(pa *Partner) {
	pt.Name.apply(&pa.Name)
	pt.Kind.apply(&pa.Kind)
	pt.Description.apply(&pa.Description)
	pt.Themes.apply(&pa.Themes)
	pt.ServiceArea.apply(&pa.ServiceArea)
	pt.Address.apply(&pa.Address)
	pt.Location.apply(&pa.Location)
	pt.Languages.apply(&pa.Languages)
	pt.Website.apply(&pa.Website)
	pt.Contact.apply(&pa.Contact)
}

// uniqueIDs drops empty and repeated IDs, keeping the first.
func uniqueIDs(ids []ID) []ID {
	if ids == nil {
		return nil
	}
	out := make([]ID, 0, len(ids))
	seen := make(map[ID]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
