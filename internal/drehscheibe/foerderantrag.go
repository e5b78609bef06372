// One simple application for funding ("Förderantrag"): for a request, every programme
// that would pay, what the service already knows, and only what is still missing —
// the union of the programmes' questions, each asked once. One set of answers makes a
// printable form per programme; the Servicestelle decides per programme.

package drehscheibe

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Foerderantrag is what an institution has answered and which programmes it applied
// to.
type Foerderantrag struct {
	Answers      []AntragAnswer
	Applications []ProgrammeApplication
}

// AntragAnswer is the answer to one application field.
type AntragAnswer struct {
	Field ApplicationField
	Value string
}

// ProgrammeApplication is the application to one programme and its decision.
type ProgrammeApplication struct {
	ProgrammeID ID
	Status      AntragStatus
	SubmittedAt time.Time
	SubmittedBy Actor
	// DecidedAt, DecidedBy and Note are set once the Servicestelle decided.
	DecidedAt time.Time
	DecidedBy *Actor
	Note      string
}

// AntragStatus is where an application to one programme stands.
type AntragStatus string

// The application states.
const (
	AntragSubmitted AntragStatus = "SUBMITTED"
	AntragApproved  AntragStatus = "APPROVED"
	AntragRejected  AntragStatus = "REJECTED"
)

var antragStatusLabels = map[AntragStatus]string{AntragSubmitted: "eingereicht", AntragApproved: "bewilligt", AntragRejected: "abgelehnt"}

// Label returns the German name of the state.
func (a AntragStatus) Label() string { return label(a, antragStatusLabels) }

// Answer returns the answer to field f ("" when none).
func (fa *Foerderantrag) Answer(f ApplicationField) string {
	if fa == nil {
		return ""
	}
	for _, a := range fa.Answers {
		if a.Field == f {
			return a.Value
		}
	}
	return ""
}

// Application returns the application to programme id.
func (fa *Foerderantrag) Application(id ID) (ProgrammeApplication, bool) {
	if fa == nil {
		return ProgrammeApplication{}, false
	}
	i := slices.IndexFunc(fa.Applications, func(a ProgrammeApplication) bool { return a.ProgrammeID == id })
	if i < 0 {
		return ProgrammeApplication{}, false
	}
	return fa.Applications[i], true
}

// MaxAnswerLength bounds one answer.
const MaxAnswerLength = 4000

// AntragForm is the application as it is shown: the programmes that would pay, what
// is known, what each field asks (with the answer given), each once, and which
// documents to attach.
type AntragForm struct {
	// Anfrage is the request applied for, Institution the applicant.
	Anfrage     *Anfrage
	Institution *Institution
	Options     []FundingOption
	Known       []KnownFact
	Fields      []AntragField
	Documents   []AntragDocument
	Antrag      *Foerderantrag
}

// KnownFact is something the service fills in itself.
type KnownFact struct {
	Label string
	Value string
}

// AntragField is one question of the application: asked once for every programme
// that needs it.
type AntragField struct {
	Field      ApplicationField
	Value      string
	Programmes []ID
}

// AntragDocument is a document to attach, named once for every programme that wants
// it.
type AntragDocument struct {
	Name       string
	Programmes []ID
}

// Missing lists the fields without an answer.
func (f AntragForm) Missing() []ApplicationField {
	var out []ApplicationField
	for _, fl := range f.Fields {
		if fl.Value == "" {
			out = append(out, fl.Field)
		}
	}
	return out
}

// FoerderantragOf returns the application form of request id for those who may see
// its money: its institution side and the Servicestelle. ENOTFOUND, EFORBIDDEN.
func (s *Service) FoerderantragOf(ctx context.Context, id ID) (AntragForm, error) {
	p := PrincipalFrom(ctx)
	a, err := s.Anfrage(ctx, id)
	if err != nil {
		return AntragForm{}, err
	}
	if err := s.mayApplyFor(p, a); err != nil {
		return AntragForm{}, err
	}
	return s.antragForm(a)
}

// mayApplyFor allows the request's institution side (the institution, its campus
// management) and the Servicestelle.
func (s *Service) mayApplyFor(p Principal, a *Anfrage) error {
	if p.all() || p.ActsFor(a.InstitutionID, s.catalog.CampusOf) {
		return nil
	}
	return &Error{Code: EFORBIDDEN, Message: "Keine Berechtigung: den Förderantrag stellt die Einrichtung oder ihr Campus-Management"}
}

