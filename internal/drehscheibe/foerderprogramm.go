package drehscheibe

import "slices"

// Foerderprogramm is a funding programme that can pay for Module: of the Land, the
// Bund, the city, a foundation … with a budget per year and the rules who and what it
// funds. Its ledger records every commitment and payment against it.
type Foerderprogramm struct {
	Meta
	Name        string
	Provider    ProgrammeProvider
	Description string
	Link        string
	// Years are the budgets per year, with what is committed and spent of them.
	Years []ProgrammeYear
	// Eligibility says who and what it funds and how much.
	Eligibility Eligibility
	// Window is when applications are accepted (zero ends: open).
	Window Period
	// RequiredFields are what an application to it must say, beyond what the service
	// knows; RequiredDocuments what must be attached.
	RequiredFields    []ApplicationField
	RequiredDocuments []string
	// Ledger lists every booking against its budgets, oldest first.
	Ledger []LedgerEntry
}

// ProgrammeYear is a programme's budget for one year.
type ProgrammeYear struct {
	Year          int
	BudgetCent    int64
	CommittedCent int64
	SpentCent     int64
}

// RemainingCent is what is neither committed nor spent.
func (y ProgrammeYear) RemainingCent() int64 { return y.BudgetCent - y.CommittedCent - y.SpentCent }

// ProgrammeProvider is who gives a programme's money.
type ProgrammeProvider string

// The providers.
const (
	ProviderLand     ProgrammeProvider = "LAND"
	ProviderBund     ProgrammeProvider = "BUND"
	ProviderEU       ProgrammeProvider = "EU"
	ProviderStadt    ProgrammeProvider = "STADT"
	ProviderStiftung ProgrammeProvider = "STIFTUNG"
	ProviderSonstige ProgrammeProvider = "SONSTIGE"
)

// ProgrammeProviders lists every provider.
var ProgrammeProviders = []ProgrammeProvider{ProviderLand, ProviderBund, ProviderEU, ProviderStadt, ProviderStiftung, ProviderSonstige}

var providerLabels = map[ProgrammeProvider]string{
	ProviderLand: "Land NRW", ProviderBund: "Bund", ProviderEU: "Europäische Union", ProviderStadt: "Stadt Dortmund",
	ProviderStiftung: "Stiftung", ProviderSonstige: "sonstige",
}

// Label returns the German name of the provider.
func (p ProgrammeProvider) Label() string { return label(p, providerLabels) }

// Eligibility are a programme's rules. Empty lists do not restrict.
type Eligibility struct {
	Themes           []Theme
	InstitutionTypes []InstitutionType
	// QuartierIDs restricts to these Quartiere; OnlySozialeStadt to Aktionsräume
	// Soziale Stadt; MinPriority to Quartiere with at least this priority (0: none).
	QuartierIDs      []ID
	OnlySozialeStadt bool
	MinPriority      float64
	// Ages restricts to Module whose ages overlap it (nil: any).
	Ages *AgeRange
	// MaxPerAnfrageCent caps what it pays for one request (0: no cap); MaxSharePct is
	// the largest share of the costs it pays (1–100).
	MaxPerAnfrageCent int64
	MaxSharePct       int
	// CoFundingRequired: the institution (or its campus) must pay the rest itself.
	CoFundingRequired bool
}

// ApplicationField is something an application must say that the service does not
// know.
type ApplicationField string

// The fields an application may ask for.
const (
	FieldKonzept        ApplicationField = "KONZEPT"
	FieldZiele          ApplicationField = "ZIELE"
	FieldZielgruppe     ApplicationField = "ZIELGRUPPE"
	FieldEigenanteil    ApplicationField = "EIGENANTEIL"
	FieldKooperation    ApplicationField = "KOOPERATION"
	FieldNachhaltigkeit ApplicationField = "NACHHALTIGKEIT"
	FieldBankverbindung ApplicationField = "BANKVERBINDUNG"
	FieldAnsprechperson ApplicationField = "ANSPRECHPERSON_TRAEGER"
)

