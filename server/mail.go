package main

import (
	"context"
	"errors"
	"net"
	"regexp"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/notify"
)

// mailer sends the notification e-mails when SMTP_URL is set (docs/mail.md): the feed
// queues the mails of new notifications in the database, the Deliverer sends them.
type mailer struct {
	feeder    *notify.Feeder
	deliverer *mail.Deliverer
}

// startMailer starts the feed and the Deliverer of app a, which listens already (its
// address makes the links without PUBLIC_URL) but serves no request yet. Without
// SMTP_URL it does nothing.
func (a *app) startMailer(ctx context.Context) error {
	c := a.cfg
	if !c.Mail.Enabled() {
		return nil
	}
	sender, err := mail.NewSender(c.Mail)
	if err != nil {
		return err
	}
	queue := a.db.store.MailQueue()
	opts := c.MailDelivery
	opts.Observer = a.mailDelivered
	d, err := mail.NewDeliverer(queue, sender, opts)
	if err != nil {
		return err
	}
	feedLog := &feedLog{log: a.log, metrics: a.metrics.mail}
	f, err := notify.NewFeeder(a.db.store, queue, a.catalog, notify.Options{
		BaseURL: publicBase(c, a.addr), Servicestelle: c.MailServicestelle, PollInterval: c.PollInterval,
		Queued: func(int) { d.Wake() }, Observer: feedLog.observe,
	})
	if err != nil {
		return err
	}
	bctx, cancel := context.WithTimeout(ctx, c.MongoTimeout)
	if err := f.Begin(bctx); err != nil {
		// the feed begins at its first round instead
		a.log.Warn().Str("error", maskAddresses(err.Error())).Msg("mail feed not begun; it tries again at every poll")
	}
	cancel()
	a.mail = &mailer{feeder: f, deliverer: d}
	a.writes.wake.Store(f)
	d.Start()
	f.Start()
	a.log.Info().Str("smtp", c.Mail.Server()).Bool("servicestelle", !c.MailServicestelle.IsZero()).
		Msg("notification e-mails on")
	return nil
}

// stop ends the feed, then the Deliverer, which waits for the sends under way until
// ctx ends (those cut off are due again at once after the next start).
func (m *mailer) stop(ctx context.Context) error {
	if m == nil {
		return nil
	}
	return errors.Join(m.feeder.Stop(ctx), m.deliverer.Stop(ctx))
}

// publicBase is the address the mails link to: PUBLIC_URL, else the local address of
// the listener (localhost and its port).
func publicBase(c Config, addr net.Addr) string {
	if c.PublicURL != "" {
		return c.PublicURL
	}
	port := "8080"
	if _, p, err := net.SplitHostPort(addr.String()); err == nil {
		port = p
	}
	return "http://localhost:" + port
}

// writeHook is the catalogue as the domain service sees it: after the write of an
// Anfrage it wakes the mail feed, so that its notifications go out at once rather than
// at the next poll.
type writeHook struct {
	*catalog.Catalog
	wake atomic.Pointer[notify.Feeder]
}

// Written implements drehscheibe.Catalog.
func (w *writeHook) Written(es ...drehscheibe.Entity) {
	w.Catalog.Written(es...)
	f := w.wake.Load()
	if f == nil {
		return
	}
	for _, e := range es {
		if e.EntityKind() == drehscheibe.KindAnfrage {
			f.Wake()
			return
		}
	}
}

// mailDelivered logs and counts an outcome of the Deliverer, with the mail's ID only:
// no address, no text (addresses a server names in its answer are masked).
func (a *app) mailDelivered(ev mail.Event) {
	m := a.metrics.mail
	var e *zerolog.Event
	switch ev.Outcome {
	case mail.OutcomeDelivered:
		m.delivered.Inc()
		e = a.log.Info()
	case mail.OutcomeRetry:
		m.retried.Inc()
		e = a.log.Warn().Time("retryAt", ev.RetryAt)
	case mail.OutcomeGaveUp:
		m.gaveUp.Inc()
		e = a.log.Error()
	case mail.OutcomeClaimFailed:
		// the database is away: dbState says so, once
		m.errors.WithLabelValues("claim").Inc()
		a.log.Debug().Str("error", maskAddresses(ev.QueueErr.Error())).Msg("mail queue not readable")
		return
	default:
		return
	}
	e = e.Str("mailId", ev.ID).Int("attempt", ev.Attempt)
	if ev.Reason != "" {
		e = e.Str("reason", maskAddresses(ev.Reason))
	}
	e.Msg(outcomeMessages[ev.Outcome])
	if ev.QueueErr != nil {
		m.errors.WithLabelValues("record").Inc()
		a.log.Warn().Str("mailId", ev.ID).Str("error", maskAddresses(ev.QueueErr.Error())).
			Msg("mail outcome not recorded: the mail is tried again when its lease runs out")
	}
}

