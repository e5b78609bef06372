package match

import (
	"iter"
	"math/bits"
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Index of each factor in Factors (and in fit.values).
const (
	iTheme = iota
	iAge
	iProximity
	iSchedule
	iSocial
	iLocal
	iCapacity
	iCost
)

// Component values and constants, documented in DefaultConfig and the README.
const (
	furtherThemeFit   = 0.6   // a further theme fits less than the primary one
	keywordShare      = 0.4   // share of theme fit that comes from the need's keywords
	onSiteDecayKm     = 5     // partner coming to the institution: 1/(1+d/5)
	atPartnerMax      = 0.9   // the group travelling never beats the partner coming
	onlineProximity   = 0.4   // online: no travel, but no presence either
	unknownProximity  = 0.5   // no coordinates to compare
	byArrangementFit  = 0.7   // the Modul's times are by arrangement
	embeddedCampus    = 1.0   // the partner already works on this Kindercampus
	embeddedQuartier  = 0.8   // … or in this Quartier
	embeddedNamed     = 0.4   // … or names this Quartier as its area
	fundableCost      = 0.8   // paid, but fundable within the budget
	fundableOver      = 0.5   // fundable, but above the budget
	costHalfAtCent    = 20000 // without a budget: 200 € per booking scores 0.5
	lowCostShare      = 0.35  // parts of "low-threshold": cost, on site, language, parents
	lowOnSiteShare    = 0.30
	lowLanguageShare  = 0.20
	lowParentsShare   = 0.15
	onlineLowOnSite   = 0.3 // online counts a little as "no way to go"
	fundableLowAccess = 0.8
)

// score sets f's score for place p: the rounded sum of the rounded contributions.
func (p *place) score(ix *Index, f *fit) {
	v := p.values(ix, f)
	f.score = 0
	for i, w := range p.weights {
		f.score += round(w * v[i])
	}
	f.score = round(f.score)
}

// values computes the component values of f, each in [0,1], in Factors order.
func (p *place) values(ix *Index, f *fit) [numFactors]float64 {
	var values [numFactors]float64
	c, n, v := f.c, f.need, &values
	primary := 1.0
	if c.primary != n.theme {
		primary = furtherThemeFit
	}
	v[iTheme] = primary
	if len(n.keywords) > 0 {
		v[iTheme] = (1-keywordShare)*primary + keywordShare*float64(keywordHits(f.c, n))/float64(len(n.keywords))
	}
	v[iAge] = float64(drehscheibe.AgeRange{Min: int(c.hot.ageMin), Max: int(c.hot.ageMax)}.Overlap(n.Age)) / float64(n.Age.Years())
	v[iProximity] = p.proximity(f)
	v[iSchedule] = scheduleFit(f.c, n)
	v[iSocial] = p.priority * p.lowThreshold(f)
	v[iLocal], _ = p.embeddedness(ix, f.c)
	if c.capacity > 0 {
		v[iCapacity] = float64(c.hot.remaining) / float64(c.capacity)
	}
	v[iCost] = costFit(f, n)
	return values
}

func keywordHits(c *Candidate, n *need) int {
	hits := 0
	for i, k := range n.keywords {
		if c.hasWord(k, n.keywordSigs[i]) {
			hits++
		}
	}
	return hits
}

func (p *place) proximity(f *fit) float64 {
	switch {
	case f.mode == drehscheibe.Online:
		return onlineProximity
	case f.distKm < 0:
		return unknownProximity
	case f.mode == drehscheibe.AtInstitution:
		return 1 / (1 + f.distKm/onSiteDecayKm)
	default:
		limit := p.travelLimit(f.need)
		if limit <= 0 {
			return atPartnerMax
		}
		return atPartnerMax * max(0, 1-f.distKm/limit)
	}
}

func scheduleFit(c *Candidate, n *need) float64 {
	switch {
	case n.slots == 0:
		return 1
	case c.hot.slots == 0:
		return byArrangementFit
	default:
		return float64(bits.OnesCount32(n.slots&c.hot.slots)) / float64(bits.OnesCount32(n.slots))
	}
}

// lowThreshold is how easily families reach the offer, in [0,1]: free or fundable,
// held on site, in the families' languages, with parents.
func (p *place) lowThreshold(f *fit) float64 {
	access, onSite, language := lowValues(f, p)
	parents := 0.0
	if f.c.parents {
		parents = 1
	}
	return lowCostShare*access + lowOnSiteShare*onSite + lowLanguageShare*language + lowParentsShare*parents
}

// matchedLanguages are the family languages the Modul is offered in.
func (p *place) matchedLanguages(f *fit) []string {
	var matched []string
	for _, l := range p.languages {
		if slices.Contains(f.c.langs, l) {
			matched = append(matched, l)
		}
	}
	return matched
}

// lowValues returns the parts of lowThreshold: cost access, on site, language match.
func lowValues(f *fit, p *place) (access, onSite, language float64) {
	switch h := &f.c.hot; {
	case h.free:
		access = 1
	case h.fundable, f.covered > 0:
		access = fundableLowAccess
	}
	switch f.mode {
	case drehscheibe.AtInstitution:
		onSite = 1
	case drehscheibe.Online:
		onSite = onlineLowOnSite
	}
	language = 1
	if len(p.languages) > 0 {
		matched := bits.OnesCount64(p.langMask & f.c.langMask)
		if f.c.langOther { // a language beyond the mask: compare the names
			matched = 0
			for _, l := range p.languages {
				if slices.Contains(f.c.langs, l) {
					matched++
				}
			}
		}
		language = float64(matched) / float64(len(p.languages))
	}
	return access, onSite, language
}

// embeddedness is whether the Modul's partner already works here; it also says how.
func (p *place) embeddedness(ix *Index, c *Candidate) (float64, embedding) {
	if c.pord < 0 {
		return 0, notYet
	}
	switch p.activity(ix)[c.pord] {
	case onCampus:
		return embeddedCampus, onCampus
	case inQuartier:
		return embeddedQuartier, inQuartier
	}
	if p.qord >= 0 && slices.Contains(ix.partner(c.pord).quartiere, p.qord) {
		return embeddedNamed, namesQuartier
	}
	return 0, notYet
}

// activity says which partners (by number) already work at the place: on its Kindercampus (a
// Modul of theirs covers a need of a member institution) or in its Quartier (one
// covers a need of an institution there). It is computed once per place, from the
// institutions around it, so it costs what the neighbourhood holds.
func (p *place) activity(ix *Index) map[int32]embedding {
	if p.active != nil {
		return p.active
	}
	p.active = map[int32]embedding{}
	note := func(institutions iter.Seq[drehscheibe.ID], how embedding) {
		for in := range institutions {
			for b := range ix.d.Bedarfe(in) {
				for _, m := range b.CoveredBy {
					if c, ok := ix.byID.Get(m); ok && c.pord >= 0 && p.active[c.pord] < how {
						p.active[c.pord] = how
					}
				}
			}
		}
	}
	if p.campus != "" {
		note(ix.d.Members(p.campus), onCampus)
	}
	note(ix.d.InQuartier(p.in.QuartierID), inQuartier)
	return p.active
}

type embedding int

const (
	notYet embedding = iota
	namesQuartier
	inQuartier
	onCampus
)

// costFit is how well the cost suits the need: free is best; funded (by a programme or,
// as the partner says, fundable) is good within the budget — what remains after a
// programme's share counts —, paid is judged against the budget.
func costFit(f *fit, n *need) float64 {
	h := &f.c.hot
	if h.free {
		return 1
	}
	est := h.costPerBooking(n.GroupSize) - f.covered
	funded := h.fundable || f.covered > 0
	switch {
	case funded && (n.BudgetCent == nil || est <= *n.BudgetCent):
		return fundableCost
	case funded:
		return fundableOver
	case n.BudgetCent != nil && *n.BudgetCent > 0:
		return 1 - 0.5*float64(est)/float64(*n.BudgetCent)
	default:
		return 1 / (1 + float64(est)/costHalfAtCent)
	}
}