// ApplicationFields lists every field in the order a form asks for them.
var ApplicationFields = []ApplicationField{FieldKonzept, FieldZiele, FieldZielgruppe, FieldKooperation, FieldEigenanteil,
	FieldNachhaltigkeit, FieldAnsprechperson, FieldBankverbindung}

var applicationFieldLabels = map[ApplicationField]string{
	FieldKonzept:        "Kurzbeschreibung des Vorhabens (Konzept)",
	FieldZiele:          "Ziele und erwartete Wirkung",
	FieldZielgruppe:     "Zielgruppe und Zugang (ohne Daten einzelner Kinder)",
	FieldKooperation:    "Rolle der Kooperationspartner",
	FieldEigenanteil:    "Erklärung zum Eigenanteil",
	FieldNachhaltigkeit: "Verstetigung nach Ende der Förderung",
	FieldAnsprechperson: "Ansprechperson beim Träger",
	FieldBankverbindung: "Bankverbindung des Trägers (IBAN)",
}

// Label returns the German question of the field.
func (f ApplicationField) Label() string { return label(f, applicationFieldLabels) }

// Limits of a programme.
const (
	MaxProgrammeYears = 20
	MaxDocuments      = 20
)

// EntityKind implements Entity.
func (*Foerderprogramm) EntityKind() Kind { return KindFoerderprogramm }

// Validate implements Entity.
func (f *Foerderprogramm) Validate() error { return validate(f) }

func (f *Foerderprogramm) clean() {
	f.Name = cleanText(f.Name)
	f.Description = cleanMultiline(f.Description)
	f.Link = cleanText(f.Link)
	f.RequiredDocuments = cleanList(f.RequiredDocuments)
	f.RequiredFields = slices.Compact(slices.Clone(f.RequiredFields))
	f.Eligibility.QuartierIDs = uniqueIDs(f.Eligibility.QuartierIDs)
	if f.Eligibility.MaxSharePct == 0 {
		f.Eligibility.MaxSharePct = 100
	}
	slices.SortFunc(f.Years, func(a, b ProgrammeYear) int { return a.Year - b.Year })
}

func (f *Foerderprogramm) check(p *problems) {
	p.checkName(path("name"), f.Name, MaxNameLength)
	if !valid(f.Provider, ProgrammeProviders) {
		p.add(path("provider"), EINVALID, "Unbekannter Geldgeber")
	}
	p.checkText(path("description"), f.Description, false, MaxDescriptionLength, true)
	p.checkURL(path("link"), f.Link)
	if len(f.Years) > MaxProgrammeYears {
		p.add(path("years"), EINVALID, "Höchstens %d Jahre", MaxProgrammeYears)
	}
	for i, y := range f.Years {
		fp := path("years", itoa(i))
		if y.Year < 2000 || y.Year > 2100 {
			p.add(sub(fp, "year"), EINVALID, "Jahr muss zwischen 2000 und 2100 liegen")
		}
		if i > 0 && f.Years[i-1].Year == y.Year {
			p.add(sub(fp, "year"), EINVALID, "Das Jahr %d ist doppelt angegeben", y.Year)
		}
		if y.BudgetCent < 0 || y.BudgetCent > 1000*MaxCostCent {
			p.add(sub(fp, "budgetCent"), EINVALID, "Budget muss zwischen 0 und %d Cent liegen", int64(1000*MaxCostCent))
		}
		if used := y.CommittedCent + y.SpentCent; y.BudgetCent < used {
			p.add(sub(fp, "budgetCent"), EINVALID, "Das Budget %d (%s) ist kleiner als schon zugesagt und ausgegeben (%s)",
				y.Year, FormatEuro(y.BudgetCent), FormatEuro(used))
		}
	}
	e := f.Eligibility
	checkEnums(p, path("eligibility", "themes"), e.Themes, Themes)
	checkEnums(p, path("eligibility", "institutionTypes"), e.InstitutionTypes, InstitutionTypes)
	for i, id := range e.QuartierIDs {
		p.checkRef(path("eligibility", "quartierIds", itoa(i)), id, KindQuartier, true)
	}
	if e.MinPriority < 0 || e.MinPriority > 1 {
		p.add(path("eligibility", "minPriority"), EINVALID, "Mindest-Priorität muss zwischen 0 und 1 liegen")
	}
	if e.Ages != nil {
		p.checkAgeRange(path("eligibility", "ages"), *e.Ages)
	}
	if e.MaxPerAnfrageCent < 0 || e.MaxPerAnfrageCent > MaxCostCent {
		p.add(path("eligibility", "maxPerAnfrageCent"), EINVALID, "Höchstbetrag muss zwischen 0 und %d Cent liegen", int64(MaxCostCent))
	}
	if e.MaxSharePct < 1 || e.MaxSharePct > 100 {
		p.add(path("eligibility", "maxSharePct"), EINVALID, "Förderquote muss zwischen 1 und 100 %% liegen")
	}
	if e.CoFundingRequired && e.MaxSharePct == 100 {
		p.add(path("eligibility", "maxSharePct"), EINVALID, "Mit Eigenanteil muss die Förderquote unter 100 %% liegen")
	}
	p.checkPeriod(path("window"), f.Window)
	checkEnums(p, path("requiredFields"), f.RequiredFields, ApplicationFields)
	p.checkList(path("requiredDocuments"), f.RequiredDocuments, MaxDocuments, MaxShortTextLength)
}

