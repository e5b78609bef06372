package drehscheibe

import "time"

// Anfrage is an institution's request for a Modul: from the recommendation to the
// Kooperationsvereinbarung and the outcome, a closed loop in which every state says
// who acts next and by when (see anfrage_status.go for the states).
type Anfrage struct {
	Meta
	InstitutionID ID
	ModulID       ID
	// PartnerID is the Modul's partner (a Modul never changes its partner), kept for
	// the partner's inbox and its rights.
	PartnerID ID
	// BedarfID is the need the request answers ("" when there is none).
	BedarfID ID
	// RequestedBy is who made the request: the institution, its campus management or
	// the Servicestelle on its behalf ("vermitteln").
	RequestedBy Actor
	// Period is when the Modul is to take place; Slots the weekly slots; Sessions how
	// many sessions; GroupSize how many participants (a count only).
	Period    Period
	Slots     []Slot
	Sessions  int
	GroupSize int
	// Message is the institution's message to the partner.
	Message string
	// Funding is who pays which part of the costs (resolved against the total: the
	// shares add up to it).
	Funding []FundingShare
	// Contact is the institution's contact person for this request.
	Contact Contact

	Status AnfrageStatus
	// NextActor is the side that acts next (PartyNone in a final state); DueAt is when
	// it should have acted (zero: no deadline).
	NextActor Party
	DueAt     time.Time
	// Reason is why the request was declined, withdrawn or cancelled.
	Reason *Reason
	// History lists every transition, oldest first.
	History []Transition
	// Vereinbarung is the Kooperationsvereinbarung, from acceptance on.
	Vereinbarung *Vereinbarung
	// Outcome is what was delivered and how it went, from completion on.
	Outcome *Outcome
	// Antrag is the application for funding: the answers given once and the
	// programmes applied to (nil: none yet).
	Antrag *Foerderantrag
	// Reserved is set while the Anfrage holds one unit of the Modul's capacity (from
	// acceptance until it is cancelled).
	Reserved bool
	// Outside marks a booking made outside the service and recorded as agreed
	// (coverBedarf).
	Outside bool
	// ReroutedFrom and ReroutedTo link a request the Servicestelle re-routed to
	// another Modul with its successor.
	ReroutedFrom ID
	ReroutedTo   ID
}

// Actor is who did something: the key or the signed-in person, by name and role at
// the time.
type Actor struct {
	KeyID   ID
	Subject string
	Name    string
	Role    Role
}

// ActorOf returns the actor of principal p.
func ActorOf(p Principal) Actor {
	return Actor{KeyID: p.KeyID, Subject: p.Subject, Name: p.Name, Role: p.Role}
}

// Transition is one change of an Anfrage's state.
type Transition struct {
	From, To AnfrageStatus
	At       time.Time
	By       Actor
	// Side is the side the actor acted for.
	Side   Party
	Reason *Reason
}

// Reason is why a request was declined, withdrawn or cancelled: a code for the
// evaluation and a free text.
type Reason struct {
	Code ReasonCode
	Text string
}

// Outcome is what a delivered Modul achieved: counts only, no data about individual
// children.
type Outcome struct {
	SessionsHeld int
	Participants int
	// ActualCostCent is what the Modul really cost (spent against the funding).
	ActualCostCent int64
	CompletedAt    time.Time
	Institution    *Feedback
	Partner        *Feedback
}

// Feedback is one side's rating (1–5) and comment.
type Feedback struct {
	Rating int
	Text   string
	By     Actor
	At     time.Time
}

// Limits of an Anfrage.
const (
	MaxSessions       = 500
	MaxMessageLength  = 2000
	MaxFeedbackLength = 2000
	MaxParticipants   = 10000
	// MaxHistory bounds the transitions of one request (a handful in practice;
	// revisions of the agreement are not transitions).
	MaxHistory = 50
)

// EntityKind implements Entity.
func (*Anfrage) EntityKind() Kind { return KindAnfrage }

// Validate implements Entity.
func (a *Anfrage) Validate() error { return validate(a) }

func (a *Anfrage) clean() {
	a.Message = cleanMultiline(a.Message)
	a.Contact.clean(DefaultCountry)
	if a.Reason != nil {
		a.Reason.Text = cleanMultiline(a.Reason.Text)
	}
	if a.Outcome != nil {
		for _, f := range []*Feedback{a.Outcome.Institution, a.Outcome.Partner} {
			if f != nil {
				f.Text = cleanMultiline(f.Text)
			}
		}
	}
}

