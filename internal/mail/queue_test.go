package mail_test

import (
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/mail/mailtest"
)

func TestMemoryQueueKeepsTheContract(t *testing.T) {
	mailtest.QueueContract(t, func(t *testing.T) (mail.Queue, mailtest.AddFunc) {
		q := &mailtest.Queue{}
		return q, func(_ *testing.T, m mail.Message, queued time.Time) string { return q.Add(m, queued) }
	})
}