func (f *Foerderprogramm) refs() []ref {
	out := make([]ref, 0, len(f.Eligibility.QuartierIDs))
	for i, id := range f.Eligibility.QuartierIDs {
		out = append(out, ref{path("eligibility", "quartierIds", itoa(i)), id, KindQuartier})
	}
	return out
}

// Year returns the budget of year y.
func (f *Foerderprogramm) Year(y int) (ProgrammeYear, bool) {
	for _, py := range f.Years {
		if py.Year == y {
			return py, true
		}
	}
	return ProgrammeYear{}, false
}

// FoerderprogrammPatch changes some fields of a programme. The years' budgets change
// by year; what is committed and spent stays.
type FoerderprogrammPatch struct {
	Name              Update[string]
	Provider          Update[ProgrammeProvider]
	Description       Update[string]
	Link              Update[string]
	Budgets           Update[[]ProgrammeYear]
	Eligibility       Update[Eligibility]
	Window            Update[Period]
	RequiredFields    Update[[]ApplicationField]
	RequiredDocuments Update[[]string]
}

func (pt FoerderprogrammPatch) apply(f *Foerderprogramm) {
	pt.Name.apply(&f.Name)
	pt.Provider.apply(&f.Provider)
	pt.Description.apply(&f.Description)
	pt.Link.apply(&f.Link)
	pt.Eligibility.apply(&f.Eligibility)
	pt.Window.apply(&f.Window)
	pt.RequiredFields.apply(&f.RequiredFields)
	pt.RequiredDocuments.apply(&f.RequiredDocuments)
	if pt.Budgets.Set {
		f.Years = mergeBudgets(f.Years, pt.Budgets.Value)
	}
}

// mergeBudgets sets the budgets of the years given, keeping what is committed and
// spent of each; a year not given keeps its budget.
func mergeBudgets(cur, budgets []ProgrammeYear) []ProgrammeYear {
	out := slices.Clone(cur)
	for _, b := range budgets {
		i := slices.IndexFunc(out, func(y ProgrammeYear) bool { return y.Year == b.Year })
		if i < 0 {
			out = append(out, ProgrammeYear{Year: b.Year, BudgetCent: b.BudgetCent})
			continue
		}
		out[i].BudgetCent = b.BudgetCent
	}
	return out
}
