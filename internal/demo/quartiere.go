package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// quartierRow is one Unterbezirk. Sources:
//   - indicators (child poverty = children under 15 on SGB II, shares of the
//     population aged 0–6 and 6–18, rounded to one decimal) and the outline, from which
//     the centroid was computed once: Stadt Dortmund, Open Data, Unterbezirke 2024
//     (do_data2024.geojson);
//   - Stadtbezirk, statistical district and Aktionsraum Soziale Stadt from the point
//     files of the same portal (Kitas, Schulen, Jugendfreizeitstätten);
//   - sozialindex: mean Sozialindex of the Grundschulen in the Unterbezirk, MSB NRW
//     Schulliste 2024/25 (0 = no Grundschule there).
type quartierRow struct {
	number, name, stadtbezirk, statBezirk, aktionsraum string
	childPoverty, share0to6, share6to18                float64
	sozialindex                                        float64
	lat, lon                                           float64
}

// quartierTable: the two Kindercampus Quartiere and their neighbours, the Nordstadt
// with the highest child poverty of the city, Scharnhorst-Ost, and three southern
// Quartiere with low child poverty for contrast.
func quartierTable() []quartierRow {
	return []quartierRow{
		{"535", "Clarenberg", "Hörde", "Hörde", "Hörde", 40.9, 6.8, 16.9, 8, 51.48376, 7.50876},
		{"532", "Hörde", "Hörde", "Hörde", "Hörde", 17.2, 6.2, 11.9, 0, 51.48900, 7.51060},
		{"910", "Bodelschwingh", "Mengede", "Bodelschwingh", "Bodelschwingh/Westerfilde", 21.0, 5.2, 10.8, 6, 51.55191, 7.36669},
		{"960", "Westerfilde", "Mengede", "Westerfilde", "Bodelschwingh/Westerfilde", 46.3, 8.0, 15.1, 0, 51.54080, 7.37151},
		{"054", "Nordmarkt-Ost", "Innenstadt-Nord", "Nordmarkt", "Nordmarkt", 63.8, 9.4, 17.1, 0, 51.53254, 7.47248},
		{"051", "Nordmarkt-Süd", "Innenstadt-Nord", "Nordmarkt", "Nordmarkt", 58.7, 8.3, 18.5, 9, 51.52184, 7.46390},
		{"061", "Borsigplatz", "Innenstadt-Nord", "Borsigplatz", "Borsigplatz", 59.5, 8.2, 16.3, 9, 51.52275, 7.48008},
		{"041", "Hafen", "Innenstadt-Nord", "Hafen", "Hafen", 49.6, 6.8, 12.2, 0, 51.53190, 7.44244},
		{"270", "Scharnhorst-Ost", "Scharnhorst", "Scharnhorst-Ost", "Scharnhorst-Ost", 44.8, 8.4, 18.5, 8, 51.55215, 7.55251},
		{"651", "Hombruch", "Hombruch", "Hombruch", "", 21.7, 4.3, 8.2, 4.5, 51.47699, 7.44051},
		{"675", "Kirchhörde-West", "Hombruch", "Kirchhörde-Löttringhausen", "", 2.9, 5.3, 9.0, 2, 51.45186, 7.45315},
		{"541", "Höchsten", "Hörde", "Holzen", "", 7.3, 4.6, 9.6, 1, 51.45897, 7.51212},
	}
}

func quartiere() []*drehscheibe.Quartier {
	rows := quartierTable()
	out := make([]*drehscheibe.Quartier, len(rows))
	for i, r := range rows {
		q := &drehscheibe.Quartier{
			Name:                r.name,
			Number:              r.number,
			Stadtbezirk:         r.stadtbezirk,
			StatistischerBezirk: r.statBezirk,
			Aktionsraum:         r.aktionsraum,
			SozialeStadt:        r.aktionsraum != "",
			Indicators: drehscheibe.Indicators{
				ChildPovertyPct: f64(r.childPoverty),
				Share0to6Pct:    f64(r.share0to6),
				Share6to18Pct:   f64(r.share6to18),
			},
			Centroid: point(r.lat, r.lon),
		}
		if r.sozialindex != 0 {
			q.Indicators.SchoolSozialindex = f64(r.sozialindex)
		}
		q.ID = quartierID(r.number)
		out[i] = q
	}
	return out
}
