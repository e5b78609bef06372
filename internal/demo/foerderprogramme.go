package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// foerderprogramme are three example programmes, modelled on real kinds of funding in
// Dortmund but with invented names, rules and budgets: the Land's money for
// cooperations in the Offene Ganztag, a municipal fund for the Aktionsräume Soziale
// Stadt and a foundation's fund for cultural education. They show how eligibility,
// shares and one application work; they are not the real programmes' terms.
func foerderprogramme() []*drehscheibe.Foerderprogramm {
	years := func(euro int64) []drehscheibe.ProgrammeYear {
		return []drehscheibe.ProgrammeYear{{Year: 2026, BudgetCent: euro * 100}, {Year: 2027, BudgetCent: euro * 100}}
	}
	out := []*drehscheibe.Foerderprogramm{
		{
			Name:     "Kooperationsmittel Offener Ganztag (Beispiel)",
			Provider: drehscheibe.ProviderLand,
			Description: "Beispielprogramm nach dem Muster der Landesmittel für den Offenen Ganztag: Grundschulen mit OGS können außerschulische " +
				"Partner für Bildungsangebote am Nachmittag einbinden. Gefördert werden bis zu 80 % der Kosten, höchstens 2.500 € je Kooperation; " +
				"den Rest trägt der Träger der OGS oder der Kindercampus.",
			Link:  "https://www.schulministerium.nrw/ganztag",
			Years: years(40_000),
			Eligibility: drehscheibe.Eligibility{InstitutionTypes: []drehscheibe.InstitutionType{drehscheibe.InstitutionGrundschule},
				MaxPerAnfrageCent: 2_500_00, MaxSharePct: 80, CoFundingRequired: true},
			RequiredFields: []drehscheibe.ApplicationField{drehscheibe.FieldKonzept, drehscheibe.FieldZiele, drehscheibe.FieldKooperation,
				drehscheibe.FieldEigenanteil},
			RequiredDocuments: []string{"Kooperationsvereinbarung", "Kosten- und Finanzierungsplan"},
		},
		{
			Name:     "Quartiersfonds Aktionsräume Soziale Stadt (Beispiel)",
			Provider: drehscheibe.ProviderStadt,
			Description: "Beispielfonds der Stadt für die Aktionsräume Soziale Stadt: Angebote für Kinder und Familien in den Aktionsräumen " +
				"werden ganz übernommen, höchstens 1.500 € je Anfrage — ungleiches ungleich behandeln.",
			Years: years(25_000),
			Eligibility: drehscheibe.Eligibility{OnlySozialeStadt: true, MaxPerAnfrageCent: 1_500_00, MaxSharePct: 100,
				Ages: &drehscheibe.AgeRange{Min: 0, Max: 14}},
			RequiredFields: []drehscheibe.ApplicationField{drehscheibe.FieldKonzept, drehscheibe.FieldZielgruppe, drehscheibe.FieldNachhaltigkeit,
				drehscheibe.FieldBankverbindung},
			RequiredDocuments: []string{"Kosten- und Finanzierungsplan", "Nachweis der Gemeinnützigkeit des Trägers"},
		},
		{
			Name:     "Stiftungsfonds Kulturelle Bildung (Beispiel)",
			Provider: drehscheibe.ProviderStiftung,
			Description: "Beispiel einer Stiftung, die Musik-, Theater- und Kunstangebote für Kinder von 3 bis 12 Jahren in Quartieren mit " +
				"hoher Priorität zur Hälfte fördert.",
			Years: years(10_000),
			Eligibility: drehscheibe.Eligibility{Themes: []drehscheibe.Theme{drehscheibe.ThemeMusikKultur}, MinPriority: 0.5,
				Ages: &drehscheibe.AgeRange{Min: 3, Max: 12}, MaxSharePct: 50, CoFundingRequired: true},
			RequiredFields:    []drehscheibe.ApplicationField{drehscheibe.FieldKonzept, drehscheibe.FieldZiele, drehscheibe.FieldAnsprechperson},
			RequiredDocuments: []string{"Kosten- und Finanzierungsplan"},
		},
	}
	for _, f := range out {
		f.ID = drehscheibe.StableID(drehscheibe.KindFoerderprogramm, "foerderprogramm/"+f.Name)
	}
	return out
}
