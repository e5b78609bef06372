package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// The institutions of the two Kindercampus sites (Drucksache 24046-22).
const (
	stiftGrundschule = "Stift-Grundschule"
	awoBruchheck     = "AWO Kindertageseinrichtung und Familienzentrum Am Bruchheck"
	fabidoClarenberg = "FABIDO Kindertageseinrichtung und Familienzentrum Clarenberg"
	jfsClarenberg    = "Jugendfreizeitstätte am Clarenberg"

	westhausen     = "Westhausen-Grundschule"
	fabidoSpecke15 = "FABIDO Kindertageseinrichtung und Familienzentrum Speckestraße 15"
	fabidoSpecke17 = "FABIDO Kindertageseinrichtung und Familienzentrum Speckestraße 17"
	jfsWesterfilde = "Jugendfreizeitstätte Westerfilde"
)

// institutionRow is one institution. Addresses, coordinates and Unterbezirk come from
// the point files of Stadt Dortmund, Open Data (Kitas, Schulen, Jugendfreizeitstätten);
// pupil numbers of the Grundschulen from the MSB NRW Schulliste 2024/25. The
// Familienbüro, the Familienzentrum am Borsigplatz and the Beratungsstelle Nordstadt
// are invented; the other counts are estimates. The Jugendfreizeitstätte am Clarenberg
// is "JFS Hörde", the Jugendfreizeitstätte Westerfilde "JFS Westerfilde KESS" in the
// open data; both campus sites lie in the Unterbezirke their point files name.
type institutionRow struct {
	name     string
	typ      drehscheibe.InstitutionType
	traeger  string
	quartier string
	street   string
	number   string
	postal   string
	lat, lon float64
	ages     drehscheibe.AgeRange
	children int
	langs    string
	// ogs marks an OGS Grundschule, famz a Kita that is a Familienzentrum.
	ogs, famz bool
}

