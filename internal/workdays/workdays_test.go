package workdays

import (
	"testing"
	"time"
)

func berlin(t *testing.T, s string) time.Time {
	t.Helper()
	loc, _ := time.LoadLocation("Europe/Berlin")
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestDeadline counts working days over weekends and the public holidays of NRW
// (Fronleichnam and Allerheiligen are holidays in NRW, Reformationstag is not).
func TestDeadline(t *testing.T) {
	c := NRW()
	for _, tc := range []struct {
		from string
		n    int
		want string // the last working day counted (Berlin)
	}{
		{"2026-12-03 10:00", 1, "2026-12-04"},  // Thursday → Friday
		{"2026-12-04 18:00", 1, "2026-12-07"},  // Friday → Monday
		{"2026-12-03 10:00", 10, "2026-12-17"}, // two weeks
		{"2026-12-23 09:00", 1, "2026-12-24"},  // Heiligabend is a working day
		{"2026-12-24 09:00", 1, "2026-12-28"},  // 25th and 26th are holidays, 26th a Saturday
		{"2026-12-31 09:00", 1, "2027-01-04"},  // Neujahr on a Friday
		{"2026-06-03 09:00", 1, "2026-06-05"},  // Fronleichnam, 4 June 2026
		{"2026-10-30 09:00", 1, "2026-11-02"},  // Reformationstag (Sat 31 Oct) is no holiday in NRW anyway; Monday
		{"2027-10-29 09:00", 1, "2027-11-02"},  // Allerheiligen, Monday 1 Nov 2027
		{"2027-03-25 09:00", 1, "2027-03-30"},  // Karfreitag 26 Mar, Ostermontag 29 Mar 2027
		{"2026-12-03 10:00", 0, "2026-12-04"},  // n < 1 counts as 1
	} {
		got := c.Deadline(berlin(t, tc.from), tc.n)
		want := berlin(t, tc.want+" 00:00").AddDate(0, 0, 1).Add(-time.Millisecond).UTC()
		if !got.Equal(want) {
			t.Errorf("Deadline(%s, %d) = %s, want the end of %s", tc.from, tc.n, got.In(c.loc), tc.want)
		}
	}
}

func TestHolidays(t *testing.T) {
	c := NRW()
	if h := c.Holiday(berlin(t, "2026-06-04 12:00")); h != "Fronleichnam" {
		t.Errorf("4 June 2026: %q, want Fronleichnam", h)
	}
	if c.IsWorkday(berlin(t, "2026-06-04 12:00")) || !c.IsWorkday(berlin(t, "2026-06-05 12:00")) {
		t.Error("Fronleichnam must be a holiday and the Friday after a working day")
	}
	if h := c.Holiday(berlin(t, "2026-10-31 12:00")); h != "" {
		t.Errorf("Reformationstag is no holiday in NRW, got %q", h)
	}
}
