package drehscheibe

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/workdays"
)

// Workflow are the settings of the request workflow.
type Workflow struct {
	// ResponseDays is how many working days a side has to act on a request (answer,
	// confirm the agreement, report the outcome).
	ResponseDays int
	// Calendar counts the working days (NRW: without weekends and public holidays).
	Calendar *workdays.Calendar
}

// DefaultResponseDays is the response time unless configured: ten working days.
const DefaultResponseDays = 10

// DefaultWorkflow returns ten working days in North Rhine-Westphalia.
func DefaultWorkflow() Workflow {
	return Workflow{ResponseDays: DefaultResponseDays, Calendar: workdays.NRW()}
}

// Deadline returns the end of the n-th working day after from.
func (w Workflow) Deadline(from time.Time, n int) time.Time { return w.Calendar.Deadline(from, n) }

// Location is the city's time zone.
func (w Workflow) Location() *time.Location { return w.Calendar.Location() }

// SetWorkflow changes the workflow settings (before the service is used).
func (s *Service) SetWorkflow(w Workflow) {
	if w.Calendar == nil {
		w.Calendar = workdays.NRW()
	}
	if w.ResponseDays < 1 {
		w.ResponseDays = DefaultResponseDays
	}
	s.workflow = w
}
