package mail_test

import (
	"context"
	"errors"
	"net"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
)

// germanMessage has umlauts and ß in every place they can be: names, subject, both
// bodies, and a line longer than SMTP's 998 characters.
func germanMessage(key string) mail.Message {
	return mail.Message{
		Key: key,
		To: []mail.Address{
			{Name: "Jörg Weiß-Öztürk (Kita „Sonnenschein“)", Email: "joerg@example.org"},
			{Email: "leitung@example.org"},
		},
		Subject: "Anfrage angenommen: Fußball-AG für die Grundschule Märkische Straße – bitte bestätigen",
		Text:    "Grüße aus Dortmund-Hörde!\nÄÖÜäöüß € – „Anführungszeichen“\n" + strings.Repeat("Straßenfußball ", 80) + "\n",
		HTML:    "<p>Grüße aus <b>Hörde</b> – Fußball</p>",
		Date:    time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC),
	}
}

func TestSendArrivesIntact(t *testing.T) {
	for name, tc := range map[string]struct {
		reason string
		opts   mailtest.Options
		tls    bool
	}{
		"plain relay":  {"an internal relay without TLS", mailtest.Options{Security: mailtest.Plain}, false},
		"STARTTLS":     {"submission: STARTTLS, then AUTH", mailtest.Options{Security: mailtest.StartTLS, Username: "drehscheibe", Password: "Gehe!m:pa@ss/wört"}, true},
		"implicit TLS": {"smtps: TLS from the start, then AUTH", mailtest.Options{Security: mailtest.ImplicitTLS, Username: "drehscheibe", Password: "s3cret"}, true},
	} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.Start(t, tc.opts)
			cfg := srv.Config(t)
			if err := cfg.SetReplyTo("Servicestelle Bildungspartnerschaften <bildung@example.org>"); err != nil {
				t.Fatal(err)
			}
			s, err := mail.NewSender(cfg)
			if err != nil {
				t.Fatal(err)
			}
			m := germanMessage("anf_1/ACCEPTED")
			if err := s.Send(context.Background(), m); err != nil {
				t.Fatalf("%s: %v", tc.reason, err)
			}
			got := srv.Await(t, 1)[0]
			if got.ParseErr != "" {
				t.Fatalf("unreadable message: %s\n%s", got.ParseErr, got.Raw)
			}
			for i, b := range got.Raw {
				if b >= 0x80 {
					t.Fatalf("byte %d of the message is not ASCII (%q…): umlauts must be encoded", i, got.Raw[i:min(i+20, len(got.Raw))])
				}
			}
			type view struct {
				EnvelopeFrom, From, ReplyTo, Subject, Text, HTML, MessageID, User, AutoSubmitted string
				EnvelopeTo, To                                                                   []string
				TLS                                                                              bool
				Date                                                                             time.Time
			}
			user := tc.opts.Username
			want := view{
				EnvelopeFrom: "drehscheibe@example.org", EnvelopeTo: []string{"joerg@example.org", "leitung@example.org"},
				From: "Drehscheibe Dortmund <drehscheibe@example.org>", ReplyTo: "Servicestelle Bildungspartnerschaften <bildung@example.org>",
				To:      []string{"Jörg Weiß-Öztürk (Kita „Sonnenschein“) <joerg@example.org>", " <leitung@example.org>"},
				Subject: m.Subject, Text: m.Text, HTML: m.HTML,
				MessageID: "<" + mail.MessageID(m.Key, "example.org") + ">", AutoSubmitted: "auto-generated",
				User: user, TLS: tc.tls, Date: m.Date,
			}
			names := func(as []*netmail.Address) []string {
				out := []string{}
				for _, a := range as {
					out = append(out, a.Name+" <"+a.Address+">")
				}
				return out
			}
			gotView := view{
				EnvelopeFrom: got.EnvelopeFrom, EnvelopeTo: got.EnvelopeTo,
				From: strings.Join(names(got.From), ""), ReplyTo: strings.Join(names(got.ReplyTo), ""), To: names(got.To),
				Subject: got.Subject, Text: strings.ReplaceAll(got.Text, "\r\n", "\n"), HTML: got.HTML,
				MessageID: got.MessageID, AutoSubmitted: got.Header.Get("Auto-Submitted"),
				User: got.User, TLS: got.TLS, Date: got.Date,
			}
			if d := cmp.Diff(want, gotView); d != "" {
				t.Errorf("%s: received (-want +got):\n%s", tc.reason, d)
			}
		})
	}
}

func TestMessageIDFollowsTheKey(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	s, err := mail.NewSender(srv.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"anf_1/ACCEPTED", "anf_1/ACCEPTED", "anf_1/DECLINED"} {
		if err := s.Send(context.Background(), mailtest.Message(key, "a@example.org")); err != nil {
			t.Fatal(err)
		}
	}
	got := srv.Await(t, 3)
	if got[0].MessageID != got[1].MessageID {
		t.Errorf("a re-send has another Message-ID: %s, %s", got[0].MessageID, got[1].MessageID)
	}
	if got[0].MessageID == got[2].MessageID {
		t.Errorf("two keys share the Message-ID %s", got[0].MessageID)
	}
	if strings.Contains(got[0].MessageID, "anf_1") {
		t.Errorf("the Message-ID %s shows the key", got[0].MessageID)
	}
}

