// Package demo holds the deterministic demo catalogue the service seeds into an empty
// database: twelve real Dortmund Quartiere with their social indicators, real
// institutions around the two Kindercampus sites of the council paper (Drucksache
// 24046-22), fictional Bildungspartner with their Module, needs (Bedarfe) of the
// campus institutions, the two campus sites themselves with their budgets, and three
// example Förderprogramme.
//
// Quartiere and institutions: Stadt Dortmund, Open Data (Unterbezirke 2024,
// Kindertageseinrichtungen, Schulen, Jugendfreizeitstätten, Bibliotheken) and
// MSB NRW Schulliste 2024/25 (pupil numbers and Sozialindex). Partners, contacts,
// Module and Bedarfe are invented.
package demo

import (
	"fmt"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Entities returns the demo catalogue as fresh values (callers may change them), in an
// order in which every reference points backwards: Quartiere, Institutionen, Partner,
// Module, Bedarfe, Kindercampus, Förderprogramme.
func Entities() []drehscheibe.Entity {
	partners := partner()
	var out []drehscheibe.Entity
	out = appendAll(out, quartiere())
	out = appendAll(out, institutionen())
	out = appendAll(out, partners)
	mods := module(partners)
	out = appendAll(out, mods)
	out = appendAll(out, bedarfe(mods))
	out = appendAll(out, kindercampus())
	out = appendAll(out, foerderprogramme())
	for i, e := range out {
		stamp(i, e)
	}
	return out
}

func appendAll[T drehscheibe.Entity](out []drehscheibe.Entity, es []T) []drehscheibe.Entity {
	for _, e := range es {
		out = append(out, e)
	}
	return out
}

// epoch is when the demo catalogue was "created": the entities follow each other at
// intervals of an hour, some were edited a few days later.
var epoch = time.Date(2026, time.June, 1, 8, 0, 0, 0, time.UTC)

// stamp sets the timestamps of the i-th entity; published Module are published two
// hours after creation, archived ones archived ten days after publication.
func stamp(i int, e drehscheibe.Entity) {
	m := drehscheibe.MetaOf(e)
	m.Version, m.Seq = 0, 0
	m.CreatedAt = epoch.Add(time.Duration(i) * time.Hour)
	m.UpdatedAt = m.CreatedAt.Add(time.Duration(i%4) * 24 * time.Hour)
	mod, ok := e.(*drehscheibe.Modul)
	if !ok || (mod.Status != drehscheibe.ModulPublished && mod.Status != drehscheibe.ModulArchived) {
		return
	}
	published := m.CreatedAt.Add(2 * time.Hour)
	mod.PublishedAt = &published
	switch {
	case mod.Status == drehscheibe.ModulArchived:
		m.UpdatedAt = published.Add(10 * 24 * time.Hour)
	case m.UpdatedAt.Before(published):
		m.UpdatedAt = published
	}
}

// Natural keys of the entities; StableID turns them into IDs.
func quartierID(number string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindQuartier, "quartier/"+number)
}

func institutionID(name string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindInstitution, "institution/"+name)
}

func partnerID(name string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindPartner, "partner/"+name)
}

func modulID(partner, title string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindModul, "modul/"+partner+"/"+title)
}

func bedarfID(institution, title string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindBedarf, "bedarf/"+institution+"/"+title)
}

func kindercampusID(name string) drehscheibe.ID {
	return drehscheibe.StableID(drehscheibe.KindKindercampus, "kindercampus/"+name)
}

// Short names for the enum values the tables use.
const (
	sport      = drehscheibe.ThemeSportGesundheit
	mint       = drehscheibe.ThemeMintDigitales
	demokratie = drehscheibe.ThemeDemokratiefoerderung
	sozial     = drehscheibe.ThemeSozialkompetenz
	bne        = drehscheibe.ThemeBNE
	kultur     = drehscheibe.ThemeMusikKultur

	kita   = drehscheibe.InstitutionKita
	gs     = drehscheibe.InstitutionGrundschule
	jfs    = drehscheibe.InstitutionJugendfreizeitstaette
	fz     = drehscheibe.InstitutionFamilienzentrum
	bst    = drehscheibe.InstitutionBeratungsstelle
	fbuero = drehscheibe.InstitutionFamilienbuero
	sonst  = drehscheibe.InstitutionSonstige
)

