package match

import (
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Need is what an institution is looking for: a recorded Bedarf or one given ad hoc.
type Need struct {
	// Bedarf is the recorded need, or nil for an ad-hoc one.
	Bedarf    *drehscheibe.Bedarf
	Title     string
	Theme     drehscheibe.Theme
	Age       drehscheibe.AgeRange
	Slots     []drehscheibe.Slot
	GroupSize int
	// BudgetCent is what the institution can pay per booking; nil: not stated.
	BudgetCent *int64
	Keywords   []string
	Priority   drehscheibe.BedarfPriority
	// Requested are the Module requests for this need are under way for (REQUESTED,
	// ACCEPTED): they are not recommended again.
	Requested []drehscheibe.ID
}

// NeedOf turns a recorded Bedarf into a Need.
func NeedOf(b *drehscheibe.Bedarf) Need {
	return Need{Bedarf: b, Title: b.Title, Theme: b.Theme, Age: b.AgeRange, Slots: b.Slots, GroupSize: b.GroupSize,
		BudgetCent: b.BudgetCent, Keywords: b.Keywords, Priority: b.Priority}
}

// need is a Need prepared for the filters.
type need struct {
	Need
	slots    uint32
	keywords []string // folded
	// keywordSigs are the keywords' Bloom-filter bits (ok false: too short to tell)
	keywordSigs []keywordSig
	covered     []drehscheibe.ID
	index       int // position among the request's needs
	theme       int8
}

func prepare(n Need) need {
	p := need{Need: n, slots: slotMask(n.Slots), theme: int8(slices.Index(drehscheibe.Themes, n.Theme))}
	for _, k := range n.Keywords {
		p.keywords = append(p.keywords, strings.Fields(fold.String(k))...)
	}
	for _, k := range p.keywords {
		sig, ok := wordBits(k)
		p.keywordSigs = append(p.keywordSigs, keywordSig{sig, ok})
	}
	if n.Bedarf != nil {
		p.covered = n.Bedarf.CoveredBy
	}
	return p
}

// Check reports what is wrong with an ad-hoc need (EINVALID), so a caller can refuse
// it before ranking.
func (n Need) Check() error {
	b := &drehscheibe.Bedarf{InstitutionID: drehscheibe.StableID(drehscheibe.KindInstitution, "ad hoc"), Title: n.Title,
		Theme: n.Theme, AgeRange: n.Age, Slots: n.Slots, GroupSize: n.GroupSize, BudgetCent: n.BudgetCent,
		Keywords: n.Keywords, Priority: drehscheibe.PriorityMedium, Status: drehscheibe.BedarfOpen}
	if b.Title == "" {
		b.Title = "Bedarf"
	}
	return b.Validate()
}

type keywordSig struct {
	bits [2]uint64
	ok   bool
}
