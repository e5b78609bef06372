package match

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Reason is why a Modul was excluded for a need: the first hard filter it failed.
type Reason string

// The hard filters, in the order they are applied (the first two by the index).
const (
	ThemeMismatch    Reason = "THEME_MISMATCH"    // the need's theme is none of the Modul's
	InstitutionType  Reason = "INSTITUTION_TYPE"  // not made for this kind of institution
	NotPublished     Reason = "NOT_PUBLISHED"     // not in the public catalogue
	OutsidePeriod    Reason = "OUTSIDE_PERIOD"    // not offered on the reference date
	AgeMismatch      Reason = "AGE_MISMATCH"      // the age ranges do not overlap
	AlreadyCovering  Reason = "ALREADY_COVERING"  // already booked for this need
	AlreadyRequested Reason = "ALREADY_REQUESTED" // a request for this need is under way
	NoCapacity       Reason = "NO_CAPACITY"       // no booking left this period
	GroupSizeReason  Reason = "GROUP_SIZE"        // the group is too small or too large
	OverBudget       Reason = "OVER_BUDGET"       // costs more than the budget and is not fundable
	ScheduleMismatch Reason = "SCHEDULE_MISMATCH" // none of the needed slots is offered
	NotReachable     Reason = "NOT_REACHABLE"     // the partner does not come there, it is too far, and it is not online
)

// Reasons lists the hard filters in the order they are applied.
var Reasons = []Reason{ThemeMismatch, InstitutionType, NotPublished, OutsidePeriod, AgeMismatch, AlreadyCovering,
	AlreadyRequested, NoCapacity, GroupSizeReason, OverBudget, ScheduleMismatch, NotReachable}

// reason numbers a hard filter by its place in Reasons; passed means none failed.
type reason int8

const (
	passed reason = iota - 1
	rTheme
	rType
	rPublished
	rPeriod
	rAge
	rCovering
	rRequested
	rCapacity
	rGroup
	rBudget
	rSchedule
	rReach
)

// Reason is the filter's name.
func (r reason) Reason() Reason { return Reasons[r] }

// place is one institution a need is matched for, with what the filters and scores
// need of it.
type place struct {
	in       *drehscheibe.Institution
	quartier *drehscheibe.Quartier // nil when unknown
	priority float64
	campus   drehscheibe.ID
	typeBit  uint8
	// family languages other than German, and as a mask (see Index.languageMask)
	languages []string
	langMask  uint64
	date      int32
	cfg       *Config
	weights   [numFactors]float64
	// distances caches the distance to each partner of the index by its number
	// (-1: unknown, NaN: not yet computed); allocated on first use
	distances []float64
	ix        *Index
	// qord is the number of the institution's Quartier among those partners name
	// (-1: none names it)
	qord int32
	// at is the institution's location projected, scale its Mercator scale factor
	at    orb.Point
	scale float64
	// active says how each partner already works here (see embeddedness); computed
	// on first use
	active map[int32]embedding
	// funder says what Förderprogramme pay here (nil: none)
	funder Funder
}

func (ix *Index) place(in *drehscheibe.Institution, date drehscheibe.Date, cfg *Config) *place {
	p := &place{in: in, priority: neutralPriority, campus: ix.d.CampusOf(in.ID), typeBit: typeBit(in.Type),
		date: day(date), cfg: cfg, weights: cfg.normalized(), ix: ix, qord: -1}
	if ord, ok := ix.quartierOrd.Get(in.QuartierID); ok {
		p.qord = ord
	}
	if in.Location != nil {
		p.at, p.scale = mercator(*in.Location), project.MercatorScaleFactor(orb.Point{in.Location.Lon, in.Location.Lat})
	}
	if q, ok := ix.d.Quartier(in.QuartierID); ok {
		p.quartier, p.priority = q, q.Priority()
	}
	for _, l := range in.Languages {
		if l != "de" {
			p.languages = append(p.languages, l)
		}
	}
	p.langMask, _ = ix.languageMask(p.languages, false)
	if ix.d.Funding != nil {
		p.funder = ix.d.Funding(in, date)
	}
	return p
}

// funding returns what the best programme pays for one booking of Modul e by need n
// here, and its name.
func (p *place) funding(e *entry, n *need) (int64, string) {
	if e.free || p.funder == nil {
		return 0, ""
	}
	return p.funder(e.c.Modul, e.costPerBooking(n.GroupSize))
}

// overBudget reports whether what one booking of Modul e leaves the institution to pay
// after the best programme's share exceeds need n's budget. A Modul the partner marked
// fundable passes (its funding is outside the service).
func (p *place) overBudget(e *entry, n *need) bool {
	if n.BudgetCent == nil || e.free || e.fundable {
		return false
	}
	cost := e.costPerBooking(n.GroupSize)
	if cost <= *n.BudgetCent {
		return false
	}
	covered, _ := p.funding(e, n)
	return cost-covered > *n.BudgetCent
}

