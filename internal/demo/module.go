package demo

import (
	"fmt"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// modul is one row of the Modul tables (module_*.go). Zero values mean defaults:
// period "" is the school year 2026/27, unit "" is per session, langs "" are the
// partner's languages, status "" is published. A funding note marks the Modul as
// fundable.
type modul struct {
	title     string
	theme     drehscheibe.Theme
	also      []drehscheibe.Theme
	tags      string // comma-separated
	age       drehscheibe.AgeRange
	targets   []drehscheibe.InstitutionType
	formats   []drehscheibe.Format
	modes     []drehscheibe.DeliveryMode
	slots     string // see slots()
	period    string // see period()
	minutes   int
	sessions  int
	group     [2]int
	capacity  int
	booked    int
	cost      int64 // euro cents per unit
	unit      drehscheibe.CostUnit
	funding   string
	langs     string
	parents   bool
	inclusion string
	status    drehscheibe.ModulStatus
	review    string
	desc      string
}

// angebote are the Module of one partner, named by its slug.
type angebote struct {
	partner string
	module  []modul
}

// Short names for formats, delivery modes, cost units and states.
const (
	ag            = drehscheibe.FormatAG
	workshop      = drehscheibe.FormatWorkshop
	projekttag    = drehscheibe.FormatProjekttag
	projektwoche  = drehscheibe.FormatProjektwoche
	kurs          = drehscheibe.FormatKurs
	elternangebot = drehscheibe.FormatElternangebot
	fortbildung   = drehscheibe.FormatFortbildung
	ferien        = drehscheibe.FormatFerienangebot
	beratung      = drehscheibe.FormatBeratung
	veranstaltung = drehscheibe.FormatVeranstaltung
	offen         = drehscheibe.FormatOffenesAngebot

	vorOrt      = drehscheibe.AtInstitution
	beimPartner = drehscheibe.AtPartner
	online      = drehscheibe.Online

	proTermin  = drehscheibe.PerSession
	proKopf    = drehscheibe.PerParticipant
	proBuchung = drehscheibe.PerBooking

	entwurf    = drehscheibe.ModulDraft
	inPruefung = drehscheibe.ModulInReview
	archiviert = drehscheibe.ModulArchived
)

// Funding notes used by several Module.
const (
	fBuT            = "förderfähig über Bildung und Teilhabe (BuT), Teilhabebetrag 15 € im Monat"
	fStartchancen   = "förderfähig über das Chancenbudget des Startchancen-Programms"
	fKindercampus   = "förderfähig über das Projektbudget der Kindercampus-Standorte"
	fAufholen       = "förderfähig über Aktionsprogramm „Aufholen nach Corona“"
	fOGS            = "abrechenbar über die Kooperationsmittel des Offenen Ganztags"
	fKulturrucksack = "förderfähig über Kulturrucksack NRW (10 bis 14 Jahre)"
	fKulturSchule   = "förderfähig über das Landesprogramm „Kultur und Schule“"
	fDemokratie     = "förderfähig über „Demokratie leben!“ – Partnerschaft für Demokratie Dortmund"
	fFamilienbild   = "über die Landesförderung der Familienbildung bezuschusst"
	fSchwimmen      = "förderfähig über das Landesprogramm „NRW kann schwimmen!“"
	fZdi            = "förderfähig über das zdi-Netzwerk Dortmund (MINT-Förderung)"
	fJugendFoerder  = "förderfähig über den Kinder- und Jugendförderplan der Stadt Dortmund"
)

// modulTables lists the Module of every partner, grouped by the partners' main theme.
func modulTables() [][]angebote {
	return [][]angebote{sportModule(), mintModule(), demokratieModule(), sozialModule(), bneModule(), kulturModule()}
}

// module builds the Module of partners from the tables.
func module(partners []*drehscheibe.Partner) []*drehscheibe.Modul {
	rows := partnerTable()
	bySlug := make(map[string]*drehscheibe.Partner, len(rows))
	for i, r := range rows {
		bySlug[r.slug] = partners[i]
	}
	var out []*drehscheibe.Modul
	for _, table := range modulTables() {
		for _, a := range table {
			pa, ok := bySlug[a.partner]
			if !ok {
				panic(fmt.Sprintf("demo: Module of unknown partner %q", a.partner))
			}
			for _, r := range a.module {
				out = append(out, r.build(pa))
			}
		}
	}
	return out
}

func (r modul) build(pa *drehscheibe.Partner) *drehscheibe.Modul {
	m := &drehscheibe.Modul{
		PartnerID:     pa.ID,
		Title:         r.title,
		Description:   r.desc,
		Theme:         r.theme,
		FurtherThemes: r.also,
		Tags:          list(r.tags),
		AgeRange:      r.age,
		TargetTypes:   r.targets,
		Formats:       r.formats,
		DeliveryModes: r.modes,
		Schedule: drehscheibe.Schedule{
			Slots:           slots(r.slots),
			Period:          period(r.period),
			DurationMinutes: r.minutes,
			Sessions:        r.sessions,
		},
		GroupSize:       drehscheibe.GroupSize{Min: r.group[0], Max: r.group[1]},
		Capacity:        r.capacity,
		Booked:          r.booked,
		CostCent:        r.cost,
		CostUnit:        r.unit,
		Fundable:        r.funding != "",
		FundingNote:     r.funding,
		Languages:       words(r.langs),
		InvolvesParents: r.parents,
		Inclusion:       r.inclusion,
		Status:          r.status,
		ReviewNote:      r.review,
	}
	if m.CostUnit == "" {
		m.CostUnit = proTermin
	}
	if m.Languages == nil {
		m.Languages = append([]string(nil), pa.Languages...)
	}
	if m.Status == "" {
		m.Status = drehscheibe.ModulPublished
	}
	m.ID = modulID(pa.Name, r.title)
	return m
}
