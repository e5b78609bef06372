package export

import (
	"net/http"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// partnerHeader names the columns of partner.csv.
var partnerHeader = []string{
	"ID", "Name", "Art", "Beschreibung", "Themenfelder", "Straße", "Hausnummer", "PLZ", "Ort", "Land",
	"Breitengrad", "Längengrad", "Website", "Sprachen", "Einsatzgebiet", "veröffentlichte Module", "geändert am",
}

// Partner serves partner.csv: every partner by name, one row each, without the
// contact person (personal data). areaName names the city for partners working
// city-wide.
func Partner(snapshot func() *catalog.Snapshot, refuse Refuse, areaName string) http.HandlerFunc {
	return file("partner.csv", snapshot, refuse, partnerHeader, func(v *catalog.View, emit func([]string) error) error {
		return each(v.Partners(catalog.PartnerFilter{}, catalog.Order{By: catalog.ByName}), func(p *drehscheibe.Partner) error {
			published := v.Module(catalog.ModulFilter{PartnerID: p.ID}, catalog.Order{}).Count()
			return emit(partnerRow(p, serviceArea(p.ServiceArea, v.Quartier, areaName), published))
		})
	})
}

// partnerRow is the row of a partner working in area with published Module.
func partnerRow(p *drehscheibe.Partner, area string, published int) []string {
	lat, lon := "", ""
	if p.Location != nil {
		lat, lon = decimal(p.Location.Lat, 6), decimal(p.Location.Lon, 6)
	}
	a := p.Address
	return []string{
		string(p.ID), p.Name, p.Kind.Label(), p.Description, labels(p.Themes), a.Street, a.HouseNumber, a.PostalCode,
		a.City, a.CountryCode(), lat, lon, p.Website, languageNames(p.Languages), area, count(published), localTime(p.UpdatedAt),
	}
}

// serviceArea says where a partner brings its offers: "ganz Dortmund; Quartiere
// Clarenberg, Hörde; Umkreis von 3 km".
func serviceArea(sa drehscheibe.ServiceArea, quartier func(drehscheibe.ID) (*drehscheibe.Quartier, bool), areaName string) string {
	var parts []string
	if sa.Citywide {
		parts = append(parts, "ganz "+areaName)
	}
	var names []string
	for _, id := range sa.QuartierIDs {
		if q, ok := quartier(id); ok {
			names = append(names, q.Name)
		}
	}
	if len(names) > 0 {
		parts = append(parts, "Quartiere "+strings.Join(names, ", "))
	}
	if sa.RadiusKm > 0 {
		parts = append(parts, "Umkreis von "+decimal(sa.RadiusKm, 1)+" km")
	}
	return strings.Join(parts, "; ")
}