var outcomeMessages = map[mail.Outcome]string{
	mail.OutcomeDelivered: "mail delivered",
	mail.OutcomeRetry:     "mail not delivered; retry planned",
	mail.OutcomeGaveUp:    "mail given up: it is not sent",
}

// feedLog logs the rounds of the mail feed: what it queued and skipped, and a failure
// once (the feed retries at every poll) and its end. It is called from the feed's one
// goroutine.
type feedLog struct {
	log     zerolog.Logger
	metrics *mailMetrics
	failing bool
	// skipped are the notifications reported without a mail: the feed derives them
	// again at every later step of their Anfrage, and they are reported once
	skipped map[drehscheibe.ID]bool
}

// maxSkipped bounds the notifications remembered as reported (then it starts afresh).
const maxSkipped = 10000

func (l *feedLog) observe(ev notify.Event) {
	l.metrics.queued.Add(float64(ev.Queued))
	if ev.Queued > 0 {
		l.log.Info().Int("mails", ev.Queued).Int("anfragen", ev.Anfragen).Int64("catalogVersion", ev.To).Msg("mails queued")
	}
	for _, s := range ev.Skipped {
		if l.skipped[s.Notification] {
			continue
		}
		if l.skipped == nil || len(l.skipped) >= maxSkipped {
			l.skipped = map[drehscheibe.ID]bool{}
		}
		l.skipped[s.Notification] = true
		l.metrics.skipped.Inc()
		l.log.Warn().Str("notificationId", string(s.Notification)).Str("anfrageId", string(s.Anfrage)).
			Str("side", string(s.Side)).Str("reason", s.Reason).Msg("no mail for a notification")
	}
	if ev.Pruned > 0 {
		l.log.Info().Int64("mails", ev.Pruned).Msg("finished mails removed from the queue")
	}
	switch {
	case ev.Err != nil:
		l.metrics.errors.WithLabelValues("feed").Inc()
		if !l.failing {
			l.log.Warn().Str("error", maskAddresses(ev.Err.Error())).Int64("catalogVersion", ev.From).
				Msg("mail feed stopped; it tries again at every poll")
		}
		l.failing = true
	case l.failing:
		l.failing = false
		l.log.Info().Int64("catalogVersion", ev.To).Msg("mail feed going again")
	}
}

// address finds e-mail addresses in a text (a mail server's answer may name one).
var address = regexp.MustCompile(`[^\s<>()\[\]"',;:]+@[^\s<>()\[\]"',;:]+`)

// maskAddresses replaces every e-mail address in s: logs hold no contact data.
func maskAddresses(s string) string { return address.ReplaceAllString(s, "[Adresse]") }

// mailMetrics count what became of the notification e-mails.
type mailMetrics struct {
	delivered, retried, gaveUp, queued, skipped prometheus.Counter
	errors                                      *prometheus.CounterVec
}

func newMailMetrics(reg prometheus.Registerer) *mailMetrics {
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "drehscheibe_mail_" + name, Help: help})
	}
	m := &mailMetrics{
		delivered: counter("delivered_total", "Notification e-mails the mail server accepted."),
		retried:   counter("retried_total", "Attempts that failed for now (4xx, server away, TLS or login); the mail is tried again."),
		gaveUp:    counter("gave_up_total", "Notification e-mails given up: refused for good (5xx) or out of attempts or time."),
		queued:    counter("queued_total", "Notification e-mails queued by this instance's feed."),
		skipped:   counter("skipped_total", "Notifications without an e-mail: no usable address of the side."),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "drehscheibe_mail_errors_total",
			Help: "Failures of the mail queue by stage: claim (reading it), record (an outcome), feed (a round of the feed)."}, []string{"stage"}),
	}
	reg.MustRegister(m.delivered, m.retried, m.gaveUp, m.queued, m.skipped, m.errors)
	for _, s := range []string{"claim", "record", "feed"} {
		m.errors.WithLabelValues(s)
	}
	return m
}
