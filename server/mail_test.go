package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
	"github.com/stadtdortmund/drehscheibe/internal/notify"
)

// guard ends a test that would otherwise hang; it is no timing assertion.
const guard = 2 * time.Minute

// quickMail retries within milliseconds and asks the queue often, so that a retry
// needs no waiting; nothing here asserts a duration.
func quickMail(c *Config) {
	c.MailDelivery = mail.DelivererOptions{PollInterval: 50 * time.Millisecond,
		Retry: mail.RetryPolicy{MaxAttempts: 5, MaxAge: time.Hour, Base: time.Millisecond, Max: 4 * time.Millisecond}}
}

// TestNotificationMails goes through a request with the real service sending to an
// SMTP server in the test: the partner gets the new request, the institution the
// acceptance, a refusal for now is retried with the same Message-ID and delivered
// once, and a restart sends nothing twice.
func TestNotificationMails(t *testing.T) {
	smtp := mailtest.Start(t, mailtest.Options{})
	dir := t.TempDir()
	env := map[string]string{"DATA_DIR": dir, "SMTP_URL": smtp.URL(), "MAIL_FROM": "Drehscheibe Dortmund <drehscheibe@example.org>",
		"MAIL_REPLY_TO": "Servicestelle <bildung@example.org>", "PUBLIC_URL": "https://drehscheibe.example"}
	app := newTestAppWith(t, env, nil, quickMail)
	w := benchWorld(t, app)
	inst := app.as(app.key(t, drehscheibe.ApiKey{Name: "Schulbüro", Role: drehscheibe.RoleInstitution,
		Scope: drehscheibe.Scope{InstitutionID: drehscheibe.ID(w.inst1)}}))
	partner := app.as(app.key(t, drehscheibe.ApiKey{Name: "Verein", Role: drehscheibe.RolePartner,
		Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(w.partnerA)}}))
	var p struct {
		Node struct {
			Name    string
			Contact struct{ Email string }
		}
	}
	app.query(t, `query($id: ID!) { node(id: $id) { ... on Partner { name contact { email } } } }`, map[string]any{"id": w.partnerA}, &p)
	partnerMail := p.Node.Contact.Email
	modul, _ := w.published(t)
	b, _ := w.bedarf(t)

	// the new request, refused for now at the first attempt
	smtp.FailNext(1, mailtest.Failure{Code: 451, Stage: mailtest.AtRcpt})
	a, _ := step(t, inst, "createAnfrage", "CreateAnfrageInput", anfrageInput(w.inst1, modul, b))
	got := smtp.Await(t, 1)[0]
	wantMail(t, got, partnerMail, "Drehscheibe: Neue Anfrage: "+a.Modul.Title, "https://drehscheibe.example/dashboard/anfrage/"+a.ID)
	if smtp.Refused() != 1 {
		t.Errorf("the server refused %d attempts, want the first", smtp.Refused())
	}
	key := notificationKey(t, partner, a.ID, "REQUESTED", partnerMail)
	if want := "<" + mail.MessageID(key, "example.org") + ">"; got.MessageID != want {
		t.Errorf("Message-ID %s, want %s (derived from the notification and the recipient, so every attempt carries it)", got.MessageID, want)
	}
	if len(got.ReplyTo) != 1 || got.ReplyTo[0].Address != "bildung@example.org" {
		t.Errorf("Reply-To %v", got.ReplyTo)
	}
	// the Deliverer records the delivery right after the server's answer
	var st mongodb.MailStatus
	eventually(t, guard, "the delivery recorded", func() bool { st = queued(t, app, key); return st.Status != "waiting" })
	if st.Status != "delivered" || st.Attempt != 2 {
		t.Errorf("the queue has %+v, want delivered at the second attempt", st)
	}

	// the acceptance goes to the request's contact
	a, _ = step(t, partner, "acceptAnfrage", "AnfrageTransitionInput", map[string]any{"id": a.ID, "version": a.Version})
	got = smtp.Await(t, 2)[1]
	wantMail(t, got, "ogs@schule.example", "Drehscheibe: Anfrage angenommen: "+a.Modul.Title, "https://drehscheibe.example/dashboard/anfrage/"+a.ID)
	if !strings.Contains(got.Text, p.Node.Name+" hat die Anfrage") {
		t.Errorf("the text does not say who accepted:\n%s", got.Text)
	}
	var counts string
	eventually(t, guard, "the second delivery counted", func() bool {
		counts = scrape(t, app)
		return metric(counts, "drehscheibe_mail_delivered_total") >= 2
	})
	for sample, want := range map[string]float64{"drehscheibe_mail_delivered_total": 2, "drehscheibe_mail_retried_total": 1,
		"drehscheibe_mail_gave_up_total": 0, "drehscheibe_mail_queued_total": 2} {
		if v := metric(counts, sample); v != want {
			t.Errorf("%s = %v, want %v", sample, v, want)
		}
	}
	if err := app.stop(); err != nil {
		t.Fatal(err)
	}

	// restarted (without PUBLIC_URL): nothing again, the next step goes out
	delete(env, "PUBLIC_URL")
	again := newTestAppWith(t, env, nil, quickMail)
	var h struct {
		Node struct{ Vereinbarung struct{ ContentHash string } }
	}
	again.query(t, `query($id: ID!) { node(id: $id) { ... on Anfrage { vereinbarung { contentHash } } } }`, map[string]any{"id": a.ID}, &h)
	inst = again.as(inst.token)
	step(t, inst, "confirmVereinbarung", "ConfirmVereinbarungInput",
		map[string]any{"id": a.ID, "version": a.Version, "contentHash": h.Node.Vereinbarung.ContentHash, "side": "INSTITUTION"})
	got = smtp.Await(t, 3)[2]
	wantMail(t, got, partnerMail, "Drehscheibe: Vereinbarung bestätigt: "+a.Modul.Title,
		strings.Replace(again.url, "127.0.0.1", "localhost", 1)+"/dashboard/anfrage/"+a.ID)
	var v float64
	eventually(t, guard, "the confirmation counted", func() bool {
		v = metric(scrape(t, again), "drehscheibe_mail_queued_total")
		return v >= 1
	})
	if v != 1 {
		t.Errorf("the restarted service queued %v mails, want the confirmation alone", v)
	}
	// stopping waits for the sends under way: whatever was sent has arrived
	if err := again.stop(); err != nil {
		t.Fatal(err)
	}
	all := smtp.Received()
	ids := map[string]int{}
	for _, r := range all {
		ids[r.MessageID]++
	}
	if len(all) != 3 || len(ids) != 3 {
		t.Errorf("%d mails with %d Message-IDs arrived, want 3 different ones: %v", len(all), len(ids), ids)
	}
}