// of returns its arguments as a fresh slice: of(kita, fz).
func of[T any](vs ...T) []T { return vs }

func age(lo, hi int) drehscheibe.AgeRange { return drehscheibe.AgeRange{Min: lo, Max: hi} }

func f64(v float64) *float64 { return &v }

func point(lat, lon float64) *drehscheibe.GeoPoint { return &drehscheibe.GeoPoint{Lat: lat, Lon: lon} }

// words splits a space-separated list ("de tr ar"); nil when empty.
func words(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Fields(s)
}

// list splits a comma-separated list ("Fußball, Teamgeist"); nil when empty.
func list(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	out := strings.Split(s, ",")
	for i, v := range out {
		out[i] = strings.TrimSpace(v)
	}
	return out
}

var (
	dayCodes = map[string]drehscheibe.Weekday{
		"Mo": drehscheibe.Monday, "Di": drehscheibe.Tuesday, "Mi": drehscheibe.Wednesday, "Do": drehscheibe.Thursday,
		"Fr": drehscheibe.Friday, "Sa": drehscheibe.Saturday, "So": drehscheibe.Sunday,
	}
	slotCodes = map[rune]drehscheibe.TimeSlot{
		'V': drehscheibe.Morning, 'M': drehscheibe.Midday, 'N': drehscheibe.Afternoon, 'A': drehscheibe.Evening,
	}
)

// slots parses weekly slots written as groups "days:parts", e.g. "Mo,Mi:N Sa:VM" for
// Monday and Wednesday afternoon and Saturday morning and midday. Parts of the day:
// V Vormittag, M Mittag, N Nachmittag, A Abend. "" means by arrangement (nil).
func slots(spec string) []drehscheibe.Slot {
	var out []drehscheibe.Slot
	for _, group := range strings.Fields(spec) {
		days, parts, ok := strings.Cut(group, ":")
		if !ok {
			panic(fmt.Sprintf("demo: slot group %q has no ':'", group))
		}
		for _, d := range strings.Split(days, ",") {
			day, ok := dayCodes[d]
			if !ok {
				panic(fmt.Sprintf("demo: unknown weekday %q in %q", d, spec))
			}
			for _, p := range parts {
				ts, ok := slotCodes[p]
				if !ok {
					panic(fmt.Sprintf("demo: unknown part of day %q in %q", p, spec))
				}
				out = append(out, drehscheibe.Slot{Weekday: day, TimeSlot: ts})
			}
		}
	}
	return out
}

func date(s string) drehscheibe.Date {
	d, err := drehscheibe.ParseDate(s)
	if err != nil {
		panic("demo: " + err.Error())
	}
	return d
}

// period parses "" (school year 2026/27), "2026" or "2027" (calendar year), "offen"
// (from 1 August 2026, open-ended) or "YYYY-MM-DD/YYYY-MM-DD".
func period(spec string) drehscheibe.Period {
	switch spec {
	case "":
		return drehscheibe.Period{From: date("2026-08-01"), To: date("2027-07-31")}
	case "2026", "2027":
		return drehscheibe.Period{From: date(spec + "-01-01"), To: date(spec + "-12-31")}
	case "offen":
		return drehscheibe.Period{From: date("2026-08-01")}
	}
	from, to, ok := strings.Cut(spec, "/")
	if !ok {
		panic(fmt.Sprintf("demo: bad period %q", spec))
	}
	return drehscheibe.Period{From: date(from), To: date(to)}
}

// email builds "vorname.nachname@domain" from a name, transliterating umlauts.
func email(name, domain string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "ć", "c", "č", "c", "ş", "s", "ğ", "g", "ı", "i", "ç", "c", "ń", "n", " ", ".")
	return r.Replace(strings.ToLower(name)) + "@" + domain
}
