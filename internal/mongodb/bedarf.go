package mongodb

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

type bedarfDoc struct {
	Meta          metaDoc    `bson:",inline"`
	InstitutionID string     `bson:"institutionId"`
	Title         string     `bson:"title"`
	Theme         string     `bson:"theme"`
	AgeRange      rangeDoc   `bson:"ageRange"`
	Slots         []slotDoc  `bson:"slots,omitempty"`
	GroupSize     int        `bson:"groupSize"`
	BudgetCent    *int64     `bson:"budgetCent,omitempty"`
	Priority      string     `bson:"priority"`
	Keywords      []string   `bson:"keywords,omitempty"`
	Notes         string     `bson:"notes,omitempty"`
	Status        string     `bson:"status"`
	CoveredBy     []string   `bson:"coveredBy,omitempty"`
	CoveredAt     *time.Time `bson:"coveredAt,omitempty"`
	ClosedReason  string     `bson:"closedReason,omitempty"`
}

func toBedarfDoc(b *drehscheibe.Bedarf) *bedarfDoc {
	d := &bedarfDoc{
		Meta: toMetaDoc(b.Meta), InstitutionID: string(b.InstitutionID), Title: b.Title, Theme: string(b.Theme),
		AgeRange: rangeDoc(b.AgeRange), Slots: toSlotDocs(b.Slots), GroupSize: b.GroupSize, BudgetCent: b.BudgetCent,
		Priority: string(b.Priority), Keywords: b.Keywords, Notes: b.Notes, Status: string(b.Status),
		CoveredBy: toStrings(b.CoveredBy), ClosedReason: b.ClosedReason,
	}
	if !b.CoveredAt.IsZero() {
		t := b.CoveredAt
		d.CoveredAt = &t
	}
	return d
}

func fromBedarfDoc(d *bedarfDoc) *drehscheibe.Bedarf {
	b := &drehscheibe.Bedarf{
		Meta: fromMetaDoc(d.Meta), InstitutionID: drehscheibe.ID(d.InstitutionID), Title: d.Title, Theme: drehscheibe.Theme(d.Theme),
		AgeRange: drehscheibe.AgeRange(d.AgeRange), Slots: fromSlotDocs(d.Slots), GroupSize: d.GroupSize, BudgetCent: d.BudgetCent,
		Priority: drehscheibe.BedarfPriority(d.Priority), Keywords: d.Keywords, Notes: d.Notes,
		Status: drehscheibe.BedarfStatus(d.Status), CoveredBy: fromStrings[drehscheibe.ID](d.CoveredBy), ClosedReason: d.ClosedReason,
	}
	if d.CoveredAt != nil {
		b.CoveredAt = d.CoveredAt.UTC()
	}
	return b
}
