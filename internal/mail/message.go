package mail

import (
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// Message is one e-mail as the caller composes it; the Sender adds From, Reply-To,
// Message-ID and the automatic-message headers. It holds plain values only, so the
// queue's owner can store it as it is.
type Message struct {
	// Key identifies the message for good: the Message-ID is derived from it, so a
	// message sent twice (a retry after a lost answer) carries the same Message-ID and
	// the recipient's mail program can tell it is the same message. Use what the mail
	// is about, e.g. "anf_…/ACCEPTED/ins_…".
	Key     string
	To      []Address
	Subject string
	// Text is the plain-text body (UTF-8); HTML an optional alternative of the same
	// content.
	Text string
	HTML string
	// Date is when the notification was made (the Date header); zero: when it is sent.
	Date time.Time
}

// Limits of a message; past them Validate refuses it.
const (
	MaxRecipients = 50
	maxKeyLen     = 200 // bytes
	maxSubjectLen = 200 // characters
	maxTextLen    = 256 << 10
	maxHTMLLen    = 512 << 10
)

// Validate checks a message before it is sent: a key, 1–50 valid recipients, a
// one-line subject, a text body, UTF-8 throughout and the size limits. The errors are
// German; a message that fails here can never be sent (the Deliverer gives it up).
func (m Message) Validate() error {
	var problems []error
	add := func(format string, args ...any) { problems = append(problems, fmt.Errorf(format, args...)) }
	switch {
	case m.Key == "":
		add("der Schlüssel (Key) fehlt")
	case len(m.Key) > maxKeyLen || !utf8.ValidString(m.Key):
		add("der Schlüssel (Key) ist länger als %d Bytes oder kein UTF-8", maxKeyLen)
	}
	switch {
	case len(m.To) == 0:
		add("kein Empfänger")
	case len(m.To) > MaxRecipients:
		add("%d Empfänger, höchstens %d", len(m.To), MaxRecipients)
	default:
		for _, a := range m.To {
			if err := a.Validate(); err != nil {
				add("Empfänger: %v", err)
			}
		}
	}
	if strings.TrimSpace(m.Subject) == "" {
		add("der Betreff fehlt")
	} else if err := checkLine(m.Subject, maxSubjectLen); err != nil {
		add("der Betreff %v", err)
	}
	if strings.TrimSpace(m.Text) == "" {
		add("der Text fehlt")
	}
	if len(m.Text) > maxTextLen || len(m.HTML) > maxHTMLLen {
		add("der Text ist größer als %d KiB oder das HTML größer als %d KiB", maxTextLen>>10, maxHTMLLen>>10)
	}
	if !utf8.ValidString(m.Text) || !utf8.ValidString(m.HTML) {
		add("der Text ist kein gültiger UTF-8-Text")
	}
	return errors.Join(problems...)
}

// MessageID is the Message-ID (without the angle brackets) of the message with this
// key sent from an address at domain: a hash of the key, so it says nothing about
// what the mail is about, and the same for every send of it. An internationalised
// domain is written in its ASCII form (Punycode), which every mail system reads.
func MessageID(key, domain string) string {
	sum := sha256.Sum256([]byte(key))
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	ascii, err := idna.Lookup.ToASCII(domain)
	if err != nil || ascii == "" {
		ascii = "drehscheibe.invalid"
	}
	return "drehscheibe." + strings.ToLower(enc.EncodeToString(sum[:20])) + "@" + ascii
}
