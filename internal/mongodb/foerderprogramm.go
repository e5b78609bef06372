package mongodb

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

type foerderprogrammDoc struct {
	Meta              metaDoc         `bson:",inline"`
	Name              string          `bson:"name"`
	NameKey           string          `bson:"nameKey"`
	Provider          string          `bson:"provider"`
	Description       string          `bson:"description,omitempty"`
	Link              string          `bson:"link,omitempty"`
	Years             []programmeYear `bson:"years,omitempty"`
	Eligibility       eligibilityDoc  `bson:"eligibility"`
	From              string          `bson:"from,omitempty"`
	To                string          `bson:"to,omitempty"`
	RequiredFields    []string        `bson:"requiredFields,omitempty"`
	RequiredDocuments []string        `bson:"requiredDocuments,omitempty"`
	Ledger            []ledgerDoc     `bson:"ledger,omitempty"`
}

type programmeYear struct {
	Year          int   `bson:"year"`
	BudgetCent    int64 `bson:"budgetCent"`
	CommittedCent int64 `bson:"committedCent"`
	SpentCent     int64 `bson:"spentCent"`
	UsedCent      int64 `bson:"usedCent"` // derived: committed + spent (funds.go)
}

type eligibilityDoc struct {
	Themes            []string  `bson:"themes,omitempty"`
	InstitutionTypes  []string  `bson:"institutionTypes,omitempty"`
	QuartierIDs       []string  `bson:"quartierIds,omitempty"`
	OnlySozialeStadt  bool      `bson:"onlySozialeStadt,omitempty"`
	MinPriority       float64   `bson:"minPriority,omitempty"`
	Ages              *rangeDoc `bson:"ages,omitempty"`
	MaxPerAnfrageCent int64     `bson:"maxPerAnfrageCent,omitempty"`
	MaxSharePct       int       `bson:"maxSharePct"`
	CoFundingRequired bool      `bson:"coFundingRequired,omitempty"`
}

func toFoerderprogrammDoc(f *drehscheibe.Foerderprogramm) *foerderprogrammDoc {
	e := f.Eligibility
	d := &foerderprogrammDoc{
		Meta: toMetaDoc(f.Meta), Name: f.Name, NameKey: nameKey(f.Name), Provider: string(f.Provider), Description: f.Description,
		Link: f.Link, From: toDateDoc(f.Window.From), To: toDateDoc(f.Window.To), RequiredFields: toStrings(f.RequiredFields),
		RequiredDocuments: f.RequiredDocuments, Ledger: toLedgerDocs(f.Ledger),
		Eligibility: eligibilityDoc{Themes: toStrings(e.Themes), InstitutionTypes: toStrings(e.InstitutionTypes), QuartierIDs: toStrings(e.QuartierIDs),
			OnlySozialeStadt: e.OnlySozialeStadt, MinPriority: e.MinPriority, MaxPerAnfrageCent: e.MaxPerAnfrageCent,
			MaxSharePct: e.MaxSharePct, CoFundingRequired: e.CoFundingRequired},
	}
	if e.Ages != nil {
		r := rangeDoc(*e.Ages)
		d.Eligibility.Ages = &r
	}
	for _, y := range f.Years {
		d.Years = append(d.Years, programmeYear{Year: y.Year, BudgetCent: y.BudgetCent, CommittedCent: y.CommittedCent,
			SpentCent: y.SpentCent, UsedCent: y.CommittedCent + y.SpentCent})
	}
	return d
}

func fromFoerderprogrammDoc(d *foerderprogrammDoc) *drehscheibe.Foerderprogramm {
	e := d.Eligibility
	f := &drehscheibe.Foerderprogramm{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Provider: drehscheibe.ProgrammeProvider(d.Provider), Description: d.Description,
		Link: d.Link, Window: drehscheibe.Period{From: fromDateDoc(d.From), To: fromDateDoc(d.To)},
		RequiredFields: fromStrings[drehscheibe.ApplicationField](d.RequiredFields), RequiredDocuments: d.RequiredDocuments,
		Ledger: fromLedgerDocs(d.Ledger),
		Eligibility: drehscheibe.Eligibility{Themes: fromStrings[drehscheibe.Theme](e.Themes),
			InstitutionTypes: fromStrings[drehscheibe.InstitutionType](e.InstitutionTypes), QuartierIDs: fromStrings[drehscheibe.ID](e.QuartierIDs),
			OnlySozialeStadt: e.OnlySozialeStadt, MinPriority: e.MinPriority, MaxPerAnfrageCent: e.MaxPerAnfrageCent,
			MaxSharePct: e.MaxSharePct, CoFundingRequired: e.CoFundingRequired},
	}
	if e.Ages != nil {
		a := drehscheibe.AgeRange(*e.Ages)
		f.Eligibility.Ages = &a
	}
	for _, y := range d.Years {
		f.Years = append(f.Years, drehscheibe.ProgrammeYear{Year: y.Year, BudgetCent: y.BudgetCent, CommittedCent: y.CommittedCent, SpentCent: y.SpentCent})
	}
	return f
}
