package drehscheibe

import (
	"slices"
	"time"
)

// Modul is one bookable offer of a partner: an AG, a workshop, a project day, a parent
// course, a staff training … The catalogue of Module is the city's Modulsystem.
type Modul struct {
	Meta
	PartnerID   ID
	Title       string
	Description string
	// Theme is the primary Themenfeld; FurtherThemes are secondary ones.
	Theme         Theme
	FurtherThemes []Theme
	Tags          []string
	AgeRange      AgeRange
	// TargetTypes are the institution types the Modul is made for.
	TargetTypes   []InstitutionType
	Formats       []Format
	DeliveryModes []DeliveryMode
	Schedule      Schedule
	GroupSize     GroupSize
	// Capacity is how many bookings the partner can serve per period; Booked how many
	// are taken. Reservations are the requests (Anfragen) holding one of the booked
	// units; bookings from before the workflow are counted in Booked only.
	Capacity     int
	Booked       int
	Reservations []ID
	// CostCent is the price per CostUnit in euro cents; 0 means free of charge.
	CostCent int64
	CostUnit CostUnit
	// Fundable marks offers that can be paid from a Förderprogramm.
	Fundable    bool
	FundingNote string
	Languages   []string
	// InvolvesParents marks offers that work with parents (Erziehungspartnerschaft).
	InvolvesParents bool
	// Inclusion describes accessibility and inclusion (Barrierefreiheit, Inklusion).
	Inclusion string
	Status    ModulStatus
	// ReviewNote is the coordinator's reason when a Modul was sent back to draft.
	ReviewNote  string
	PublishedAt *time.Time
}

// Limits of a Modul.
const (
	MaxCapacity = 1000
	MaxCostCent = 10_000_000 // 100.000 €
)

// Free reports whether the Modul costs nothing.
func (m *Modul) Free() bool { return m.CostCent == 0 }

// RemainingCapacity is the number of bookings still possible in the period.
func (m *Modul) RemainingCapacity() int { return max(0, m.Capacity-m.Booked) }

// Themes returns the primary theme followed by the further themes.
func (m *Modul) Themes() []Theme { return append([]Theme{m.Theme}, m.FurtherThemes...) }

// HasTheme reports whether t is the primary or a further theme.
func (m *Modul) HasTheme(t Theme) bool { return m.Theme == t || slices.Contains(m.FurtherThemes, t) }

// EntityKind implements Entity.
func (*Modul) EntityKind() Kind { return KindModul }

// Validate implements Entity.
func (m *Modul) Validate() error { return validate(m) }

func (m *Modul) clean() {
	m.Title = cleanText(m.Title)
	m.Description = cleanMultiline(m.Description)
	m.Tags = cleanList(m.Tags)
	m.FundingNote = cleanText(m.FundingNote)
	m.Languages = cleanLanguages(m.Languages)
	m.Inclusion = cleanMultiline(m.Inclusion)
	m.ReviewNote = cleanMultiline(m.ReviewNote)
}

