package resolvers

import (
	"context"
	"net/url"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// Converters and helpers of the funding: programmes, shares, the ledger, the report
// and the application.

// programmeConverter converts programmes as the caller's snapshot shows them.
func (r *Resolver) programmeConverter(ctx context.Context) func(*drehscheibe.Foerderprogramm) *model.Foerderprogramm {
	snap := r.view(ctx).Snapshot()
	return func(f *drehscheibe.Foerderprogramm) *model.Foerderprogramm { return toModelFoerderprogramm(f, snap) }
}

func toModelFoerderprogramm(f *drehscheibe.Foerderprogramm, snap *catalog.Snapshot) *model.Foerderprogramm {
	e := f.Eligibility
	el := &model.Eligibility{Themes: enums[model.Theme](e.Themes), InstitutionTypes: enums[model.InstitutionType](e.InstitutionTypes),
		Quartiere: []*model.Quartier{}, OnlySozialeStadt: e.OnlySozialeStadt, MinPriority: e.MinPriority, MaxSharePct: e.MaxSharePct,
		CoFundingRequired: e.CoFundingRequired}
	for _, id := range e.QuartierIDs {
		if q, ok := snap.Quartier(id); ok {
			el.Quartiere = append(el.Quartiere, toModelQuartier(q))
		}
	}
	if e.Ages != nil {
		el.Ages = toModelAgeRange(*e.Ages)
	}
	if e.MaxPerAnfrageCent > 0 {
		el.MaxPerAnfrageCent = optInt(int(e.MaxPerAnfrageCent))
	}
	out := &model.Foerderprogramm{ID: string(f.ID), Name: f.Name, Provider: model.ProgrammeProvider(f.Provider),
		ProviderLabel: f.Provider.Label(), Description: optString(f.Description), Link: optString(f.Link),
		Window: toModelPeriod(f.Window), Eligibility: el, RequiredDocuments: nonNil(f.RequiredDocuments),
		Version: int(f.Version), CreatedAt: f.CreatedAt, UpdatedAt: f.UpdatedAt, Domain: f}
	out.RequiredFields = mapSlice(f.RequiredFields, toModelApplicationField)
	return out
}

func toModelApplicationField(f drehscheibe.ApplicationField) *model.ApplicationFieldInfo {
	return &model.ApplicationFieldInfo{Field: model.ApplicationField(f), Label: f.Label()}
}

func toModelProgrammeYear(y drehscheibe.ProgrammeYear) *model.ProgrammeYear {
	return &model.ProgrammeYear{Year: y.Year, BudgetCent: int(y.BudgetCent), CommittedCent: int(y.CommittedCent),
		SpentCent: int(y.SpentCent), RemainingCent: int(y.RemainingCent())}
}

// ledger lists the newest n entries of programme f's ledger for the Servicestelle
// (nothing for others).
func (r *Resolver) ledger(ctx context.Context, f *drehscheibe.Foerderprogramm, n int) ([]*model.LedgerEntry, error) {
	if n < 1 || n > 500 {
		return nil, badInput("first muss zwischen 1 und 500 liegen")
	}
	snap := r.view(ctx)
	out := []*model.LedgerEntry{}
	if !snap.Principal().SeesProgrammeMoney() {
		return out, nil
	}
	conv := anfrageConverter(snap, r.Now())
	for i := len(f.Ledger) - 1; i >= 0 && len(out) < n; i-- {
		e := f.Ledger[i]
		m := &model.LedgerEntry{ID: string(e.ID), At: e.At, Kind: model.LedgerKind(e.Kind), Year: e.Year,
			CommittedCent: int(e.CommittedCent), SpentCent: int(e.SpentCent), SozialeStadt: e.SozialeStadt, By: toModelActor(e.By)}
		if e.Category != "" {
			c := model.BudgetCategory(e.Category)
			m.Category = &c
		}
		if e.Theme != "" {
			t := model.Theme(e.Theme)
			m.Theme = &t
		}
		if a, ok := snap.Anfrage(e.AnfrageID); ok {
			m.Anfrage = conv(a)
		}
		out = append(out, m)
	}
	return out, nil
}

func (r *Resolver) programmeConnection(ctx context.Context, f catalog.FoerderprogrammFilter, a pageArgs) (*model.FoerderprogrammConnection, error) {
	return connect(ctx, r.view(ctx).Snapshot().Foerderprogramme(f, catalog.Order{By: catalog.ByName}), a, r.programmeConverter(ctx),
		func(c string, n *model.Foerderprogramm) *model.FoerderprogrammEdge {
			return &model.FoerderprogrammEdge{Cursor: c, Node: n}
		},
		func(e []*model.FoerderprogrammEdge, n []*model.Foerderprogramm, pi *model.PageInfo, total int) *model.FoerderprogrammConnection {
			return &model.FoerderprogrammConnection{Edges: e, Nodes: n, PageInfo: pi, TotalCount: total}
		})
}

func toCatalogProgrammeFilter(f *model.FoerderprogrammFilter) catalog.FoerderprogrammFilter {
	if f == nil {
		return catalog.FoerderprogrammFilter{}
	}
	return catalog.FoerderprogrammFilter{Text: deref(f.Text), Providers: enums[drehscheibe.ProgrammeProvider](f.Providers),
		Theme: drehscheibe.Theme(deref(f.Theme)), OpenOn: deref(f.OpenOn)}
}

func toDomainEligibility(in *model.EligibilityInput) drehscheibe.Eligibility {
	if in == nil {
		return drehscheibe.Eligibility{}
	}
	e := drehscheibe.Eligibility{Themes: enums[drehscheibe.Theme](in.Themes), InstitutionTypes: enums[drehscheibe.InstitutionType](in.InstitutionTypes),
		QuartierIDs: ids(in.QuartierIds), OnlySozialeStadt: deref(in.OnlySozialeStadt), MinPriority: deref(in.MinPriority),
		MaxPerAnfrageCent: int64(deref(in.MaxPerAnfrageCent)), MaxSharePct: deref(in.MaxSharePct), CoFundingRequired: deref(in.CoFundingRequired)}
	if in.Ages != nil {
		a := toDomainAgeRange(in.Ages)
		e.Ages = &a
	}
	return e
}

func toDomainYears(ys []*model.ProgrammeYearInput) []drehscheibe.ProgrammeYear {
	return mapSlice(ys, func(y *model.ProgrammeYearInput) drehscheibe.ProgrammeYear {
		return drehscheibe.ProgrammeYear{Year: y.Year, BudgetCent: int64(y.BudgetCent)}
	})
}

func toDomainFoerderprogramm(in model.CreateFoerderprogrammInput) *drehscheibe.Foerderprogramm {
	return &drehscheibe.Foerderprogramm{Name: in.Name, Provider: drehscheibe.ProgrammeProvider(in.Provider), Description: deref(in.Description),
		Link: deref(in.Link), Years: toDomainYears(in.Years), Eligibility: toDomainEligibility(in.Eligibility), Window: toDomainPeriod(in.Window),
		RequiredFields: enums[drehscheibe.ApplicationField](in.RequiredFields), RequiredDocuments: in.RequiredDocuments}
}

func toFoerderprogrammPatch(in model.UpdateFoerderprogrammInput) drehscheibe.FoerderprogrammPatch {
	pt := drehscheibe.FoerderprogrammPatch{
		Name:              change(in.Name, same[string]),
		Provider:          change(in.Provider, func(p model.ProgrammeProvider) drehscheibe.ProgrammeProvider { return drehscheibe.ProgrammeProvider(p) }),
		Description:       clearable(in.Description, deref[string]),
		Link:              clearable(in.Link, deref[string]),
		Eligibility:       changeRef(in.Eligibility, toDomainEligibility),
		Window:            changeRef(in.Window, toDomainPeriod),
		RequiredDocuments: sliceChange(in.RequiredDocuments, same[[]string]),
		RequiredFields:    sliceChange(in.RequiredFields, enums[drehscheibe.ApplicationField, model.ApplicationField]),
		Budgets:           sliceChange(in.Years, toDomainYears),
	}
	return pt
}

// sliceChange sets a list when it is given (nil: unchanged).
func sliceChange[S, D any](v []S, f func([]S) D) drehscheibe.Update[D] {
	if v == nil {
		return drehscheibe.Update[D]{}
	}
	return drehscheibe.Set(f(v))
}

// toModelFunding converts a request's shares.
func toModelFunding(shares []drehscheibe.FundingShare, snap *catalog.View) []*model.FundingShare {
	out := make([]*model.FundingShare, 0, len(shares))
	for _, sh := range shares {
		m := &model.FundingShare{Source: model.FundingSource(sh.Source), AmountCent: int(sh.AmountCent), Rest: sh.Rest}
		name := ""
		if sh.Category != "" {
			c := model.BudgetCategory(sh.Category)
			m.Category = &c
		}
		if f, ok := snap.Snapshot().Foerderprogramm(sh.ProgrammeID); ok {
			m.Programme, name = toModelFoerderprogramm(f, snap.Snapshot()), f.Name
		}
		m.Label = drehscheibe.ShareLabel(sh, func(drehscheibe.ID) string { return name })
		out = append(out, m)
	}
	return out
}

func toDomainShares(in []*model.FundingShareInput) []drehscheibe.FundingShare {
	return mapSlice(in, func(f *model.FundingShareInput) drehscheibe.FundingShare {
		sh := drehscheibe.FundingShare{Source: drehscheibe.FundingSource(f.Source), Category: drehscheibe.BudgetCategory(deref(f.Category)),
			ProgrammeID: drehscheibe.ID(deref(f.ProgrammeID)), Rest: f.AmountCent == nil}
		if f.AmountCent != nil {
			sh.AmountCent = int64(*f.AmountCent)
		}
		return sh
	})
}

func fundingChange(in []*model.FundingShareInput) drehscheibe.Update[[]drehscheibe.FundingShare] {
	return sliceChange(in, toDomainShares)
}

func toModelFundingOption(o drehscheibe.FundingOption, snap *catalog.Snapshot) *model.FundingOption {
	return &model.FundingOption{Programme: toModelFoerderprogramm(o.Programme, snap), CoveredCent: int(o.CoveredCent),
		RemainingCent: int(o.RemainingCent), Reasons: nonNil(o.Reasons)}
}

// fundingOf returns how a recommendation's funding options are computed on date, or
// nil when the query selects neither funding field.
func fundingOf(snap *catalog.Snapshot, date drehscheibe.Date, sel selection) func(match.Match) []*model.FundingOption {
	if !sel["funding"] && !sel["fundingOptions"] {
		return nil
	}
	return func(m match.Match) []*model.FundingOption {
		opts, _ := snap.FundingOptions(m.Institution, m.Modul, m.CostCent(), date)
		return mapSlice(opts, func(o drehscheibe.FundingOption) *model.FundingOption { return toModelFundingOption(o, snap) })
	}
}

// fundingReport is the controlling for the caller (see FundingReport).
func (r *Resolver) fundingReport(ctx context.Context, in model.FundingReportFilter) (*model.FundingReport, error) {
	v := r.view(ctx)
	f := drehscheibe.FundingReportFilter{Year: in.Year, ProgrammeID: drehscheibe.ID(deref(in.ProgrammeID)),
		KindercampusID: drehscheibe.ID(deref(in.KindercampusID)), QuartierID: drehscheibe.ID(deref(in.QuartierID)), Theme: drehscheibe.Theme(deref(in.Theme))}
	if err := v.Principal().MayReportFunding(&f); err != nil {
		return nil, err
	}
	snap := v.Snapshot()
	rep := snap.FundingReport(f)
	out := &model.FundingReport{Year: rep.Year, BudgetCent: int(rep.BudgetCent), CommittedCent: int(rep.CommittedCent),
		SpentCent: int(rep.SpentCent), RemainingCent: int(rep.RemainingCent), SozialeStadtCent: int(rep.SozialeStadtCent),
		SozialeStadtSharePct: rep.SozialeStadtSharePct, Sources: []*model.FundingSourceRow{}, Rows: []*model.FundingReportRow{}}
	programme := func(id drehscheibe.ID) *model.Foerderprogramm {
		if fp, ok := snap.Foerderprogramm(id); ok {
			return toModelFoerderprogramm(fp, snap)
		}
		return nil
	}
	campus := func(id drehscheibe.ID) *model.Kindercampus {
		if k, ok := snap.Kindercampus(id); ok {
			return toModelKindercampus(k)
		}
		return nil
	}
	category := func(c drehscheibe.BudgetCategory) *model.BudgetCategory {
		if c == "" {
			return nil
		}
		m := model.BudgetCategory(c)
		return &m
	}
	for _, s := range rep.Sources {
		out.Sources = append(out.Sources, &model.FundingSourceRow{Programme: programme(s.ProgrammeID), Kindercampus: campus(s.KindercampusID),
			Category: category(s.Category), Label: s.Label, BudgetCent: int(s.BudgetCent), CommittedCent: int(s.CommittedCent),
			SpentCent: int(s.SpentCent), RemainingCent: int(s.RemainingCent)})
	}
	for _, row := range rep.Rows {
		m := &model.FundingReportRow{Programme: programme(row.ProgrammeID), Category: category(row.Category), Kindercampus: campus(row.KindercampusID),
			SozialeStadt: row.SozialeStadt, CommittedCent: int(row.CommittedCent), SpentCent: int(row.SpentCent), Anfragen: row.Anfragen}
		if row.Theme != "" {
			t := model.Theme(row.Theme)
			m.Theme = &t
		}
		if q, ok := snap.Quartier(row.QuartierID); ok {
			m.Quartier = toModelQuartier(q)
		}
		out.Rows = append(out.Rows, m)
	}
	return out, nil
}

// foerderantrag is request a's application form, for those who may apply (null for
// others).
func (r *Resolver) foerderantrag(ctx context.Context, a *drehscheibe.Anfrage) (*model.Foerderantrag, error) {
	form, err := r.Service.FoerderantragOf(ctx, a.ID)
	if err != nil {
		if de, ok := drehscheibe.AsError(err); ok && (de.Code == drehscheibe.EFORBIDDEN || de.Code == drehscheibe.ENOTFOUND) {
			return nil, nil
		}
		return nil, err
	}
	snap := r.view(ctx).Snapshot()
	prog := func(ids []drehscheibe.ID) []*model.Foerderprogramm {
		out := []*model.Foerderprogramm{}
		for _, id := range ids {
			if f, ok := snap.Foerderprogramm(id); ok {
				out = append(out, toModelFoerderprogramm(f, snap))
			}
		}
		return out
	}
	out := &model.Foerderantrag{Programmes: []*model.AntragProgramme{}, Known: []*model.KnownFact{}, Fields: []*model.AntragField{},
		Documents: []*model.AntragDocument{}, Missing: enums[model.ApplicationField](form.Missing())}
	for _, o := range form.Options {
		p := &model.AntragProgramme{Programme: toModelFoerderprogramm(o.Programme, snap), CoveredCent: int(o.CoveredCent),
			RemainingCent: int(o.RemainingCent), Reasons: nonNil(o.Reasons), StatusLabel: "nicht beantragt",
			FormURL: FoerderantragPath(a.ID, o.Programme.ID), PDFURL: FoerderantragPath(a.ID, o.Programme.ID) + ".pdf"}
		if app, ok := form.Antrag.Application(o.Programme.ID); ok {
			st := model.AntragStatus(app.Status)
			p.Status, p.StatusLabel, p.SubmittedAt, p.Note = &st, app.Status.Label(), &app.SubmittedAt, optString(app.Note)
			if app.DecidedBy != nil {
				p.DecidedAt = &app.DecidedAt
			}
		}
		out.Programmes = append(out.Programmes, p)
	}
	for _, k := range form.Known {
		out.Known = append(out.Known, &model.KnownFact{Label: k.Label, Value: k.Value})
	}
	for _, f := range form.Fields {
		out.Fields = append(out.Fields, &model.AntragField{Field: model.ApplicationField(f.Field), Label: f.Field.Label(),
			Value: optString(f.Value), Programmes: prog(f.Programmes)})
	}
	for _, d := range form.Documents {
		out.Documents = append(out.Documents, &model.AntragDocument{Name: d.Name, Programmes: prog(d.Programmes)})
	}
	return out, nil
}

// FoerderantragPath is where the printable form of request a's application to
// programme is served (HTML; ".pdf" appended: the PDF).
func FoerderantragPath(a, programme drehscheibe.ID) string {
	return "/foerderantraege/" + url.PathEscape(string(a)) + "/" + url.PathEscape(string(programme))
}

func toDomainAntrag(in model.SaveFoerderantragInput) drehscheibe.FoerderantragInput {
	return drehscheibe.FoerderantragInput{
		Answers: mapSlice(in.Answers, func(a *model.AntragAnswerInput) drehscheibe.AntragAnswer {
			return drehscheibe.AntragAnswer{Field: drehscheibe.ApplicationField(a.Field), Value: a.Value}
		}),
		Submit: ids(in.Submit),
	}
}

// modulFundingOptions is what the programmes would pay for Modul id at an institution
// for so many sessions and participants, for those who may ask for recommendations for
// it (nothing for others).
func (r *Resolver) modulFundingOptions(ctx context.Context, id, institution drehscheibe.ID, sessions, groupSize int) ([]*model.FundingOption, error) {
	if sessions < 1 || sessions > drehscheibe.MaxSessions || groupSize < 1 || groupSize > drehscheibe.MaxParticipants {
		return nil, badInput("sessions muss zwischen 1 und %d liegen, groupSize zwischen 1 und %d", drehscheibe.MaxSessions, drehscheibe.MaxParticipants)
	}
	v := r.view(ctx)
	m, okM := v.Modul(id)
	in, okI := v.Institution(institution)
	if !okM || !okI || v.Principal().MayRecommendFor(institution, v.CampusOf) != nil {
		return []*model.FundingOption{}, nil
	}
	snap := v.Snapshot()
	opts, _ := snap.FundingOptions(in, m, drehscheibe.TotalCostCent(m, sessions, groupSize), r.today())
	return mapSlice(opts, func(o drehscheibe.FundingOption) *model.FundingOption { return toModelFundingOption(o, snap) }), nil
}
