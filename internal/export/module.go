package export

import (
	"net/http"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// moduleHeader names the columns of module.csv.
var moduleHeader = []string{
	"ID", "Titel", "Partner", "Themenfeld", "weitere Themenfelder", "Schlagworte", "Alter von", "Alter bis",
	"Einrichtungsarten", "Formate", "Durchführung", "Zeitfenster", "Zeitraum von", "Zeitraum bis",
	"Dauer einer Einheit (Minuten)", "Termine je Buchung", "Gruppengröße von", "Gruppengröße bis", "Kapazität",
	"freie Plätze", "Kosten (Euro)", "Kosteneinheit", "kostenlos", "förderfähig", "Förderhinweis", "Sprachen",
	"mit Eltern", "Inklusion und Barrierefreiheit", "Beschreibung", "veröffentlicht am", "geändert am",
}

// Module serves module.csv: every published Modul by title, one row each.
func Module(snapshot func() *catalog.Snapshot, refuse Refuse) http.HandlerFunc {
	return file("module.csv", snapshot, refuse, moduleHeader, func(v *catalog.View, emit func([]string) error) error {
		return each(v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByName}), func(m *drehscheibe.Modul) error {
			partner := ""
			if p, ok := v.Partner(m.PartnerID); ok {
				partner = p.Name
			}
			return emit(moduleRow(m, partner))
		})
	})
}

// moduleRow is the row of a Modul offered by partner.
func moduleRow(m *drehscheibe.Modul, partner string) []string {
	published := ""
	if m.PublishedAt != nil {
		published = localTime(*m.PublishedAt)
	}
	optional := func(n int) string {
		if n == 0 {
			return ""
		}
		return count(n)
	}
	return []string{
		string(m.ID), m.Title, partner, m.Theme.Label(), labels(m.FurtherThemes), strings.Join(m.Tags, ", "),
		count(m.AgeRange.Min), count(m.AgeRange.Max), labels(m.TargetTypes), labels(m.Formats), labels(m.DeliveryModes),
		slots(m.Schedule.Slots), date(m.Schedule.Period.From), date(m.Schedule.Period.To),
		optional(m.Schedule.DurationMinutes), optional(m.Schedule.Sessions), optional(m.GroupSize.Min), optional(m.GroupSize.Max),
		count(m.Capacity), count(m.RemainingCapacity()), decimal(float64(m.CostCent)/100, 2), m.CostUnit.Label(),
		yesNo(m.Free()), yesNo(m.Fundable), m.FundingNote, languageNames(m.Languages), yesNo(m.InvolvesParents),
		m.Inclusion, m.Description, published, localTime(m.UpdatedAt),
	}
}

// slots names the weekly slots ("Montag Nachmittag, Mittwoch Nachmittag"), or says
// that the times are agreed.
func slots(ss []drehscheibe.Slot) string {
	if len(ss) == 0 {
		return "nach Absprache"
	}
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = s.Weekday.Label() + " " + s.TimeSlot.Label()
	}
	return strings.Join(names, ", ")
}