// wantMail checks a received notification: one recipient, German subject and text, the
// link into the dashboard, no parse problem.
func wantMail(t *testing.T, r mailtest.Received, to, subject, link string) {
	t.Helper()
	if len(r.EnvelopeTo) != 1 || !strings.EqualFold(r.EnvelopeTo[0], to) {
		t.Errorf("sent to %v, want %s", r.EnvelopeTo, to)
	}
	if r.Subject != subject {
		t.Errorf("subject %q, want %q", r.Subject, subject)
	}
	for _, want := range []string{"Guten Tag,", link, "Servicestelle Bildungspartnerschaften, Stadt Dortmund",
		"keine personenbezogenen Daten von Kindern"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("the text lacks %q:\n%s", want, r.Text)
		}
	}
	if !strings.Contains(r.HTML, link) || r.ParseErr != "" || r.Header.Get("Auto-Submitted") != "auto-generated" {
		t.Errorf("HTML part without the link, or a broken mail (%s):\n%s", r.ParseErr, r.Raw)
	}
}

// notificationKey is the key of the mail of the notification of request id's change to
// status, as its side sees it, for recipient.
func notificationKey(t *testing.T, side *testApp, id, status, recipient string) string {
	t.Helper()
	var n struct {
		Viewer struct {
			Notifications struct {
				Nodes []struct {
					ID, Status string
					Anfrage    struct{ ID string }
				}
			}
		}
	}
	side.query(t, `{ viewer { notifications { nodes { id status anfrage { id } } } } }`, nil, &n)
	for _, x := range n.Viewer.Notifications.Nodes {
		if x.Anfrage.ID == id && x.Status == status {
			return x.ID + "/" + strings.ToLower(recipient)
		}
	}
	t.Fatalf("no notification of %s to %s: %+v", id, status, n)
	return ""
}

// queued returns where the mail with key stands in app's queue.
func queued(t *testing.T, app *testApp, key string) mongodb.MailStatus {
	t.Helper()
	st, err := app.app.db.store.MailQueue().Mail(context.Background(), mongodb.MailID(key))
	if err != nil {
		t.Fatalf("mail %s: %v", key, err)
	}
	return st
}

