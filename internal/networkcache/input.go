package networkcache

import (
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// Input reads what network.Build needs for filter f from the snapshot: the
// institutions of the scope (of the campus, or of the Quartier, or all), their
// Anfragen as cooperations, and the partners these name. It reads only the scope's
// part of the catalogue.
//
// A cooperation's Themenfeld is its Modul's main theme; its start is the first day of
// the Anfrage's period, or — for a booking recorded without one (coverBedarf of a
// Modul without a period) — the day it was recorded, in Dortmund.
func Input(s *catalog.Snapshot, f network.Filter) network.Input {
	var in network.Input
	names := map[drehscheibe.ID]string{}
	nameOf := func(id drehscheibe.ID) string {
		if id == "" {
			return ""
		}
		if n, ok := names[id]; ok {
			return n
		}
		n := ""
		if e, ok := s.Get(id); ok {
			switch e := e.(type) {
			case *drehscheibe.Quartier:
				n = e.Name
			case *drehscheibe.Kindercampus:
				n = e.Name
			}
		}
		names[id] = n
		return n
	}
	partners := map[drehscheibe.ID]bool{}
	for _, inst := range institutionsOf(s, f) {
		campus := s.CampusOf(inst.ID)
		in.Institutions = append(in.Institutions, network.Institution{
			ID: inst.ID, Name: inst.Name, Type: inst.Type,
			QuartierID: inst.QuartierID, QuartierName: nameOf(inst.QuartierID),
			CampusID: campus, CampusName: nameOf(campus),
		})
		for _, a := range s.AnfragenOf(inst.ID) {
			status := network.Status(a.Status)
			if !status.Counts() {
				continue
			}
			c := network.Cooperation{InstitutionID: a.InstitutionID, PartnerID: a.PartnerID, ModulID: a.ModulID,
				Start: startOf(a), Status: status}
			if m, ok := s.Modul(a.ModulID); ok {
				c.Theme = m.Theme
			}
			in.Cooperations = append(in.Cooperations, c)
			if !partners[a.PartnerID] {
				partners[a.PartnerID] = true
				if p, ok := s.Partner(a.PartnerID); ok {
					in.Partners = append(in.Partners, network.Partner{ID: p.ID, Name: p.Name, Kind: p.Kind})
				}
			}
		}
	}
	return in
}

// institutionsOf returns the institutions of the filter's campus or Quartier, or all.
// network.Build applies the filter again; this only keeps the reading small.
func institutionsOf(s *catalog.Snapshot, f network.Filter) []*drehscheibe.Institution {
	if f.CampusID != "" {
		k, ok := s.Kindercampus(f.CampusID)
		if !ok {
			return nil
		}
		return s.CampusInstitutions(k)
	}
	return s.Institutionen(catalog.InstitutionFilter{QuartierID: f.QuartierID}, catalog.Order{}).All()
}

// startOf is the day a cooperation starts.
func startOf(a *drehscheibe.Anfrage) drehscheibe.Date {
	if !a.Period.From.IsZero() {
		return a.Period.From
	}
	return drehscheibe.DateOf(a.CreatedAt.In(drehscheibe.Dortmund))
}
