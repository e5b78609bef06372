package notify

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// ServicestelleName names the Servicestelle as the recipient of its mails.
const ServicestelleName = "Servicestelle Bildungspartnerschaften"

// DashboardPath is where the dashboard shows an Anfrage, below the service's address.
const DashboardPath = "/dashboard/anfrage/"

// dashboardHint follows the notification's text: the details stay behind the sign-in.
const dashboardHint = "Alle Einzelheiten und die nächsten Schritte finden Sie in der Drehscheibe, nach der Anmeldung."

// Limits of a mail's parts (mail.Notification's).
const (
	maxTitle     = 150
	maxParagraph = 2000
	maxKey       = 200
)

// composer writes the mails of notifications.
type composer struct {
	// base is the service's public address, without a trailing slash.
	base string
	// servicestelle receives the Servicestelle's notifications (zero: nobody).
	servicestelle mail.Address
}

// mailsOf returns the mails of request a's notifications made at or after from: one per
// notification and recipient, named from snapshot s. Notifications whose side has no
// usable address are returned as skipped.
func (c composer) mailsOf(s *catalog.Snapshot, a *drehscheibe.Anfrage, from time.Time) ([]mail.Message, []Skip) {
	var out []mail.Message
	var skipped []Skip
	names := s.Names(a)
	for _, n := range drehscheibe.NotificationsOf(withoutFreeText(a), names) {
		if n.At.Before(from) {
			continue
		}
		to, org := c.recipient(s, a, n.Side, names)
		if to.Email == "" {
			if n.Side != drehscheibe.PartyServicestelle {
				skipped = append(skipped, Skip{Notification: n.ID, Anfrage: a.ID, Side: n.Side, Reason: "keine E-Mail-Adresse"})
			}
			continue
		}
		m, err := mail.Notification{
			Key:        key(n.ID, to.Email),
			To:         []mail.Address{to},
			Recipient:  org,
			Title:      cut(n.Title, maxTitle),
			Paragraphs: []string{cut(afterGreeting(n.Text), maxParagraph), dashboardHint},
			Link:       c.base + DashboardPath + url.PathEscape(string(a.ID)),
			Date:       n.At,
		}.Message()
		if err != nil {
			// the reason names the address; a Skip carries IDs only
			skipped = append(skipped, Skip{Notification: n.ID, Anfrage: a.ID, Side: n.Side, Reason: "Adresse oder Text für eine E-Mail ungeeignet"})
			continue
		}
		out = append(out, m)
	}
	return out, skipped
}

// recipient is the address a side's notifications go to and the organisation it
// stands for: the partner's contact; the request's contact, else the institution's; the
// configured address of the Servicestelle.
func (c composer) recipient(s *catalog.Snapshot, a *drehscheibe.Anfrage, side drehscheibe.Party, names drehscheibe.Names) (mail.Address, string) {
	switch side {
	case drehscheibe.PartyPartner:
		if pa, ok := s.Partner(a.PartnerID); ok {
			return address(pa.Contact), names.Partner
		}
	case drehscheibe.PartyInstitution:
		if a.Contact.Email != "" {
			return address(a.Contact), names.Institution
		}
		if in, ok := s.Institution(a.InstitutionID); ok {
			return address(in.Contact), names.Institution
		}
	case drehscheibe.PartyServicestelle:
		return c.servicestelle, ServicestelleName
	}
	return mail.Address{}, ""
}

func address(c drehscheibe.Contact) mail.Address {
	if c.Email == "" {
		return mail.Address{}
	}
	return mail.Address{Name: c.Name, Email: c.Email}
}

// key is the mail's Key: the notification and the recipient, so the same notification
// is queued once per address, however often it is derived. An address too long for the
// key is hashed.
func key(n drehscheibe.ID, email string) string {
	email = strings.ToLower(email)
	if k := string(n) + "/" + email; len(k) <= maxKey {
		return k
	}
	sum := sha256.Sum256([]byte(email))
	return string(n) + "/" + hex.EncodeToString(sum[:])
}

// withoutFreeText returns a copy of a whose reasons keep their code but lose their free
// text: a reason is typed by a person and might name a child, and no personal data of a
// child may go into a mail (package mail). The dashboard shows the whole reason.
func withoutFreeText(a *drehscheibe.Anfrage) *drehscheibe.Anfrage {
	c := *a
	c.History = make([]drehscheibe.Transition, len(a.History))
	for i, t := range a.History {
		if t.Reason != nil {
			t.Reason = &drehscheibe.Reason{Code: t.Reason.Code}
		}
		c.History[i] = t
	}
	if a.Reason != nil {
		c.Reason = &drehscheibe.Reason{Code: a.Reason.Code}
	}
	return &c
}

// afterGreeting starts a notification's text in lower case where German does after
// "Guten Tag,": "Die Servicestelle hat …" becomes "die Servicestelle hat …"; names
// ("OGS am Park fragt …") keep their capital.
func afterGreeting(s string) string {
	for _, w := range []string{"Die ", "Beide "} {
		if strings.HasPrefix(s, w) {
			r, size := utf8.DecodeRuneInString(s)
			return string(unicode.ToLower(r)) + s[size:]
		}
	}
	return s
}

// cut shortens s to at most max characters, marking the cut with "…".
func cut(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}
