package drehscheibe

import "slices"

// Weekday is a day of the week.
type Weekday string

// The weekdays, Monday first.
const (
	Monday    Weekday = "MONDAY"
	Tuesday   Weekday = "TUESDAY"
	Wednesday Weekday = "WEDNESDAY"
	Thursday  Weekday = "THURSDAY"
	Friday    Weekday = "FRIDAY"
	Saturday  Weekday = "SATURDAY"
	Sunday    Weekday = "SUNDAY"
)

// Weekdays lists the days Monday first.
var Weekdays = []Weekday{Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday}

var weekdayLabels = map[Weekday]string{
	Monday: "Montag", Tuesday: "Dienstag", Wednesday: "Mittwoch", Thursday: "Donnerstag",
	Friday: "Freitag", Saturday: "Samstag", Sunday: "Sonntag",
}

// Label returns the German name of the day.
func (w Weekday) Label() string { return label(w, weekdayLabels) }

// TimeSlot is a part of the day as institutions plan it (OGS rhythm).
type TimeSlot string

// The time slots.
const (
	Morning   TimeSlot = "MORNING"   // Vormittag, 8–12 Uhr
	Midday    TimeSlot = "MIDDAY"    // Mittag, 12–14 Uhr
	Afternoon TimeSlot = "AFTERNOON" // Nachmittag, 14–17 Uhr
	Evening   TimeSlot = "EVENING"   // Abend, 17–20 Uhr
)

// TimeSlots lists the slots in the order of the day.
var TimeSlots = []TimeSlot{Morning, Midday, Afternoon, Evening}

var timeSlotLabels = map[TimeSlot]string{
	Morning: "Vormittag (8–12 Uhr)", Midday: "Mittag (12–14 Uhr)",
	Afternoon: "Nachmittag (14–17 Uhr)", Evening: "Abend (17–20 Uhr)",
}

// Label returns the German name of the slot.
func (t TimeSlot) Label() string { return label(t, timeSlotLabels) }

// Slot is one weekday at one time of day.
type Slot struct {
	Weekday  Weekday
	TimeSlot TimeSlot
}

// SlotsOverlap reports whether a and b share a slot. An empty list means "by
// arrangement" and overlaps everything.
func SlotsOverlap(a, b []Slot) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, s := range a {
		if slices.Contains(b, s) {
			return true
		}
	}
	return false
}

// MaxSlots is the number of distinct slots in a week.
var MaxSlots = len(Weekdays) * len(TimeSlots)

func (p *problems) checkSlots(field []string, slots []Slot) {
	if len(slots) > MaxSlots {
		p.add(field, EINVALID, "Zu viele Zeitfenster (höchstens %d)", MaxSlots)
		return
	}
	seen := make(map[Slot]bool, len(slots))
	for i, s := range slots {
		f := sub(field, itoa(i))
		switch {
		case !valid(s.Weekday, Weekdays):
			p.add(sub(f, "weekday"), EINVALID, "Unbekannter Wochentag %q", string(s.Weekday))
		case !valid(s.TimeSlot, TimeSlots):
			p.add(sub(f, "timeSlot"), EINVALID, "Unbekanntes Zeitfenster %q", string(s.TimeSlot))
		case seen[s]:
			p.add(f, EINVALID, "Zeitfenster %s %s ist doppelt angegeben", s.Weekday.Label(), s.TimeSlot.Label())
		}
		seen[s] = true
	}
}

// Schedule says when a Modul takes place.
type Schedule struct {
	// Slots are the weekly slots the Modul can be held in; empty means by arrangement.
	Slots []Slot
	// Period is when the Modul is offered; zero bounds are open.
	Period Period
	// DurationMinutes is the length of one session (0 = not stated).
	DurationMinutes int
	// Sessions is the number of sessions per booking (0 = not stated, e.g. ongoing AG).
	Sessions int
}

func (p *problems) checkSchedule(field []string, s Schedule) {
	p.checkSlots(sub(field, "slots"), s.Slots)
	p.checkPeriod(sub(field, "period"), s.Period)
	if s.DurationMinutes != 0 && (s.DurationMinutes < 15 || s.DurationMinutes > 600) {
		p.add(sub(field, "durationMinutes"), EINVALID, "Dauer einer Einheit muss zwischen 15 und 600 Minuten liegen")
	}
	if s.Sessions < 0 || s.Sessions > 500 {
		p.add(sub(field, "sessions"), EINVALID, "Anzahl der Termine muss zwischen 0 und 500 liegen")
	}
}