func institutionTable() []institutionRow {
	return []institutionRow{
		// Kindercampus Hörde-Clarenberg
		{name: stiftGrundschule, typ: gs, traeger: "DOBEQ", quartier: "535", street: "Am Bruchheck", number: "47", postal: "44263",
			lat: 51.480643, lon: 7.501794, ages: age(6, 10), children: 235, langs: "de tr ar ru pl ro bg", ogs: true},
		{name: awoBruchheck, typ: kita, traeger: "AWO", quartier: "535", street: "Am Bruchheck", number: "71", postal: "44263",
			lat: 51.480069, lon: 7.501503, ages: age(1, 6), children: 85, langs: "de tr ar ru ro", famz: true},
		{name: fabidoClarenberg, typ: kita, traeger: "FABIDO", quartier: "535", street: "Clarenberg", number: "35-37", postal: "44263",
			lat: 51.481598, lon: 7.504628, ages: age(0, 6), children: 95, langs: "de tr ar bg ro ru", famz: true},
		{name: jfsClarenberg, typ: jfs, traeger: "Stadt Dortmund, Jugendamt", quartier: "535", street: "Clarenberg", number: "35-37", postal: "44263",
			lat: 51.481598, lon: 7.504628, ages: age(6, 21), children: 120, langs: "de tr ar ru bg"},
		// Kindercampus Westerfilde-Bodelschwingh (in Unterbezirk 910 Bodelschwingh)
		{name: westhausen, typ: gs, traeger: "EKK", quartier: "910", street: "Wenemarstraße", number: "11-13", postal: "44357",
			lat: 51.547891, lon: 7.374359, ages: age(6, 10), children: 300, langs: "de tr ru pl ar ro bg sq", ogs: true},
		{name: fabidoSpecke15, typ: kita, traeger: "FABIDO", quartier: "910", street: "Speckestraße", number: "15", postal: "44357",
			lat: 51.547028, lon: 7.376670, ages: age(1, 6), children: 70, langs: "de tr ru ar ro", famz: true},
		{name: fabidoSpecke17, typ: kita, traeger: "FABIDO", quartier: "910", street: "Speckestraße", number: "17", postal: "44357",
			lat: 51.547322, lon: 7.377395, ages: age(0, 6), children: 60, langs: "de tr ar bg pl uk", famz: true},
		{name: jfsWesterfilde, typ: jfs, traeger: "Stadt Dortmund, Jugendamt", quartier: "910", street: "Wenemarstraße", number: "15", postal: "44357",
			lat: 51.548087, lon: 7.378408, ages: age(10, 27), children: 110, langs: "de tr ru ar sq"},
		// further institutions in the demo Quartiere
		{name: "FABIDO Kindertageseinrichtung Biehleweg", typ: kita, traeger: "FABIDO", quartier: "960", street: "Biehleweg", number: "29", postal: "44357",
			lat: 51.540495, lon: 7.371391, ages: age(1, 6), children: 75, langs: "de tr ar ro bg ru"},
		{name: "Familienbüro Hörde", typ: fbuero, traeger: "Stadt Dortmund, Jugendamt", quartier: "532", street: "Hörder Bahnhofstraße", number: "16", postal: "44263",
			lat: 51.489500, lon: 7.497500, ages: age(0, 18), langs: "de tr ar"},
		{name: "FABIDO Kindertageseinrichtung Stollenstraße", typ: kita, traeger: "FABIDO", quartier: "054", street: "Stollenstraße", number: "40", postal: "44145",
			lat: 51.527290, lon: 7.469697, ages: age(0, 6), children: 90, langs: "de tr ar bg ro ku pl"},
		{name: "Beratungsstelle für Kinder, Jugendliche und Eltern Nordstadt", typ: bst, traeger: "Stadt Dortmund, Jugendamt", quartier: "054", street: "Bergmannstraße", number: "40", postal: "44145",
			lat: 51.528000, lon: 7.470500, ages: age(0, 21), langs: "de tr ar bg ro"},
		{name: "Diesterwegschule", typ: gs, traeger: "Stadt Dortmund", quartier: "051", street: "Heroldstraße", number: "29", postal: "44145",
			lat: 51.522623, lon: 7.468981, ages: age(6, 10), children: 360, langs: "de tr ar bg ro ku pl", ogs: true},
		{name: "Dietrich-Keuning-Haus", typ: jfs, traeger: "Stadt Dortmund, Jugendamt", quartier: "051", street: "Leopoldstraße", number: "50-58", postal: "44147",
			lat: 51.521574, lon: 7.460564, ages: age(10, 27), children: 250, langs: "de tr ar bg ro ku"},
		{name: "Oesterholzschule", typ: gs, traeger: "Stadt Dortmund", quartier: "061", street: "Oesterholzstraße", number: "69", postal: "44145",
			lat: 51.524866, lon: 7.483017, ages: age(6, 10), children: 390, langs: "de tr ar bg ro pl", ogs: true},
		{name: "Familienzentrum am Borsigplatz", typ: fz, traeger: "Nordstadt Familien gGmbH", quartier: "061", street: "Borsigplatz", number: "9", postal: "44145",
			lat: 51.523800, lon: 7.481000, ages: age(0, 10), langs: "de tr ar bg ro ku"},
		{name: "Kath. Kindertageseinrichtung St. Gertrudis", typ: kita, traeger: "Kath. Kirchengemeinde", quartier: "041", street: "Rückertstraße", number: "4", postal: "44147",
			lat: 51.530307, lon: 7.456073, ages: age(3, 6), children: 65, langs: "de tr ar pl ro"},
		{name: "Kautskyschule", typ: gs, traeger: "Stadt Dortmund", quartier: "270", street: "Kautskystraße", number: "23-25", postal: "44328",
			lat: 51.555912, lon: 7.541092, ages: age(6, 10), children: 435, langs: "de tr ru ar pl ro", ogs: true},
		{name: "Caritas Kinder-Förderzentrum Scharnhorst", typ: sonst, traeger: "Caritasverband Dortmund", quartier: "270", street: "Severingstraße", number: "27", postal: "44328",
			lat: 51.556581, lon: 7.543592, ages: age(0, 6), children: 40, langs: "de tr ru ar"},
		{name: "Harkortschule", typ: gs, traeger: "Stadt Dortmund", quartier: "651", street: "Behringstraße", number: "59", postal: "44225",
			lat: 51.476848, lon: 7.440744, ages: age(6, 10), children: 360, langs: "de tr pl", ogs: true},
		{name: "Kirchhörderschule", typ: gs, traeger: "Stadt Dortmund", quartier: "675", street: "Kobbendelle", number: "6", postal: "44229",
			lat: 51.451780, lon: 7.455878, ages: age(6, 10), children: 220, langs: "de en", ogs: true},
		{name: "Johanniter-Kindertageseinrichtung Kobbendelle", typ: kita, traeger: "Johanniter-Unfall-Hilfe", quartier: "675", street: "Kobbendelle", number: "2a", postal: "44229",
			lat: 51.451872, lon: 7.456940, ages: age(1, 6), children: 70, langs: "de en"},
		{name: "Youngster's Point", typ: jfs, quartier: "541", street: "Wittbräucker Straße", number: "358", postal: "44267",
			lat: 51.465412, lon: 7.524414, ages: age(10, 21), children: 60, langs: "de ru"},
	}
}

func institutionen() []*drehscheibe.Institution {
	rows := institutionTable()
	out := make([]*drehscheibe.Institution, len(rows))
	for i, r := range rows {
		in := &drehscheibe.Institution{
			Name:            r.name,
			Type:            r.typ,
			Traeger:         r.traeger,
			Address:         drehscheibe.Address{Street: r.street, HouseNumber: r.number, PostalCode: r.postal, City: "Dortmund"},
			Location:        point(r.lat, r.lon),
			QuartierID:      quartierID(r.quartier),
			AgeRange:        r.ages,
			Children:        r.children,
			Languages:       words(r.langs),
			OGS:             r.ogs,
			Familienzentrum: r.famz,
		}
		in.ID = institutionID(r.name)
		out[i] = in
	}
	return out
}