func (m *Modul) check(p *problems) {
	p.checkRef(path("partnerId"), m.PartnerID, KindPartner, true)
	p.checkName(path("title"), m.Title, MaxTitleLength)
	p.checkText(path("description"), m.Description, true, MaxDescriptionLength, true)
	if !m.Theme.Valid() {
		p.add(path("theme"), EINVALID, "Unbekanntes Themenfeld")
	}
	checkEnums(p, path("furtherThemes"), m.FurtherThemes, Themes)
	if slices.Contains(m.FurtherThemes, m.Theme) {
		p.add(path("furtherThemes"), EINVALID, "Das Hauptthema %s steht schon in theme", m.Theme.Label())
	}
	p.checkList(path("tags"), m.Tags, MaxTags, MaxTagLength)
	p.checkAgeRange(path("ageRange"), m.AgeRange)
	p.requireEnums(path("targetTypes"), "Mindestens eine Art von Einrichtung angeben", len(m.TargetTypes))
	checkEnums(p, path("targetTypes"), m.TargetTypes, InstitutionTypes)
	p.requireEnums(path("formats"), "Mindestens ein Format angeben", len(m.Formats))
	checkEnums(p, path("formats"), m.Formats, Formats)
	p.requireEnums(path("deliveryModes"), "Mindestens eine Durchführungsart angeben", len(m.DeliveryModes))
	checkEnums(p, path("deliveryModes"), m.DeliveryModes, DeliveryModes)
	p.checkSchedule(path("schedule"), m.Schedule)
	p.checkGroupSize(path("groupSize"), m.GroupSize)
	switch {
	case m.Capacity < 0 || m.Capacity > MaxCapacity:
		p.add(path("capacity"), EINVALID, "Kapazität muss zwischen 0 und %d liegen", MaxCapacity)
	case m.Booked < 0:
		p.add(path("booked"), EINVALID, "Gebuchte Plätze können nicht negativ sein")
	case m.Booked > m.Capacity:
		p.add(path("capacity"), EINVALID, "Kapazität (%d) ist kleiner als die schon gebuchten Plätze (%d)", m.Capacity, m.Booked)
	case len(m.Reservations) > m.Booked:
		p.add(path("booked"), EINVALID, "Weniger gebuchte Plätze (%d) als angenommene Anfragen (%d)", m.Booked, len(m.Reservations))
	}
	for i, id := range m.Reservations {
		p.checkRef(path("reservations", itoa(i)), id, KindAnfrage, true)
	}
	if m.CostCent < 0 || m.CostCent > MaxCostCent {
		p.add(path("costCent"), EINVALID, "Kosten müssen zwischen 0 und %d Cent liegen", int64(MaxCostCent))
	}
	if !valid(m.CostUnit, CostUnits) {
		p.add(path("costUnit"), EINVALID, "Unbekannte Kosteneinheit")
	}
	p.checkText(path("fundingNote"), m.FundingNote, false, MaxShortTextLength, false)
	p.checkLanguages(path("languages"), m.Languages)
	p.checkText(path("inclusion"), m.Inclusion, false, MaxShortTextLength*4, true)
	if !valid(m.Status, ModulStatuses) {
		p.add(path("status"), EINVALID, "Unbekannter Status")
	}
	p.checkText(path("reviewNote"), m.ReviewNote, false, MaxShortTextLength*4, true)
}

func (p *problems) requireEnums(field []string, msg string, n int) {
	if n == 0 {
		p.add(field, EINVALID, "%s", msg)
	}
}

func (m *Modul) refs() []ref { return []ref{{path("partnerId"), m.PartnerID, KindPartner}} }

// ModulPatch changes some fields of a Modul. Partner, status and bookings are not
// changed by a patch.
type ModulPatch struct {
	Title           Update[string]
	Description     Update[string]
	Theme           Update[Theme]
	FurtherThemes   Update[[]Theme]
	Tags            Update[[]string]
	AgeRange        Update[AgeRange]
	TargetTypes     Update[[]InstitutionType]
	Formats         Update[[]Format]
	DeliveryModes   Update[[]DeliveryMode]
	Schedule        Update[Schedule]
	GroupSize       Update[GroupSize]
	Capacity        Update[int]
	CostCent        Update[int64]
	CostUnit        Update[CostUnit]
	Fundable        Update[bool]
	FundingNote     Update[string]
	Languages       Update[[]string]
	InvolvesParents Update[bool]
	Inclusion       Update[string]
}

func (pt ModulPatch) apply(m *Modul) {
	pt.Title.apply(&m.Title)
	pt.Description.apply(&m.Description)
	pt.Theme.apply(&m.Theme)
	pt.FurtherThemes.apply(&m.FurtherThemes)
	pt.Tags.apply(&m.Tags)
	pt.AgeRange.apply(&m.AgeRange)
	pt.TargetTypes.apply(&m.TargetTypes)
	pt.Formats.apply(&m.Formats)
	pt.DeliveryModes.apply(&m.DeliveryModes)
	pt.Schedule.apply(&m.Schedule)
	pt.GroupSize.apply(&m.GroupSize)
	pt.Capacity.apply(&m.Capacity)
	pt.CostCent.apply(&m.CostCent)
	pt.CostUnit.apply(&m.CostUnit)
	pt.Fundable.apply(&m.Fundable)
	pt.FundingNote.apply(&m.FundingNote)
	pt.Languages.apply(&m.Languages)
	pt.InvolvesParents.apply(&m.InvolvesParents)
	pt.Inclusion.apply(&m.Inclusion)
}
