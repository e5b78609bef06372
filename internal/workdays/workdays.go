// Package workdays counts working days in North Rhine-Westphalia: Monday to Friday
// without the public holidays of NRW (github.com/rickar/cal's German calendar), in
// the city's time zone. The Anfrage workflow uses it for its response times ("10
// Arbeitstage").
package workdays

import (
	"time"
	_ "time/tzdata" // Europe/Berlin on every machine

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/de"
)

// Calendar is the working-day calendar of one German state.
type Calendar struct {
	cal *cal.BusinessCalendar
	loc *time.Location
}

// NRW returns the calendar of Nordrhein-Westfalen in Europe/Berlin.
func NRW() *Calendar {
	c := cal.NewBusinessCalendar()
	c.AddHoliday(de.HolidaysNW...)
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic("workdays: " + err.Error()) // embedded by time/tzdata: cannot happen
	}
	return &Calendar{cal: c, loc: loc}
}

// IsWorkday reports whether the day of t (in the city's time zone) is a working day.
func (c *Calendar) IsWorkday(t time.Time) bool {
	return c.cal.IsWorkday(t.In(c.loc))
}

// Holiday returns the name of the public holiday on the day of t, or "".
func (c *Calendar) Holiday(t time.Time) string {
	_, _, h := c.cal.IsHoliday(t.In(c.loc))
	if h == nil {
		return ""
	}
	return h.Name
}

// Deadline returns the end (the last instant, local midnight) of the n-th working day
// after the day of from: a request made on a Friday with n = 1 is due at the end of
// the following Monday, or Tuesday when Monday is a holiday. n < 1 counts as 1.
func (c *Calendar) Deadline(from time.Time, n int) time.Time {
	day := from.In(c.loc)
	for left := max(n, 1); left > 0; {
		day = time.Date(day.Year(), day.Month(), day.Day()+1, 12, 0, 0, 0, c.loc)
		if c.cal.IsWorkday(day) {
			left--
		}
	}
	return time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, c.loc).Add(-time.Millisecond).UTC()
}

// Location is the calendar's time zone.
func (c *Calendar) Location() *time.Location { return c.loc }