// antragForm puts the form of request a together.
func (s *Service) antragForm(a *Anfrage) (AntragForm, error) {
	m, in, q, err := s.requestParts(a)
	if err != nil {
		return AntragForm{}, err
	}
	total := TotalCostCent(m, a.Sessions, a.GroupSize)
	opts, _ := FundingOptions(s.catalog.Programmes(), FundingContext{Institution: in, Quartier: q, Modul: m, CostCent: total,
		Year: budgetYear(a), Today: s.today()})
	// programmes applied to stay on the form even when they would no longer pay
	for _, app := range a.Antrag.applications() {
		if !slices.ContainsFunc(opts, func(o FundingOption) bool { return o.Programme.ID == app.ProgrammeID }) {
			if e, ok := s.catalog.Lookup(app.ProgrammeID); ok {
				opts = append(opts, FundingOption{Programme: e.(*Foerderprogramm), RemainingCent: total})
			}
		}
	}
	f := AntragForm{Anfrage: a, Institution: in, Options: opts, Antrag: a.Antrag, Known: s.knownFacts(a, m, in, q, total)}
	for _, field := range ApplicationFields {
		var by []ID
		for _, o := range opts {
			if slices.Contains(o.Programme.RequiredFields, field) {
				by = append(by, o.Programme.ID)
			}
		}
		if len(by) > 0 {
			f.Fields = append(f.Fields, AntragField{Field: field, Value: a.Antrag.Answer(field), Programmes: by})
		}
	}
	for _, o := range opts {
		for _, d := range o.Programme.RequiredDocuments {
			i := slices.IndexFunc(f.Documents, func(x AntragDocument) bool { return fold.String(x.Name) == fold.String(d) })
			if i < 0 {
				f.Documents = append(f.Documents, AntragDocument{Name: d})
				i = len(f.Documents) - 1
			}
			f.Documents[i].Programmes = append(f.Documents[i].Programmes, o.Programme.ID)
		}
	}
	return f, nil
}

func (fa *Foerderantrag) applications() []ProgrammeApplication {
	if fa == nil {
		return nil
	}
	return fa.Applications
}

// requestParts returns the Modul, institution and Quartier (nil when unknown) of a.
func (s *Service) requestParts(a *Anfrage) (*Modul, *Institution, *Quartier, error) {
	me, ok := s.catalog.Lookup(a.ModulID)
	ie, ok2 := s.catalog.Lookup(a.InstitutionID)
	if !ok || !ok2 {
		return nil, nil, nil, Errorf(ENOTFOUND, "Modul oder Einrichtung der Anfrage nicht gefunden")
	}
	in := ie.(*Institution)
	var q *Quartier
	if e, ok := s.catalog.Lookup(in.QuartierID); ok {
		q = e.(*Quartier)
	}
	return me.(*Modul), in, q, nil
}

// knownFacts are what the service fills into every form.
func (s *Service) knownFacts(a *Anfrage, m *Modul, in *Institution, q *Quartier, total int64) []KnownFact {
	partner := ""
	if e, ok := s.catalog.Lookup(m.PartnerID); ok {
		partner = e.(*Partner).Name
	}
	facts := []KnownFact{
		{"Einrichtung", in.Name + " (" + in.Type.Label() + ")"},
		{"Träger", in.Traeger},
		{"Anschrift", in.Address.String()},
		{"Angebot (Modul)", m.Title + " — " + m.Theme.Label()},
		{"Kooperationspartner", partner},
		{"Zeitraum", periodText(a.Period)},
		{"Termine", fmt.Sprintf("%d Termine, Gruppe von %d", a.Sessions, a.GroupSize)},
		{"Gesamtkosten", FormatEuro(total)},
		{"Ansprechperson der Einrichtung", a.Contact.Name},
	}
	if q != nil {
		sozial := "nein"
		if q.SozialeStadt {
			sozial = "ja"
		}
		facts = append(facts, KnownFact{"Quartier", q.Name + " (" + q.Stadtbezirk + ")"},
			KnownFact{"Aktionsraum Soziale Stadt", sozial},
			KnownFact{"Priorität des Quartiers (0–1)", fmt.Sprintf("%.2f", q.Priority())})
	}
	if k := s.catalog.CampusOf(in.ID); k != "" {
		if e, ok := s.catalog.Lookup(k); ok {
			facts = append(facts, KnownFact{"Kindercampus", e.(*Kindercampus).Name})
		}
	}
	return slices.DeleteFunc(facts, func(f KnownFact) bool { return f.Value == "" })
}

// FoerderantragInput is an institution's answers and the programmes it applies to.
type FoerderantragInput struct {
	Answers []AntragAnswer
	// Submit lists the programmes to apply to now (already decided ones stay as they
	// are).
	Submit []ID
}

