package mongodb_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// TestMailQueueKeepsTheContract runs mail.Queue's contract against the queue on the
// embedded FerretDB, a fresh database for every case.
func TestMailQueueKeepsTheContract(t *testing.T) {
	db := embeddedtest.Start(t)
	n := 0
	mailtest.QueueContract(t, func(t *testing.T) (mail.Queue, mailtest.AddFunc) {
		n++
		s, err := mongodb.Open(db.URI(), fmt.Sprintf("queue%d", n), mongodb.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close(context.Background()) })
		if err := s.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		if err := db.IndexIDs(context.Background(), fmt.Sprintf("queue%d", n)); err != nil {
			t.Fatal(err)
		}
		q := s.MailQueue()
		return q, func(t *testing.T, m mail.Message, queued time.Time) string {
			t.Helper()
			added, err := q.Enqueue(context.Background(), []mail.Message{m}, queued)
			if err != nil || added != 1 {
				t.Fatalf("enqueue: %d new, %v", added, err)
			}
			return mongodb.MailID(m.Key)
		}
	})
}

// TestEnqueueIsIdempotentByKey: a message queued again under its key is "already
// queued", whatever became of it, and never a second message.
func TestEnqueueIsIdempotentByKey(t *testing.T) {
	ctx := context.Background()
	q := embeddedtest.Store(t).MailQueue()
	t0 := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)
	a, b := mailtest.Message("a", "a@example.org"), mailtest.Message("b", "b@example.org")
	if n, err := q.Enqueue(ctx, []mail.Message{a}, t0); err != nil || n != 1 {
		t.Fatalf("first: %d new, %v", n, err)
	}
	claimed, err := q.Claim(ctx, t0, 5, time.Minute)
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claim: %v %v", claimed, err)
	}
	if err := q.Delivered(ctx, claimed[0].ID, t0); err != nil {
		t.Fatal(err)
	}
	// a again (delivered meanwhile) with b, then both again
	for i, want := range []int{1, 0} {
		n, err := q.Enqueue(ctx, []mail.Message{a, b}, t0.Add(time.Hour))
		if err != nil || n != want {
			t.Fatalf("round %d: %d new, want %d (%v)", i, n, want, err)
		}
	}
	got, err := q.Claim(ctx, t0.Add(2*time.Hour), 5, time.Minute)
	if err != nil || len(got) != 1 || got[0].ID != mongodb.MailID(b.Key) || got[0].Attempt != 1 {
		t.Fatalf("claimed %+v, %v; want b alone, first attempt", got, err)
	}
	st, err := q.Mail(ctx, mongodb.MailID(a.Key))
	if err != nil || st.Status != "delivered" || !st.Queued.Equal(t0) {
		t.Errorf("a: %+v, %v; want delivered, queued at %v", st, err, t0)
	}
	bad := mailtest.Message("c", "kein-empfänger")
	if _, err := q.Enqueue(ctx, []mail.Message{bad}, t0); err == nil {
		t.Error("an invalid message was queued")
	}
}

// TestPruneKeepsWhatWaits: Prune removes only messages finished before its time.
func TestPruneKeepsWhatWaits(t *testing.T) {
	ctx := context.Background()
	q := embeddedtest.Store(t).MailQueue()
	t0 := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)
	var ms []mail.Message
	for _, s := range []string{"sent", "refused", "waiting", "sent later"} {
		ms = append(ms, mailtest.Message(s, "a@example.org"))
	}
	if _, err := q.Enqueue(ctx, ms, t0); err != nil {
		t.Fatal(err)
	}
	id := func(i int) string { return mongodb.MailID(ms[i].Key) }
	if _, err := q.Claim(ctx, t0, 4, time.Minute); err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{
		q.Delivered(ctx, id(0), t0),
		q.GiveUp(ctx, id(1), 1, "550", t0),
		q.Retry(ctx, id(2), 1, "451", t0),
		q.Delivered(ctx, id(3), t0.Add(2*time.Hour)),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	n, err := q.Prune(ctx, t0.Add(time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("pruned %d, %v; want 2", n, err)
	}
	for i, want := range []bool{false, false, true, true} {
		_, err := q.Mail(ctx, id(i))
		if (err == nil) != want {
			t.Errorf("%s: kept %v, want %v", ms[i].Subject, err == nil, want)
		}
	}
}

// TestMailFeedOnlyMovesOn: the feed's progress starts once and never moves back.
func TestMailFeedOnlyMovesOn(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	since := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)
	if err := s.AdvanceMailFeed(ctx, 3); err != nil {
		t.Fatalf("before the start: %v", err)
	}
	v, at, err := s.StartMailFeed(ctx, 7, since)
	if err != nil || v != 7 || !at.Equal(since) {
		t.Fatalf("started: %d %v %v", v, at, err)
	}
	for _, v := range []int64{12, 10} {
		if err := s.AdvanceMailFeed(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	if v, at, err := s.StartMailFeed(ctx, 9, since.Add(time.Hour)); err != nil || v != 12 || !at.Equal(since) {
		t.Errorf("after 12 and 10, a second start: %d %v %v; want 12 since %v", v, at, err, since)
	}
}
