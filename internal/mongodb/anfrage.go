package mongodb

import (
	"encoding/json"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

type anfrageDoc struct {
	Meta          metaDoc          `bson:",inline"`
	InstitutionID string           `bson:"institutionId"`
	ModulID       string           `bson:"modulId"`
	PartnerID     string           `bson:"partnerId"`
	BedarfID      string           `bson:"bedarfId,omitempty"`
	RequestedBy   actorDoc         `bson:"requestedBy"`
	From          string           `bson:"from,omitempty"`
	To            string           `bson:"to,omitempty"`
	Slots         []slotDoc        `bson:"slots,omitempty"`
	Sessions      int              `bson:"sessions"`
	GroupSize     int              `bson:"groupSize"`
	Message       string           `bson:"message,omitempty"`
	Funding       []fundingDoc     `bson:"funding,omitempty"`
	Contact       contactDoc       `bson:"contact"`
	Status        string           `bson:"status"`
	NextActor     string           `bson:"nextActor,omitempty"`
	DueAt         *time.Time       `bson:"dueAt,omitempty"`
	Reason        *reasonDoc       `bson:"reason,omitempty"`
	History       []transitionDoc  `bson:"history"`
	Vereinbarung  *vereinbarungDoc `bson:"vereinbarung,omitempty"`
	Outcome       *outcomeDoc      `bson:"outcome,omitempty"`
	Antrag        *antragDoc       `bson:"antrag,omitempty"`
	Reserved      bool             `bson:"reserved,omitempty"`
	Outside       bool             `bson:"outside,omitempty"`
	ReroutedFrom  string           `bson:"reroutedFrom,omitempty"`
	ReroutedTo    string           `bson:"reroutedTo,omitempty"`
}

type actorDoc struct {
	KeyID   string `bson:"keyId,omitempty"`
	Subject string `bson:"subject,omitempty"`
	Name    string `bson:"name,omitempty"`
	Role    string `bson:"role"`
}

type fundingDoc struct {
	Source      string `bson:"source"`
	Category    string `bson:"category,omitempty"`
	ProgrammeID string `bson:"programmeId,omitempty"`
	AmountCent  int64  `bson:"amountCent"`
	Rest        bool   `bson:"rest,omitempty"`
}

type reasonDoc struct {
	Code string `bson:"code"`
	Text string `bson:"text,omitempty"`
}

type transitionDoc struct {
	From   string     `bson:"from,omitempty"`
	To     string     `bson:"to"`
	At     time.Time  `bson:"at"`
	By     actorDoc   `bson:"by"`
	Side   string     `bson:"side,omitempty"`
	Reason *reasonDoc `bson:"reason,omitempty"`
}

// vereinbarungDoc keeps the agreement's content as the JSON its hash is computed over,
// so that what was confirmed comes back byte for byte.
type vereinbarungDoc struct {
	Content       string            `bson:"content"`
	Hash          string            `bson:"hash"`
	Confirmations []confirmationDoc `bson:"confirmations,omitempty"`
}

type confirmationDoc struct {
	Side string    `bson:"side"`
	Hash string    `bson:"hash"`
	By   actorDoc  `bson:"by"`
	At   time.Time `bson:"at"`
}

type outcomeDoc struct {
	ActualCostCent int64        `bson:"actualCostCent"`
	SessionsHeld   int          `bson:"sessionsHeld"`
	Participants   int          `bson:"participants"`
	CompletedAt    time.Time    `bson:"completedAt"`
	Institution    *feedbackDoc `bson:"institution,omitempty"`
	Partner        *feedbackDoc `bson:"partner,omitempty"`
}

type feedbackDoc struct {
	Rating int       `bson:"rating"`
	Text   string    `bson:"text,omitempty"`
	By     actorDoc  `bson:"by"`
	At     time.Time `bson:"at"`
}

func toAnfrageDoc(a *drehscheibe.Anfrage) *anfrageDoc {
	d := &anfrageDoc{
		Meta: toMetaDoc(a.Meta), InstitutionID: string(a.InstitutionID), ModulID: string(a.ModulID), PartnerID: string(a.PartnerID),
		BedarfID: string(a.BedarfID), RequestedBy: toActorDoc(a.RequestedBy), From: toDateDoc(a.Period.From), To: toDateDoc(a.Period.To),
		Slots: toSlotDocs(a.Slots), Sessions: a.Sessions, GroupSize: a.GroupSize, Message: a.Message,
		Contact: toContactDoc(a.Contact),
		Status:  string(a.Status), NextActor: string(a.NextActor), Reason: toReasonDoc(a.Reason),
		Reserved: a.Reserved, Outside: a.Outside, ReroutedFrom: string(a.ReroutedFrom), ReroutedTo: string(a.ReroutedTo),
		History: make([]transitionDoc, len(a.History)), Antrag: toAntragDoc(a.Antrag),
	}
	if !a.DueAt.IsZero() {
		t := a.DueAt
		d.DueAt = &t
	}
	for _, f := range a.Funding {
		d.Funding = append(d.Funding, fundingDoc{Source: string(f.Source), Category: string(f.Category), ProgrammeID: string(f.ProgrammeID),
			AmountCent: f.AmountCent, Rest: f.Rest})
	}
	for i, t := range a.History {
		d.History[i] = transitionDoc{From: string(t.From), To: string(t.To), At: t.At, By: toActorDoc(t.By), Side: string(t.Side), Reason: toReasonDoc(t.Reason)}
	}
	if v := a.Vereinbarung; v != nil {
		content, err := json.Marshal(v.Content)
		if err != nil {
			panic("mongodb: agreement content cannot be encoded: " + err.Error()) // plain data: cannot happen
		}
		vd := &vereinbarungDoc{Content: string(content), Hash: v.Hash}
		for _, c := range v.Confirmations {
			vd.Confirmations = append(vd.Confirmations, confirmationDoc{Side: string(c.Side), Hash: c.Hash, By: toActorDoc(c.By), At: c.At})
		}
		d.Vereinbarung = vd
	}
	if o := a.Outcome; o != nil {
		d.Outcome = &outcomeDoc{ActualCostCent: o.ActualCostCent, SessionsHeld: o.SessionsHeld, Participants: o.Participants, CompletedAt: o.CompletedAt,
			Institution: toFeedbackDoc(o.Institution), Partner: toFeedbackDoc(o.Partner)}
	}
	return d
}

func fromAnfrageDoc(d *anfrageDoc) *drehscheibe.Anfrage {
	a := &drehscheibe.Anfrage{
		Meta: fromMetaDoc(d.Meta), InstitutionID: drehscheibe.ID(d.InstitutionID), ModulID: drehscheibe.ID(d.ModulID),
		PartnerID: drehscheibe.ID(d.PartnerID), BedarfID: drehscheibe.ID(d.BedarfID), RequestedBy: fromActorDoc(d.RequestedBy),
		Period: drehscheibe.Period{From: fromDateDoc(d.From), To: fromDateDoc(d.To)}, Slots: fromSlotDocs(d.Slots),
		Sessions: d.Sessions, GroupSize: d.GroupSize, Message: d.Message,
		Contact: fromContactDoc(d.Contact), Status: drehscheibe.AnfrageStatus(d.Status), NextActor: drehscheibe.Party(d.NextActor),
		Reason: fromReasonDoc(d.Reason), Reserved: d.Reserved, Outside: d.Outside,
		ReroutedFrom: drehscheibe.ID(d.ReroutedFrom), ReroutedTo: drehscheibe.ID(d.ReroutedTo), Antrag: fromAntragDoc(d.Antrag),
	}
	if d.DueAt != nil {
		a.DueAt = d.DueAt.UTC()
	}
	for _, f := range d.Funding {
		a.Funding = append(a.Funding, drehscheibe.FundingShare{Source: drehscheibe.FundingSource(f.Source), Category: drehscheibe.BudgetCategory(f.Category),
			ProgrammeID: drehscheibe.ID(f.ProgrammeID), AmountCent: f.AmountCent, Rest: f.Rest})
	}
	for _, t := range d.History {
		a.History = append(a.History, drehscheibe.Transition{From: drehscheibe.AnfrageStatus(t.From), To: drehscheibe.AnfrageStatus(t.To),
			At: t.At.UTC(), By: fromActorDoc(t.By), Side: drehscheibe.Party(t.Side), Reason: fromReasonDoc(t.Reason)})
	}
	if vd := d.Vereinbarung; vd != nil {
		v := &drehscheibe.Vereinbarung{Hash: vd.Hash}
		_ = json.Unmarshal([]byte(vd.Content), &v.Content) // written by toAnfrageDoc
		for _, c := range vd.Confirmations {
			v.Confirmations = append(v.Confirmations, drehscheibe.Confirmation{Side: drehscheibe.Party(c.Side), Hash: c.Hash, By: fromActorDoc(c.By), At: c.At.UTC()})
		}
		a.Vereinbarung = v
	}
	if o := d.Outcome; o != nil {
		a.Outcome = &drehscheibe.Outcome{ActualCostCent: o.ActualCostCent, SessionsHeld: o.SessionsHeld, Participants: o.Participants, CompletedAt: o.CompletedAt.UTC(),
			Institution: fromFeedbackDoc(o.Institution), Partner: fromFeedbackDoc(o.Partner)}
	}
	return a
}

func toActorDoc(a drehscheibe.Actor) actorDoc {
	return actorDoc{KeyID: string(a.KeyID), Subject: a.Subject, Name: a.Name, Role: string(a.Role)}
}

func fromActorDoc(d actorDoc) drehscheibe.Actor {
	return drehscheibe.Actor{KeyID: drehscheibe.ID(d.KeyID), Subject: d.Subject, Name: d.Name, Role: drehscheibe.Role(d.Role)}
}

func toReasonDoc(r *drehscheibe.Reason) *reasonDoc {
	if r == nil {
		return nil
	}
	return &reasonDoc{Code: string(r.Code), Text: r.Text}
}

func fromReasonDoc(d *reasonDoc) *drehscheibe.Reason {
	if d == nil {
		return nil
	}
	return &drehscheibe.Reason{Code: drehscheibe.ReasonCode(d.Code), Text: d.Text}
}

func toFeedbackDoc(f *drehscheibe.Feedback) *feedbackDoc {
	if f == nil {
		return nil
	}
	return &feedbackDoc{Rating: f.Rating, Text: f.Text, By: toActorDoc(f.By), At: f.At}
}

func fromFeedbackDoc(d *feedbackDoc) *drehscheibe.Feedback {
	if d == nil {
		return nil
	}
	return &drehscheibe.Feedback{Rating: d.Rating, Text: d.Text, By: fromActorDoc(d.By), At: d.At.UTC()}
}