// neutralPriority stands in for a Quartier the catalogue does not know.
const neutralPriority = 0.5

// distance returns the distance between partner number pord and the institution.
func (p *place) distance(pord int32) float64 {
	if p.distances == nil {
		p.distances = make([]float64, p.ix.partners.Len())
		for i := range p.distances {
			p.distances[i] = math.NaN()
		}
	}
	d := p.distances[pord]
	if math.IsNaN(d) {
		d = -1
		if pe := p.ix.partner(pord); pe.located && p.in.Location != nil {
			d = nearKm(pe.at, p.at, p.scale)
		}
		p.distances[pord] = d
	}
	return d
}

// fit is the outcome of matching one Modul to one need at one place. It stays small;
// the component values are recomputed when a Match is explained.
type fit struct {
	c       *Candidate
	partner *drehscheibe.Partner
	need    *need
	mode    drehscheibe.DeliveryMode
	distKm  float64 // -1: unknown
	score   float64
	// covered is what the best Förderprogramm (programme) pays for one booking
	covered   int64
	programme string
}

// check applies the hard filters to Modul e for need n at place p and returns the first
// one it fails, or "" and the way it can be delivered. Theme and institution type are
// not checked for entries taken from the index, which sorts by them.
func (ix *Index) check(p *place, e *entry, n *need, checkStatus, checkThemeAndType bool) (reason, fit) {
	switch {
	case checkThemeAndType && e.themes&themeBit(n.Theme) == 0:
		return rTheme, fit{}
	case checkThemeAndType && e.targets&p.typeBit == 0:
		return rType, fit{}
	case checkStatus && !e.published:
		return rPublished, fit{}
	case p.date < e.from || p.date > e.to:
		return rPeriod, fit{}
	case int(e.ageMin) > n.Age.Max || int(e.ageMax) < n.Age.Min:
		return rAge, fit{}
	case len(n.covered) > 0 && slices.Contains(n.covered, e.c.Modul.ID):
		return rCovering, fit{}
	case len(n.Requested) > 0 && slices.Contains(n.Requested, e.c.Modul.ID):
		return rRequested, fit{}
	case e.remaining < 1:
		return rCapacity, fit{}
	case n.GroupSize > 0 && (n.GroupSize < int(e.groupMin) || n.GroupSize > int(e.groupMax)):
		return rGroup, fit{}
	case p.overBudget(e, n):
		return rBudget, fit{}
	case n.slots != 0 && e.slots != 0 && n.slots&e.slots == 0:
		return rSchedule, fit{}
	}
	if e.pord < 0 {
		return rReach, fit{}
	}
	pe := p.ix.partner(e.pord)
	mode := p.reach(e, pe, n)
	if mode == "" {
		return rReach, fit{}
	}
	covered, programme := p.funding(e, n)
	return passed, fit{c: e.c, partner: pe.p, need: n, mode: mode, distKm: p.distance(e.pord), covered: covered, programme: programme}
}

// reach returns the most low-threshold way the Modul gets to the institution: the
// partner comes (it serves the Quartier or the place lies in its radius), the group
// goes to the partner (within the travel limit of its youngest children), or online.
func (p *place) reach(e *entry, pe *partnerEntry, n *need) drehscheibe.DeliveryMode {
	pord := e.pord
	if e.modes&bitAtInstitution != 0 {
		if pe.citywide || (p.qord >= 0 && slices.Contains(pe.quartiere, p.qord)) {
			return drehscheibe.AtInstitution
		}
		if d := p.distance(pord); pe.radiusKm > 0 && d >= 0 && d <= pe.radiusKm {
			return drehscheibe.AtInstitution
		}
	}
	if e.modes&bitAtPartner != 0 {
		if d := p.distance(pord); d >= 0 && d <= p.travelLimit(n) {
			return drehscheibe.AtPartner
		}
	}
	if e.modes&bitOnline != 0 {
		return drehscheibe.Online
	}
	return ""
}

// travelLimit is how far the youngest children of the need may travel.
func (p *place) travelLimit(n *need) float64 { return p.cfg.MaxTravelKm[bandOf(n.Age.Min)] }

// bandOf returns the age band an age falls in.
func bandOf(age int) drehscheibe.AgeBand {
	for _, b := range drehscheibe.AgeBands {
		if r := b.Range(); age >= r.Min && age <= r.Max {
			return b
		}
	}
	return drehscheibe.AgeBandJungeErw
}
