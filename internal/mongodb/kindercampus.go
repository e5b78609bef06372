package mongodb

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

type kindercampusDoc struct {
	Meta           metaDoc         `bson:",inline"`
	Name           string          `bson:"name"`
	NameKey        string          `bson:"nameKey"`
	Description    string          `bson:"description,omitempty"`
	QuartierID     string          `bson:"quartierId"`
	AnchorSchoolID string          `bson:"anchorSchoolId"`
	InstitutionIDs []string        `bson:"institutionIds"`
	Manager        contactDoc      `bson:"manager"`
	Budget         []budgetLineDoc `bson:"budget,omitempty"`
	Ledger         []ledgerDoc     `bson:"ledger,omitempty"`
}

type budgetLineDoc struct {
	Year          int    `bson:"year"`
	Category      string `bson:"category"`
	AmountCent    int64  `bson:"amountCent"`
	CommittedCent int64  `bson:"committedCent"`
	SpentCent     int64  `bson:"spentCent"`
	UsedCent      int64  `bson:"usedCent"` // derived: committed + spent (funds.go)
}

func toKindercampusDoc(k *drehscheibe.Kindercampus) *kindercampusDoc {
	budget := make([]budgetLineDoc, len(k.Budget))
	for i, b := range k.Budget {
		budget[i] = budgetLineDoc{Year: b.Year, Category: string(b.Category), AmountCent: b.AmountCent, CommittedCent: b.CommittedCent,
			SpentCent: b.SpentCent, UsedCent: b.CommittedCent + b.SpentCent}
	}
	return &kindercampusDoc{
		Meta: toMetaDoc(k.Meta), Name: k.Name, NameKey: nameKey(k.Name), Description: k.Description,
		QuartierID: string(k.QuartierID), AnchorSchoolID: string(k.AnchorSchoolID),
		InstitutionIDs: toStrings(k.InstitutionIDs), Manager: toContactDoc(k.Manager), Budget: budget, Ledger: toLedgerDocs(k.Ledger),
	}
}

func fromKindercampusDoc(d *kindercampusDoc) *drehscheibe.Kindercampus {
	var budget []drehscheibe.BudgetLine
	for _, b := range d.Budget {
		budget = append(budget, drehscheibe.BudgetLine{Year: b.Year, Category: drehscheibe.BudgetCategory(b.Category), AmountCent: b.AmountCent,
			CommittedCent: b.CommittedCent, SpentCent: b.SpentCent})
	}
	return &drehscheibe.Kindercampus{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Description: d.Description,
		QuartierID: drehscheibe.ID(d.QuartierID), AnchorSchoolID: drehscheibe.ID(d.AnchorSchoolID),
		InstitutionIDs: fromStrings[drehscheibe.ID](d.InstitutionIDs), Manager: fromContactDoc(d.Manager), Budget: budget,
		Ledger: fromLedgerDocs(d.Ledger),
	}
}
