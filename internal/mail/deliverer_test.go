package mail_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
)

// guard ends a test that would otherwise hang; no test asserts a duration.
const guard = 2 * time.Minute

// fastRetry retries within milliseconds, so tests need not wait.
var fastRetry = mail.RetryPolicy{MaxAttempts: 5, MaxAge: time.Hour, Base: time.Millisecond, Max: 4 * time.Millisecond}

// recorder keeps every Event of a Deliverer.
type recorder struct {
	mu     sync.Mutex
	events []mail.Event
	signal chan struct{}
}

func newRecorder() *recorder { return &recorder{signal: make(chan struct{}, 1)} }

func (r *recorder) observe(e mail.Event) {
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
	select {
	case r.signal <- struct{}{}:
	default:
	}
}

func (r *recorder) all() []mail.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]mail.Event(nil), r.events...)
}

// await waits until done holds for the events so far and returns them.
func (r *recorder) await(t *testing.T, what string, done func([]mail.Event) bool) []mail.Event {
	t.Helper()
	timer := time.NewTimer(guard)
	defer timer.Stop()
	for {
		if evs := r.all(); done(evs) {
			return evs
		}
		select {
		case <-r.signal:
		case <-timer.C:
			t.Fatalf("waiting for %s; events: %v", what, outcomes(r.all()))
		}
	}
}

// final waits for the first delivered or given-up event of id.
func (r *recorder) final(t *testing.T, id string) []mail.Event {
	t.Helper()
	return r.await(t, "the end of "+id, func(evs []mail.Event) bool {
		for _, e := range evs {
			if e.ID == id && (e.Outcome == mail.OutcomeDelivered || e.Outcome == mail.OutcomeGaveUp) {
				return true
			}
		}
		return false
	})
}

func outcomes(evs []mail.Event) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s#%d %s", e.ID, e.Attempt, e.Outcome))
	}
	return out
}

// deliverer starts a Deliverer over q and t and stops it when the test ends.
func deliverer(t *testing.T, q mail.Queue, tr mail.Transport, opts mail.DelivererOptions) (*mail.Deliverer, *recorder) {
	t.Helper()
	rec := newRecorder()
	opts.Observer = rec.observe
	if opts.PollInterval == 0 {
		opts.PollInterval = 5 * time.Millisecond
	}
	if opts.Retry == (mail.RetryPolicy{}) {
		opts.Retry = fastRetry
	}
	d, err := mail.NewDeliverer(q, tr, opts)
	if err != nil {
		t.Fatal(err)
	}
	d.Start()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), guard)
		defer cancel()
		if err := d.Stop(ctx); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return d, rec
}

func sender(t *testing.T, cfg mail.Config) *mail.Sender {
	t.Helper()
	s, err := mail.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func entry(t *testing.T, q *mailtest.Queue, id string) mailtest.Entry {
	t.Helper()
	e, ok := q.Get(id)
	if !ok {
		t.Fatalf("%s is not in the queue", id)
	}
	return e
}

func TestDelivererRetriesTemporaryRefusals(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Security: mailtest.StartTLS, Username: "drehscheibe", Password: "geheim"})
	srv.FailNext(2, mailtest.Failure{Code: 451, Stage: mailtest.AtData})
	q := &mailtest.Queue{}
	id := q.Add(germanMessage("anf_1/ACCEPTED"), time.Now())
	_, rec := deliverer(t, q, sender(t, srv.Config(t)), mail.DelivererOptions{})

	evs := rec.final(t, id)
	want := []string{id + "#1 neuer Versuch geplant", id + "#2 neuer Versuch geplant", id + "#3 zugestellt"}
	if d := cmp.Diff(want, outcomes(evs)); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	for _, e := range evs[:2] {
		if !strings.Contains(e.Reason, "vorübergehend abgelehnt (451") || e.RetryAt.IsZero() {
			t.Errorf("retry event %+v: want the 451 and a retry time", e)
		}
	}
	if e := entry(t, q, id); e.Status != mailtest.Delivered || e.Attempt != 3 {
		t.Errorf("queue entry: status %v after %d attempts, want delivered after 3", e.Status, e.Attempt)
	}
	got := srv.Await(t, 1)
	if len(got) != 1 || srv.Refused() != 2 || got[0].Subject != germanMessage("").Subject {
		t.Errorf("%d received, %d refused, subject %q", len(got), srv.Refused(), got[0].Subject)
	}
}

