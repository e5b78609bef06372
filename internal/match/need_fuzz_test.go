package match

import (
	"testing"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// FuzzNeedCheck: an ad-hoc need from a client is accepted or refused with EINVALID
// problems, never a panic. The seeds run as an ordinary test.
func FuzzNeedCheck(f *testing.F) {
	f.Add("Bewegung", "SPORT_GESUNDHEIT", 6, 10, 12, int64(30000), "MONDAY", "AFTERNOON", "Fußball")
	f.Add("", "X", 10, 6, -3, int64(-1), "FUNDAY", "NOON", "\x00")
	f.Add("\xff", "BNE", 0, 27, 501, int64(1e15), "", "", "$where")
	f.Fuzz(func(t *testing.T, title, theme string, lo, hi, group int, budget int64, weekday, slot, keyword string) {
		n := Need{Title: title, Theme: drehscheibe.Theme(theme), Age: drehscheibe.AgeRange{Min: lo, Max: hi}, GroupSize: group,
			BudgetCent: &budget, Keywords: []string{keyword},
			Slots: []drehscheibe.Slot{{Weekday: drehscheibe.Weekday(weekday), TimeSlot: drehscheibe.TimeSlot(slot)}}}
		err := n.Check()
		if err == nil {
			return
		}
		e, ok := drehscheibe.AsError(err)
		if !ok || e.Code != drehscheibe.EINVALID || len(e.Problems) == 0 || !utf8.ValidString(e.Message) {
			t.Fatalf("want EINVALID with problems, got %#v", err)
		}
	})
}
