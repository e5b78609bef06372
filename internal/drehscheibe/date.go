package drehscheibe

import (
	"fmt"
	"time"
)

// Dortmund is the city's time zone (Europe/Berlin; UTC should the zone database be
// missing — the server embeds it). Days and times shown to people are in it.
var Dortmund = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// Date is a calendar day without time of day or zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("kein Datum im Format JJJJ-MM-TT: %q", s)
	}
	return DateOf(t), nil
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as "YYYY-MM-DD".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }

// Period is an inclusive range of days; a zero end means open-ended.
type Period struct {
	From Date
	To   Date
}

// Contains reports whether day d lies in the period. A zero From or To is unbounded.
func (p Period) Contains(d Date) bool {
	if !p.From.IsZero() && d.Before(p.From) {
		return false
	}
	if !p.To.IsZero() && d.After(p.To) {
		return false
	}
	return true
}

// MaxPeriodYears bounds how long one period may run.
const MaxPeriodYears = 5

func (p *problems) checkPeriod(field []string, per Period) {
	for _, d := range []struct {
		name string
		d    Date
	}{{"from", per.From}, {"to", per.To}} {
		if !d.d.IsZero() && (d.d.Year < 2000 || d.d.Year > 2100) {
			p.add(sub(field, d.name), EINVALID, "Datum liegt nicht zwischen 2000 und 2100")
		}
	}
	if per.From.IsZero() || per.To.IsZero() {
		return
	}
	if per.To.Before(per.From) {
		p.add(sub(field, "to"), EINVALID, "Ende (%s) liegt vor dem Beginn (%s)", per.To, per.From)
	}
	if per.To.Time().After(per.From.Time().AddDate(MaxPeriodYears, 0, 0)) {
		p.add(sub(field, "to"), EINVALID, "Zeitraum ist länger als %d Jahre", MaxPeriodYears)
	}
}

// MarshalText formats d as "YYYY-MM-DD" ("" when unset), for JSON.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses "YYYY-MM-DD" ("" is the zero Date).
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// German formats d the German way: "3.12.2026" ("" when unset).
func (d Date) German() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", d.Day, d.Month, d.Year)
}