func TestDelivererGivesUpOnPermanentRefusal(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	srv.FailNext(1, mailtest.Failure{Code: 550, Stage: mailtest.AtRcpt})
	q := &mailtest.Queue{}
	refused := q.Add(germanMessage("anf_1/ACCEPTED"), time.Now())
	_, rec := deliverer(t, q, sender(t, srv.Config(t)), mail.DelivererOptions{})
	evs := rec.final(t, refused)
	if d := cmp.Diff([]string{refused + "#1 aufgegeben"}, outcomes(evs)); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	e := entry(t, q, refused)
	if e.Status != mailtest.GivenUp || !strings.Contains(e.Reason, "endgültig abgelehnt (550") {
		t.Errorf("queue entry: status %v, reason %q; want given up for the 550", e.Status, e.Reason)
	}
	// The Deliverer goes on with the next message, and the refused one is not tried again.
	next := q.Add(mailtest.Message("danach", "b@example.org"), time.Now())
	rec.final(t, next)
	if srv.Refused() != 1 || len(srv.Received()) != 1 || srv.Received()[0].Subject != "danach" {
		t.Errorf("%d refused, received %v", srv.Refused(), srv.Received())
	}
	if e := entry(t, q, refused); e.Attempt != 1 {
		t.Errorf("the refused message was tried %d times", e.Attempt)
	}
}

func TestDelivererGivesUpWhenAttemptsOrTimeRunOut(t *testing.T) {
	for name, tc := range map[string]struct {
		reason   string
		policy   mail.RetryPolicy
		queued   time.Duration // before now
		attempts int
	}{
		"attempts": {"three attempts at most", mail.RetryPolicy{MaxAttempts: 3, MaxAge: time.Hour, Base: time.Millisecond, Max: time.Millisecond}, 0, 3},
		"age":      {"queued two hours ago with one hour allowed", mail.RetryPolicy{MaxAttempts: 100, MaxAge: time.Hour, Base: time.Millisecond, Max: time.Millisecond}, 2 * time.Hour, 1},
	} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.Start(t, mailtest.Options{})
			srv.FailNext(10, mailtest.Failure{Code: 421, Stage: mailtest.AtData})
			q := &mailtest.Queue{}
			id := q.Add(germanMessage("k"), time.Now().Add(-tc.queued))
			_, rec := deliverer(t, q, sender(t, srv.Config(t)), mail.DelivererOptions{Retry: tc.policy})
			evs := rec.final(t, id)
			last := evs[len(evs)-1]
			if len(evs) != tc.attempts || last.Outcome != mail.OutcomeGaveUp || last.Attempt != tc.attempts {
				t.Fatalf("%s: events %v", tc.reason, outcomes(evs))
			}
			wantReason := fmt.Sprintf("Aufgegeben beim %d. Versuch, in der Warteschlange seit ", tc.attempts)
			if e := entry(t, q, id); e.Status != mailtest.GivenUp || !strings.HasPrefix(e.Reason, wantReason) || !strings.Contains(e.Reason, "(421") {
				t.Errorf("%s: status %v, reason %q", tc.reason, e.Status, e.Reason)
			}
		})
	}
}

func TestDelivererRidesOutAServerOutage(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Security: mailtest.ImplicitTLS})
	cfg := srv.Config(t)
	srv.Close() // down before the first attempt
	q := &mailtest.Queue{}
	id := q.Add(germanMessage("k"), time.Now())
	_, rec := deliverer(t, q, sender(t, cfg), mail.DelivererOptions{
		Retry: mail.RetryPolicy{MaxAttempts: 1_000_000, MaxAge: time.Hour, Base: time.Millisecond, Max: 4 * time.Millisecond},
	})
	rec.await(t, "three failed attempts", func(evs []mail.Event) bool { return len(evs) >= 3 })
	for _, e := range rec.all() {
		if e.Outcome != mail.OutcomeRetry || !strings.Contains(e.Reason, "nicht erreichbar") {
			t.Fatalf("while the server is down: %+v", e)
		}
	}
	back := mailtest.Start(t, mailtest.Options{Security: mailtest.ImplicitTLS, Addr: srv.Addr()})
	rec.final(t, id)
	if got := back.Await(t, 1); len(got) != 1 || !got[0].TLS {
		t.Errorf("received %d", len(got))
	}
}

