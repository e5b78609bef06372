package demo

import (
	"fmt"
	"math/rand/v2"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Generate returns n further published Module and the partners offering them (one per
// four Module, as in the demo data), built from the demo catalogue: each Modul takes a
// published demo Modul as its template for theme, ages, target types, formats,
// delivery, schedule and cost, varied a little; each partner takes a demo partner's
// profile at a random place in Dortmund with a service area like the demo partners'.
// Titles and descriptions are distinct strings, so memory measurements are honest.
// The same seed gives the same catalogue. The result references the demo Quartiere, so
// load it after Entities.
func Generate(n int, seed uint64) []drehscheibe.Entity {
	rng := rand.New(rand.NewPCG(seed, 0x6472656873636865))
	c := Split(Entities())
	quartiere, partners := c.Quartiere, c.Partner
	var templates []*drehscheibe.Modul
	for _, m := range c.Module {
		if m.Status == drehscheibe.ModulPublished {
			templates = append(templates, m)
		}
	}
	var out []drehscheibe.Entity
	gen := make([]*drehscheibe.Partner, max(1, n/4))
	for i := range gen {
		gen[i] = generatePartner(rng, i, partners[rng.IntN(len(partners))], quartiere)
		out = append(out, gen[i])
	}
	for i := range n {
		out = append(out, generateModul(rng, i, templates[rng.IntN(len(templates))], gen[rng.IntN(len(gen))]))
	}
	return out
}

// Dortmund's built-up area, for generated locations.
const (
	minLat, maxLat = 51.43, 51.58
	minLon, maxLon = 7.33, 7.60
)

func generatePartner(rng *rand.Rand, i int, tpl *drehscheibe.Partner, quartiere []*drehscheibe.Quartier) *drehscheibe.Partner {
	p := *tpl
	p.Meta = drehscheibe.Meta{CreatedAt: epoch, UpdatedAt: epoch}
	p.Name = fmt.Sprintf("%s – Standort %d", tpl.Name, i+1)
	p.ID = drehscheibe.StableID(drehscheibe.KindPartner, "generated/"+p.Name)
	p.Location = &drehscheibe.GeoPoint{Lat: minLat + rng.Float64()*(maxLat-minLat), Lon: minLon + rng.Float64()*(maxLon-minLon)}
	p.Description = fmt.Sprintf("%s (Standort %d)", tpl.Description, i+1)
	p.Contact = drehscheibe.Contact{Name: fmt.Sprintf("Ansprechperson %d", i+1), Email: fmt.Sprintf("kontakt%d@partner.example", i+1)}
	switch r := rng.Float64(); {
	case r < 0.1:
		p.ServiceArea = drehscheibe.ServiceArea{Citywide: true}
	case r < 0.6:
		ids := make([]drehscheibe.ID, 1+rng.IntN(3))
		for j := range ids {
			ids[j] = quartiere[rng.IntN(len(quartiere))].ID
		}
		p.ServiceArea = drehscheibe.ServiceArea{QuartierIDs: ids}
	default:
		p.ServiceArea = drehscheibe.ServiceArea{RadiusKm: float64(2 + rng.IntN(7))}
	}
	p.ServiceArea.QuartierIDs = dedupe(p.ServiceArea.QuartierIDs)
	return &p
}

func generateModul(rng *rand.Rand, i int, tpl *drehscheibe.Modul, p *drehscheibe.Partner) *drehscheibe.Modul {
	m := *tpl
	m.Meta = drehscheibe.Meta{CreatedAt: epoch, UpdatedAt: epoch}
	m.PartnerID = p.ID
	m.Title = fmt.Sprintf("%s (%d)", tpl.Title, i+1)
	m.ID = drehscheibe.StableID(drehscheibe.KindModul, "generated/"+m.Title)
	m.Description = fmt.Sprintf("%s Angebot Nr. %d von %s.", tpl.Description, i+1, p.Name)
	shift := rng.IntN(3) - 1
	m.AgeRange = drehscheibe.AgeRange{Min: clamp(tpl.AgeRange.Min + shift), Max: clamp(tpl.AgeRange.Max + shift)}
	m.Capacity = 1 + rng.IntN(2*max(1, tpl.Capacity))
	m.Booked = rng.IntN(m.Capacity + 1)
	if rng.Float64() < 0.3 && len(tpl.Schedule.Slots) > 0 {
		// another weekday, same time of day
		slots := make([]drehscheibe.Slot, len(tpl.Schedule.Slots))
		for j, s := range tpl.Schedule.Slots {
			slots[j] = drehscheibe.Slot{Weekday: drehscheibe.Weekdays[rng.IntN(5)], TimeSlot: s.TimeSlot}
		}
		m.Schedule.Slots = dedupeSlots(slots)
	}
	now := epoch
	m.PublishedAt = &now
	return &m
}

func clamp(age int) int { return max(drehscheibe.MinAge, min(drehscheibe.MaxAge, age)) }

func dedupe(ids []drehscheibe.ID) []drehscheibe.ID {
	seen := map[drehscheibe.ID]bool{}
	var out []drehscheibe.ID
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func dedupeSlots(slots []drehscheibe.Slot) []drehscheibe.Slot {
	seen := map[drehscheibe.Slot]bool{}
	var out []drehscheibe.Slot
	for _, s := range slots {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
