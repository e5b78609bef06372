package mongodb

import (
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// antragDoc is a request's application for funding.
type antragDoc struct {
	Answers      []answerDoc      `bson:"answers,omitempty"`
	Applications []applicationDoc `bson:"applications,omitempty"`
}

type answerDoc struct {
	Field string `bson:"field"`
	Value string `bson:"value"`
}

type applicationDoc struct {
	ProgrammeID string     `bson:"programmeId"`
	Status      string     `bson:"status"`
	SubmittedAt time.Time  `bson:"submittedAt"`
	SubmittedBy actorDoc   `bson:"submittedBy"`
	DecidedAt   *time.Time `bson:"decidedAt,omitempty"`
	DecidedBy   *actorDoc  `bson:"decidedBy,omitempty"`
	Note        string     `bson:"note,omitempty"`
}

func toAntragDoc(a *drehscheibe.Foerderantrag) *antragDoc {
	if a == nil {
		return nil
	}
	d := &antragDoc{}
	for _, x := range a.Answers {
		d.Answers = append(d.Answers, answerDoc{Field: string(x.Field), Value: x.Value})
	}
	for _, x := range a.Applications {
		ad := applicationDoc{ProgrammeID: string(x.ProgrammeID), Status: string(x.Status), SubmittedAt: x.SubmittedAt,
			SubmittedBy: toActorDoc(x.SubmittedBy), Note: x.Note}
		if x.DecidedBy != nil {
			at, by := x.DecidedAt, toActorDoc(*x.DecidedBy)
			ad.DecidedAt, ad.DecidedBy = &at, &by
		}
		d.Applications = append(d.Applications, ad)
	}
	return d
}

func fromAntragDoc(d *antragDoc) *drehscheibe.Foerderantrag {
	if d == nil {
		return nil
	}
	a := &drehscheibe.Foerderantrag{}
	for _, x := range d.Answers {
		a.Answers = append(a.Answers, drehscheibe.AntragAnswer{Field: drehscheibe.ApplicationField(x.Field), Value: x.Value})
	}
	for _, x := range d.Applications {
		ap := drehscheibe.ProgrammeApplication{ProgrammeID: drehscheibe.ID(x.ProgrammeID), Status: drehscheibe.AntragStatus(x.Status),
			SubmittedAt: x.SubmittedAt.UTC(), SubmittedBy: fromActorDoc(x.SubmittedBy), Note: x.Note}
		if x.DecidedBy != nil {
			by := fromActorDoc(*x.DecidedBy)
			ap.DecidedBy = &by
			if x.DecidedAt != nil {
				ap.DecidedAt = x.DecidedAt.UTC()
			}
		}
		a.Applications = append(a.Applications, ap)
	}
	return a
}
