package hsds

import (
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Partner → organization, with its place as a location. The contact person is
// personal data and never part of it.

// organizationItem maps a partner to its one-to-one fields. HSDS requires a
// description; a partner without one is described by its kind ("Sportverein").
func organizationItem(p *drehscheibe.Partner) OrganizationItem {
	o := OrganizationItem{ID: nameUUIDFor(p.ID), Name: p.Name, Description: p.Description, Website: p.Website}
	if o.Description == "" {
		o.Description = p.Kind.Label()
	}
	return o
}

// organization maps a partner to a fully nested organization with services, the list
// entries of its published Module.
func organization(p *drehscheibe.Partner, services []ServiceItem) Organization {
	o := Organization{
		OrganizationItem: organizationItem(p),
		Locations:        []Location{},
		Attributes:       themeAttributes(nameUUIDFor(p.ID), "organization", p.Themes, false),
		Services:         services,
		Phones:           []struct{}{},
		Contacts:         []struct{}{},
	}
	if l, ok := partnerLocation(p); ok {
		o.Locations = append(o.Locations, l)
	}
	if o.Services == nil {
		o.Services = []ServiceItem{}
	}
	return o
}

// partnerLocation is where the partner sits, if its address or coordinates are known:
// offers held "beim Partner" take place there.
func partnerLocation(p *drehscheibe.Partner) (Location, bool) {
	oid := nameUUIDFor(p.ID)
	lid := nameUUID(oid, "location")
	l := Location{ID: lid, LocationType: "physical", OrganizationID: oid, Name: p.Name,
		Addresses: []Address{}, Languages: languages(p.Languages, lid)}
	a := p.Address
	if a.Street != "" && a.City != "" && a.PostalCode != "" {
		l.Addresses = append(l.Addresses, Address{
			ID: nameUUID(oid, "address"), LocationID: l.ID,
			Address1: strings.TrimSpace(a.Street + " " + a.HouseNumber), City: a.City,
			PostalCode: a.PostalCode, Country: a.CountryCode(), AddressType: "physical",
		})
	}
	if pt := p.Location; pt != nil {
		lat, lon := pt.Lat, pt.Lon
		l.Latitude, l.Longitude = &lat, &lon
	}
	if len(l.Addresses) == 0 && l.Latitude == nil {
		return Location{}, false
	}
	for i := range l.Languages {
		l.Languages[i].LocationID = lid
	}
	return l, true
}

// onlineLocation is the partner's virtual place, for offers held online.
func onlineLocation(p *drehscheibe.Partner) Location {
	oid := nameUUIDFor(p.ID)
	return Location{ID: nameUUID(oid, "online"), LocationType: "virtual", OrganizationID: oid,
		Name: "online", Description: "Online-Angebot von " + p.Name, Addresses: []Address{}, Languages: []Language{}}
}
