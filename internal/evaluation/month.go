package evaluation

import (
	"fmt"
	"strconv"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Month is a calendar month in Dortmund's time.
type Month struct {
	Year  int
	Month time.Month
}

// The months a filter may name.
const (
	minYear = 2000
	maxYear = 2100
)

// ParseMonth parses "YYYY-MM" (years 2000–2100).
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	switch {
	case err != nil:
		return Month{}, fmt.Errorf("kein Monat im Format JJJJ-MM (z. B. 2026-01)")
	case t.Year() < minYear || t.Year() > maxYear:
		return Month{}, fmt.Errorf("Jahr muss zwischen %d und %d liegen", minYear, maxYear)
	}
	return Month{t.Year(), t.Month()}, nil
}

// MonthOf returns the month of t in Dortmund.
func MonthOf(t time.Time) Month {
	y, m, _ := t.In(drehscheibe.Dortmund).Date()
	return Month{y, m}
}

// String formats m as "YYYY-MM".
func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

var monthNames = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
	"Oktober", "November", "Dezember"}

// Label is the German name of m ("März 2026").
func (m Month) Label() string { return monthNames[m.Month-1] + " " + strconv.Itoa(m.Year) }

// Short is the short German name of m ("03/2026"), for chart axes.
func (m Month) Short() string { return fmt.Sprintf("%02d/%d", int(m.Month), m.Year) }

// Next is the month after m.
func (m Month) Next() Month {
	if m.Month == time.December {
		return Month{m.Year + 1, time.January}
	}
	return Month{m.Year, m.Month + 1}
}

// Start is the first instant of m in Dortmund.
func (m Month) Start() time.Time {
	return time.Date(m.Year, m.Month, 1, 0, 0, 0, 0, drehscheibe.Dortmund)
}

// End is the first instant after m (exclusive).
func (m Month) End() time.Time { return m.Next().Start() }

// Before reports whether m comes before o.
func (m Month) Before(o Month) bool { return m.index() < o.index() }

func (m Month) index() int { return m.Year*12 + int(m.Month) - 1 }

// Contains reports whether t falls in m.
func (m Month) Contains(t time.Time) bool { return MonthOf(t) == m }
