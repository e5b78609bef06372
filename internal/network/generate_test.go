package network_test

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// generate makes a city-sized input: institutions spread over Quartiere (some on two
// campuses), partners each at home in one Quartier, and cooperations that are mostly
// local (a partner of the institution's Quartier) and otherwise with partners across
// the city, the popular ones more often. Starts spread over 2023–2026, a tenth of the
// cooperations in a status that does not count.
func generate(institutions, partners, cooperations int, seed uint64) network.Input {
	r := rand.New(rand.NewPCG(seed, 1))
	quartiere := max(1, min(60, institutions, partners))
	var in network.Input
	for i := range institutions {
		q := i % quartiere
		inst := network.Institution{
			ID:           drehscheibe.StableID(drehscheibe.KindInstitution, fmt.Sprint(i)),
			Name:         fmt.Sprintf("Einrichtung %d „Straße & Söhne“", i),
			Type:         drehscheibe.InstitutionTypes[i%len(drehscheibe.InstitutionTypes)],
			QuartierID:   drehscheibe.StableID(drehscheibe.KindQuartier, fmt.Sprint(q)),
			QuartierName: fmt.Sprintf("Quartier %d", q),
		}
		if q < 2 && i%7 == 0 {
			inst.CampusID = drehscheibe.StableID(drehscheibe.KindKindercampus, fmt.Sprint(q))
			inst.CampusName = fmt.Sprintf("Kindercampus %d", q)
		}
		in.Institutions = append(in.Institutions, inst)
	}
	for j := range partners {
		in.Partners = append(in.Partners, network.Partner{
			ID:   drehscheibe.StableID(drehscheibe.KindPartner, fmt.Sprint(j)),
			Name: fmt.Sprintf("Partner %d e. V.", j),
			Kind: drehscheibe.PartnerKinds[j%len(drehscheibe.PartnerKinds)],
		})
	}
	zipf := rand.NewZipf(r, 1.2, 10, uint64(partners-1))
	statuses := []network.Status{network.StatusAccepted, network.StatusAgreed, network.StatusAgreed, network.StatusDone}
	for range cooperations {
		i := r.IntN(institutions)
		var j int
		if r.IntN(10) < 7 {
			// partner j is at home in Quartier j % quartiere
			j = (r.IntN(partners/quartiere))*quartiere + i%quartiere
		} else {
			j = int(zipf.Uint64())
		}
		status := statuses[r.IntN(len(statuses))]
		if r.IntN(10) == 0 {
			status = "CANCELLED"
		}
		start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(4*365))
		in.Cooperations = append(in.Cooperations, network.Cooperation{
			InstitutionID: in.Institutions[i].ID,
			PartnerID:     in.Partners[j].ID,
			ModulID:       drehscheibe.StableID(drehscheibe.KindModul, fmt.Sprint(j, "/", r.IntN(5))),
			Theme:         drehscheibe.Themes[r.IntN(len(drehscheibe.Themes))],
			Start:         drehscheibe.DateOf(start),
			Status:        status,
		})
	}
	return in
}