func (a *Anfrage) check(p *problems) {
	p.checkRef(path("institutionId"), a.InstitutionID, KindInstitution, true)
	p.checkRef(path("modulId"), a.ModulID, KindModul, true)
	p.checkRef(path("partnerId"), a.PartnerID, KindPartner, true)
	p.checkRef(path("bedarfId"), a.BedarfID, KindBedarf, false)
	p.checkPeriod(path("period"), a.Period)
	if !a.Outside && (a.Period.From.IsZero() || a.Period.To.IsZero()) {
		p.add(path("period"), EINVALID, "Beginn und Ende des Zeitraums angeben")
	}
	p.checkSlots(path("slots"), a.Slots)
	if a.Sessions < 1 || a.Sessions > MaxSessions {
		p.add(path("sessions"), EINVALID, "Anzahl der Termine muss zwischen 1 und %d liegen", MaxSessions)
	}
	if a.GroupSize < 1 || a.GroupSize > MaxGroupSize {
		p.add(path("groupSize"), EINVALID, "Gruppengröße muss zwischen 1 und %d liegen", MaxGroupSize)
	}
	p.checkText(path("message"), a.Message, false, MaxMessageLength, true)
	p.checkFunding(path("funding"), a.Funding)
	p.checkContact(path("contact"), a.Contact, DefaultCountry)
	if !a.Outside && a.Contact.Email == "" && a.Contact.Phone == "" {
		p.add(path("contact"), EINVALID, "Eine E-Mail-Adresse oder Telefonnummer der Einrichtung angeben, damit der Partner antworten kann")
	}
	if !valid(a.Status, AnfrageStatuses) {
		p.add(path("status"), EINVALID, "Unbekannter Status")
	}
	if a.Reason != nil {
		p.checkReason(path("reason"), *a.Reason)
	}
	if len(a.History) > MaxHistory {
		p.add(path("history"), EINVALID, "Zu viele Statuswechsel (höchstens %d)", MaxHistory)
	}
	if a.Outcome != nil {
		p.checkOutcome(path("outcome"), *a.Outcome)
	}
	p.checkRef(path("reroutedFrom"), a.ReroutedFrom, KindAnfrage, false)
	p.checkRef(path("reroutedTo"), a.ReroutedTo, KindAnfrage, false)
}

func (p *problems) checkReason(field []string, r Reason) {
	if !valid(r.Code, ReasonCodes) {
		p.add(sub(field, "code"), EINVALID, "Unbekannter Grund")
	}
	p.checkText(sub(field, "text"), r.Text, r.Code == ReasonOther, MaxShortTextLength, true)
}

func (p *problems) checkOutcome(field []string, o Outcome) {
	if o.SessionsHeld < 0 || o.SessionsHeld > MaxSessions {
		p.add(sub(field, "sessionsHeld"), EINVALID, "Anzahl der gehaltenen Termine muss zwischen 0 und %d liegen", MaxSessions)
	}
	if o.ActualCostCent < 0 || o.ActualCostCent > MaxCostCent*MaxSessions {
		p.add(sub(field, "actualCostCent"), EINVALID, "Tatsächliche Kosten müssen zwischen 0 und %d Cent liegen", int64(MaxCostCent*MaxSessions))
	}
	if o.Participants < 0 || o.Participants > MaxParticipants {
		p.add(sub(field, "participants"), EINVALID, "Teilnehmendenzahl muss zwischen 0 und %d liegen", MaxParticipants)
	}
	for side, f := range map[string]*Feedback{"institution": o.Institution, "partner": o.Partner} {
		if f == nil {
			continue
		}
		if f.Rating < 1 || f.Rating > 5 {
			p.add(sub(field, side, "rating"), EINVALID, "Bewertung muss zwischen 1 und 5 liegen")
		}
		p.checkText(sub(field, side, "text"), f.Text, false, MaxFeedbackLength, true)
	}
}

func (a *Anfrage) refs() []ref {
	out := []ref{
		{path("institutionId"), a.InstitutionID, KindInstitution},
		{path("modulId"), a.ModulID, KindModul},
		{path("partnerId"), a.PartnerID, KindPartner},
	}
	if a.BedarfID != "" {
		out = append(out, ref{path("bedarfId"), a.BedarfID, KindBedarf})
	}
	for i, sh := range a.Funding {
		if sh.ProgrammeID != "" {
			out = append(out, ref{path("funding", itoa(i), "programmeId"), sh.ProgrammeID, KindFoerderprogramm})
		}
	}
	return out
}

// Active reports whether the request is still under way (requested, accepted or
// agreed): it counts against asking for the same Modul again.
func (a *Anfrage) Active() bool {
	return a.Status == AnfrageRequested || a.Status == AnfrageAccepted || a.Status == AnfrageAgreed
}

// Overdue reports whether the side that acts next has let the due date pass.
func (a *Anfrage) Overdue(now time.Time) bool {
	return a.NextActor != PartyNone && !a.DueAt.IsZero() && now.After(a.DueAt)
}

// TotalCostCent is what the Modul costs for this request: its price per session,
// participant or booking times the sessions, the group size or once.
func TotalCostCent(m *Modul, sessions, groupSize int) int64 {
	switch m.CostUnit {
	case PerSession:
		return m.CostCent * int64(sessions)
	case PerParticipant:
		return m.CostCent * int64(groupSize)
	}
	return m.CostCent
}
