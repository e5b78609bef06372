package drehscheibe

import "slices"

// Kindercampus is a model site: an OGS Grundschule (the anchor) with the Kitas, youth
// centre and partners around it, coordinated by a Campus-Manager*in.
type Kindercampus struct {
	Meta
	// Name is unique, compared by NameKey.
	Name        string
	Description string
	QuartierID  ID
	// AnchorSchoolID is the Grundschule the campus is built around; it is always one
	// of InstitutionIDs.
	AnchorSchoolID ID
	InstitutionIDs []ID
	// Manager is the Campus-Manager*in (personal data).
	Manager Contact
	Budget  []BudgetLine
	// Ledger lists every booking against the budget lines, oldest first.
	Ledger []LedgerEntry
}

// BudgetLine is the yearly budget of a campus for one category, with what is
// committed to requests and spent of it.
type BudgetLine struct {
	Year          int
	Category      BudgetCategory
	AmountCent    int64
	CommittedCent int64
	SpentCent     int64
}

// RemainingCent is what is neither committed nor spent.
func (b BudgetLine) RemainingCent() int64 { return b.AmountCent - b.CommittedCent - b.SpentCent }

// Line returns the budget line of year and category.
func (k *Kindercampus) Line(year int, c BudgetCategory) (BudgetLine, bool) {
	for _, b := range k.Budget {
		if b.Year == year && b.Category == c {
			return b, true
		}
	}
	return BudgetLine{}, false
}

// MaxCampusInstitutions bounds the members of one campus.
const MaxCampusInstitutions = 50

// EntityKind implements Entity.
func (*Kindercampus) EntityKind() Kind { return KindKindercampus }

// Validate implements Entity.
func (k *Kindercampus) Validate() error { return validate(k) }

func (k *Kindercampus) clean() {
	k.Name = cleanText(k.Name)
	k.Description = cleanMultiline(k.Description)
	k.Manager.clean(DefaultCountry)
	ids := k.InstitutionIDs
	if k.AnchorSchoolID != "" {
		ids = append([]ID{k.AnchorSchoolID}, ids...)
	}
	k.InstitutionIDs = uniqueIDs(ids)
}

func (k *Kindercampus) check(p *problems) {
	p.checkName(path("name"), k.Name, MaxNameLength)
	p.checkText(path("description"), k.Description, false, MaxDescriptionLength, true)
	p.checkRef(path("quartierId"), k.QuartierID, KindQuartier, true)
	p.checkRef(path("anchorSchoolId"), k.AnchorSchoolID, KindInstitution, true)
	if len(k.InstitutionIDs) > MaxCampusInstitutions {
		p.add(path("institutionIds"), EINVALID, "Zu viele Einrichtungen (höchstens %d)", MaxCampusInstitutions)
	}
	for i, id := range k.InstitutionIDs {
		p.checkRef(path("institutionIds", itoa(i)), id, KindInstitution, true)
	}
	p.checkContact(path("manager"), k.Manager, DefaultCountry)
	seen := make(map[BudgetLine]bool, len(k.Budget))
	for i, b := range k.Budget {
		f := path("budget", itoa(i))
		if b.Year < 2000 || b.Year > 2100 {
			p.add(sub(f, "year"), EINVALID, "Jahr muss zwischen 2000 und 2100 liegen")
		}
		if !valid(b.Category, BudgetCategories) {
			p.add(sub(f, "category"), EINVALID, "Unbekannte Budgetkategorie")
		}
		if b.AmountCent < 0 || b.AmountCent > 100*MaxCostCent {
			p.add(sub(f, "amountCent"), EINVALID, "Betrag muss zwischen 0 und %d Cent liegen", int64(100*MaxCostCent))
		}
		if used := b.CommittedCent + b.SpentCent; b.AmountCent < used {
			p.add(sub(f, "amountCent"), EINVALID, "Der Betrag (%s) ist kleiner als schon zugesagt und ausgegeben (%s)", FormatEuro(b.AmountCent), FormatEuro(used))
		}
		key := BudgetLine{Year: b.Year, Category: b.Category}
		if seen[key] {
			p.add(f, EINVALID, "Für %d ist die Kategorie %s doppelt angegeben", b.Year, b.Category.Label())
		}
		seen[key] = true
	}
}

