package mailtest

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// Status is where a queued message stands.
type Status int

const (
	Waiting Status = iota
	Delivered
	GivenUp
)

// Entry is a queued message and its record.
type Entry struct {
	mail.Pending
	Status      Status
	Due         time.Time // next attempt (Waiting)
	LeasedUntil time.Time
	Reason      string    // of the last failure
	DoneAt      time.Time // Delivered or GivenUp
	order       int       // of adding
}

// Queue is a mail.Queue in memory, for tests. Its zero value is empty and ready.
type Queue struct {
	mu      sync.Mutex
	entries map[string]*Entry
	seq     int
}

var _ mail.Queue = (*Queue)(nil)

// Add queues m as of queued (due at once) and returns its ID.
func (q *Queue) Add(m mail.Message, queued time.Time) string {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.entries == nil {
		q.entries = map[string]*Entry{}
	}
	q.seq++
	id := "mail" + strconv.Itoa(q.seq)
	q.entries[id] = &Entry{Pending: mail.Pending{ID: id, Message: m, Queued: queued}, Due: queued, order: q.seq}
	return id
}

// Get returns the entry of id.
func (q *Queue) Get(id string) (Entry, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	e, ok := q.entries[id]
	if !ok {
		return Entry{}, false
	}
	return *e, true
}

// Claim implements mail.Queue.
func (q *Queue) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]mail.Pending, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	var due []*Entry
	for _, e := range q.entries {
		if e.Status == Waiting && !e.Due.After(now) && !e.LeasedUntil.After(now) {
			due = append(due, e)
		}
	}
	slices.SortFunc(due, func(a, b *Entry) int {
		return cmp.Or(a.Queued.Compare(b.Queued), cmp.Compare(a.order, b.order))
	})
	var out []mail.Pending
	for _, e := range due[:min(max, len(due))] {
		e.Attempt++
		e.LeasedUntil = now.Add(lease)
		out = append(out, e.Pending)
	}
	return out, nil
}

// Delivered implements mail.Queue.
func (q *Queue) Delivered(ctx context.Context, id string, at time.Time) error {
	return q.update(ctx, id, func(e *Entry) {
		e.Status, e.DoneAt, e.LeasedUntil = Delivered, at, time.Time{}
	})
}

// Retry implements mail.Queue.
func (q *Queue) Retry(ctx context.Context, id string, attempt int, reason string, retryAt time.Time) error {
	return q.update(ctx, id, func(e *Entry) {
		if e.Attempt == attempt && e.Status == Waiting {
			e.Due, e.Reason, e.LeasedUntil = retryAt, reason, time.Time{}
		}
	})
}

// GiveUp implements mail.Queue.
func (q *Queue) GiveUp(ctx context.Context, id string, attempt int, reason string, at time.Time) error {
	return q.update(ctx, id, func(e *Entry) {
		if e.Attempt == attempt && e.Status == Waiting {
			e.Status, e.Reason, e.DoneAt, e.LeasedUntil = GivenUp, reason, at, time.Time{}
		}
	})
}

func (q *Queue) update(ctx context.Context, id string, f func(*Entry)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if e, ok := q.entries[id]; ok {
		f(e)
	}
	return nil
}
