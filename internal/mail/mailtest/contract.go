package mailtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// AddFunc queues m as of queued, due at once, and returns its ID.
type AddFunc func(t *testing.T, m mail.Message, queued time.Time) string

// QueueContract checks that a mail.Queue keeps the promises of its documentation.
// open returns an empty queue and the way to add to it; it is called once per subtest.
// Times are whole milliseconds in UTC, so a store that keeps milliseconds passes.
func QueueContract(t *testing.T, open func(t *testing.T) (mail.Queue, AddFunc)) {
	t0 := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)
	const lease = time.Minute
	ctx := context.Background()

	claim := func(t *testing.T, q mail.Queue, now time.Time, max int) []mail.Pending {
		t.Helper()
		got, err := q.Claim(ctx, now, max, lease)
		if err != nil {
			t.Fatalf("Claim: %v", err)
		}
		return got
	}
	ids := func(ps []mail.Pending) []string {
		out := []string{}
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s#%d", p.ID, p.Attempt))
		}
		return out
	}
	want := func(t *testing.T, got []mail.Pending, want ...string) {
		t.Helper()
		if want == nil {
			want = []string{}
		}
		if d := cmp.Diff(want, ids(got)); d != "" {
			t.Errorf("claimed (-want +got):\n%s", d)
		}
	}
	must := func(t *testing.T, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	t.Run("the message comes back whole", func(t *testing.T) {
		q, add := open(t)
		m := Message("Anfrage angenommen – Kita Süd", "a@example.org")
		m.To = append(m.To, mail.Address{Name: "Jörg Weiß", Email: "joerg.weiss@example.org"})
		m.HTML = "<p>Grüße</p>"
		m.Date = t0.Add(-time.Hour)
		id := add(t, m, t0)
		got := claim(t, q, t0, 10)
		if d := cmp.Diff([]mail.Pending{{ID: id, Message: m, Attempt: 1, Queued: t0}}, got); d != "" {
			t.Errorf("(-want +got):\n%s", d)
		}
	})

	t.Run("the oldest due come first, up to max, each claim an attempt", func(t *testing.T) {
		q, add := open(t)
		want(t, claim(t, q, t0, 10))
		c := add(t, Message("c", "c@example.org"), t0.Add(2*time.Second))
		a := add(t, Message("a", "a@example.org"), t0)
		b := add(t, Message("b", "b@example.org"), t0.Add(time.Second))
		future := add(t, Message("später", "d@example.org"), t0.Add(time.Hour))
		want(t, claim(t, q, t0.Add(10*time.Second), 2), a+"#1", b+"#1")
		want(t, claim(t, q, t0.Add(10*time.Second), 2), c+"#1")
		// The leases run out: all three again, as second attempts.
		want(t, claim(t, q, t0.Add(10*time.Second+lease), 5), a+"#2", b+"#2", c+"#2")
		for _, id := range []string{a, b, c} {
			must(t, q.Delivered(ctx, id, t0.Add(time.Minute)))
		}
		want(t, claim(t, q, t0.Add(time.Hour), 5), future+"#1")
	})

	t.Run("delivered and given up are never claimed again", func(t *testing.T) {
		q, add := open(t)
		a := add(t, Message("a", "a@example.org"), t0)
		b := add(t, Message("b", "b@example.org"), t0)
		want(t, claim(t, q, t0, 5), a+"#1", b+"#1")
		must(t, q.Delivered(ctx, a, t0.Add(time.Second)))
		must(t, q.GiveUp(ctx, b, 1, "550 Empfänger unbekannt", t0.Add(time.Second)))
		want(t, claim(t, q, t0.Add(24*time.Hour), 5))
	})

	t.Run("a retry is due at its time, as the next attempt", func(t *testing.T) {
		q, add := open(t)
		a := add(t, Message("a", "a@example.org"), t0)
		want(t, claim(t, q, t0, 5), a+"#1")
		must(t, q.Retry(ctx, a, 1, "451 später", t0.Add(10*time.Minute)))
		want(t, claim(t, q, t0.Add(10*time.Minute-time.Millisecond), 5))
		want(t, claim(t, q, t0.Add(10*time.Minute), 5), a+"#2")
		must(t, q.Retry(ctx, a, 2, "451 später", t0.Add(10*time.Minute))) // due at once
		want(t, claim(t, q, t0.Add(10*time.Minute), 5), a+"#3")
	})

	t.Run("an outcome of an older attempt changes nothing", func(t *testing.T) {
		q, add := open(t)
		a := add(t, Message("a", "a@example.org"), t0)
		want(t, claim(t, q, t0, 5), a+"#1")
		want(t, claim(t, q, t0.Add(lease), 5), a+"#2") // the first worker's lease ran out
		must(t, q.Retry(ctx, a, 1, "stale", t0))       // would make it due at once
		must(t, q.GiveUp(ctx, a, 1, "stale", t0))      // would end it
		want(t, claim(t, q, t0.Add(lease+time.Second), 5))
		want(t, claim(t, q, t0.Add(2*lease), 5), a+"#3")
		must(t, q.Delivered(ctx, a, t0.Add(2*lease))) // delivered holds whatever the attempt
		want(t, claim(t, q, t0.Add(time.Hour), 5))
	})

	t.Run("concurrent claims never hand out a message twice", func(t *testing.T) {
		q, add := open(t)
		const messages, workers = 30, 6
		for i := range messages {
			add(t, Message(fmt.Sprint(i), "a@example.org"), t0.Add(time.Duration(i)*time.Millisecond))
		}
		var mu sync.Mutex
		seen := map[string]int{}
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					got, err := q.Claim(ctx, t0.Add(time.Second), 4, lease)
					if err != nil {
						t.Error(err)
						return
					}
					if len(got) == 0 {
						return
					}
					mu.Lock()
					for _, p := range got {
						seen[p.ID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(seen) != messages {
			t.Errorf("%d messages claimed, want %d", len(seen), messages)
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("%s claimed %d times", id, n)
			}
		}
	})
}

// Message is a small valid message with subject and one recipient, for tests.
func Message(subject, to string) mail.Message {
	return mail.Message{
		Key:     "test/" + subject,
		To:      []mail.Address{{Email: to}},
		Subject: subject,
		Text:    "Text zu " + subject,
	}
}