// gate holds every send until released.
type gate struct {
	next     mail.Transport
	started  chan string
	release  chan struct{}
	mu       sync.Mutex
	inflight int
	most     int
}

func newGate(next mail.Transport) *gate {
	return &gate{next: next, started: make(chan string, 100), release: make(chan struct{})}
}

func (g *gate) Send(ctx context.Context, m mail.Message) error {
	g.mu.Lock()
	g.inflight++
	g.most = max(g.most, g.inflight)
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		g.inflight--
		g.mu.Unlock()
	}()
	g.started <- m.Key
	select {
	case <-g.release:
	case <-ctx.Done():
		return ctx.Err()
	}
	return g.next.Send(ctx, m)
}

// settle gives goroutines that should not run a chance to run anyway; it can only
// make a test pass that should fail, never fail one that should pass.
func settle() { time.Sleep(100 * time.Millisecond) }

func TestDelivererSendsAtMostConcurrencyAtOnce(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	g := newGate(sender(t, srv.Config(t)))
	q := &mailtest.Queue{}
	for i := range 12 {
		q.Add(mailtest.Message(fmt.Sprint("m", i), "a@example.org"), time.Now())
	}
	_, rec := deliverer(t, q, g, mail.DelivererOptions{Concurrency: 3})
	for range 3 {
		<-g.started
	}
	settle()
	if n := len(g.started); n != 0 {
		t.Errorf("%d more sends started while 3 were under way", n)
	}
	close(g.release)
	rec.await(t, "12 deliveries", func(evs []mail.Event) bool { return len(evs) >= 12 })
	srv.Await(t, 12)
	if g.most > 3 {
		t.Errorf("%d sends at once, Concurrency is 3", g.most)
	}
}

func TestDelivererStopWaitsForSendsUnderWay(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	g := newGate(sender(t, srv.Config(t)))
	q := &mailtest.Queue{}
	id := q.Add(germanMessage("k"), time.Now())
	d, err := mail.NewDeliverer(q, g, mail.DelivererOptions{PollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	d.Start()
	<-g.started
	stopped := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), guard)
		defer cancel()
		stopped <- d.Stop(ctx)
	}()
	settle()
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned (%v) while a send was under way", err)
	default:
	}
	close(g.release)
	if err := <-stopped; err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if e := entry(t, q, id); e.Status != mailtest.Delivered {
		t.Errorf("after Stop the send under way is recorded as %v, want delivered", e.Status)
	}
	if len(srv.Received()) != 1 {
		t.Errorf("%d received", len(srv.Received()))
	}
	if err := d.Stop(context.Background()); err != nil {
		t.Errorf("a second Stop: %v", err)
	}
}

func TestDelivererStopIsBounded(t *testing.T) {
	addr, accepted := silentServer(t)
	cfg, err := mail.ParseConfig("smtp://"+addr+"?tls=none", "a@example.org", "")
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnectTimeout, cfg.SendTimeout = time.Hour, time.Hour
	q := &mailtest.Queue{}
	id := q.Add(germanMessage("k"), time.Now())
	rec := newRecorder()
	d, err := mail.NewDeliverer(q, sender(t, cfg), mail.DelivererOptions{Lease: 4 * time.Hour, Observer: rec.observe})
	if err != nil {
		t.Fatal(err)
	}
	d.Start()
	<-accepted // the send waits for a greeting that never comes
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // no patience at all
	if err := within(t, func() error { return d.Stop(ctx) }); !errors.Is(err, context.Canceled) {
		t.Errorf("Stop: %v, want context.Canceled", err)
	}
	e := entry(t, q, id)
	if e.Status != mailtest.Waiting || e.Attempt != 1 || !strings.Contains(e.Reason, "Beenden") ||
		!e.LeasedUntil.IsZero() || e.Due.After(time.Now()) {
		t.Errorf("the cut-off send must be due again at once: %+v", e)
	}
	if evs := rec.all(); len(evs) != 1 || evs[0].Outcome != mail.OutcomeRetry {
		t.Errorf("events %v", outcomes(evs))
	}
}

