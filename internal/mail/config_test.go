package mail_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// password is in every URL of the table; no error may show it, raw or escaped.
const password = "Pa%40ss-W0rt_geheim"

func TestParseConfig(t *testing.T) {
	from := "Drehscheibe Dortmund <drehscheibe@dortmund.de>"
	dortmund := mail.Address{Name: "Drehscheibe Dortmund", Email: "drehscheibe@dortmund.de"}
	for name, tc := range map[string]struct {
		reason             string
		url, from, replyTo string
		want               mail.Config
		wantErr            []string // each must appear in the error
	}{
		"off": {reason: "an empty SMTP_URL turns mail off, and MAIL_FROM is not needed", want: mail.Config{}},
		"submission": {
			reason: "smtp:// is submission on 587 with STARTTLS; user and password are unescaped",
			url:    "smtp://drehscheibe%40dortmund.de:" + password + "@mail.dortmund.de", from: from,
			want: mail.Config{Host: "mail.dortmund.de", Port: 587, Security: mail.StartTLS, Username: "drehscheibe@dortmund.de", Password: "Pa@ss-W0rt_geheim", From: dortmund},
		},
		"implicit": {
			reason: "smtps:// is TLS on 465", url: "smtps://mail.dortmund.de", from: "drehscheibe@dortmund.de",
			want: mail.Config{Host: "mail.dortmund.de", Port: 465, Security: mail.ImplicitTLS, From: mail.Address{Email: "drehscheibe@dortmund.de"}},
		},
		"relay": {
			reason: "tls=none is an internal relay on 25", url: "smtp://relay.stadt.intern?tls=none", from: from,
			want: mail.Config{Host: "relay.stadt.intern", Port: 25, Security: mail.NoTLS, From: dortmund},
		},
		"port and case": {
			reason: "an explicit port wins; scheme and tls value in any case; STARTTLS may be named",
			url:    "SMTP://u:" + password + "@[2001:db8::25]:2525?tls=STARTTLS", from: from,
			replyTo: `"Servicestelle Bildungspartnerschaften, Stadt Dortmund" <bildung@dortmund.de>`,
			want: mail.Config{Host: "2001:db8::25", Port: 2525, Security: mail.StartTLS, Username: "u", Password: "Pa@ss-W0rt_geheim", From: dortmund,
				ReplyTo: mail.Address{Name: "Servicestelle Bildungspartnerschaften, Stadt Dortmund", Email: "bildung@dortmund.de"}},
		},
		"umlaut sender": {
			reason: "display names keep umlauts and ß", url: "smtps://mail.dortmund.de", from: "Jugendamt Dortmund – Fachbereich Straßensozialarbeit <jugend@dortmund.de>",
			want: mail.Config{Host: "mail.dortmund.de", Port: 465, Security: mail.ImplicitTLS,
				From: mail.Address{Name: "Jugendamt Dortmund – Fachbereich Straßensozialarbeit", Email: "jugend@dortmund.de"}},
		},
		"scheme":        {reason: "only smtp and smtps", url: "https://u:" + password + "@mail.dortmund.de", from: from, wantErr: []string{"SMTP_URL: muss mit smtp:// oder smtps:// beginnen"}},
		"no scheme":     {reason: "a bare host is not a URL of ours", url: "mail.dortmund.de:587", from: from, wantErr: []string{"SMTP_URL:", "smtp://"}},
		"no host":       {reason: "a host is needed", url: "smtp://u:" + password + "@", from: from, wantErr: []string{"SMTP_URL: nennt keinen Mailserver"}},
		"port range":    {reason: "ports are 1–65535", url: "smtp://u:" + password + "@mail.dortmund.de:70000", from: from, wantErr: []string{"SMTP_URL: hat keine gültige Portnummer"}},
		"port letters":  {reason: "a port is a number", url: "smtp://u:" + password + "@mail.dortmund.de:abc", from: from, wantErr: []string{"SMTP_URL: ist keine gültige URL"}},
		"port empty":    {reason: "a colon needs a port", url: "smtp://u:" + password + "@mail.dortmund.de:", from: from, wantErr: []string{"SMTP_URL: hat einen Doppelpunkt, aber keine Portnummer"}},
		"user only":     {reason: "a user needs a password", url: "smtp://drehscheibe@mail.dortmund.de", from: from, wantErr: []string{"SMTP_URL: nennt einen Benutzer, aber kein Passwort"}},
		"password only": {reason: "a password needs a user", url: "smtp://:" + password + "@mail.dortmund.de", from: from, wantErr: []string{"SMTP_URL: nennt ein Passwort, aber keinen Benutzer"}},
		"credentials in the clear": {
			reason: "tls=none never carries credentials", url: "smtp://u:" + password + "@relay.stadt.intern?tls=none", from: from,
			wantErr: []string{"SMTP_URL: mit tls=none werden keine Zugangsdaten gesendet"},
		},
		"smtps with tls":  {reason: "smtps is always TLS", url: "smtps://u:" + password + "@mail.dortmund.de?tls=none", from: from, wantErr: []string{"SMTP_URL: smtps:// ist immer TLS"}},
		"tls value":       {reason: "tls knows none and starttls", url: "smtp://u:" + password + "@mail.dortmund.de?tls=maybe", from: from, wantErr: []string{"SMTP_URL: tls erlaubt nur none"}},
		"other parameter": {reason: "no other parameters", url: "smtp://u:" + password + "@mail.dortmund.de?timeout=5s", from: from, wantErr: []string{"SMTP_URL: kennt nur den Parameter tls"}},
		"slash in password": {
			reason: "an unescaped / splits the password off into a path", url: "smtp://u:Pa/" + password + "@mail.dortmund.de", from: from,
			wantErr: []string{"SMTP_URL: ist keine gültige URL", "%2F für /"},
		},
		"hash in password": {
			reason: "an unescaped # starts a fragment", url: "smtp://u:Pa#" + password + "@mail.dortmund.de", from: from,
			wantErr: []string{"SMTP_URL:"},
		},
		"question mark in password": {
			reason: "an unescaped ? starts the parameters", url: "smtp://u:Pa?" + password + "@mail.dortmund.de", from: from,
			wantErr: []string{"SMTP_URL:"},
		},
		"path":                 {reason: "no path after the host", url: "smtp://u:" + password + "@mail.dortmund.de/submission", from: from, wantErr: []string{"SMTP_URL: darf nach dem Host keinen Pfad"}},
		"bad escape":           {reason: "% needs two hex digits", url: "smtp://u:" + password + "%zz@mail.dortmund.de", from: from, wantErr: []string{"SMTP_URL: ist keine gültige URL"}},
		"too long":             {reason: "the URL is bounded", url: "smtp://u:" + password + "@" + strings.Repeat("a", 3000) + ".de", from: from, wantErr: []string{"SMTP_URL: ist länger als 2048 Zeichen"}},
		"no sender":            {reason: "mail needs MAIL_FROM", url: "smtps://mail.dortmund.de", wantErr: []string{"MAIL_FROM: muss gesetzt sein"}},
		"bad sender":           {reason: "MAIL_FROM is an address", url: "smtps://mail.dortmund.de", from: "Drehscheibe", wantErr: []string{`MAIL_FROM: "Drehscheibe" ist keine gültige E-Mail-Adresse`}},
		"sender without dot":   {reason: "a domain has a dot", url: "smtps://mail.dortmund.de", from: "drehscheibe@localhost", wantErr: []string{`MAIL_FROM: "drehscheibe@localhost" ist keine gültige`}},
		"two senders":          {reason: "one sender", url: "smtps://mail.dortmund.de", from: "a@dortmund.de, b@dortmund.de", wantErr: []string{"MAIL_FROM:", "ist keine gültige E-Mail-Adresse"}},
		"bad reply-to":         {reason: "MAIL_REPLY_TO is an address too", url: "smtps://mail.dortmund.de", from: from, replyTo: "bildung(at)dortmund.de", wantErr: []string{"MAIL_REPLY_TO:"}},
		"bad sender while off": {reason: "a typo shows before mail is turned on", from: "drehscheibe", wantErr: []string{"MAIL_FROM:"}},
		"every problem": {
			reason: "all problems at once, one per line",
			url:    "ftp://u:" + password + "@x", from: "nobody", replyTo: "nobody",
			wantErr: []string{"SMTP_URL:", "\nMAIL_FROM:", "\nMAIL_REPLY_TO:"},
		},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := mail.ParseConfig(tc.url, tc.from, tc.replyTo)
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("%s: %v", tc.reason, err)
				}
				if d := cmp.Diff(tc.want, got, cmpopts.IgnoreUnexported(mail.Config{})); d != "" {
					t.Errorf("%s (-want +got):\n%s", tc.reason, d)
				}
				return
			}
			if err == nil {
				t.Fatalf("%s: no error, got %+v", tc.reason, got)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%s: error %q does not say %q", tc.reason, err, w)
				}
			}
			unescaped, _ := url.PathUnescape(password)
			for _, secret := range []string{password, unescaped, "W0rt_geheim"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("%s: the error shows the password: %q", tc.reason, err)
				}
			}
		})
	}
}

func TestConfigStringHidesThePassword(t *testing.T) {
	c, err := mail.ParseConfig("smtp://drehscheibe:"+password+"@mail.dortmund.de", "drehscheibe@dortmund.de", "")
	if err != nil {
		t.Fatal(err)
	}
	got := c.String()
	want := "smtp://drehscheibe:***@mail.dortmund.de:587 (STARTTLS), Absender drehscheibe@dortmund.de"
	if got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if s := (mail.Config{}).String(); s != "E-Mail aus" {
		t.Errorf("off: %q", s)
	}
	if s := c.Server(); s != "smtp://drehscheibe:***@mail.dortmund.de:587 (STARTTLS)" {
		t.Errorf("Server() = %q", s)
	}
	c, err = mail.ParseConfig("smtps://drehscheibe%40dortmund.de:"+password+"@mail.dortmund.de", "drehscheibe@dortmund.de", "")
	if err != nil {
		t.Fatal(err)
	}
	if s := c.Server(); strings.Contains(s, "@dortmund.de") || strings.Contains(s, password) {
		t.Errorf("Server() shows an address or the password: %q", s)
	}
}
