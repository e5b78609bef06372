package drehscheibe

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// Notification tells a side of an Anfrage that something concerns it: the other side
// (or the Servicestelle) changed its state or confirmed the agreement. Notifications
// are derived from the Anfragen themselves (their history and confirmations), so a
// stored change can never lose its notification; only whether one was read is stored
// (per reader, see ReadMarks).
type Notification struct {
	// ID is stable: the same event always has the same ID.
	ID        ID
	At        time.Time
	AnfrageID ID
	// Status is the state the request changed to (its state at a confirmation).
	Status AnfrageStatus
	// Side is the side it is for: INSTITUTION, PARTNER or SERVICESTELLE.
	Side  Party
	Title string
	Text  string
}

// Names looks up what notifications name: the Modul's title, the institution's and
// the partner's names.
type Names struct {
	Modul, Institution, Partner string
}

// NotificationsOf returns the notifications request a gives rise to, oldest first: each
// transition is for the side(s) that did not make it (both sides when the Servicestelle
// made it), a decline also for the Servicestelle (to re-route), and each confirmation
// of the agreement for the other side.
func NotificationsOf(a *Anfrage, n Names) []Notification {
	var out []Notification
	for i, t := range a.History {
		for _, side := range addressees(t) {
			title, text := transitionText(a, t, n)
			out = append(out, Notification{ID: notificationID(a.ID, "t", i, side), At: t.At, AnfrageID: a.ID,
				Status: t.To, Side: side, Title: title, Text: text})
		}
	}
	if v := a.Vereinbarung; v != nil {
		for i, c := range v.Confirmations {
			other := PartyPartner
			if c.Side == PartyPartner {
				other = PartyInstitution
			}
			out = append(out, Notification{ID: notificationID(a.ID, "c", i, other), At: c.At, AnfrageID: a.ID, Status: AnfrageAccepted, Side: other,
				Title: "Vereinbarung bestätigt: " + n.Modul,
				Text: fmt.Sprintf("%s hat die Kooperationsvereinbarung zu „%s“ bestätigt (Fassung vom %s). Bitte prüfen und ebenfalls bestätigen, falls noch nicht geschehen.",
					sideName(c.Side, n), n.Modul, c.At.In(Dortmund).Format("2.1.2006"))})
		}
	}
	slices.SortStableFunc(out, func(x, y Notification) int { return x.At.Compare(y.At) })
	return out
}

// addressees are the sides a transition concerns.
func addressees(t Transition) []Party {
	var out []Party
	switch t.Side {
	case PartyInstitution:
		out = []Party{PartyPartner}
	case PartyPartner:
		out = []Party{PartyInstitution}
	default:
		out = []Party{PartyInstitution, PartyPartner}
	}
	if t.To == AnfrageDeclined {
		out = append(out, PartyServicestelle)
	}
	return out
}

func sideName(side Party, n Names) string {
	if side == PartyPartner {
		return n.Partner
	}
	if side == PartyInstitution {
		return n.Institution
	}
	return "Die Servicestelle"
}

