package evaluation

import (
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Column is one KPI as the CSV file and the printed report show it: a German heading
// and the value of a month or of the range, formatted the German way (decimal comma,
// euros with two decimals, "" where there is nothing to divide by). Both use these
// columns, so they show the same figures.
type Column struct {
	// Key is the field's name in the GraphQL API.
	Key string
	// Label is the German heading; Short the heading of a report table, whose
	// caption says the rest.
	Label, Short string
	// Numeric columns are right-aligned in the report.
	Numeric bool
	Value   func(Figures) string
}

// Columns are the KPIs in the order of the CSV file, after the period.
var Columns = []Column{
	count("bedarfeRecorded", "Bedarfe erfasst", "erfasst", func(f Figures) int { return f.BedarfeRecorded }),
	count("bedarfeCovered", "Bedarfe gedeckt", "gedeckt", func(f Figures) int { return f.BedarfeCovered }),
	number("medianDaysToCover", "Median Tage bis zur Deckung", "Median Tage bis Deckung", 1, func(f Figures) *float64 { return f.MedianDaysToCover }),
	count("agreements", "Vereinbarungen", "Vereinbarungen", func(f Figures) int { return f.Agreements }),
	count("agreementsSozialeStadt", "Vereinbarungen in Aktionsräumen Soziale Stadt", "davon Soziale Stadt", func(f Figures) int { return f.AgreementsSozialeStadt }),
	number("agreementsSozialeStadtPct", "Anteil Vereinbarungen Soziale Stadt (%)", "Anteil (%)", 1, func(f Figures) *float64 { return f.AgreementsSozialeStadtPct }),
	euro("committedCent", "Zugesagt (€)", "Zugesagt (€)", func(f Figures) int64 { return f.CommittedCent }),
	euro("committedSozialeStadtCent", "Zugesagt in Aktionsräumen Soziale Stadt (€)", "davon Soziale Stadt (€)", func(f Figures) int64 { return f.CommittedSozialeStadtCent }),
	number("committedSozialeStadtPct", "Anteil Mittel Soziale Stadt (%)", "Anteil (%)", 1, func(f Figures) *float64 { return f.CommittedSozialeStadtPct }),
	euro("releasedCent", "Freigegeben (€)", "Freigegeben (€)", func(f Figures) int64 { return f.ReleasedCent }),
	euro("spentCent", "Ausgegeben (€)", "Ausgegeben (€)", func(f Figures) int64 { return f.SpentCent }),
	count("institutions", "Einrichtungen", "Einrichtungen", func(f Figures) int { return f.Institutions }),
	count("institutionsWithPartner", "Einrichtungen mit Partner", "mit Partner", func(f Figures) int { return f.InstitutionsWithPartner }),
	count("partnerships", "Partnerschaften", "Partnerschaften", func(f Figures) int { return f.Partnerships }),
	number("partnersPerInstitution", "Partner je Einrichtung", "Partner je Einrichtung", 2, func(f Figures) *float64 { return f.PartnersPerInstitution }),
	count("completed", "Durchgeführt", "Durchgeführt", func(f Figures) int { return f.Completed }),
	count("sessionsHeld", "Gehaltene Termine", "Termine", func(f Figures) int { return f.SessionsHeld }),
	count("participants", "Teilnehmende", "Teilnehmende", func(f Figures) int { return f.Participants }),
	count("institutionRatings.count", "Bewertungen der Einrichtungen", "Einrichtungen: Anzahl", func(f Figures) int { return f.InstitutionRatings.Count }),
	number("institutionRatings.mean", "Bewertung der Einrichtungen (Mittel)", "Einrichtungen: Mittel", 2, func(f Figures) *float64 { return f.InstitutionRatings.Mean }),
	count("partnerRatings.count", "Bewertungen der Partner", "Partner: Anzahl", func(f Figures) int { return f.PartnerRatings.Count }),
	number("partnerRatings.mean", "Bewertung der Partner (Mittel)", "Partner: Mittel", 2, func(f Figures) *float64 { return f.PartnerRatings.Mean }),
}

var german = message.NewPrinter(language.German)

func count(key, label, short string, v func(Figures) int) Column {
	return Column{Key: key, Label: label, Short: short, Numeric: true, Value: func(f Figures) string { return strconv.Itoa(v(f)) }}
}

func number(key, label, short string, places int, v func(Figures) *float64) Column {
	return Column{Key: key, Label: label, Short: short, Numeric: true, Value: func(f Figures) string { return Decimal(v(f), places) }}
}

func euro(key, label, short string, v func(Figures) int64) Column {
	return Column{Key: key, Label: label, Short: short, Numeric: true, Value: func(f Figures) string { return Euro(v(f)) }}
}

// Decimal formats x with places decimals and a decimal comma ("1,5"; "" for nil).
func Decimal(x *float64, places int) string {
	if x == nil {
		return ""
	}
	return german.Sprintf("%.*f", places, *x)
}

// Euro formats cents as euros with two decimals and a decimal comma ("1.234,50").
func Euro(cents int64) string { return german.Sprintf("%.2f", float64(cents)/100) }
