package match

import (
	"math"
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Candidate is a Modul with what the hard filters need, computed once when the Modul
// enters the catalogue (the catalogue keeps it beside the entity).
type Candidate struct {
	Modul *drehscheibe.Modul
	// ord numbers the Modul in the index it entered, pord its partner there (both set
	// when it enters: Index.With).
	ord  int32
	pord int32
	// hot are the fields the hard filters read.
	hot entry
	// what scoring reads besides hot, kept here (in the index's contiguous copy)
	primary  int8 // index of the primary theme
	parents  bool
	capacity int32
	// langMask has a bit per language (numbered by the index); langOther is set when
	// the Modul has a language the numbering does not cover.
	langMask  uint64
	langOther bool
	// wordSig is a Bloom filter of the word beginnings (first three letters), so most
	// keywords are ruled out without looking at the words.
	wordSig [2]uint64
	// words are the folded words of title and tags, for the need's keywords.
	words []string
	langs []string
}

// entry is what the hard filters read of a Modul: copies of its fields, small (56
// bytes) and stored contiguously per theme, so a scan over many thousands of Module
// stays in the processor's cache. c leads to the rest.
type entry struct {
	c *Candidate
	// pord is the number of the Modul's partner in the index (-1: unknown partner)
	pord int32
	// cost is what a booking costs apart from the participants; perHead what each
	// participant adds (see costPerBooking)
	cost               int64
	perHead            int32
	from               int32  // first day (days since 1970), math.MinInt32 when open
	to                 int32  // last day, math.MaxInt32 when open
	slots              uint32 // bit per weekday × time slot; 0 = by arrangement
	remaining          int32  // capacity left
	groupMin, groupMax int16  // group size
	ageMin, ageMax     int8   // ages
	themes             uint8  // bit per theme (primary and further)
	targets            uint8  // bit per institution type
	modes              uint8  // bit per delivery mode
	published          bool
	free, fundable     bool
}

// NewCandidate prepares m for matching.
func NewCandidate(m *drehscheibe.Modul) *Candidate {
	c := &Candidate{Modul: m, langs: m.Languages, // the Modul is not changed once prepared
		primary: int8(slices.Index(drehscheibe.Themes, m.Theme)),
		parents: m.InvolvesParents, capacity: int32(min(m.Capacity, math.MaxInt32))}
	h := &c.hot
	*h = entry{from: math.MinInt32, to: math.MaxInt32,
		published: m.Status == drehscheibe.ModulPublished, free: m.Free(), fundable: m.Fundable,
		ageMin: int8(m.AgeRange.Min), ageMax: int8(m.AgeRange.Max),
		groupMin: int16(min(m.GroupSize.Min, math.MaxInt16)), groupMax: int16(min(m.GroupSize.Max, math.MaxInt16)),
		remaining: int32(min(m.RemainingCapacity(), math.MaxInt32)), slots: slotMask(m.Schedule.Slots)}
	for _, t := range m.Themes() {
		h.themes |= themeBit(t)
	}
	for _, t := range m.TargetTypes {
		h.targets |= typeBit(t)
	}
	for _, d := range m.DeliveryModes {
		h.modes |= modeBit(d)
	}
	switch m.CostUnit {
	case drehscheibe.PerParticipant:
		h.perHead = int32(min(m.CostCent, math.MaxInt32))
	default:
		h.cost = c.modulCost(0)
	}
	if p := m.Schedule.Period; !p.From.IsZero() {
		h.from = day(p.From)
	}
	if p := m.Schedule.Period; !p.To.IsZero() {
		h.to = day(p.To)
	}
	c.words = strings.Fields(fold.String(m.Title + " " + strings.Join(m.Tags, " ")))
	slices.Sort(c.words)
	c.words = slices.Compact(c.words)
	for _, w := range c.words {
		if sig, ok := wordBits(w); ok {
			c.wordSig[0] |= sig[0]
			c.wordSig[1] |= sig[1]
		}
	}
	return c
}

// wordBits are the two Bloom-filter bits (of 128) of a word's first three bytes; ok is
// false for shorter words, which the filter cannot rule out.
func wordBits(w string) (sig [2]uint64, ok bool) {
	if len(w) < 3 {
		return sig, false
	}
	h := uint32(2166136261)
	for i := range 3 {
		h = (h ^ uint32(w[i])) * 16777619
	}
	for _, b := range [2]uint32{h % 128, (h >> 16) % 128} {
		sig[b/64] |= 1 << (b % 64)
	}
	return sig, true
}

func themeBit(t drehscheibe.Theme) uint8 { return 1 << slices.Index(drehscheibe.Themes, t) }

// The bits of the delivery modes, which reach tests for every candidate.
var (
	bitAtInstitution = modeBit(drehscheibe.AtInstitution)
	bitAtPartner     = modeBit(drehscheibe.AtPartner)
	bitOnline        = modeBit(drehscheibe.Online)
)

func modeBit(d drehscheibe.DeliveryMode) uint8 {
	return 1 << slices.Index(drehscheibe.DeliveryModes, d)
}

func typeBit(t drehscheibe.InstitutionType) uint8 {
	return 1 << slices.Index(drehscheibe.InstitutionTypes, t)
}

// slotMask sets one bit per weekday × time slot.
func slotMask(slots []drehscheibe.Slot) uint32 {
	var m uint32
	for _, s := range slots {
		w, t := slices.Index(drehscheibe.Weekdays, s.Weekday), slices.Index(drehscheibe.TimeSlots, s.TimeSlot)
		if w >= 0 && t >= 0 {
			m |= 1 << (w*len(drehscheibe.TimeSlots) + t)
		}
	}
	return m
}

// day counts days since 1970-01-01.
func day(d drehscheibe.Date) int32 { return int32(d.Time().Unix() / 86400) }

// hasWord reports whether the folded keyword (with its Bloom bits) occurs in the
// Modul's title or tags: as a word, or as the start of one ("fußball" finds
// "fußballschule").
func (c *Candidate) hasWord(keyword string, sig keywordSig) bool {
	if sig.ok && (c.wordSig[0]&sig.bits[0] != sig.bits[0] || c.wordSig[1]&sig.bits[1] != sig.bits[1]) {
		return false
	}
	i, _ := slices.BinarySearch(c.words, keyword)
	return i < len(c.words) && strings.HasPrefix(c.words[i], keyword)
}

// costPerBooking estimates what one booking of the Modul costs a group of n: per
// booking as stated, per session times the sessions (ten for an ongoing AG), per
// participant times n.
func (c *Candidate) costPerBooking(n int) int64 { return c.hot.costPerBooking(n) }

func (e *entry) costPerBooking(n int) int64 {
	if e.perHead > 0 {
		return int64(e.perHead) * int64(max(1, n))
	}
	return e.cost
}

// modulCost is costPerBooking computed from the Modul itself.
func (c *Candidate) modulCost(n int) int64 {
	m := c.Modul
	switch m.CostUnit {
	case drehscheibe.PerSession:
		sessions := m.Schedule.Sessions
		if sessions == 0 {
			sessions = assumedSessions
		}
		return m.CostCent * int64(sessions)
	case drehscheibe.PerParticipant:
		return m.CostCent * int64(max(1, n))
	default:
		return m.CostCent
	}
}

// assumedSessions is the number of sessions an ongoing AG is priced for.
const assumedSessions = 10
