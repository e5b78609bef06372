// Package notify feeds the notifications of the Anfragen to the mail queue. Nothing
// is stored when a request changes but the Anfrage itself, whose history the
// notifications are derived from (drehscheibe.NotificationsOf), so the Feeder derives
// the mails from the stored Anfragen: it keeps its progress as a catalogue version in
// the database, reads the Anfragen written since (the cost grows with the changes, not
// with the catalogue), queues one mail per notification and recipient and then moves
// its progress on. A mail's key is the notification's ID and the recipient, and the
// queue takes a key it holds for "already queued", so a crash between queuing and
// recording the progress, or two instances feeding at once, queue nothing twice.
//
// The mails hold no personal data of children: organisations, the Modul, dates and
// counts, the reason's code without its free text, and a link into the dashboard.
package notify

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/rounds"
)

// Store is what the Feeder reads and records (internal/mongodb's Store).
type Store interface {
	// ChangedOf returns the entities of kind k written with a catalogue version above
	// since.
	ChangedOf(ctx context.Context, k drehscheibe.Kind, since int64) ([]drehscheibe.Entity, error)
	// StartMailFeed records the progress version for the notifications made since
	// since unless one is recorded, and returns the one stored.
	StartMailFeed(ctx context.Context, version int64, since time.Time) (int64, time.Time, error)
	// AdvanceMailFeed moves the progress on to version (never back).
	AdvanceMailFeed(ctx context.Context, version int64) error
}

// Queue takes the mails (internal/mongodb's MailQueue).
type Queue interface {
	// Enqueue queues the messages as of queued and returns how many were new; a key
	// queued before is no error.
	Enqueue(ctx context.Context, ms []mail.Message, queued time.Time) (int, error)
	// Prune removes the messages delivered or given up before before.
	Prune(ctx context.Context, before time.Time) (int64, error)
}

// Catalog is the in-memory catalogue: its version bounds what is read (every write up
// to it is stored), and it names the Modul, the institution and the partner.
type Catalog interface {
	Current() *catalog.Snapshot
}

