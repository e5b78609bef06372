// Anfragen (requests) and their agreements: conversions both ways and the reads the
// resolvers share.

package resolvers

import (
	"context"
	"time"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// VereinbarungPath is where the printable agreement of a request is served
// (VereinbarungPath + id, and + ".pdf").
const VereinbarungPath = "/vereinbarungen/"

// anfrageConverter converts requests as of now (overdue) with the Modul from snap (the
// total cost before an agreement fixed it).
func anfrageConverter(snap *catalog.View, now time.Time) func(*drehscheibe.Anfrage) *model.Anfrage {
	return func(a *drehscheibe.Anfrage) *model.Anfrage { return toModelAnfrage(a, snap, now) }
}

func toModelAnfrage(a *drehscheibe.Anfrage, snap *catalog.View, now time.Time) *model.Anfrage {
	out := &model.Anfrage{
		ID: string(a.ID), Status: model.AnfrageStatus(a.Status), NextActor: optParty(a.NextActor), Overdue: a.Overdue(now),
		RequestedBy: toModelActor(a.RequestedBy), Period: toModelPeriod(a.Period), Slots: toModelSlots(a.Slots),
		Sessions: a.Sessions, GroupSize: a.GroupSize, Message: optString(a.Message), Funding: toModelFunding(a.Funding, snap),
		Contact: toModelContact(a.Contact), Reason: toModelReason(a.Reason), Outside: a.Outside,
		Version: int(a.Version), CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt, Domain: a,
		History: mapSlice(a.History, toModelTransition),
	}
	if out.History == nil {
		out.History = []*model.AnfrageTransition{}
	}
	if !a.DueAt.IsZero() {
		due := a.DueAt
		out.DueAt = &due
	}
	switch {
	case a.Vereinbarung != nil:
		out.TotalCostCent = int(a.Vereinbarung.Content.TotalCent)
		out.Vereinbarung = toModelVereinbarung(a)
	default:
		if m, ok := snap.Snapshot().Modul(a.ModulID); ok {
			out.TotalCostCent = int(drehscheibe.TotalCostCent(m, a.Sessions, a.GroupSize))
		}
	}
	if o := a.Outcome; o != nil {
		out.Outcome = &model.AnfrageOutcome{ActualCostCent: int(o.ActualCostCent), SessionsHeld: o.SessionsHeld, Participants: o.Participants, CompletedAt: o.CompletedAt,
			Institution: toModelFeedback(o.Institution), Partner: toModelFeedback(o.Partner)}
	}
	return out
}

func toModelVereinbarung(a *drehscheibe.Anfrage) *model.Kooperationsvereinbarung {
	v := a.Vereinbarung
	out := &model.Kooperationsvereinbarung{
		Revision: v.Content.Revision, ContentHash: v.Hash, Agreed: v.Agreed(), Date: v.Content.Date,
		TotalCostCent: int(v.Content.TotalCent), Payer: v.Content.Payer, ConfirmedBy: []model.AnfrageParty{},
		HTMLURL: VereinbarungPath + string(a.ID), PDFURL: VereinbarungPath + string(a.ID) + ".pdf",
		Confirmations: []*model.VereinbarungConfirmation{},
	}
	for _, side := range []drehscheibe.Party{drehscheibe.PartyInstitution, drehscheibe.PartyPartner} {
		if v.ConfirmedBy(side) {
			out.ConfirmedBy = append(out.ConfirmedBy, model.AnfrageParty(side))
		}
	}
	for _, c := range v.Confirmations {
		out.Confirmations = append(out.Confirmations, &model.VereinbarungConfirmation{Side: model.AnfrageParty(c.Side),
			ContentHash: c.Hash, Current: c.Hash == v.Hash, By: toModelActor(c.By), At: c.At})
	}
	return out
}

func toModelActor(a drehscheibe.Actor) *model.Actor {
	return &model.Actor{Name: optString(a.Name), Role: model.Role(a.Role)}
}

func toModelTransition(t drehscheibe.Transition) *model.AnfrageTransition {
	out := &model.AnfrageTransition{To: model.AnfrageStatus(t.To), At: t.At, By: toModelActor(t.By), Side: optParty(t.Side), Reason: toModelReason(t.Reason)}
	if t.From != "" {
		from := model.AnfrageStatus(t.From)
		out.From = &from
	}
	return out
}

func toModelReason(r *drehscheibe.Reason) *model.AnfrageReason {
	if r == nil {
		return nil
	}
	return &model.AnfrageReason{Code: model.AnfrageReasonCode(r.Code), Label: r.Code.Label(), Text: optString(r.Text)}
}

func toModelFeedback(f *drehscheibe.Feedback) *model.AnfrageFeedback {
	if f == nil {
		return nil
	}
	return &model.AnfrageFeedback{Rating: f.Rating, Text: optString(f.Text), By: toModelActor(f.By), At: f.At}
}

func toModelPeriod(p drehscheibe.Period) *model.Period {
	out := &model.Period{}
	if !p.From.IsZero() {
		out.From = &p.From
	}
	if !p.To.IsZero() {
		out.To = &p.To
	}
	return out
}

func optParty(p drehscheibe.Party) *model.AnfrageParty {
	if p == drehscheibe.PartyNone {
		return nil
	}
	m := model.AnfrageParty(p)
	return &m
}

func toDomainPeriod(p *model.PeriodInput) drehscheibe.Period {
	if p == nil {
		return drehscheibe.Period{}
	}
	return drehscheibe.Period{From: deref(p.From), To: deref(p.To)}
}

func toDomainAnfrage(in model.CreateAnfrageInput) drehscheibe.AnfrageInput {
	out := drehscheibe.AnfrageInput{
		InstitutionID: drehscheibe.ID(in.InstitutionID), ModulID: drehscheibe.ID(in.ModulID), BedarfID: drehscheibe.ID(deref(in.BedarfID)),
		Period: toDomainPeriod(in.Period), Slots: toDomainSlots(in.Slots), Sessions: deref(in.Sessions), GroupSize: deref(in.GroupSize),
		Message: deref(in.Message), Funding: toDomainShares(in.Funding),
	}
	if in.Contact != nil {
		c := toDomainContact(in.Contact)
		out.Contact = &c
	}
	return out
}

func toDomainReason(code *model.AnfrageReasonCode, text *string) *drehscheibe.Reason {
	if code == nil {
		return nil
	}
	return &drehscheibe.Reason{Code: drehscheibe.ReasonCode(*code), Text: deref(text)}
}

func toDomainParty(p *model.AnfrageParty) drehscheibe.Party {
	return drehscheibe.Party(deref(p))
}

func toVereinbarungTerms(in model.ReviseVereinbarungInput) drehscheibe.VereinbarungTerms {
	return drehscheibe.VereinbarungTerms{
		Period:    changeRef(in.Period, toDomainPeriod),
		Slots:     clearable(in.Slots, toDomainSlots),
		Sessions:  change(in.Sessions, same[int]),
		GroupSize: change(in.GroupSize, same[int]),
		Funding:   fundingChange(in.Funding),
	}
}

func toCatalogAnfrageFilter(f *model.AnfrageFilter, now time.Time) (catalog.AnfrageFilter, error) {
	if f == nil {
		return catalog.AnfrageFilter{}, nil
	}
	var ids idReader
	out := catalog.AnfrageFilter{
		Statuses:       enums[drehscheibe.AnfrageStatus](f.Status),
		InstitutionID:  ids.id(f.InstitutionID, drehscheibe.KindInstitution, "institutionId"),
		PartnerID:      ids.id(f.PartnerID, drehscheibe.KindPartner, "partnerId"),
		ModulID:        ids.id(f.ModulID, drehscheibe.KindModul, "modulId"),
		BedarfID:       ids.id(f.BedarfID, drehscheibe.KindBedarf, "bedarfId"),
		KindercampusID: ids.id(f.KindercampusID, drehscheibe.KindKindercampus, "kindercampusId"),
		NextActor:      toDomainParty(f.NextActor), Overdue: f.Overdue, Now: now,
	}
	return out, ids.err
}

func anfrageOrder(o *model.AnfrageOrder) catalog.Order {
	if o == nil {
		return catalog.Order{By: catalog.ByCreated, Desc: true}
	}
	out := catalog.Order{By: catalog.ByCreated, Desc: o.Direction == model.OrderDirectionDesc}
	switch o.Field {
	case model.AnfrageOrderFieldUpdatedAt:
		out.By = catalog.ByUpdated
	case model.AnfrageOrderFieldDueAt:
		out.By = catalog.ByDue
	}
	return out
}

func anfrageConnection(ctx context.Context, l catalog.List[*drehscheibe.Anfrage], a pageArgs, conv func(*drehscheibe.Anfrage) *model.Anfrage) (*model.AnfrageConnection, error) {
	return connect(ctx, l, a, conv,
		func(c string, n *model.Anfrage) *model.AnfrageEdge { return &model.AnfrageEdge{Cursor: c, Node: n} },
		func(e []*model.AnfrageEdge, n []*model.Anfrage, pi *model.PageInfo, total int) *model.AnfrageConnection {
			return &model.AnfrageConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

// anfrageWritten is the payload of a request mutation.
func (r *Resolver) anfrageWritten(ctx context.Context, a *drehscheibe.Anfrage, err error) (*model.AnfragePayload, error) {
	m, ue, err := written(ctx, r, a, err, func(a *drehscheibe.Anfrage) *model.Anfrage {
		return toModelAnfrage(a, r.view(ctx), r.Now())
	})
	return &model.AnfragePayload{Anfrage: m, UserErrors: ue}, err
}

// relatedAnfrage resolves a link to another request the caller may see (null otherwise).
func (r *Resolver) relatedAnfrage(ctx context.Context, id drehscheibe.ID) *model.Anfrage {
	if id == "" {
		return nil
	}
	snap := r.view(ctx)
	a, ok := snap.Anfrage(id)
	if !ok {
		return nil
	}
	return toModelAnfrage(a, snap, r.Now())
}
