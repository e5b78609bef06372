package mail

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/rounds"
)

// Transport sends one message; *Sender is the real one.
type Transport interface {
	Send(ctx context.Context, m Message) error
}

// DelivererOptions tune a Deliverer; zero values take the defaults.
type DelivererOptions struct {
	// Concurrency is how many messages are sent at once (default 2).
	Concurrency int
	// PollInterval is how often the queue is asked when nobody calls Wake (default 30 s).
	PollInterval time.Duration
	// Lease is how long a claimed message stays reserved (default 5 min). One attempt
	// may take at most half of it, so a lease never runs out under a working send.
	Lease time.Duration
	// Retry is the policy for temporary failures (default DefaultRetryPolicy).
	Retry RetryPolicy
	// Observer is told every outcome (nil: nobody). It is called from the sending
	// goroutines, concurrently, and should return quickly.
	Observer func(Event)
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Defaults of DelivererOptions.
const (
	DefaultConcurrency  = 2
	DefaultPollInterval = 30 * time.Second
	DefaultLease        = 5 * time.Minute
)

// recordTimeout bounds each write of an outcome to the queue.
const recordTimeout = 10 * time.Second

// Outcome is what became of one attempt, or of asking the queue.
type Outcome int

const (
	// OutcomeDelivered: the server accepted the message.
	OutcomeDelivered Outcome = iota + 1
	// OutcomeRetry: a temporary failure; the message is due again at Event.RetryAt.
	OutcomeRetry
	// OutcomeGaveUp: refused for good, or out of attempts or time; never sent.
	OutcomeGaveUp
	// OutcomeClaimFailed: the queue could not be read (Event.QueueErr); the next
	// round tries again.
	OutcomeClaimFailed
)

func (o Outcome) String() string {
	switch o {
	case OutcomeDelivered:
		return "zugestellt"
	case OutcomeRetry:
		return "neuer Versuch geplant"
	case OutcomeGaveUp:
		return "aufgegeben"
	case OutcomeClaimFailed:
		return "Warteschlange nicht lesbar"
	}
	return "unbekannt"
}

// Event reports one outcome. It names the message by ID and never carries its body.
type Event struct {
	Outcome Outcome
	ID      string
	Attempt int
	// Reason says in German why a send failed (empty when delivered).
	Reason  string
	RetryAt time.Time
	// Err is the send's error; QueueErr an error of the queue (then the outcome was
	// not recorded, and the message comes again when its lease runs out).
	Err      error
	QueueErr error
}

// Deliverer takes messages from a Queue and sends them: it asks the queue every
// PollInterval and whenever Wake is called, sends up to Concurrency messages at once,
// retries temporary failures with exponential backoff and jitter, and gives up on
// permanent ones (5xx, invalid message) and on messages out of attempts or time.
type Deliverer struct {
	queue     Queue
	transport Transport
	opts      DelivererOptions

	slots    chan struct{} // one per message being sent
	loop     *rounds.Loop  // the polling rounds; quit by Stop
	inflight sync.WaitGroup

	loopCtx    context.Context // claims; cancelled by Stop
	stopLoop   context.CancelFunc
	sendCtx    context.Context // sends; cancelled when Stop's deadline passes
	abortSends context.CancelFunc

	stopOnce sync.Once
}

// NewDeliverer returns a Deliverer over q that sends with t. Start starts it.
func NewDeliverer(q Queue, t Transport, opts DelivererOptions) (*Deliverer, error) {
	if q == nil || t == nil {
		return nil, errors.New("NewDeliverer: Warteschlange und Transport nötig")
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.Lease <= 0 {
		opts.Lease = DefaultLease
	}
	if opts.Retry == (RetryPolicy{}) {
		opts.Retry = DefaultRetryPolicy
	}
	if err := opts.Retry.validate(); err != nil {
		return nil, err
	}
	if opts.Observer == nil {
		opts.Observer = func(Event) {}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	d := &Deliverer{
		queue: q, transport: t, opts: opts,
		slots: make(chan struct{}, opts.Concurrency),
	}
	d.loop = rounds.New(opts.PollInterval, d.round)
	d.loopCtx, d.stopLoop = context.WithCancel(context.Background())
	d.sendCtx, d.abortSends = context.WithCancel(context.Background())
	return d, nil
}

// Start starts polling (at once, then every PollInterval). Later calls do nothing.
func (d *Deliverer) Start() { d.loop.Start() }

// Wake makes the Deliverer ask the queue now, e.g. right after a message was queued.
// It never blocks.
func (d *Deliverer) Wake() { d.loop.Wake() }

// Stop stops claiming and waits for the sends under way until ctx ends; then it
// cancels them, waits for their outcomes to be recorded (a cancelled send is retried
// at once after the next start) and returns ctx's error. Later calls return nil at
// once.
func (d *Deliverer) Stop(ctx context.Context) error {
	var err error
	d.stopOnce.Do(func() {
		d.loop.Quit()
		d.stopLoop()
		<-d.loop.Done()
		done := make(chan struct{})
		go func() { d.inflight.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			d.abortSends()
			<-done
			err = ctx.Err()
		}
		d.abortSends()
	})
	return err
}

// round claims and dispatches as long as the queue fills every free slot.
func (d *Deliverer) round() {
	for {
		n, ok := d.acquire()
		if !ok {
			return
		}
		claimed, err := d.queue.Claim(d.loopCtx, d.opts.Now(), n, d.opts.Lease)
		if err != nil {
			d.release(n)
			if d.loopCtx.Err() == nil {
				d.opts.Observer(Event{Outcome: OutcomeClaimFailed, QueueErr: err})
			}
			return
		}
		if len(claimed) > n {
			claimed = claimed[:n] // a faulty queue; the rest return when their lease ends
		}
		d.release(n - len(claimed))
		for _, p := range claimed {
			d.inflight.Add(1)
			go d.deliver(p)
		}
		if len(claimed) < n {
			return
		}
	}
}

// acquire waits for one free slot and takes every other free one; false when stopping.
func (d *Deliverer) acquire() (int, bool) {
	select {
	case d.slots <- struct{}{}:
	case <-d.loop.Quitting():
		return 0, false
	}
	n := 1
	for n < cap(d.slots) {
		select {
		case d.slots <- struct{}{}:
			n++
		default:
			return n, true
		}
	}
	return n, true
}

func (d *Deliverer) release(n int) {
	for range n {
		<-d.slots
	}
}

// deliver makes one attempt and records its outcome.
func (d *Deliverer) deliver(p Pending) {
	defer d.inflight.Done()
	defer d.release(1)

	ctx, cancel := context.WithTimeout(d.sendCtx, d.opts.Lease/2)
	err := d.transport.Send(ctx, p.Message)
	cancel()
	now := d.opts.Now()
	// The outcome is recorded even while stopping: that is what keeps it.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(d.sendCtx), recordTimeout)
	defer rcancel()

	ev := Event{ID: p.ID, Attempt: p.Attempt, Err: err}
	switch {
	case err == nil:
		ev.Outcome = OutcomeDelivered
		ev.QueueErr = d.queue.Delivered(rctx, p.ID, now)
	case IsPermanent(err):
		ev.Outcome, ev.Reason = OutcomeGaveUp, reasonOf(err)
		ev.QueueErr = d.queue.GiveUp(rctx, p.ID, p.Attempt, ev.Reason, now)
	case d.sendCtx.Err() != nil:
		// Cut off by Stop: due again at once.
		ev.Outcome, ev.Reason, ev.RetryAt = OutcomeRetry, "Beim Beenden des Dienstes abgebrochen", now
		ev.QueueErr = d.queue.Retry(rctx, p.ID, p.Attempt, ev.Reason, now)
	default:
		ev.Reason = reasonOf(err)
		retryAt := now.Add(d.opts.Retry.Delay(p.Attempt, rand.Float64()))
		if p.Attempt >= d.opts.Retry.MaxAttempts || retryAt.After(p.Queued.Add(d.opts.Retry.MaxAge)) {
			ev.Outcome = OutcomeGaveUp
			ev.Reason = fmt.Sprintf("Aufgegeben beim %d. Versuch, in der Warteschlange seit %s; zuletzt: %s",
				p.Attempt, p.Queued.In(drehscheibe.Dortmund).Format("02.01.2006 15:04"), ev.Reason)
			ev.QueueErr = d.queue.GiveUp(rctx, p.ID, p.Attempt, ev.Reason, now)
		} else {
			ev.Outcome, ev.RetryAt = OutcomeRetry, retryAt
			ev.QueueErr = d.queue.Retry(rctx, p.ID, p.Attempt, ev.Reason, retryAt)
		}
	}
	d.opts.Observer(ev)
}

// reasonOf is the German reason of a send error; other transports' errors are kept
// to one bounded line.
func reasonOf(err error) string {
	var se *SendError
	if errors.As(err, &se) {
		return se.Reason
	}
	return detail(err.Error())
}