// Options configure a Feeder; zero values take the defaults.
type Options struct {
	// BaseURL is the service's public address ("https://drehscheibe.dortmund.de"); the
	// mails link to BaseURL + DashboardPath + the Anfrage's ID. Required.
	BaseURL string
	// Servicestelle receives the notifications for the Servicestelle (zero: nobody).
	Servicestelle mail.Address
	// PollInterval is how often the catalogue's version is compared with the progress
	// when nobody calls Wake (default 2 s). A poll that finds nothing new costs no
	// database call.
	PollInterval time.Duration
	// Horizon: notifications older than this are not mailed (default the Deliverer's
	// longest wait, mail.DefaultRetryPolicy.MaxAge), e.g. after mail was off for a
	// week: they would be given up unsent anyway.
	Horizon time.Duration
	// Retention is how long delivered and given-up mails are kept (default 14 days); it
	// must exceed Horizon, which is what keeps a mail from being queued twice. The
	// embedded database reads every kept mail at every poll of the Deliverer.
	Retention time.Duration
	// Queued is told after new mails were queued (to wake the Deliverer). May be nil.
	Queued func(n int)
	// Observer is told the outcome of every round that read something or failed. May
	// be nil.
	Observer func(Event)
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Defaults of Options.
const (
	DefaultPollInterval = 2 * time.Second
	DefaultRetention    = 14 * 24 * time.Hour
	pruneInterval       = time.Hour
	// enqueueBatch bounds one insert into the queue.
	enqueueBatch = 500
)

// Event reports one round. It names notifications and Anfragen by ID only.
type Event struct {
	// From and To: the progress before and after the round (To == From: not moved).
	From, To int64
	// Anfragen read, mails newly Queued, and notifications without a mail (derived
	// again at every later step of their Anfrage, and listed again then).
	Anfragen, Queued int
	Skipped          []Skip
	// Pruned counts the finished mails removed.
	Pruned int64
	// Err is why the round stopped; it is tried again at the next poll.
	Err error
}

// Skip is a notification no mail was queued for, and why (German, no address).
type Skip struct {
	Notification, Anfrage drehscheibe.ID
	Side                  drehscheibe.Party
	Reason                string
}

// Feeder queues the mails of new notifications.
type Feeder struct {
	store Store
	queue Queue
	cat   Catalog
	opts  Options
	comp  composer

	loop   *rounds.Loop // the feeding rounds; quit by Stop
	ctx    context.Context
	cancel context.CancelFunc

	// mu serialises rounds; version and since are the progress as this instance knows it
	// (known: read from the database).
	mu        sync.Mutex
	known     bool
	version   int64
	since     time.Time
	lastPrune time.Time

	stopOnce sync.Once
}

// NewFeeder returns a Feeder; Start starts it.
func NewFeeder(store Store, queue Queue, cat Catalog, opts Options) (*Feeder, error) {
	if store == nil || queue == nil || cat == nil {
		return nil, errors.New("NewFeeder: Store, Queue und Catalog nötig")
	}
	if !strings.HasPrefix(opts.BaseURL, "http://") && !strings.HasPrefix(opts.BaseURL, "https://") {
		return nil, errors.New("NewFeeder: BaseURL muss eine http(s)-Adresse sein")
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.Horizon <= 0 {
		opts.Horizon = mail.DefaultRetryPolicy.MaxAge
	}
	if opts.Retention <= 0 {
		opts.Retention = DefaultRetention
	}
	if opts.Retention <= opts.Horizon {
		return nil, errors.New("NewFeeder: Retention muss länger als Horizon sein")
	}
	if opts.Queued == nil {
		opts.Queued = func(int) {}
	}
	if opts.Observer == nil {
		opts.Observer = func(Event) {}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	f := &Feeder{store: store, queue: queue, cat: cat, opts: opts,
		comp: composer{base: strings.TrimSuffix(opts.BaseURL, "/"), servicestelle: opts.Servicestelle}}
	f.loop = rounds.New(opts.PollInterval, f.round)
	f.ctx, f.cancel = context.WithCancel(context.Background())
	return f, nil
}

// Start starts feeding: at once, then every PollInterval and whenever Wake is called.
// Later calls do nothing.
func (f *Feeder) Start() { f.loop.Start() }

// Wake makes the Feeder look for new notifications now, e.g. right after a write. It
// never blocks.
func (f *Feeder) Wake() { f.loop.Wake() }

// Stop ends the feeding: it waits for the round under way until ctx ends, then cancels
// it (what it queued stays queued; the next start queues the rest) and returns ctx's
// error. Later calls return nil.
func (f *Feeder) Stop(ctx context.Context) error {
	var err error
	f.stopOnce.Do(func() {
		f.loop.Quit()
		select {
		case <-f.loop.Done():
		case <-ctx.Done():
			f.cancel()
			<-f.loop.Done()
			err = ctx.Err()
		}
		f.cancel()
	})
	return err
}

// round feeds once and tells the observer when there was work.
func (f *Feeder) round() {
	if ev, worked := f.Feed(f.ctx); worked {
		f.opts.Observer(ev)
	}
}

// Begin reads the feed's progress, or records it at the catalogue's current version
// on the very first start: what happened before is history, and nobody
// gets mails for it. Before the catalogue is loaded it does nothing (Feed begins then).
// The service calls it before it accepts requests, so that the first start does not
// take a request made meanwhile for history.
func (f *Feeder) Begin(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	snap := f.cat.Current()
	if !snap.Loaded {
		return nil
	}
	return f.begin(ctx, snap, f.opts.Now())
}

// begin is Begin with f.mu held.
func (f *Feeder) begin(ctx context.Context, snap *catalog.Snapshot, now time.Time) error {
	if f.known {
		return nil
	}
	v, since, err := f.store.StartMailFeed(ctx, snap.Version, now)
	if err != nil {
		return err
	}
	f.known, f.version, f.since = true, v, since
	return nil
}

// Feed runs one round: it queues the mails of the Anfragen written since its progress
// up to the catalogue's version and moves its progress there, and removes the finished
// mails past Retention once an hour. worked is false when there was nothing to do (the
// catalogue is not loaded or has not moved on). The loop calls it; tests call it to
// feed at a moment of their choosing.
func (f *Feeder) Feed(ctx context.Context) (ev Event, worked bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	snap := f.cat.Current()
	if !snap.Loaded {
		return ev, false
	}
	now := f.opts.Now()
	if err := f.begin(ctx, snap, now); err != nil {
		return Event{Err: err}, true
	}
	ev.From, ev.To = f.version, f.version
	if now.Sub(f.lastPrune) >= pruneInterval {
		n, err := f.queue.Prune(ctx, now.Add(-f.opts.Retention))
		if err != nil {
			ev.Err = err
			return ev, true
		}
		f.lastPrune, ev.Pruned = now, n
	}
	bound := snap.Version
	if bound <= f.version {
		return ev, ev.Pruned > 0
	}
	changed, err := f.store.ChangedOf(ctx, drehscheibe.KindAnfrage, f.version)
	if err != nil {
		ev.Err = err
		return ev, true
	}
	from := f.since
	if h := now.Add(-f.opts.Horizon); h.After(from) {
		from = h
	}
	var ms []mail.Message
	for _, e := range changed {
		a, ok := e.(*drehscheibe.Anfrage)
		// one written after the bound waits for the next round, when the catalogue
		// holds what it refers to
		if !ok || a.Seq > bound {
			continue
		}
		ev.Anfragen++
		m, skipped := f.comp.mailsOf(snap, a, from)
		ms = append(ms, m...)
		ev.Skipped = append(ev.Skipped, skipped...)
	}
	for len(ms) > 0 {
		batch := ms[:min(enqueueBatch, len(ms))]
		ms = ms[len(batch):]
		n, err := f.queue.Enqueue(ctx, batch, now)
		ev.Queued += n
		if err != nil {
			ev.Err = err
			break
		}
	}
	if ev.Queued > 0 {
		f.opts.Queued(ev.Queued)
	}
	if ev.Err != nil {
		return ev, true // the progress stays: the next round queues the rest
	}
	if err := f.store.AdvanceMailFeed(ctx, bound); err != nil {
		ev.Err = err
		return ev, true
	}
	f.version, ev.To = bound, bound
	return ev, true
}
