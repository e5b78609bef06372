package mail

import (
	_ "embed"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"net/url"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// DefaultSender signs a notification unless it names another sender.
const DefaultSender = "Servicestelle Bildungspartnerschaften, Stadt Dortmund"

// DefaultLinkText introduces the link unless the notification names another text.
const DefaultLinkText = "In der Drehscheibe öffnen"

// Notification is what a notification mail says. It must hold no personal data of
// children (see the package comment): name organisations, the Modul, dates and
// counts, and link to the dashboard for the rest.
type Notification struct {
	Key string    // the Message's Key: what the mail is about, e.g. "anf_…/ACCEPTED/ins_…"
	To  []Address // the contacts of the recipient organisation
	// Recipient is the organisation addressed ("Kita Sonnenschein"); the footer says
	// the mail went to its contact address.
	Recipient string
	// Title is the subject after "Drehscheibe: " and the heading of the HTML part.
	Title string
	// Paragraphs are one to three paragraphs of plain text; line breaks inside one
	// are kept. The first follows the greeting "Guten Tag," and so starts in lower
	// case, as German letters do ("die OGS … hat Ihr Angebot angenommen.").
	Paragraphs []string
	// Due is the date by which the recipient should act (zero: none), shown as a day
	// in Dortmund's time zone.
	Due time.Time
	// Link is the absolute http(s) URL of the matter in the dashboard; LinkText
	// introduces it (default DefaultLinkText).
	Link     string
	LinkText string
	// Sender signs the mail (default DefaultSender).
	Sender string
	// Date is when the notification was made (the message's Date).
	Date time.Time
}

// Limits of a notification's parts.
const (
	maxTitleLen     = 150
	maxParagraphs   = 3
	maxParagraphLen = 2000
	maxLinkLen      = 2000
)

var (
	//go:embed notification.txt.tmpl
	textSource string
	//go:embed notification.html.tmpl
	htmlSource string

	textTemplate = template.Must(template.New("text").Parse(textSource))
	htmlTemplate = htmltemplate.Must(htmltemplate.New("html").Parse(htmlSource))
)

// view is what the templates see.
type view struct {
	Title, Recipient, Sender, Link, LinkText, Due string
	Paragraphs                                    []string
}

// Message renders the notification as a German mail with a plain-text body and a
// simple HTML alternative. It checks the parts first (German errors).
func (n Notification) Message() (Message, error) {
	if err := n.validate(); err != nil {
		return Message{}, err
	}
	v := view{
		Title: n.Title, Recipient: n.Recipient, Link: n.Link,
		Sender: or(n.Sender, DefaultSender), LinkText: or(n.LinkText, DefaultLinkText),
		Paragraphs: n.Paragraphs,
	}
	if !n.Due.IsZero() {
		v.Due = germanDay(n.Due)
	}
	var text, html strings.Builder
	if err := textTemplate.Execute(&text, v); err != nil {
		return Message{}, err
	}
	if err := htmlTemplate.Execute(&html, v); err != nil {
		return Message{}, err
	}
	m := Message{
		Key: n.Key, To: n.To, Subject: "Drehscheibe: " + n.Title,
		Text: text.String(), HTML: html.String(), Date: n.Date,
	}
	if err := m.Validate(); err != nil {
		return Message{}, err
	}
	return m, nil
}

func (n Notification) validate() error {
	var problems []error
	add := func(format string, args ...any) { problems = append(problems, fmt.Errorf(format, args...)) }
	line := func(name, s string, required bool, max int) {
		switch {
		case strings.TrimSpace(s) == "":
			if required {
				add("%s fehlt", name)
			}
		default:
			if err := checkLine(s, max); err != nil {
				add("%s %v", name, err)
			}
		}
	}
	line("der Empfänger (Recipient)", n.Recipient, true, maxNameLen)
	line("der Titel", n.Title, true, maxTitleLen)
	line("der Absender (Sender)", n.Sender, false, maxNameLen)
	line("der Linktext", n.LinkText, false, maxTitleLen)
	if len(n.Paragraphs) == 0 || len(n.Paragraphs) > maxParagraphs {
		add("%d Absätze, erlaubt sind 1 bis %d", len(n.Paragraphs), maxParagraphs)
	}
	for i, p := range n.Paragraphs {
		switch {
		case strings.TrimSpace(p) == "":
			add("Absatz %d ist leer", i+1)
		case !utf8.ValidString(p) || utf8.RuneCountInString(p) > maxParagraphLen:
			add("Absatz %d ist länger als %d Zeichen oder kein UTF-8", i+1, maxParagraphLen)
		case strings.IndexFunc(p, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) >= 0:
			add("Absatz %d enthält Steuerzeichen", i+1)
		}
	}
	if err := checkLink(n.Link); err != nil {
		add("der Link %v", err)
	}
	return errors.Join(problems...)
}

// checkLink accepts an absolute http(s) URL without credentials.
func checkLink(s string) error {
	if s == "" {
		return errors.New("fehlt")
	}
	if len(s) > maxLinkLen {
		return fmt.Errorf("ist länger als %d Zeichen", maxLinkLen)
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return errors.New("ist keine absolute http(s)-Adresse ohne Zugangsdaten")
	}
	return nil
}

// germanDay formats t's day in Dortmund: "Montag, 16.03.2026".
func germanDay(t time.Time) string {
	t = t.In(drehscheibe.Dortmund)
	day := drehscheibe.Weekdays[(int(t.Weekday())+6)%7]
	return day.Label() + ", " + t.Format("02.01.2006")
}

func or(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
