package drehscheibe

import (
	"slices"
	"time"
)

// Bedarf is a need an institution records: what it is looking for, for whom, when and
// within which budget.
type Bedarf struct {
	Meta
	InstitutionID ID
	// Title names the need in a few words ("Bewegung im Ganztag").
	Title    string
	Theme    Theme
	AgeRange AgeRange
	// Slots are the weekly slots the institution can offer; empty means flexible.
	Slots []Slot
	// GroupSize is the expected number of participants.
	GroupSize int
	// BudgetCent is what the institution can pay per booking; nil means not stated.
	BudgetCent *int64
	Priority   BedarfPriority
	// Keywords sharpen the need ("Schwimmen", "Mädchen", "Eltern").
	Keywords []string
	Notes    string
	Status   BedarfStatus
	// CoveredBy are the Module booked for this need (status COVERED, or CLOSED later).
	CoveredBy []ID
	// CoveredAt is when the need became covered (the first Modul booked since it was
	// last open); zero while it is open, and for needs covered before the service
	// recorded it. The evaluation counts the days from CreatedAt to CoveredAt.
	CoveredAt time.Time
	// ClosedReason says why a need was closed.
	ClosedReason string
}

// MaxCoveringModule bounds the Module booked for one need.
const MaxCoveringModule = 20

// EntityKind implements Entity.
func (*Bedarf) EntityKind() Kind { return KindBedarf }

// Validate implements Entity.
func (b *Bedarf) Validate() error { return validate(b) }

func (b *Bedarf) clean() {
	b.Title = cleanText(b.Title)
	b.Keywords = cleanList(b.Keywords)
	b.Notes = cleanMultiline(b.Notes)
	b.ClosedReason = cleanMultiline(b.ClosedReason)
	b.CoveredBy = uniqueIDs(b.CoveredBy)
}

// cover books Modul m for this need at time at: an open need is covered from at on
// (a covered one keeps the time it became covered).
func (b *Bedarf) cover(m ID, at time.Time) {
	if b.Status != BedarfCovered {
		b.CoveredAt = at
	}
	b.CoveredBy, b.Status = append(b.CoveredBy, m), BedarfCovered
}

// uncover removes Modul m from the Module booked for this need; a covered need with
// none left is open again.
func (b *Bedarf) uncover(m ID) {
	b.CoveredBy = slices.DeleteFunc(b.CoveredBy, func(id ID) bool { return id == m })
	if len(b.CoveredBy) == 0 && b.Status == BedarfCovered {
		b.Status, b.CoveredAt = BedarfOpen, time.Time{}
	}
}

// Covers reports whether Modul m is booked for this need.
func (b *Bedarf) Covers(m ID) bool { return slices.Contains(b.CoveredBy, m) }

func (b *Bedarf) check(p *problems) {
	p.checkRef(path("institutionId"), b.InstitutionID, KindInstitution, true)
	p.checkName(path("title"), b.Title, MaxTitleLength)
	if !b.Theme.Valid() {
		p.add(path("theme"), EINVALID, "Unbekanntes Themenfeld")
	}
	p.checkAgeRange(path("ageRange"), b.AgeRange)
	p.checkSlots(path("slots"), b.Slots)
	if b.GroupSize < 1 || b.GroupSize > MaxGroupSize {
		p.add(path("groupSize"), EINVALID, "Gruppengröße muss zwischen 1 und %d liegen", MaxGroupSize)
	}
	if b.BudgetCent != nil && (*b.BudgetCent < 0 || *b.BudgetCent > MaxCostCent) {
		p.add(path("budgetCent"), EINVALID, "Budget muss zwischen 0 und %d Cent liegen", int64(MaxCostCent))
	}
	if !valid(b.Priority, BedarfPriorities) {
		p.add(path("priority"), EINVALID, "Unbekannte Dringlichkeit")
	}
	p.checkList(path("keywords"), b.Keywords, MaxTags, MaxTagLength)
	p.checkText(path("notes"), b.Notes, false, MaxShortTextLength*4, true)
	if !valid(b.Status, BedarfStatuses) {
		p.add(path("status"), EINVALID, "Unbekannter Status")
	}
	p.checkText(path("closedReason"), b.ClosedReason, false, MaxShortTextLength, true)
	if len(b.CoveredBy) > MaxCoveringModule {
		p.add(path("coveredBy"), EINVALID, "Zu viele Module für einen Bedarf (höchstens %d)", MaxCoveringModule)
	}
	for i, id := range b.CoveredBy {
		p.checkRef(path("coveredBy", itoa(i)), id, KindModul, true)
	}
	switch {
	case b.Status == BedarfCovered && len(b.CoveredBy) == 0:
		p.add(path("status"), EINVALID, "Ein gedeckter Bedarf braucht mindestens ein Modul")
	case b.Status == BedarfOpen && len(b.CoveredBy) > 0:
		p.add(path("status"), EINVALID, "Ein Bedarf mit gebuchtem Modul ist nicht mehr offen")
	}
}

func (b *Bedarf) refs() []ref {
	out := []ref{{path("institutionId"), b.InstitutionID, KindInstitution}}
	for i, id := range b.CoveredBy {
		out = append(out, ref{path("coveredBy", itoa(i)), id, KindModul})
	}
	return out
}

// BedarfPatch changes some fields of a Bedarf.
type BedarfPatch struct {
	Title      Update[string]
	Theme      Update[Theme]
	AgeRange   Update[AgeRange]
	Slots      Update[[]Slot]
	GroupSize  Update[int]
	BudgetCent Update[*int64]
	Priority   Update[BedarfPriority]
	Keywords   Update[[]string]
	Notes      Update[string]
}

func (pt BedarfPatch) apply(b *Bedarf) {
	pt.Title.apply(&b.Title)
	pt.Theme.apply(&b.Theme)
	pt.AgeRange.apply(&b.AgeRange)
	pt.Slots.apply(&b.Slots)
	pt.GroupSize.apply(&b.GroupSize)
	pt.BudgetCent.apply(&b.BudgetCent)
	pt.Priority.apply(&b.Priority)
	pt.Keywords.apply(&b.Keywords)
	pt.Notes.apply(&b.Notes)
}

// BedarfStatus is the state of a need.
type BedarfStatus string

// The states of a need.
const (
	BedarfOpen    BedarfStatus = "OPEN"
	BedarfCovered BedarfStatus = "COVERED"
	BedarfClosed  BedarfStatus = "CLOSED"
)

// BedarfStatuses lists every state.
var BedarfStatuses = []BedarfStatus{BedarfOpen, BedarfCovered, BedarfClosed}

var bedarfStatusLabels = map[BedarfStatus]string{
	BedarfOpen: "offen", BedarfCovered: "gedeckt", BedarfClosed: "geschlossen",
}

// Label returns the German name of the state.
func (s BedarfStatus) Label() string { return label(s, bedarfStatusLabels) }

// BedarfPriority is how urgent a need is to the institution.
type BedarfPriority string

// The urgencies.
const (
	PriorityLow    BedarfPriority = "LOW"
	PriorityMedium BedarfPriority = "MEDIUM"
	PriorityHigh   BedarfPriority = "HIGH"
)

// BedarfPriorities lists the urgencies from low to high.
var BedarfPriorities = []BedarfPriority{PriorityLow, PriorityMedium, PriorityHigh}

var bedarfPriorityLabels = map[BedarfPriority]string{
	PriorityLow: "niedrig", PriorityMedium: "mittel", PriorityHigh: "hoch",
}

// Label returns the German name of the urgency.
func (b BedarfPriority) Label() string { return label(b, bedarfPriorityLabels) }
