package hsds

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Modul → service. Only published Module are services (status "active"); what is
// personal data (the partner's contact person) is never part of one.

// Quartiere finds a Quartier by ID (for the names of a partner's service area).
type Quartiere func(drehscheibe.ID) (*drehscheibe.Quartier, bool)

// serviceItem maps a Modul and its partner to a list entry; withOrg adds the
// organization (left out inside an organization, where it would repeat it).
func serviceItem(m *drehscheibe.Modul, p *drehscheibe.Partner, withOrg bool) ServiceItem {
	id, _ := entityUUID(m.ID)
	org, _ := entityUUID(m.PartnerID)
	s := ServiceItem{
		ID:                     id.String(),
		OrganizationID:         org.String(),
		Name:                   m.Title,
		Description:            m.Description,
		Status:                 "active",
		FeesDescription:        fees(m),
		EligibilityDescription: eligibility(m),
		MinimumAge:             m.AgeRange.Min,
		MaximumAge:             m.AgeRange.Max,
		LastModified:           timestamp(m.UpdatedAt),
	}
	if m.PublishedAt != nil {
		s.AssuredDate = drehscheibe.DateOf(m.PublishedAt.In(drehscheibe.Dortmund)).String()
	}
	if withOrg && p != nil {
		o := organizationItem(p)
		s.Organization = &o
	}
	return s
}

// service maps a Modul to a fully nested service. areaName names the city for a partner
// that works city-wide.
func service(m *drehscheibe.Modul, p *drehscheibe.Partner, quartiere Quartiere, areaName string) Service {
	s := Service{
		ServiceItem:        serviceItem(m, p, true),
		Schedules:          schedules(m),
		ServiceAreas:       []ServiceArea{},
		ServiceAtLocations: []ServiceAtLocation{},
		Languages:          languages(m.Languages, nameUUIDFor(m.ID)),
		CostOptions:        []CostOption{costOption(m)},
		Attributes:         themeAttributes(nameUUIDFor(m.ID), "service", m.Themes(), true),
		Phones:             []struct{}{},
		Contacts:           []struct{}{},
	}
	for i := range s.Languages {
		s.Languages[i].ServiceID = s.ID
	}
	if p == nil {
		return s
	}
	if has(m.DeliveryModes, drehscheibe.AtInstitution) {
		s.ServiceAreas = serviceAreas(s.ID, p, quartiere, areaName)
	}
	if l, ok := partnerLocation(p); ok && has(m.DeliveryModes, drehscheibe.AtPartner) {
		s.ServiceAtLocations = append(s.ServiceAtLocations, atLocation(s.ID, l, "beim Partner"))
	}
	if has(m.DeliveryModes, drehscheibe.Online) {
		s.ServiceAtLocations = append(s.ServiceAtLocations, atLocation(s.ID, onlineLocation(p), "online"))
	}
	return s
}

// nameUUIDFor is the UUID of a Modul or Partner as a string ("" for a malformed ID).
func nameUUIDFor(id drehscheibe.ID) string {
	u, ok := entityUUID(id)
	if !ok {
		return ""
	}
	return u.String()
}

func has[T comparable](vs []T, v T) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// timestamp is an instant in UTC with milliseconds, as HSDS asks for last_modified.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z07:00") }

var german = message.NewPrinter(language.German)

// euro formats cents in German: "1.234,50 €".
func euro(cent int64) string { return german.Sprintf("%.2f €", float64(cent)/100) }

// fees describes the price: "kostenlos", or "45,00 € pro Termin", and whether it can be
// paid from a Förderprogramm.
func fees(m *drehscheibe.Modul) string {
	s := "kostenlos"
	if !m.Free() {
		s = euro(m.CostCent) + " " + m.CostUnit.Label()
	}
	if m.Fundable {
		s += "; förderfähig"
		if m.FundingNote != "" {
			s += " (" + m.FundingNote + ")"
		}
	}
	return s
}