func TestSendFailures(t *testing.T) {
	refuse := func(code int, stage mailtest.Stage) *mailtest.Failure {
		return &mailtest.Failure{Code: code, Stage: stage}
	}
	for name, tc := range map[string]struct {
		reason    string
		server    mailtest.Options
		down      bool // the server is stopped before the send
		fail      *mailtest.Failure
		change    func(c *mail.Config)
		permanent bool
		code      int
		says      string
	}{
		"5xx recipient":   {reason: "an unknown mailbox is final", fail: refuse(550, mailtest.AtRcpt), permanent: true, code: 550, says: "einen Empfänger endgültig abgelehnt (550 5.0.0)"},
		"5xx data":        {reason: "refused content is final", fail: refuse(554, mailtest.AtData), permanent: true, code: 554, says: "die Nachricht endgültig abgelehnt (554"},
		"4xx greylisting": {reason: "greylisting passes", fail: refuse(451, mailtest.AtRcpt), code: 451, says: "vorübergehend abgelehnt (451"},
		"server down":     {reason: "nobody listening is temporary", down: true, says: "nicht erreichbar"},
		"no STARTTLS": {reason: "a server without STARTTLS is not used in the clear",
			change: func(c *mail.Config) { c.Security = mail.StartTLS }, says: "kein STARTTLS"},
		"untrusted certificate": {reason: "the certificate is checked", server: mailtest.Options{Security: mailtest.ImplicitTLS},
			change: func(c *mail.Config) { c.RootCAs = nil }, says: "Zertifikat"},
		"wrong password": {reason: "a refused login concerns the configuration, not the message",
			server: mailtest.Options{Security: mailtest.StartTLS, Username: "drehscheibe", Password: "richtig"},
			change: func(c *mail.Config) { c.Password = password }, code: 535, says: "Anmeldung abgelehnt"},
		"TLS to a plain port": {reason: "smtps:// to a plain server is explained",
			change: func(c *mail.Config) { c.Security = mail.ImplicitTLS }, says: "kein TLS"},
	} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.Start(t, tc.server)
			cfg := srv.Config(t)
			if tc.down {
				srv.Close()
			}
			if tc.fail != nil {
				srv.FailNext(1, *tc.fail)
			}
			if tc.change != nil {
				tc.change(&cfg)
			}
			err := sender(t, cfg).Send(context.Background(), germanMessage("k"))
			var se *mail.SendError
			if !errors.As(err, &se) {
				t.Fatalf("%s: got %v, want a *mail.SendError", tc.reason, err)
			}
			if se.Permanent != tc.permanent || mail.IsPermanent(err) != tc.permanent || se.Code != tc.code {
				t.Errorf("%s: permanent %v, code %d; want %v, %d (%s)", tc.reason, se.Permanent, se.Code, tc.permanent, tc.code, se.Reason)
			}
			if !strings.Contains(se.Reason, tc.says) {
				t.Errorf("%s: reason %q does not say %q", tc.reason, se.Reason, tc.says)
			}
			if n := len(srv.Received()); n != 0 {
				t.Errorf("%s: %d messages arrived", tc.reason, n)
			}
			for _, secret := range []string{password, "Grüße aus", "Straßenfußball"} {
				if strings.Contains(err.Error(), secret) || (errors.Unwrap(err) != nil && strings.Contains(errors.Unwrap(err).Error(), secret)) {
					t.Errorf("the error shows %q: %v", secret, err)
				}
			}
		})
	}
}

func TestInvalidMessageIsPermanent(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	s, err := mail.NewSender(srv.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	m := germanMessage("k")
	m.Subject = "Betreff\r\nBcc: alle@example.org"
	err = s.Send(context.Background(), m)
	if !mail.IsPermanent(err) || !strings.Contains(err.Error(), "Steuerzeichen") {
		t.Errorf("a subject with a line break: got %v, want a permanent error about Steuerzeichen", err)
	}
	if n := len(srv.Received()); n != 0 {
		t.Errorf("%d messages sent", n)
	}
}

// silentServer accepts connections and never answers; accepted is signalled per
// connection.
func silentServer(t *testing.T) (addr string, accepted <-chan struct{}) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan struct{}, 16)
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
			ch <- struct{}{}
		}
	}()
	t.Cleanup(func() {
		_ = l.Close()
		<-done
		for _, c := range conns {
			_ = c.Close()
		}
	})
	return l.Addr().String(), ch
}

// within runs f and fails the test should it hang.
func within(t *testing.T, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(guard):
		t.Fatal("it hangs")
		return nil
	}
}

func TestSendObeysContextAndTimeout(t *testing.T) {
	addr, accepted := silentServer(t)
	cfg, err := mail.ParseConfig("smtp://"+addr+"?tls=none", "a@example.org", "")
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnectTimeout, cfg.SendTimeout = time.Hour, time.Hour // only ctx can end the send
	s, err := mail.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-accepted; cancel() }()
	err = within(t, func() error { return s.Send(ctx, germanMessage("k")) })
	if err == nil || mail.IsPermanent(err) || !strings.Contains(err.Error(), "abgebrochen") {
		t.Errorf("cancelled: got %v, want a temporary error saying abgebrochen", err)
	}

	cfg.SendTimeout = 50 * time.Millisecond // the whole send, though each command may take an hour
	s, err = mail.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	err = within(t, func() error { return s.Send(context.Background(), germanMessage("k")) })
	if err == nil || mail.IsPermanent(err) || !strings.Contains(err.Error(), "Zeitüberschreitung") {
		t.Errorf("send timeout: got %v, want a temporary error saying Zeitüberschreitung", err)
	}
}

func TestNewSenderNeedsMail(t *testing.T) {
	if _, err := mail.NewSender(mail.Config{}); err == nil || !strings.Contains(err.Error(), "SMTP_URL") {
		t.Errorf("mail off: got %v, want an error naming SMTP_URL", err)
	}
}
