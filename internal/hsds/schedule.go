package hsds

import (
	"fmt"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// A Modul's schedule is weekly slots (weekday × part of the day) in a period. HSDS
// schedules are RFC 5545 rules, so each part of the day becomes one weekly rule over
// its weekdays; a Modul without slots ("nach Absprache") gets one rule-less schedule
// that says so.

// slotHours are the times of the parts of the day as institutions plan them (the OGS
// rhythm; drehscheibe.TimeSlot's labels).
var slotHours = map[drehscheibe.TimeSlot][2]string{
	drehscheibe.Morning:   {"08:00", "12:00"},
	drehscheibe.Midday:    {"12:00", "14:00"},
	drehscheibe.Afternoon: {"14:00", "17:00"},
	drehscheibe.Evening:   {"17:00", "20:00"},
}

// icalDays are the RFC 5545 weekday codes.
var icalDays = map[drehscheibe.Weekday]string{
	drehscheibe.Monday: "MO", drehscheibe.Tuesday: "TU", drehscheibe.Wednesday: "WE", drehscheibe.Thursday: "TH",
	drehscheibe.Friday: "FR", drehscheibe.Saturday: "SA", drehscheibe.Sunday: "SU",
}

// localTime says in which zone opens_at and closes_at are: Dortmund's, whose offset
// changes within a period, so no fixed offset can be given.
const localTime = "Uhrzeiten in Ortszeit Dortmund (Europe/Berlin)."

// schedules maps the Modul's schedule, one entry per part of the day in use.
func schedules(m *drehscheibe.Modul) []Schedule {
	sid := nameUUIDFor(m.ID)
	from, to := period(m.Schedule.Period)
	attending := attendingType(m)
	notes := sessionNotes(m.Schedule)
	var out []Schedule
	for _, ts := range drehscheibe.TimeSlots {
		var codes, names []string
		for _, wd := range drehscheibe.Weekdays {
			if has(m.Schedule.Slots, drehscheibe.Slot{Weekday: wd, TimeSlot: ts}) {
				codes = append(codes, icalDays[wd])
				names = append(names, wd.Label())
			}
		}
		if len(codes) == 0 {
			continue
		}
		hours := slotHours[ts]
		out = append(out, Schedule{
			ID: nameUUID(sid, "schedule", string(ts)), ServiceID: sid, ValidFrom: from, ValidTo: to,
			Freq: "WEEKLY", Wkst: "MO", ByDay: strings.Join(codes, ","), OpensAt: hours[0], ClosesAt: hours[1],
			Description:   strings.Join(names, ", ") + ": " + ts.Label(),
			AttendingType: attending, Notes: strings.TrimSpace(localTime + " " + notes),
		})
	}
	if len(out) == 0 {
		out = append(out, Schedule{
			ID: nameUUID(sid, "schedule", "by-arrangement"), ServiceID: sid, ValidFrom: from, ValidTo: to,
			Description: "Termine nach Absprache", AttendingType: attending, Notes: notes,
		})
	}
	return out
}

// attendingType says what kind of offer it is and where it takes place: "AG,
// Workshop – in der Einrichtung oder beim Partner".
func attendingType(m *drehscheibe.Modul) string {
	formats := make([]string, len(m.Formats))
	for i, f := range m.Formats {
		formats[i] = f.Label()
	}
	modes := make([]string, len(m.DeliveryModes))
	for i, d := range m.DeliveryModes {
		modes[i] = d.Label()
	}
	return strings.Join(formats, ", ") + " – " + strings.Join(modes, " oder ")
}

// sessionNotes states the length of a session and the sessions per booking, where
// known.
func sessionNotes(s drehscheibe.Schedule) string {
	var parts []string
	if s.DurationMinutes > 0 {
		parts = append(parts, fmt.Sprintf("Dauer einer Einheit: %d Minuten.", s.DurationMinutes))
	}
	switch {
	case s.Sessions == 1:
		parts = append(parts, "Ein Termin je Buchung.")
	case s.Sessions > 1:
		parts = append(parts, fmt.Sprintf("%d Termine je Buchung.", s.Sessions))
	}
	return strings.Join(parts, " ")
}
