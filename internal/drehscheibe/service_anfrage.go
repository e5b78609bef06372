// Use cases of the requests (Anfragen): from a recommendation to an agreement, its
// delivery and outcome. Each transition is its own use case, checked against the
// state machine (anfrage_status.go) and the caller's side; the Modul's capacity is
// reserved and released by one conditional single-document update each
// (Store.Reserve, Store.Release).

package drehscheibe

import (
	"context"
	"time"
)

// AnfrageInput is a new request.
type AnfrageInput struct {
	InstitutionID ID
	ModulID       ID
	BedarfID      ID
	Period        Period
	Slots         []Slot
	// Sessions and GroupSize default to the Modul's sessions and the need's group size.
	Sessions  int
	GroupSize int
	Message   string
	// Funding are the shares of the costs (nil: all the institution's own); one share
	// may be the rest.
	Funding []FundingShare
	// Contact defaults to the institution's contact.
	Contact *Contact
}

// CreateAnfrage records a request of an institution for a published Modul, by the
// institution, its campus management or the Servicestelle on its behalf. The partner
// acts next. ENOTFOUND (also for a Modul or need the caller may not see), EINVALID,
// ECONFLICT (already requested for this need, fully booked), EFORBIDDEN.
func (s *Service) CreateAnfrage(ctx context.Context, in AnfrageInput) (*Anfrage, error) {
	p, err := s.principal(ctx, OpCreateAnfrage)
	if err != nil {
		return nil, err
	}
	if err := s.actsFor(p, in.InstitutionID); err != nil {
		return nil, err
	}
	a, err := s.newAnfrage(ctx, p, in)
	if err != nil {
		return nil, err
	}
	return a, s.insert(ctx, OpCreateAnfrage, a, nil)
}

// newAnfrage builds a REQUESTED Anfrage from in, checking the Modul, the need and
// that no request for the same Modul and need is under way.
func (s *Service) newAnfrage(ctx context.Context, p Principal, in AnfrageInput) (*Anfrage, error) {
	m, err := getAs[*Modul](ctx, s, p, in.ModulID, anyVersion, false)
	if err != nil {
		return nil, onField(err, "modulId")
	}
	if err := requestable(m); err != nil {
		return nil, err
	}
	inst, err := getAs[*Institution](ctx, s, p, in.InstitutionID, anyVersion, false)
	if err != nil {
		return nil, onField(err, "institutionId")
	}
	var b *Bedarf
	if in.BedarfID != "" {
		if b, err = getAs[*Bedarf](ctx, s, p, in.BedarfID, anyVersion, false); err != nil {
			return nil, onField(err, "bedarfId")
		}
		switch {
		case b.InstitutionID != in.InstitutionID:
			return nil, FieldErrorf(EINVALID, path("bedarfId"), "Der Bedarf gehört zu einer anderen Einrichtung")
		case b.Status == BedarfClosed:
			return nil, FieldErrorf(EINVALIDTRANSITION, path("bedarfId"), "Der Bedarf ist geschlossen")
		}
	}
	for _, other := range s.catalog.AnfragenOf(in.InstitutionID) {
		if other.ModulID == in.ModulID && other.BedarfID == in.BedarfID && other.Active() {
			return nil, FieldErrorf(ECONFLICT, path("modulId"), "Für dieses Modul läuft bereits eine Anfrage der Einrichtung (Status: %s)", other.Status.Label())
		}
	}
	now := s.clock()
	a := &Anfrage{
		InstitutionID: in.InstitutionID, ModulID: m.ID, PartnerID: m.PartnerID, BedarfID: in.BedarfID,
		RequestedBy: ActorOf(p), Period: in.Period, Slots: in.Slots, Sessions: in.Sessions, GroupSize: in.GroupSize,
		Message: in.Message, Contact: inst.Contact,
	}
	if a.Sessions == 0 {
		a.Sessions = max(m.Schedule.Sessions, 1)
	}
	switch {
	case a.GroupSize != 0:
	case b != nil:
		a.GroupSize = b.GroupSize
	default:
		a.GroupSize = max(m.GroupSize.Min, 1)
	}
	a.Funding = in.Funding
	if in.Contact != nil {
		a.Contact = *in.Contact
	}
	if err := s.fund(p, a, m, inst); err != nil {
		return nil, err
	}
	a.transit(AnfrageRequested, Transition{At: now, By: ActorOf(p), Side: sideOfInstitution(p)})
	a.NextActor, a.DueAt = PartyPartner, s.deadline(now)
	return a, nil
}