// transitionText is the German title and text of a transition.
func transitionText(a *Anfrage, t Transition, n Names) (string, string) {
	who := sideName(t.Side, n)
	reason := ""
	if t.Reason != nil {
		reason = " Grund: " + t.Reason.Code.Label()
		if t.Reason.Text != "" {
			reason += " – " + t.Reason.Text
		}
		reason += "."
	}
	due := ""
	if !a.DueAt.IsZero() && t.To == a.Status {
		due = " Bitte bis " + a.DueAt.In(Dortmund).Format("2.1.2006") + " reagieren."
	}
	switch t.To {
	case AnfrageRequested:
		return "Neue Anfrage: " + n.Modul, fmt.Sprintf("%s fragt „%s“ an (%s, %d Termine, %d Teilnehmende).%s",
			n.Institution, n.Modul, periodText(a.Period), a.Sessions, a.GroupSize, due)
	case AnfrageAccepted:
		return "Anfrage angenommen: " + n.Modul, fmt.Sprintf("%s hat die Anfrage zu „%s“ angenommen. Die Kooperationsvereinbarung liegt vor; bitte prüfen und bestätigen.%s",
			who, n.Modul, due)
	case AnfrageDeclined:
		return "Anfrage abgelehnt: " + n.Modul, fmt.Sprintf("%s hat die Anfrage von %s zu „%s“ abgelehnt.%s Passende Alternativen stehen bei der Anfrage.",
			who, n.Institution, n.Modul, reason)
	case AnfrageWithdrawn:
		return "Anfrage zurückgezogen: " + n.Modul, fmt.Sprintf("%s hat die Anfrage zu „%s“ zurückgezogen.%s", who, n.Modul, reason)
	case AnfrageAgreed:
		return "Vereinbart: " + n.Modul, fmt.Sprintf("Beide Seiten haben die Kooperationsvereinbarung zu „%s“ bestätigt (%s).", n.Modul, periodText(a.Period))
	case AnfrageCancelled:
		return "Storniert: " + n.Modul, fmt.Sprintf("%s hat die Vereinbarung zu „%s“ storniert.%s", who, n.Modul, reason)
	case AnfrageDone:
		return "Durchgeführt: " + n.Modul, fmt.Sprintf("%s hat „%s“ als durchgeführt gemeldet. Bitte geben Sie Ihre Rückmeldung (Bewertung).%s", who, n.Modul, due)
	}
	return "Anfrage: " + n.Modul, t.To.Label()
}

func periodText(p Period) string {
	if p.From.IsZero() {
		return "Zeitraum offen"
	}
	return p.From.German() + "–" + p.To.German()
}

func notificationID(a ID, kind string, i int, side Party) ID {
	return StableID(KindNotification, fmt.Sprintf("%s/%s/%d/%s", a, kind, i, side))
}

// SidesOf returns the sides of requests whose notifications p receives, and whether p
// receives any: partners the partner side, institutions and campus management the
// institution side, the Servicestelle its own.
func SidesOf(p Principal) (Party, bool) {
	switch p.Role {
	case RolePartner:
		return PartyPartner, true
	case RoleInstitution, RoleCampusManager:
		return PartyInstitution, true
	case RoleServicestelle:
		return PartyServicestelle, true
	}
	return PartyNone, false
}

// ReadMarks are what a reader marked read: everything up to All, and the notifications
// in IDs.
type ReadMarks struct {
	All time.Time
	IDs []ID
}

// Read reports whether notification n is marked read.
func (r ReadMarks) Read(n Notification) bool {
	return !n.At.After(r.All) || slices.Contains(r.IDs, n.ID)
}

// MaxReadMarks bounds the notifications marked read one by one (beyond: "all read").
const MaxReadMarks = 2000

// MarkNotificationsRead marks the notifications ids read for the caller, or all of
// them up to now. EINVALID (too many, none named), EUNAUTHENTICATED, EFORBIDDEN.
func (s *Service) MarkNotificationsRead(ctx context.Context, ids []ID, all bool) error {
	p, err := s.principal(ctx, OpMarkNotificationsRead)
	if err != nil {
		return err
	}
	switch {
	case !all && len(ids) == 0:
		return FieldErrorf(EINVALID, path("ids"), "Benachrichtigungen angeben (ids) oder alle (all: true)")
	case len(ids) > 100:
		return FieldErrorf(EINVALID, path("ids"), "Höchstens 100 Benachrichtigungen auf einmal")
	}
	for i, id := range ids {
		if !id.Is(KindNotification) {
			return FieldErrorf(EINVALID, path("ids", itoa(i)), "Das ist keine Benachrichtigung (ID muss mit ntf_ beginnen)")
		}
	}
	var upTo time.Time
	if all {
		upTo = s.clock()
		ids = nil
	} else if marks, err := s.store.ReadMarks(ctx, p.Identity()); err != nil {
		return err
	} else if len(marks.IDs)+len(ids) > MaxReadMarks {
		return FieldErrorf(EINVALID, path("ids"), "Zu viele einzeln gelesene Benachrichtigungen; bitte alle als gelesen markieren (all: true)")
	}
	return s.store.MarkRead(ctx, p.Identity(), ids, upTo)
}

// ReadMarksOf returns the caller's read marks.
func (s *Service) ReadMarksOf(ctx context.Context) (ReadMarks, error) {
	return s.store.ReadMarks(ctx, PrincipalFrom(ctx).Identity())
}
