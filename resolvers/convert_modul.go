package resolvers

import (
	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelModul(m *drehscheibe.Modul) *model.Modul { return toModelModulFields(m, nil) }

// modulConverter converts Module filling the fields sel names (nil: all); the
// scalars, which cost nothing, always.
func modulConverter(sel selection) func(*drehscheibe.Modul) *model.Modul {
	return func(m *drehscheibe.Modul) *model.Modul { return toModelModulFields(m, sel) }
}

func toModelModulFields(m *drehscheibe.Modul, sel selection) *model.Modul {
	out := &model.Modul{
		ID: string(m.ID), PartnerID: string(m.PartnerID), Title: m.Title, Description: m.Description,
		Theme: model.Theme(m.Theme), Tags: nonNil(m.Tags), Capacity: m.Capacity, Booked: m.Booked,
		RemainingCapacity: m.RemainingCapacity(), CostCent: int(m.CostCent), CostUnit: model.CostUnit(m.CostUnit),
		Free: m.Free(), Fundable: m.Fundable, Languages: nonNil(m.Languages), InvolvesParents: m.InvolvesParents,
		Status: model.ModulStatus(m.Status), PublishedAt: m.PublishedAt, Version: int(m.Version),
		CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt,
	}
	if sel.has("furtherThemes") {
		out.FurtherThemes = nonNil(enums[model.Theme](m.FurtherThemes))
	}
	if sel.has("themes") {
		out.Themes = enums[model.Theme](m.Themes())
	}
	if sel.has("ageRange") {
		out.AgeRange = toModelAgeRange(m.AgeRange)
	}
	if sel.has("targetTypes") {
		out.TargetTypes = enums[model.InstitutionType](m.TargetTypes)
	}
	if sel.has("formats") {
		out.Formats = enums[model.Format](m.Formats)
	}
	if sel.has("deliveryModes") {
		out.DeliveryModes = enums[model.DeliveryMode](m.DeliveryModes)
	}
	if sel.has("schedule") {
		out.Schedule = toModelSchedule(m.Schedule)
	}
	if sel.has("groupSize") {
		out.GroupSize = &model.GroupSize{Min: m.GroupSize.Min, Max: m.GroupSize.Max}
	}
	if sel.has("fundingNote") {
		out.FundingNote = optString(m.FundingNote)
	}
	if sel.has("inclusion") {
		out.Inclusion = optString(m.Inclusion)
	}
	if sel.has("reviewNote") {
		out.ReviewNote = optString(m.ReviewNote)
	}
	return out
}

func toModelSchedule(s drehscheibe.Schedule) *model.Schedule {
	per := &model.Period{}
	if !s.Period.From.IsZero() {
		per.From = &s.Period.From
	}
	if !s.Period.To.IsZero() {
		per.To = &s.Period.To
	}
	return &model.Schedule{Slots: toModelSlots(s.Slots), Period: per,
		DurationMinutes: optInt(s.DurationMinutes), Sessions: optInt(s.Sessions)}
}

func toDomainSchedule(s *model.ScheduleInput) drehscheibe.Schedule {
	if s == nil {
		return drehscheibe.Schedule{}
	}
	out := drehscheibe.Schedule{Slots: toDomainSlots(s.Slots), DurationMinutes: deref(s.DurationMinutes), Sessions: deref(s.Sessions)}
	if s.Period != nil {
		out.Period = drehscheibe.Period{From: deref(s.Period.From), To: deref(s.Period.To)}
	}
	return out
}

func toDomainGroupSize(g *model.GroupSizeInput) drehscheibe.GroupSize {
	if g == nil {
		return drehscheibe.GroupSize{}
	}
	return drehscheibe.GroupSize{Min: g.Min, Max: g.Max}
}

func toDomainModul(in model.CreateModulInput) *drehscheibe.Modul {
	return &drehscheibe.Modul{
		PartnerID: drehscheibe.ID(in.PartnerID), Title: in.Title, Description: in.Description,
		Theme: drehscheibe.Theme(in.Theme), FurtherThemes: enums[drehscheibe.Theme](in.FurtherThemes), Tags: in.Tags,
		AgeRange: toDomainAgeRange(in.AgeRange), TargetTypes: enums[drehscheibe.InstitutionType](in.TargetTypes),
		Formats: enums[drehscheibe.Format](in.Formats), DeliveryModes: enums[drehscheibe.DeliveryMode](in.DeliveryModes),
		Schedule: toDomainSchedule(in.Schedule), GroupSize: toDomainGroupSize(in.GroupSize), Capacity: in.Capacity,
		CostCent: int64(in.CostCent), CostUnit: drehscheibe.CostUnit(in.CostUnit), Fundable: in.Fundable,
		FundingNote: deref(in.FundingNote), Languages: in.Languages, InvolvesParents: in.InvolvesParents,
		Inclusion: deref(in.Inclusion),
	}
}

func toModulPatch(in model.UpdateModulInput) drehscheibe.ModulPatch {
	p := drehscheibe.ModulPatch{
		Title:           change(in.Title, same[string]),
		Description:     change(in.Description, same[string]),
		Theme:           change(in.Theme, func(t model.Theme) drehscheibe.Theme { return drehscheibe.Theme(t) }),
		FurtherThemes:   clearable(in.FurtherThemes, enums[drehscheibe.Theme, model.Theme]),
		Tags:            clearable(in.Tags, same[[]string]),
		AgeRange:        changeRef(in.AgeRange, toDomainAgeRange),
		Schedule:        clearable(in.Schedule, toDomainSchedule),
		GroupSize:       changeRef(in.GroupSize, toDomainGroupSize),
		Capacity:        change(in.Capacity, same[int]),
		CostCent:        change(in.CostCent, func(c int) int64 { return int64(c) }),
		CostUnit:        change(in.CostUnit, func(c model.CostUnit) drehscheibe.CostUnit { return drehscheibe.CostUnit(c) }),
		Fundable:        change(in.Fundable, same[bool]),
		FundingNote:     clearable(in.FundingNote, deref[string]),
		Languages:       clearable(in.Languages, same[[]string]),
		InvolvesParents: change(in.InvolvesParents, same[bool]),
		Inclusion:       clearable(in.Inclusion, deref[string]),
	}
	if in.TargetTypes != nil {
		p.TargetTypes = drehscheibe.Set(enums[drehscheibe.InstitutionType](in.TargetTypes))
	}
	if in.Formats != nil {
		p.Formats = drehscheibe.Set(enums[drehscheibe.Format](in.Formats))
	}
	if in.DeliveryModes != nil {
		p.DeliveryModes = drehscheibe.Set(enums[drehscheibe.DeliveryMode](in.DeliveryModes))
	}
	return p
}