// onField puts a reference that was not found on the input field that names it.
func onField(err error, field string) error {
	if e, ok := AsError(err); ok && e.Code == ENOTFOUND {
		c := *e
		c.Field = path(field)
		return &c
	}
	return err
}

// requestable checks that Modul m can be requested: published, with capacity left.
func requestable(m *Modul) error {
	switch {
	case m.Status != ModulPublished:
		return FieldErrorf(EINVALID, path("modulId"), "Nur veröffentlichte Module können angefragt werden (Status: %s)", m.Status.Label())
	case m.RemainingCapacity() < 1:
		return fullyBooked(m)
	}
	return nil
}

func fullyBooked(m *Modul) error {
	return FieldErrorf(ECONFLICT, path("modulId"), "„%s“ ist ausgebucht (Kapazität %d, gebucht %d)", m.Title, m.Capacity, m.Booked)
}

// AcceptAnfrage accepts a request on behalf of the partner: one unit of the Modul's
// capacity is reserved (ECONFLICT "ausgebucht" when none is left), the
// Kooperationsvereinbarung is generated, and both sides confirm it next.
func (s *Service) AcceptAnfrage(ctx context.Context, id ID, version int64) (*Anfrage, error) {
	p, err := s.principal(ctx, OpAcceptAnfrage)
	if err != nil {
		return nil, err
	}
	a, err := getAs[*Anfrage](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	if err := mayAnswer(p, a); err != nil {
		return nil, err
	}
	if err := a.mayBecome(AnfrageAccepted); err != nil {
		return nil, err
	}
	m, err := getAs[*Modul](ctx, s, p, a.ModulID, anyVersion, false)
	if err != nil {
		return nil, err
	}
	if m.Status != ModulPublished {
		return nil, FieldErrorf(EINVALID, path("id"), "Das Modul ist nicht mehr veröffentlicht (Status: %s)", m.Status.Label())
	}
	parts, err := s.agreementParts(ctx, p, a, m)
	if err != nil {
		return nil, err
	}
	if err := s.reserve(ctx, OpAcceptAnfrage, p, a.ModulID, a.ID); err != nil {
		return nil, err
	}
	accepted, err := update(ctx, s, OpAcceptAnfrage, id, version, func(p Principal, a *Anfrage) error {
		if err := a.mayBecome(AnfrageAccepted); err != nil {
			return err
		}
		now := s.clock()
		parts.anfrage = a
		a.Vereinbarung = newVereinbarung(parts, 1)
		a.Reserved = true
		a.transit(AnfrageAccepted, Transition{At: now, By: ActorOf(p), Side: sideOfPartner(p)})
		a.NextActor, a.DueAt = PartyBoth, s.deadline(now)
		return nil
	})
	if err != nil {
		// give the unit back; should that fail too, the reservation names this
		// request, and declining or withdrawing it later releases it
		_ = s.release(context.WithoutCancel(ctx), OpAcceptAnfrage, p, a.ModulID, a.ID)
		return nil, err
	}
	return accepted, nil
}

// DeclineAnfrage declines a request on behalf of the partner, with a reason.
func (s *Service) DeclineAnfrage(ctx context.Context, id ID, version int64, r Reason) (*Anfrage, error) {
	return s.end(ctx, OpDeclineAnfrage, id, version, AnfrageDeclined, &r, mayAnswer)
}

// WithdrawAnfrage withdraws a request on behalf of the institution before the partner
// answered.
func (s *Service) WithdrawAnfrage(ctx context.Context, id ID, version int64, r *Reason) (*Anfrage, error) {
	if r == nil {
		r = &Reason{Code: ReasonNoLongerNeed}
	}
	return s.end(ctx, OpWithdrawAnfrage, id, version, AnfrageWithdrawn, r, s.mayAskFor)
}

// CancelAnfrage cancels an accepted or agreed request, by either side, with a reason:
// the capacity is released and a need it covered is open again.
func (s *Service) CancelAnfrage(ctx context.Context, id ID, version int64, r Reason) (*Anfrage, error) {
	return s.end(ctx, OpCancelAnfrage, id, version, AnfrageCancelled, &r, s.isParty)
}

// end moves a request to a final state with a reason, after may allowed it, and
// releases what it held: the capacity, the money committed to it and the need it
// covered.
func (s *Service) end(ctx context.Context, op Operation, id ID, version int64, to AnfrageStatus, r *Reason,
	may func(Principal, *Anfrage) error) (*Anfrage, error) {
	var wasAgreed bool
	ended, err := update(ctx, s, op, id, version, func(p Principal, a *Anfrage) error {
		if err := may(p, a); err != nil {
			return err
		}
		if err := a.mayBecome(to); err != nil {
			return err
		}
		wasAgreed = a.Status == AnfrageAgreed
		reason := *r
		a.Reason = &reason
		a.Reserved = false
		a.transit(to, Transition{At: s.clock(), By: ActorOf(p), Side: s.sideOf(p, a), Reason: &reason})
		a.NextActor, a.DueAt = PartyNone, time.Time{}
		return nil
	})
	if err != nil {
		return nil, err
	}
	p := PrincipalFrom(ctx)
	bg := context.WithoutCancel(ctx) // the request has ended: what it held goes back in any case
	// releasing is idempotent: a request that never held a unit releases nothing
	if wasAgreed {
		s.releaseFunding(bg, op, p, ended, ended.Funding)
	}
	if err := s.release(bg, op, p, ended.ModulID, ended.ID); err != nil {
		return ended, nil //nolint:nilerr // the end is stored; the Modul keeps one unit too many, visible to its partner
	}
	if wasAgreed && ended.BedarfID != "" {
		_, _ = modify(bg, s, op, System("Anfrage "+string(ended.ID)), ended.BedarfID, func(b *Bedarf) error {
			b.uncover(ended.ModulID)
			return nil
		})
	}
	return ended, nil
}

// ConfirmVereinbarung confirms the current revision of an agreement (by its hash) for
// the caller's side (side names it for the Servicestelle, which may confirm for
// either). When both sides confirmed the same revision, the request is AGREED and the
// need it answers is covered. ECONFLICT when the hash is not the current one.
func (s *Service) ConfirmVereinbarung(ctx context.Context, id ID, version int64, hash string, side Party) (*Anfrage, error) {
	p, err := s.principal(ctx, OpConfirmVereinbarung)
	if err != nil {
		return nil, err
	}
	cur, err := getAs[*Anfrage](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	if _, err := s.confirm(p, cur, hash, side); err != nil {
		return nil, err
	}
	// the last confirmation commits the funding first: no agreement without the money
	agrees := cur.Status == AnfrageAgreed
	if agrees {
		if err := s.commitFunding(ctx, OpConfirmVereinbarung, p, cur); err != nil {
			return nil, err
		}
	}
	confirmed, err := update(ctx, s, OpConfirmVereinbarung, id, version, func(p Principal, a *Anfrage) error {
		_, err := s.confirm(p, a, hash, side)
		return err
	})
	if err != nil {
		if agrees {
			s.releaseFunding(context.WithoutCancel(ctx), OpConfirmVereinbarung, p, cur, cur.Funding)
		}
		return nil, err
	}
	if confirmed.Status == AnfrageAgreed && confirmed.BedarfID != "" {
		s.cover(ctx, OpConfirmVereinbarung, confirmed)
	}
	return confirmed, nil
}

// confirm records p's confirmation of the agreement's revision hash for side (see
// ConfirmVereinbarung) on a; when both sides confirmed it, a is AGREED.
func (s *Service) confirm(p Principal, a *Anfrage, hash string, named Party) (Party, error) {
	side, err := s.confirmingSide(p, a, named)
	if err != nil {
		return side, err
	}
	if a.Status != AnfrageAccepted || a.Vereinbarung == nil {
		return side, invalidTransition(a, "bestätigt werden (nur angenommene Anfragen haben eine Vereinbarung zu bestätigen)")
	}
	v := a.Vereinbarung
	if hash != v.Hash {
		return side, FieldErrorf(ECONFLICT, path("contentHash"), "Die Vereinbarung wurde inzwischen geändert (jetzt Fassung %d); bitte die aktuelle Fassung prüfen und bestätigen", v.Content.Revision)
	}
	if v.ConfirmedBy(side) {
		return side, FieldErrorf(EINVALID, path("contentHash"), "Die %s hat diese Fassung bereits bestätigt", side.Label())
	}
	now := s.clock()
	v.Confirmations = append(v.Confirmations, Confirmation{Side: side, Hash: hash, By: ActorOf(p), At: now})
	if !v.Agreed() {
		a.NextActor = v.Pending()
		return side, nil
	}
	a.transit(AnfrageAgreed, Transition{At: now, By: ActorOf(p), Side: side})
	a.NextActor, a.DueAt = PartyBoth, s.reportDue(a)
	return side, nil
}

// cover records on the need that the agreed request covers it. The request is the
// record; should the need have moved on (closed), it stays as it is.
func (s *Service) cover(ctx context.Context, op Operation, a *Anfrage) {
	_, _ = modify(context.WithoutCancel(ctx), s, op, System("Anfrage "+string(a.ID)), a.BedarfID, func(b *Bedarf) error {
		if b.Status == BedarfClosed || b.Covers(a.ModulID) {
			return errUnchanged
		}
		b.cover(a.ModulID, s.clock())
		return nil
	})
}

// VereinbarungTerms are the terms either side may change before both confirmed.
type VereinbarungTerms struct {
	Period    Update[Period]
	Slots     Update[[]Slot]
	Sessions  Update[int]
	GroupSize Update[int]
	Funding   Update[[]FundingShare]
}

// ReviseVereinbarung changes the terms of an accepted request: a new revision of the
// agreement is generated, and confirmations of the old one no longer count.
func (s *Service) ReviseVereinbarung(ctx context.Context, id ID, version int64, t VereinbarungTerms) (*Anfrage, error) {
	p, err := s.principal(ctx, OpReviseVereinbarung)
	if err != nil {
		return nil, err
	}
	cur, err := getAs[*Anfrage](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	m, err := getAs[*Modul](ctx, s, System("Vereinbarung"), cur.ModulID, anyVersion, false)
	if err != nil {
		return nil, err
	}
	parts, err := s.agreementParts(ctx, p, cur, m)
	if err != nil {
		return nil, err
	}
	return update(ctx, s, OpReviseVereinbarung, id, version, func(p Principal, a *Anfrage) error {
		if err := s.isParty(p, a); err != nil {
			return err
		}
		if a.Status != AnfrageAccepted || a.Vereinbarung == nil {
			return invalidTransition(a, "geändert werden (nur die Vereinbarung einer angenommenen Anfrage lässt sich ändern)")
		}
		t.Period.apply(&a.Period)
		t.Slots.apply(&a.Slots)
		t.Sessions.apply(&a.Sessions)
		t.GroupSize.apply(&a.GroupSize)
		t.Funding.apply(&a.Funding)
		if err := s.fund(p, a, m, parts.institution); err != nil {
			return err
		}
		parts.anfrage = a
		old := a.Vereinbarung
		a.Vereinbarung = newVereinbarung(parts, old.Content.Revision+1)
		a.Vereinbarung.Confirmations = old.Confirmations
		a.NextActor, a.DueAt = PartyBoth, s.deadline(s.clock())
		return nil
	})
}

// OutcomeInput is one side's report after delivery.
type OutcomeInput struct {
	SessionsHeld int
	Participants int
	// ActualCostCent is what the Modul really cost (nil: as agreed).
	ActualCostCent *int64
	Rating         int
	Feedback       string
	// Side names the side for the Servicestelle.
	Side Party
}

// CompleteAnfrage records that an agreed Modul was delivered: the sessions held, the
// participants (a count) and the caller's side's rating and feedback; the request is
// DONE. The other side adds its rating and feedback the same way afterwards.
func (s *Service) CompleteAnfrage(ctx context.Context, id ID, version int64, in OutcomeInput) (*Anfrage, error) {
	p, err := s.principal(ctx, OpCompleteAnfrage)
	if err != nil {
		return nil, err
	}
	cur, err := getAs[*Anfrage](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	// the first report turns the commitments into spending of the actual costs
	spends := cur.Status == AnfrageAgreed
	if err := s.complete(p, cur, in); err != nil {
		return nil, err
	}
	actual := int64(0)
	if spends {
		actual = cur.Outcome.ActualCostCent
		if err := s.spendFunding(ctx, OpCompleteAnfrage, p, cur, actual); err != nil {
			return nil, err
		}
	}
	done, err := update(ctx, s, OpCompleteAnfrage, id, version, func(p Principal, a *Anfrage) error { return s.complete(p, a, in) })
	if err != nil && spends {
		s.unspendFunding(context.WithoutCancel(ctx), OpCompleteAnfrage, p, cur, actual)
	}
	return done, err
}

// complete records p's report on a (see CompleteAnfrage).
func (s *Service) complete(p Principal, a *Anfrage, in OutcomeInput) error {
	side, err := s.confirmingSide(p, a, in.Side)
	if err != nil {
		return err
	}
	now := s.clock()
	fb := &Feedback{Rating: in.Rating, Text: in.Feedback, By: ActorOf(p), At: now}
	switch {
	case a.Status == AnfrageAgreed:
		a.Outcome = &Outcome{SessionsHeld: in.SessionsHeld, Participants: in.Participants, CompletedAt: now, ActualCostCent: a.committedCent()}
		if in.ActualCostCent != nil {
			a.Outcome.ActualCostCent = *in.ActualCostCent
		}
		a.transit(AnfrageDone, Transition{At: now, By: ActorOf(p), Side: side})
	case a.Status == AnfrageDone && a.Outcome.feedbackOf(side) == nil:
		// the second side adds its view; the counts and costs of the first report stand
	case a.Status == AnfrageDone:
		return FieldErrorf(EINVALID, path("rating"), "Die %s hat ihre Rückmeldung bereits gegeben", side.Label())
	default:
		return invalidTransition(a, "abgeschlossen werden (nur vereinbarte Anfragen)")
	}
	a.Outcome.setFeedback(side, fb)
	a.NextActor, a.DueAt = PartyNone, time.Time{}
	if missing := a.Outcome.missingFeedback(); missing != PartyNone {
		a.NextActor, a.DueAt = missing, s.deadline(now)
	}
	return nil
}

// committedCent is what the request's shares add up to: its agreed costs.
func (a *Anfrage) committedCent() int64 {
	var sum int64
	for _, sh := range a.Funding {
		sum += sh.AmountCent
	}
	return sum
}

// RerouteAnfrage lets the Servicestelle send a request that was declined, or that the
// partner has not answered, to another Modul: the old one is withdrawn (when still
// open) and linked to a new request with the same terms, which that Modul's partner
// answers next.
func (s *Service) RerouteAnfrage(ctx context.Context, id ID, version int64, modul ID, message string) (*Anfrage, error) {
	p, err := s.principal(ctx, OpRerouteAnfrage)
	if err != nil {
		return nil, err
	}
	old, err := getAs[*Anfrage](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	if old.Status != AnfrageRequested && old.Status != AnfrageDeclined {
		return nil, invalidTransition(old, "umgeleitet werden (nur offene oder abgelehnte Anfragen)")
	}
	if old.ReroutedTo != "" {
		return nil, FieldErrorf(EINVALIDTRANSITION, path("id"), "Die Anfrage wurde bereits umgeleitet")
	}
	if modul == old.ModulID {
		return nil, FieldErrorf(EINVALID, path("modulId"), "Bitte ein anderes Modul wählen")
	}
	in := AnfrageInput{InstitutionID: old.InstitutionID, ModulID: modul, BedarfID: old.BedarfID, Period: old.Period,
		Slots: old.Slots, Sessions: old.Sessions, GroupSize: old.GroupSize, Message: old.Message, Funding: old.Funding, Contact: &old.Contact}
	if message != "" {
		in.Message = message
	}
	next, err := s.newAnfrage(ctx, p, in)
	if err != nil {
		return nil, err
	}
	next.ID, next.ReroutedFrom = NewID(KindAnfrage), old.ID
	next.clean()
	if err := s.validate(ctx, next); err != nil {
		return nil, err
	}
	_, err = update(ctx, s, OpRerouteAnfrage, id, version, func(p Principal, a *Anfrage) error {
		a.ReroutedTo = next.ID
		if a.Status == AnfrageRequested {
			reason := Reason{Code: ReasonRerouted, Text: "von der Servicestelle an ein anderes Angebot vermittelt"}
			a.Reason = &reason
			a.transit(AnfrageWithdrawn, Transition{At: s.clock(), By: ActorOf(p), Side: PartyServicestelle, Reason: &reason})
			a.NextActor, a.DueAt = PartyNone, time.Time{}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return next, s.insert(ctx, OpRerouteAnfrage, next, nil)
}

// transit records the change of a's state to to.
func (a *Anfrage) transit(to AnfrageStatus, t Transition) {
	t.From, t.To = a.Status, to
	a.Status = to
	a.History = append(a.History, t)
}

// mayBecome checks the state machine.
func (a *Anfrage) mayBecome(to AnfrageStatus) error {
	if a.Status.CanBecome(to) {
		return nil
	}
	return invalidTransition(a, to.Label()+" werden")
}

func invalidTransition(a *Anfrage, what string) error {
	return &Error{Code: EINVALIDTRANSITION, Field: path("status"),
		Message: "Eine Anfrage im Status „" + a.Status.Label() + "“ kann nicht " + what}
}

func (o *Outcome) feedbackOf(side Party) *Feedback {
	if side == PartyPartner {
		return o.Partner
	}
	return o.Institution
}

func (o *Outcome) setFeedback(side Party, f *Feedback) {
	if side == PartyPartner {
		o.Partner = f
	} else {
		o.Institution = f
	}
}

func (o *Outcome) missingFeedback() Party {
	switch {
	case o.Institution == nil && o.Partner == nil:
		return PartyBoth
	case o.Institution == nil:
		return PartyInstitution
	case o.Partner == nil:
		return PartyPartner
	}
	return PartyNone
}

// deadline is when a side that must act from now on should have acted.
func (s *Service) deadline(from time.Time) time.Time {
	return s.workflow.Deadline(from, s.workflow.ResponseDays).Truncate(time.Millisecond)
}

// reportDue is when the outcome of an agreed request should be reported: the response
// time after the end of its period (or after now, when the period has passed).
func (s *Service) reportDue(a *Anfrage) time.Time {
	from := s.clock()
	if end := a.Period.To.Time().Add(12 * time.Hour); end.After(from) {
		from = end
	}
	return s.deadline(from)
}

// agreementParts gathers the entities an agreement of a is made from.
func (s *Service) agreementParts(ctx context.Context, p Principal, a *Anfrage, m *Modul) (agreementParts, error) {
	sys := System("Vereinbarung") // the parties are named in the agreement whoever generates it
	in, err := getAs[*Institution](ctx, s, sys, a.InstitutionID, anyVersion, false)
	if err != nil {
		return agreementParts{}, err
	}
	pa, err := getAs[*Partner](ctx, s, sys, a.PartnerID, anyVersion, false)
	if err != nil {
		return agreementParts{}, err
	}
	parts := agreementParts{institution: in, partner: pa, modul: m, today: s.today(), names: s.programmeName}
	if k := s.catalog.CampusOf(a.InstitutionID); k != "" {
		if c, err := getAs[*Kindercampus](ctx, s, sys, k, anyVersion, false); err == nil {
			parts.campus = c
		}
	}
	return parts, nil
}

// today is the date in the city.
func (s *Service) today() Date {
	return DateOf(s.now().In(s.workflow.Location()))
}

// Anfrage returns the request id as the caller sees it: its institution and campus
// management, the Modul's partner and the Servicestelle. ENOTFOUND for everyone else
// (and anonymous callers), exactly as for an unknown ID.
func (s *Service) Anfrage(ctx context.Context, id ID) (*Anfrage, error) {
	p, err := s.principal(ctx, OpAnfragen)
	if err != nil {
		if ErrorCode(err) == EFORBIDDEN {
			return nil, FieldErrorf(ENOTFOUND, path("id"), "Anfrage nicht gefunden")
		}
		return nil, err
	}
	return getAs[*Anfrage](ctx, s, p, id, anyVersion, false)
}

// programmeName names programme id ("" when unknown).
func (s *Service) programmeName(id ID) string {
	if e, ok := s.catalog.Lookup(id); ok {
		if f, ok := e.(*Foerderprogramm); ok {
			return f.Name
		}
	}
	return ""
}
