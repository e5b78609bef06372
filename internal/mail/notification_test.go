package mail_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func acceptedNotification() mail.Notification {
	return mail.Notification{
		Key:       "anf_1/ACCEPTED/par_7",
		To:        []mail.Address{{Name: "Sportverein Hörde 1897 e. V.", Email: "jugend@example.org"}},
		Recipient: "Sportverein Hörde 1897 e. V.",
		Title:     "Anfrage angenommen: Fußball-AG",
		Paragraphs: []string{
			"die OGS Grundschule Märkische Straße hat Ihr Angebot „Fußball-AG“ für das Schuljahr 2026/27 angenommen.",
			"Bitte prüfen Sie die Kooperationsvereinbarung und bestätigen Sie sie.\nDie Gruppe hat 12 Kinder.",
		},
		Due:  time.Date(2026, 3, 29, 23, 30, 0, 0, time.UTC), // Monday 30 March in Dortmund (summer time)
		Link: "https://drehscheibe.dortmund.de/anfragen/anf_1",
		Date: time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC),
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s (-want +got):\n%s", name, d)
	}
}

func TestNotificationMessage(t *testing.T) {
	n := acceptedNotification()
	m, err := n.Message()
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Drehscheibe: Anfrage angenommen: Fußball-AG" || m.Key != n.Key || !m.Date.Equal(n.Date) {
		t.Errorf("subject %q, key %q, date %v", m.Subject, m.Key, m.Date)
	}
	if d := cmp.Diff(n.To, m.To); d != "" {
		t.Errorf("recipients (-want +got):\n%s", d)
	}
	for _, part := range []string{m.Text, m.HTML} {
		for _, want := range []string{
			"Guten Tag,", "Fußball-AG", "Frist: Montag, 30.03.2026", n.Link, mail.DefaultLinkText,
			"Mit freundlichen Grüßen", mail.DefaultSender, "Sportverein Hörde 1897 e. V.",
			"automatische Nachricht der Drehscheibe", "keine personenbezogenen Daten von Kindern",
		} {
			if !strings.Contains(part, want) {
				t.Errorf("a part lacks %q:\n%s", want, part)
			}
		}
	}
	golden(t, "notification.txt", m.Text)
	golden(t, "notification.html", m.HTML)
}

func TestNotificationEscapesHTML(t *testing.T) {
	n := acceptedNotification()
	n.Title = `Anfrage <script>alert("x")</script>`
	n.Paragraphs = []string{`<img src=x onerror=alert(1)> & „Zitat“`}
	n.Due = time.Time{}
	m, err := n.Message()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.HTML, "<script>") || strings.Contains(m.HTML, "<img") {
		t.Errorf("markup from the text reached the HTML:\n%s", m.HTML)
	}
	if !strings.Contains(m.Text, `<img src=x onerror=alert(1)> & „Zitat“`) {
		t.Errorf("the plain text must keep the text as it is:\n%s", m.Text)
	}
	if strings.Contains(m.Text, "Frist") || strings.Contains(m.HTML, "Frist") {
		t.Error("no due date, but a Frist")
	}
}

func TestNotificationRefusesBadParts(t *testing.T) {
	for name, tc := range map[string]struct {
		reason string
		change func(n *mail.Notification)
		says   string
	}{
		"no recipient":     {"the footer names the organisation", func(n *mail.Notification) { n.Recipient = " " }, "der Empfänger (Recipient) fehlt"},
		"no title":         {"the subject needs it", func(n *mail.Notification) { n.Title = "" }, "der Titel fehlt"},
		"title with break": {"a title is one line", func(n *mail.Notification) { n.Title = "a\nBcc: x@example.org" }, "der Titel enthält Steuerzeichen"},
		"long title":       {"titles are short", func(n *mail.Notification) { n.Title = strings.Repeat("ä", 151) }, "der Titel ist zu lang (151 Zeichen, höchstens 150)"},
		"no paragraph":     {"something must be said", func(n *mail.Notification) { n.Paragraphs = nil }, "0 Absätze, erlaubt sind 1 bis 3"},
		"four paragraphs":  {"short mails", func(n *mail.Notification) { n.Paragraphs = []string{"a", "b", "c", "d"} }, "4 Absätze"},
		"empty paragraph":  {"no empty paragraphs", func(n *mail.Notification) { n.Paragraphs = []string{"a", " \n"} }, "Absatz 2 ist leer"},
		"long paragraph":   {"paragraphs are bounded", func(n *mail.Notification) { n.Paragraphs = []string{strings.Repeat("ß", 2001)} }, "Absatz 1 ist länger als 2000 Zeichen"},
		"control":          {"no control characters but line breaks", func(n *mail.Notification) { n.Paragraphs = []string{"a\x00b"} }, "Absatz 1 enthält Steuerzeichen"},
		"no link":          {"the mail points to the dashboard", func(n *mail.Notification) { n.Link = "" }, "der Link fehlt"},
		"relative link":    {"links are absolute", func(n *mail.Notification) { n.Link = "/anfragen/anf_1" }, "der Link ist keine absolute http(s)-Adresse"},
		"script link":      {"only http(s)", func(n *mail.Notification) { n.Link = "javascript:alert(1)" }, "der Link ist keine absolute"},
		"link with user":   {"no credentials in links", func(n *mail.Notification) { n.Link = "https://u:p@drehscheibe.dortmund.de/" }, "ohne Zugangsdaten"},
		"no key":           {"the message needs its key", func(n *mail.Notification) { n.Key = "" }, "der Schlüssel (Key) fehlt"},
		"no address":       {"someone receives it", func(n *mail.Notification) { n.To = nil }, "kein Empfänger"},
	} {
		t.Run(name, func(t *testing.T) {
			n := acceptedNotification()
			tc.change(&n)
			_, err := n.Message()
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("%s: got %v, want an error saying %q", tc.reason, err, tc.says)
			}
		})
	}
}
