package mongodb

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Budgets (a programme's years, a campus's lines) are stored with usedCent, committed
// + spent, so that a filter can say "still within the budget" as a plain comparison;
// it is derived and never read back.

type ledgerDoc struct {
	ID             string    `bson:"id"`
	At             time.Time `bson:"at"`
	Kind           string    `bson:"kind"`
	Year           int       `bson:"year"`
	Category       string    `bson:"category,omitempty"`
	AnfrageID      string    `bson:"anfrageId"`
	CommittedCent  int64     `bson:"committedCent"`
	SpentCent      int64     `bson:"spentCent"`
	InstitutionID  string    `bson:"institutionId"`
	KindercampusID string    `bson:"kindercampusId,omitempty"`
	QuartierID     string    `bson:"quartierId,omitempty"`
	SozialeStadt   bool      `bson:"sozialeStadt,omitempty"`
	Theme          string    `bson:"theme,omitempty"`
	By             actorDoc  `bson:"by"`
}

func toLedgerDocs(es []drehscheibe.LedgerEntry) []ledgerDoc {
	out := make([]ledgerDoc, len(es))
	for i, e := range es {
		out[i] = toLedgerDoc(e)
	}
	return out
}

func toLedgerDoc(e drehscheibe.LedgerEntry) ledgerDoc {
	return ledgerDoc{ID: string(e.ID), At: e.At, Kind: string(e.Kind), Year: e.Year, Category: string(e.Category),
		AnfrageID: string(e.AnfrageID), CommittedCent: e.CommittedCent, SpentCent: e.SpentCent, InstitutionID: string(e.InstitutionID),
		KindercampusID: string(e.KindercampusID), QuartierID: string(e.QuartierID), SozialeStadt: e.SozialeStadt,
		Theme: string(e.Theme), By: toActorDoc(e.By)}
}

func fromLedgerDocs(ds []ledgerDoc) []drehscheibe.LedgerEntry {
	if len(ds) == 0 {
		return nil
	}
	out := make([]drehscheibe.LedgerEntry, len(ds))
	for i, d := range ds {
		out[i] = drehscheibe.LedgerEntry{ID: drehscheibe.ID(d.ID), At: d.At.UTC(), Kind: drehscheibe.LedgerKind(d.Kind), Year: d.Year,
			Category: drehscheibe.BudgetCategory(d.Category), AnfrageID: drehscheibe.ID(d.AnfrageID), CommittedCent: d.CommittedCent,
			SpentCent: d.SpentCent, InstitutionID: drehscheibe.ID(d.InstitutionID), KindercampusID: drehscheibe.ID(d.KindercampusID),
			QuartierID: drehscheibe.ID(d.QuartierID), SozialeStadt: d.SozialeStadt, Theme: drehscheibe.Theme(d.Theme), By: fromActorDoc(d.By)}
	}
	return out
}

// BookFunds implements drehscheibe.Store as a guarded update (guarded.go) of the
// budget's element in the source's array, found by its index in the document just
// read: the filter names the element's year (and category), budget and usedCent, and
// that the entry is not in the ledger yet.
func (s *Store) BookFunds(ctx context.Context, source drehscheibe.ID, entry drehscheibe.LedgerEntry, seq int64, at time.Time, audit *drehscheibe.AuditEntry) (drehscheibe.Entity, bool, error) {
	k := source.Kind()
	if k != drehscheibe.KindFoerderprogramm && k != drehscheibe.KindKindercampus {
		return nil, false, drehscheibe.Errorf(drehscheibe.EINVALID, "Keine Budgetquelle: %s", k.Label())
	}
	return s.guarded(ctx, k, source, seq, audit, func(e drehscheibe.Entity) (guardPlan, error) {
		array, i, budget, used := budgetOf(e, entry)
		if i < 0 {
			return guardPlan{}, drehscheibe.Errorf(drehscheibe.EINVALID, "Für %d gibt es dort kein Budget%s", entry.Year, categoryText(entry))
		}
		if bookedIn(e, entry.ID) {
			return guardPlan{noop: true}, nil
		}
		delta := entry.UsedCent()
		if delta > 0 && used+delta > budget {
			return guardPlan{}, drehscheibe.FieldErrorf(drehscheibe.ECONFLICT, []string{"amountCent"},
				"Das Budget reicht nicht: %d%s hat noch %s frei, gebraucht werden %s", entry.Year, categoryText(entry),
				drehscheibe.FormatEuro(budget-used), drehscheibe.FormatEuro(delta))
		}
		el := fmt.Sprintf("%s.%d.", array, i)
		filter := bson.D{{Key: "ledger.id", Value: bson.D{{Key: "$ne", Value: string(entry.ID)}}}, {Key: el + "year", Value: entry.Year}}
		if entry.Category != "" {
			filter = append(filter, bson.E{Key: el + "category", Value: string(entry.Category)})
		}
		budgetField := el + "budgetCent"
		if array == "budget" {
			budgetField = el + "amountCent"
		}
		filter = append(filter, bson.E{Key: budgetField, Value: budget})
		if delta > 0 {
			filter = append(filter, bson.E{Key: el + "usedCent", Value: bson.D{{Key: "$lte", Value: budget - delta}}})
		}
		return guardPlan{filter: filter, update: bson.D{
			{Key: "$inc", Value: bson.D{{Key: el + "committedCent", Value: entry.CommittedCent}, {Key: el + "spentCent", Value: entry.SpentCent},
				{Key: el + "usedCent", Value: delta}, {Key: "version", Value: 1}}},
			{Key: "$push", Value: bson.D{{Key: "ledger", Value: toLedgerDoc(entry)}}},
		}}, nil
	})
}

// budgetOf finds the budget entry names in source e: the array field, the element's
// index (-1: none), its budget and what is used of it.
func budgetOf(e drehscheibe.Entity, entry drehscheibe.LedgerEntry) (string, int, int64, int64) {
	switch src := e.(type) {
	case *drehscheibe.Foerderprogramm:
		for i, y := range src.Years {
			if y.Year == entry.Year {
				return "years", i, y.BudgetCent, y.CommittedCent + y.SpentCent
			}
		}
	case *drehscheibe.Kindercampus:
		for i, b := range src.Budget {
			if b.Year == entry.Year && b.Category == entry.Category {
				return "budget", i, b.AmountCent, b.CommittedCent + b.SpentCent
			}
		}
	}
	return "", -1, 0, 0
}

func bookedIn(e drehscheibe.Entity, id drehscheibe.ID) bool {
	var ledger []drehscheibe.LedgerEntry
	switch src := e.(type) {
	case *drehscheibe.Foerderprogramm:
		ledger = src.Ledger
	case *drehscheibe.Kindercampus:
		ledger = src.Ledger
	}
	for _, l := range ledger {
		if l.ID == id {
			return true
		}
	}
	return false
}

func categoryText(e drehscheibe.LedgerEntry) string {
	if e.Category == "" {
		return ""
	}
	return " in der Budgetlinie „" + e.Category.Label() + "“"
}