// TestMailConfig: the four settings are checked together, in German, with their names;
// no message and no log line shows the password or an address; without SMTP_URL
// nothing is sent and no feed runs.
func TestMailConfig(t *testing.T) {
	const password = "ge/hei%m"
	url := "smtp://drehscheibe%40example.org:" + strings.NewReplacer("/", "%2F", "%", "%25").Replace(password) + "@mail.example.org"
	for name, c := range map[string]struct {
		env  map[string]string
		want string
	}{
		"complete":             {map[string]string{"SMTP_URL": url, "MAIL_FROM": "Drehscheibe <drehscheibe@example.org>", "MAIL_SERVICESTELLE": "bildung@example.org"}, ""},
		"off":                  {map[string]string{"MAIL_FROM": "drehscheibe@example.org"}, ""},
		"no sender":            {map[string]string{"SMTP_URL": url}, "MAIL_FROM: muss gesetzt sein"},
		"a web address":        {map[string]string{"SMTP_URL": "https://mail.example.org", "MAIL_FROM": "a@example.org"}, "SMTP_URL: muss mit smtp:// oder smtps:// beginnen"},
		"no TLS with password": {map[string]string{"SMTP_URL": url + "?tls=none", "MAIL_FROM": "a@example.org"}, "SMTP_URL: mit tls=none werden keine Zugangsdaten gesendet"},
		"bad reply address":    {map[string]string{"MAIL_REPLY_TO": "bildung"}, "MAIL_REPLY_TO: \"bildung\" ist keine gültige E-Mail-Adresse"},
		"bad Servicestelle":    {map[string]string{"MAIL_SERVICESTELLE": "Servicestelle"}, "MAIL_SERVICESTELLE: \"Servicestelle\" ist keine gültige E-Mail-Adresse"},
	} {
		cfg, err := loadConfig("server", nil, func(k string) string { return c.env[k] }, io.Discard)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want %q", name, err, c.want)
		case err != nil && strings.Contains(err.Error(), password):
			t.Errorf("%s: the error shows the password: %v", name, err)
		case name == "complete" && (!cfg.Mail.Enabled() || cfg.MailServicestelle.Email != "bildung@example.org"):
			t.Errorf("%s: %+v", name, cfg.Mail)
		}
		if err == nil {
			var log bytes.Buffer
			l := zerolog.New(&log)
			l.Info().Object("config", cfg).Send()
			if strings.Contains(log.String(), password) || emailAddress.MatchString(log.String()) {
				t.Errorf("%s: the configuration's log line shows the password or an address: %s", name, log.String())
			}
		}
	}

	app := newTestApp(t, map[string]string{"MAIL_FROM": "drehscheibe@example.org"})
	if app.app.mail != nil {
		t.Error("mail is sent without SMTP_URL")
	}
}

// TestMailLogNamesNobody: the log of the mail feed reports a notification without a
// mail once, however often it is derived again, and a failure once until the feed
// goes again; a mail server's answer loses the addresses it names.
func TestMailLogNamesNobody(t *testing.T) {
	var buf bytes.Buffer
	reg := prometheus.NewRegistry()
	l := &feedLog{log: zerolog.New(&buf), metrics: newMailMetrics(reg)}
	skip := notify.Skip{Notification: "ntf_1", Anfrage: "anf_1", Side: drehscheibe.PartyPartner, Reason: "keine E-Mail-Adresse"}
	down := errors.New("Die Datenbank ist gerade nicht erreichbar")
	for _, ev := range []notify.Event{{Skipped: []notify.Skip{skip}}, {Skipped: []notify.Skip{skip}, Queued: 1}, {Err: down}, {Err: down}, {}} {
		l.observe(ev)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"no mail for a notification", "mails queued", "mail feed stopped", "mail feed going again"}
	if len(lines) != len(want) {
		t.Fatalf("log:\n%s\nwant %v", buf.String(), want)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d: %s, want %q", i, lines[i], w)
		}
	}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	skipped := -1.0
	for _, f := range families {
		if f.GetName() == "drehscheibe_mail_skipped_total" {
			skipped = f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	if skipped != 1 {
		t.Errorf("skipped counted %v times, want once", skipped)
	}

	reason := `Der Mailserver hat einen Empfänger endgültig abgelehnt (550 5.1.1): 550 <erika.beispiel@sv-clarenberg.example>: unknown, "Jörg.Ünal+ag@schule-hörde.de"`
	if got := maskAddresses(reason); strings.Contains(got, "@") || !strings.Contains(got, "(550 5.1.1): 550 <[Adresse]>") {
		t.Errorf("masked: %s", got)
	}
}