// SaveFoerderantrag stores the answers of request id's application (answers given
// replace earlier ones; an empty answer removes one) and applies to the programmes in
// Submit: each must pay for this request, and every field it asks for must be
// answered. EINVALID (naming the first missing field), EFORBIDDEN, ENOTFOUND,
// ECONFLICT.
func (s *Service) SaveFoerderantrag(ctx context.Context, id ID, version int64, in FoerderantragInput) (*Anfrage, error) {
	return update(ctx, s, OpSaveFoerderantrag, id, version, func(p Principal, a *Anfrage) error {
		if err := s.mayApplyFor(p, a); err != nil {
			return err
		}
		if a.Status != AnfrageRequested && a.Status != AnfrageAccepted && a.Status != AnfrageAgreed {
			return invalidTransition(a, "einen Förderantrag bekommen (nur laufende Anfragen)")
		}
		fa := &Foerderantrag{}
		if a.Antrag != nil {
			fa.Answers = slices.Clone(a.Antrag.Answers)
			fa.Applications = slices.Clone(a.Antrag.Applications)
		}
		var pr problems
		for i, ans := range in.Answers {
			fp := path("answers", itoa(i))
			ans.Value = cleanMultiline(ans.Value)
			if !valid(ans.Field, ApplicationFields) {
				pr.add(sub(fp, "field"), EINVALID, "Unbekanntes Antragsfeld")
				continue
			}
			pr.checkText(sub(fp, "value"), ans.Value, false, MaxAnswerLength, true)
			fa.Answers = slices.DeleteFunc(fa.Answers, func(x AntragAnswer) bool { return x.Field == ans.Field })
			if ans.Value != "" {
				fa.Answers = append(fa.Answers, ans)
			}
		}
		if err := pr.err(); err != nil {
			return err
		}
		a.Antrag = fa
		form, err := s.antragForm(a)
		if err != nil {
			return err
		}
		now := s.clock()
		for i, pid := range in.Submit {
			field := path("submit", itoa(i))
			oi := slices.IndexFunc(form.Options, func(o FundingOption) bool { return o.Programme.ID == pid })
			if oi < 0 || form.Options[oi].CoveredCent == 0 {
				return FieldErrorf(EINVALID, field, "Dieses Förderprogramm kommt für die Anfrage nicht in Frage")
			}
			fp := form.Options[oi].Programme
			for _, f := range fp.RequiredFields {
				if fa.Answer(f) == "" {
					return FieldErrorf(EINVALID, path("answers"), "Für %s fehlt noch: %s", fp.Name, f.Label())
				}
			}
			if app, ok := fa.Application(pid); ok && app.Status != AntragRejected {
				continue
			}
			fa.Applications = slices.DeleteFunc(fa.Applications, func(x ProgrammeApplication) bool { return x.ProgrammeID == pid })
			fa.Applications = append(fa.Applications, ProgrammeApplication{ProgrammeID: pid, Status: AntragSubmitted, SubmittedAt: now, SubmittedBy: ActorOf(p)})
		}
		return nil
	})
}

// DecideFoerderantrag records the Servicestelle's decision on request id's
// application to programme. EINVALID (not applied, or decided already), ENOTFOUND,
// ECONFLICT, EFORBIDDEN.
func (s *Service) DecideFoerderantrag(ctx context.Context, id ID, version int64, programme ID, approve bool, note string) (*Anfrage, error) {
	return update(ctx, s, OpDecideFoerderantrag, id, version, func(p Principal, a *Anfrage) error {
		note = cleanMultiline(note)
		var pr problems
		pr.checkText(path("note"), note, false, MaxAnswerLength, true)
		if err := pr.err(); err != nil {
			return err
		}
		app, ok := a.Antrag.Application(programme)
		switch {
		case !ok:
			return FieldErrorf(EINVALID, path("programmeId"), "Für dieses Förderprogramm liegt kein Antrag vor")
		case app.Status != AntragSubmitted:
			return FieldErrorf(EINVALID, path("programmeId"), "Über diesen Antrag ist bereits entschieden (%s)", app.Status.Label())
		case !approve && note == "":
			return FieldErrorf(EINVALID, path("note"), "Bitte die Ablehnung begründen")
		}
		fa := &Foerderantrag{Answers: a.Antrag.Answers, Applications: slices.Clone(a.Antrag.Applications)}
		i := slices.IndexFunc(fa.Applications, func(x ProgrammeApplication) bool { return x.ProgrammeID == programme })
		by := ActorOf(p)
		fa.Applications[i].Status, fa.Applications[i].DecidedAt, fa.Applications[i].DecidedBy, fa.Applications[i].Note = AntragRejected, s.clock(), &by, note
		if approve {
			fa.Applications[i].Status = AntragApproved
		}
		a.Antrag = fa
		return nil
	})
}
