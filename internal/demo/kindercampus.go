package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// campusRow is one Kindercampus site of Drucksache 24046-22; the anchor school is the
// first institution. The Campus-Manager*innen are invented.
type campusRow struct {
	name, quartier string
	institutions   []string
	manager, phone string
	desc           string
}

func campusTable() []campusRow {
	return []campusRow{
		{name: "Kindercampus Hörde-Clarenberg", quartier: "535",
			institutions: of(stiftGrundschule, awoBruchheck, fabidoClarenberg, jfsClarenberg),
			manager:      "Anna Berger", phone: "0231 5024410",
			desc: "Modellstandort im Aktionsraum Soziale Stadt Hörde: Die Stift-Grundschule mit Offenem Ganztag und Familiengrundschulzentrum, " +
				"die Kitas und Familienzentren Am Bruchheck (AWO) und Clarenberg (FABIDO) und die Jugendfreizeitstätte am Clarenberg arbeiten als ein Campus zusammen. " +
				"Die Campus-Managerin ermittelt Bedarfe, entwickelt passende Angebote mit Partnern aus dem Stadtteil und vernetzt die Einrichtungen, " +
				"damit Bildung von der Kita bis in die Jugend aus einer Hand gelingt."},
		{name: "Kindercampus Westerfilde-Bodelschwingh", quartier: "910",
			institutions: of(westhausen, fabidoSpecke15, fabidoSpecke17, jfsWesterfilde),
			manager:      "Mehmet Öztürk", phone: "0231 5024420",
			desc: "Modellstandort im Aktionsraum Soziale Stadt Bodelschwingh/Westerfilde im Stadtbezirk Mengede: Die Westhausen-Grundschule mit Offenem Ganztag, " +
				"die FABIDO-Kitas und Familienzentren an der Speckestraße 15 und 17 und die Jugendfreizeitstätte Westerfilde bilden den Campus. " +
				"Der Campus-Manager koordiniert das gemeinsame Konzept, begleitet die externe Evaluation und schafft Anlaufstellen für Kinder und Eltern im Quartier."},
	}
}

// campusBudget is the yearly budget per site and category (Drucksache 24046-22),
// in euro cents, for 2023 to 2027 (2027 carried forward as an assumption, so that
// requests beginning next year have a budget).
func campusBudget() []drehscheibe.BudgetLine {
	perYear := []struct {
		category drehscheibe.BudgetCategory
		euro     int64
	}{
		{drehscheibe.BudgetProzessbegleitung, 15_000},
		{drehscheibe.BudgetProjekte, 10_000},
		{drehscheibe.BudgetFortbildungen, 3_000},
		{drehscheibe.BudgetMaterialien, 1_000},
		{drehscheibe.BudgetVeranstaltungen, 1_200},
	}
	var out []drehscheibe.BudgetLine
	for year := 2023; year <= 2027; year++ {
		for _, l := range perYear {
			out = append(out, drehscheibe.BudgetLine{Year: year, Category: l.category, AmountCent: l.euro * 100})
		}
	}
	return out
}

func kindercampus() []*drehscheibe.Kindercampus {
	rows := campusTable()
	out := make([]*drehscheibe.Kindercampus, len(rows))
	for i, r := range rows {
		k := &drehscheibe.Kindercampus{
			Name:           r.name,
			Description:    r.desc,
			QuartierID:     quartierID(r.quartier),
			AnchorSchoolID: institutionID(r.institutions[0]),
			Manager:        drehscheibe.Contact{Name: r.manager, Email: email(r.manager, "drehscheibe.example"), Phone: r.phone},
			Budget:         campusBudget(),
		}
		for _, name := range r.institutions {
			k.InstitutionIDs = append(k.InstitutionIDs, institutionID(name))
		}
		k.ID = kindercampusID(r.name)
		out[i] = k
	}
	return out
}