// signalQueue tells of every Claim and fails the first fail claims.
type signalQueue struct {
	*mailtest.Queue
	claims chan struct{}
	mu     sync.Mutex
	fail   int
}

func (s *signalQueue) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]mail.Pending, error) {
	defer func() {
		select {
		case s.claims <- struct{}{}:
		default:
		}
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail > 0 {
		s.fail--
		return nil, errors.New("Datenbank nicht erreichbar")
	}
	return s.Queue.Claim(ctx, now, max, lease)
}

func TestDelivererWakesUp(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	q := &signalQueue{Queue: &mailtest.Queue{}, claims: make(chan struct{}, 1)}
	d, rec := deliverer(t, q, sender(t, srv.Config(t)), mail.DelivererOptions{PollInterval: time.Hour})
	<-q.claims // the first round at start found nothing; the next poll is an hour away
	id := q.Add(germanMessage("k"), time.Now())
	d.Wake()
	rec.final(t, id)
}

func TestDelivererReportsAQueueThatCannotBeRead(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	q := &signalQueue{Queue: &mailtest.Queue{}, claims: make(chan struct{}, 1), fail: 2}
	id := q.Add(germanMessage("k"), time.Now())
	_, rec := deliverer(t, q, sender(t, srv.Config(t)), mail.DelivererOptions{})
	evs := rec.final(t, id)
	if len(evs) != 3 || evs[0].Outcome != mail.OutcomeClaimFailed || evs[0].QueueErr == nil || evs[2].Outcome != mail.OutcomeDelivered {
		t.Errorf("events %v", outcomes(evs))
	}
}

func TestDelivererEventsHoldNoSecrets(t *testing.T) {
	const password, body = "Sehr-Geheim-4711", "Inhalt-der-Nachricht-0815"
	srv := mailtest.Start(t, mailtest.Options{Security: mailtest.StartTLS, Username: "drehscheibe", Password: "richtig"})
	cfg := srv.Config(t)
	cfg.Password = password
	q := &mailtest.Queue{}
	m := germanMessage("k")
	m.Text, m.HTML = body, "<p>"+body+"</p>"
	id := q.Add(m, time.Now())
	srv.FailNext(1, mailtest.Failure{Code: 554, Stage: mailtest.AtData})
	ok := q.Add(mail.Message{Key: "k2", To: m.To, Subject: "Zweite", Text: body}, time.Now())
	_, rec := deliverer(t, q, sender(t, cfg), mail.DelivererOptions{
		Retry: mail.RetryPolicy{MaxAttempts: 2, MaxAge: time.Hour, Base: time.Millisecond, Max: time.Millisecond},
	})
	rec.final(t, id)
	rec.final(t, ok)
	for _, e := range rec.all() {
		s := fmt.Sprintf("%+v %v %v", e, e.Err, e.QueueErr)
		if strings.Contains(s, password) || strings.Contains(s, body) {
			t.Errorf("an event shows a secret: %s", s)
		}
	}
	for _, id := range []string{id, ok} {
		if e := entry(t, q, id); strings.Contains(e.Reason, password) || strings.Contains(e.Reason, body) {
			t.Errorf("the queue's reason shows a secret: %s", e.Reason)
		}
	}
}

func TestRetryPolicyDelay(t *testing.T) {
	p := mail.RetryPolicy{MaxAttempts: 10, MaxAge: time.Hour, Base: time.Minute, Max: 10 * time.Minute}
	for _, tc := range []struct {
		attempt int
		jitter  float64
		want    time.Duration
	}{
		{1, 0, 30 * time.Second}, {1, 0.999999, 60 * time.Second},
		{2, 0, time.Minute}, {3, 0.5, 3 * time.Minute}, {4, 0, 4 * time.Minute},
		{5, 0, 5 * time.Minute}, {5, 0.999999, 10 * time.Minute}, {50, 0, 5 * time.Minute},
	} {
		got := p.Delay(tc.attempt, tc.jitter).Round(time.Second)
		if got != tc.want {
			t.Errorf("Delay(%d, %g) = %v, want %v", tc.attempt, tc.jitter, got, tc.want)
		}
	}
}
