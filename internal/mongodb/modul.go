package mongodb

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

type modulDoc struct {
	Meta            metaDoc     `bson:",inline"`
	PartnerID       string      `bson:"partnerId"`
	Title           string      `bson:"title"`
	Description     string      `bson:"description"`
	Theme           string      `bson:"theme"`
	FurtherThemes   []string    `bson:"furtherThemes,omitempty"`
	Tags            []string    `bson:"tags,omitempty"`
	AgeRange        rangeDoc    `bson:"ageRange"`
	TargetTypes     []string    `bson:"targetTypes"`
	Formats         []string    `bson:"formats"`
	DeliveryModes   []string    `bson:"deliveryModes"`
	Schedule        scheduleDoc `bson:"schedule"`
	GroupSize       rangeDoc    `bson:"groupSize"`
	Capacity        int         `bson:"capacity"`
	Booked          int         `bson:"booked"`
	Reservations    []string    `bson:"reservations,omitempty"`
	CostCent        int64       `bson:"costCent"`
	CostUnit        string      `bson:"costUnit"`
	Fundable        bool        `bson:"fundable"`
	FundingNote     string      `bson:"fundingNote,omitempty"`
	Languages       []string    `bson:"languages,omitempty"`
	InvolvesParents bool        `bson:"involvesParents"`
	Inclusion       string      `bson:"inclusion,omitempty"`
	Status          string      `bson:"status"`
	ReviewNote      string      `bson:"reviewNote,omitempty"`
	PublishedAt     *time.Time  `bson:"publishedAt,omitempty"`
}

type scheduleDoc struct {
	Slots           []slotDoc `bson:"slots,omitempty"`
	From            string    `bson:"from,omitempty"`
	To              string    `bson:"to,omitempty"`
	DurationMinutes int       `bson:"durationMinutes,omitempty"`
	Sessions        int       `bson:"sessions,omitempty"`
}

func toModulDoc(m *drehscheibe.Modul) *modulDoc {
	s := m.Schedule
	return &modulDoc{
		Meta: toMetaDoc(m.Meta), PartnerID: string(m.PartnerID), Title: m.Title, Description: m.Description,
		Theme: string(m.Theme), FurtherThemes: toStrings(m.FurtherThemes), Tags: m.Tags, AgeRange: rangeDoc(m.AgeRange),
		TargetTypes: toStrings(m.TargetTypes), Formats: toStrings(m.Formats), DeliveryModes: toStrings(m.DeliveryModes),
		Schedule: scheduleDoc{Slots: toSlotDocs(s.Slots), From: toDateDoc(s.Period.From), To: toDateDoc(s.Period.To),
			DurationMinutes: s.DurationMinutes, Sessions: s.Sessions},
		GroupSize: rangeDoc(m.GroupSize), Capacity: m.Capacity, Booked: m.Booked, Reservations: toStrings(m.Reservations),
		CostCent: m.CostCent, CostUnit: string(m.CostUnit), Fundable: m.Fundable, FundingNote: m.FundingNote, Languages: m.Languages,
		InvolvesParents: m.InvolvesParents, Inclusion: m.Inclusion, Status: string(m.Status), ReviewNote: m.ReviewNote,
		PublishedAt: m.PublishedAt,
	}
}

func fromModulDoc(d *modulDoc) *drehscheibe.Modul {
	s := d.Schedule
	m := &drehscheibe.Modul{
		Meta: fromMetaDoc(d.Meta), PartnerID: drehscheibe.ID(d.PartnerID), Title: d.Title, Description: d.Description,
		Theme: drehscheibe.Theme(d.Theme), FurtherThemes: fromStrings[drehscheibe.Theme](d.FurtherThemes), Tags: d.Tags,
		AgeRange: drehscheibe.AgeRange(d.AgeRange), TargetTypes: fromStrings[drehscheibe.InstitutionType](d.TargetTypes),
		Formats: fromStrings[drehscheibe.Format](d.Formats), DeliveryModes: fromStrings[drehscheibe.DeliveryMode](d.DeliveryModes),
		Schedule: drehscheibe.Schedule{Slots: fromSlotDocs(s.Slots), Period: drehscheibe.Period{From: fromDateDoc(s.From), To: fromDateDoc(s.To)},
			DurationMinutes: s.DurationMinutes, Sessions: s.Sessions},
		GroupSize: drehscheibe.GroupSize(d.GroupSize), Capacity: d.Capacity, Booked: d.Booked, Reservations: fromStrings[drehscheibe.ID](d.Reservations),
		CostCent: d.CostCent, CostUnit: drehscheibe.CostUnit(d.CostUnit), Fundable: d.Fundable, FundingNote: d.FundingNote, Languages: d.Languages,
		InvolvesParents: d.InvolvesParents, Inclusion: d.Inclusion, Status: drehscheibe.ModulStatus(d.Status), ReviewNote: d.ReviewNote,
	}
	if d.PublishedAt != nil {
		t := d.PublishedAt.UTC()
		m.PublishedAt = &t
	}
	return m
}
