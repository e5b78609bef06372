package drehscheibe

// ModulStatus is the lifecycle state of a Modul.
type ModulStatus string

// The lifecycle: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and IN_REVIEW → DRAFT when a
// coordinator sends a Modul back.
const (
	ModulDraft     ModulStatus = "DRAFT"
	ModulInReview  ModulStatus = "IN_REVIEW"
	ModulPublished ModulStatus = "PUBLISHED"
	ModulArchived  ModulStatus = "ARCHIVED"
)

// ModulStatuses lists the states in lifecycle order.
var ModulStatuses = []ModulStatus{ModulDraft, ModulInReview, ModulPublished, ModulArchived}

var modulStatusLabels = map[ModulStatus]string{
	ModulDraft:     "Entwurf",
	ModulInReview:  "in Prüfung",
	ModulPublished: "veröffentlicht",
	ModulArchived:  "archiviert",
}

// Label returns the German name of the state.
func (s ModulStatus) Label() string { return label(s, modulStatusLabels) }

// modulTransitions are the allowed lifecycle steps.
var modulTransitions = map[ModulStatus][]ModulStatus{
	ModulDraft:     {ModulInReview},
	ModulInReview:  {ModulPublished, ModulDraft},
	ModulPublished: {ModulArchived},
}

// CanBecome reports whether the lifecycle allows the step from s to next.
func (s ModulStatus) CanBecome(next ModulStatus) bool { return valid(next, modulTransitions[s]) }

// transition moves m to next or returns EINVALIDTRANSITION.
func (m *Modul) transition(next ModulStatus) error {
	if !m.Status.CanBecome(next) {
		return &Error{Code: EINVALIDTRANSITION, Field: path("status"),
			Message: "Ein Modul im Status „" + m.Status.Label() + "“ kann nicht in den Status „" + next.Label() + "“ wechseln"}
	}
	m.Status = next
	return nil
}