func (k *Kindercampus) refs() []ref {
	out := []ref{{path("quartierId"), k.QuartierID, KindQuartier}, {path("anchorSchoolId"), k.AnchorSchoolID, KindInstitution}}
	for i, id := range k.InstitutionIDs {
		if id != k.AnchorSchoolID {
			out = append(out, ref{path("institutionIds", itoa(i)), id, KindInstitution})
		}
	}
	return out
}

// KindercampusPatch changes some fields of a Kindercampus.
type KindercampusPatch struct {
	Name           Update[string]
	Description    Update[string]
	QuartierID     Update[ID]
	AnchorSchoolID Update[ID]
	InstitutionIDs Update[[]ID]
	Manager        Update[Contact]
	Budget         Update[[]BudgetLine]
}

func (pt KindercampusPatch) apply(k *Kindercampus) {
	pt.Name.apply(&k.Name)
	pt.Description.apply(&k.Description)
	pt.QuartierID.apply(&k.QuartierID)
	pt.AnchorSchoolID.apply(&k.AnchorSchoolID)
	pt.InstitutionIDs.apply(&k.InstitutionIDs)
	pt.Manager.apply(&k.Manager)
	if pt.Budget.Set {
		k.Budget = mergeLines(k.Budget, pt.Budget.Value)
	}
}

// BudgetCategory is a line of the Kindercampus budget (Drucksache 24046-22).
type BudgetCategory string

// The budget categories.
const (
	BudgetProzessbegleitung BudgetCategory = "PROZESSBEGLEITUNG_EVALUATION"
	BudgetProjekte          BudgetCategory = "PROJEKTE"
	BudgetFortbildungen     BudgetCategory = "FORTBILDUNGEN"
	BudgetMaterialien       BudgetCategory = "MATERIALIEN"
	BudgetVeranstaltungen   BudgetCategory = "VERANSTALTUNGEN"
)

// BudgetCategories lists the categories in the order of the council paper.
var BudgetCategories = []BudgetCategory{BudgetProzessbegleitung, BudgetProjekte, BudgetFortbildungen, BudgetMaterialien, BudgetVeranstaltungen}

var budgetCategoryLabels = map[BudgetCategory]string{
	BudgetProzessbegleitung: "Prozessbegleitung/Moderation und Evaluation",
	BudgetProjekte:          "Projekte",
	BudgetFortbildungen:     "Fortbildungen",
	BudgetMaterialien:       "Materialien",
	BudgetVeranstaltungen:   "Veranstaltungen",
}

// Label returns the German name of the category.
func (c BudgetCategory) Label() string { return label(c, budgetCategoryLabels) }

// mergeLines sets the amounts of the lines given, keeping what is committed and spent
// of each; a line no longer given goes unless money is booked on it.
func mergeLines(cur, lines []BudgetLine) []BudgetLine {
	out := make([]BudgetLine, 0, len(lines))
	for _, l := range lines {
		if c, ok := (&Kindercampus{Budget: cur}).Line(l.Year, l.Category); ok {
			l.CommittedCent, l.SpentCent = c.CommittedCent, c.SpentCent
		} else {
			l.CommittedCent, l.SpentCent = 0, 0
		}
		out = append(out, l)
	}
	for _, c := range cur {
		if (c.CommittedCent != 0 || c.SpentCent != 0) && !slices.ContainsFunc(out, func(l BudgetLine) bool { return l.Year == c.Year && l.Category == c.Category }) {
			out = append(out, c)
		}
	}
	return out
}
