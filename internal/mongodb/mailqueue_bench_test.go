package mongodb_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
)

// BenchmarkClaimAmongDelivered: what a Deliverer's poll costs when the queue holds n
// finished mails (kept for the retention time) and nothing is due. On the embedded
// FerretDB a filter not on _id alone reads every document, so this grows with n
// (measured: 31 ms at 100, 330 ms at 1000, 2.1 s at 5000 mails of 1.5 KB); MongoDB
// serves it from the index on status and due.
func BenchmarkClaimAmongDelivered(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ctx := context.Background()
			q := embeddedtest.Store(b).MailQueue()
			t0 := time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)
			ms := make([]mail.Message, n)
			for i := range ms {
				ms[i] = mailtest.Message(fmt.Sprint(i), "a@example.org")
				ms[i].Text = string(make([]byte, 1500)) + "x"
			}
			if _, err := q.Enqueue(ctx, ms, t0); err != nil {
				b.Fatal(err)
			}
			for {
				got, err := q.Claim(ctx, t0, 500, time.Hour)
				if err != nil {
					b.Fatal(err)
				}
				if len(got) == 0 {
					break
				}
				for _, p := range got {
					if err := q.Delivered(ctx, p.ID, t0); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ResetTimer()
			for b.Loop() {
				if got, err := q.Claim(ctx, t0.Add(time.Hour), 2, time.Minute); err != nil || len(got) != 0 {
					b.Fatal(got, err)
				}
			}
		})
	}
}