// eligibility describes who the Modul is for: ages, kinds of institution, group size,
// parents, inclusion.
func eligibility(m *drehscheibe.Modul) string {
	parts := []string{fmt.Sprintf("Für %d bis %d Jahre", m.AgeRange.Min, m.AgeRange.Max)}
	types := make([]string, len(m.TargetTypes))
	for i, t := range m.TargetTypes {
		types[i] = t.Label()
	}
	if len(types) > 0 {
		parts = append(parts, "für "+strings.Join(types, ", "))
	}
	if g := m.GroupSize; g.Max > 0 {
		parts = append(parts, fmt.Sprintf("Gruppen von %d bis %d Personen", g.Min, g.Max))
	}
	if m.InvolvesParents {
		parts = append(parts, "mit Eltern")
	}
	s := strings.Join(parts, "; ") + "."
	if m.Inclusion != "" {
		s += " Inklusion und Barrierefreiheit: " + m.Inclusion
	}
	return s
}

// costOption is the Modul's price per unit, valid in its period.
func costOption(m *drehscheibe.Modul) CostOption {
	sid := nameUUIDFor(m.ID)
	c := CostOption{
		ID:                nameUUID(sid, "cost"),
		ServiceID:         sid,
		Option:            m.CostUnit.Label(),
		Currency:          "EUR",
		Amount:            float64(m.CostCent) / 100,
		AmountDescription: fees(m),
	}
	c.ValidFrom, c.ValidTo = period(m.Schedule.Period)
	return c
}

// period returns the bounds of a period as YYYY-MM-DD ("" for an open one).
func period(p drehscheibe.Period) (from, to string) {
	if !p.From.IsZero() {
		from = p.From.String()
	}
	if !p.To.IsZero() {
		to = p.To.String()
	}
	return from, to
}

// languages maps language tags to HSDS languages of the entity with UUID owner: the
// German name, the ISO 639 code and, where the tag says more (a script or region),
// the tag as a note. The caller links them to the service or location.
func languages(tags []string, owner string) []Language {
	out := make([]Language, 0, len(tags))
	for _, tag := range tags {
		l := Language{ID: nameUUID(owner, "language", tag), Name: drehscheibe.LanguageName(tag), Code: tag}
		if t, err := language.Parse(tag); err == nil {
			if base, _ := t.Base(); base.String() != tag {
				l.Code, l.Note = base.String(), tag
			}
		}
		out = append(out, l)
	}
	return out
}

// serviceAreas is where a partner brings its offers into institutions: the city, named
// Quartiere, a radius around its place.
func serviceAreas(sid string, p *drehscheibe.Partner, quartiere Quartiere, areaName string) []ServiceArea {
	sa := p.ServiceArea
	var out []ServiceArea
	if sa.Citywide {
		out = append(out, ServiceArea{ID: nameUUID(sid, "area", "citywide"), ServiceID: sid, Name: areaName,
			Description: "in Einrichtungen im ganzen Stadtgebiet"})
	}
	for _, id := range sa.QuartierIDs {
		q, ok := quartiere(id)
		if !ok {
			continue
		}
		out = append(out, ServiceArea{ID: nameUUID(sid, "area", string(id)), ServiceID: sid, Name: q.Name,
			Description: fmt.Sprintf("in Einrichtungen im Quartier %s (Unterbezirk %s, Stadtbezirk %s)", q.Name, q.Number, q.Stadtbezirk)})
	}
	if sa.RadiusKm > 0 {
		out = append(out, ServiceArea{ID: nameUUID(sid, "area", "radius"), ServiceID: sid,
			Name:        german.Sprintf("Umkreis von %.1f km", sa.RadiusKm),
			Description: german.Sprintf("in Einrichtungen bis %.1f km um den Sitz von %s", sa.RadiusKm, p.Name)})
	}
	if out == nil {
		return []ServiceArea{}
	}
	return out
}

// atLocation links service sid to location l.
func atLocation(sid string, l Location, how string) ServiceAtLocation {
	return ServiceAtLocation{ID: nameUUID(sid, "at", l.ID), ServiceID: sid, LocationID: l.ID, Description: how, Location: l}
}
