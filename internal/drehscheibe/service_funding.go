// Funding of requests: the shares are checked when a request is made or its terms
// change, committed against the programmes' and campus lines' budgets when it is
// agreed, turned into spending when it is done and released when it is cancelled —
// each booking one conditional single-document update of the budget's document that
// keeps committed + spent within the budget (Store.BookFunds).

package drehscheibe

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// fund resolves the shares of request a against its total costs and checks them: a
// campus line only by its campus management (or the Servicestelle), a programme only
// as far as it would pay for this request. EINVALID, EFORBIDDEN, ENOTFOUND.
func (s *Service) fund(p Principal, a *Anfrage, m *Modul, in *Institution) error {
	total := TotalCostCent(m, a.Sessions, a.GroupSize)
	shares := a.Funding
	if len(shares) == 0 {
		shares = []FundingShare{{Source: FundingOwn, Rest: true}}
	}
	var pr problems
	pr.checkFunding(path("funding"), shares)
	if err := pr.err(); err != nil {
		return err
	}
	resolved, err := splitFunding(shares, total)
	if err != nil {
		return err
	}
	campus := s.catalog.CampusOf(a.InstitutionID)
	for i, sh := range shares {
		if sh.Rest {
			sh.AmountCent = resolvedRest(resolved)
		}
		field := path("funding", itoa(i))
		switch sh.Source {
		case FundingCampus:
			switch {
			case campus == "":
				return FieldErrorf(EINVALID, field, "%s gehört zu keinem Kindercampus", in.Name)
			case !p.Manages(campus):
				return &Error{Code: EFORBIDDEN, Field: field, Message: "Keine Berechtigung: Campus-Budget sagt nur das Campus-Management oder die Servicestelle zu"}
			}
		case FundingProgramme:
			if err := s.fundable(a, m, in, sh, field); err != nil {
				return err
			}
		}
	}
	a.Funding = resolved
	return nil
}

// resolvedRest is what the rest share took of the costs.
func resolvedRest(shares []FundingShare) int64 {
	for _, sh := range shares {
		if sh.Rest {
			return sh.AmountCent
		}
	}
	return 0
}

// fundable checks that programme share sh is what the programme pays for request a.
func (s *Service) fundable(a *Anfrage, m *Modul, in *Institution, sh FundingShare, field []string) error {
	e, ok := s.catalog.Lookup(sh.ProgrammeID)
	fp, isProgramme := e.(*Foerderprogramm)
	if !ok || !isProgramme {
		return FieldErrorf(ENOTFOUND, sub(field, "programmeId"), "Förderprogramm nicht gefunden")
	}
	var q *Quartier
	if e, ok := s.catalog.Lookup(in.QuartierID); ok {
		q, _ = e.(*Quartier)
	}
	opt, why := fp.Covers(FundingContext{Institution: in, Quartier: q, Modul: m, CostCent: TotalCostCent(m, a.Sessions, a.GroupSize),
		Year: budgetYear(a), Today: s.today()})
	switch {
	case why != "":
		return FieldErrorf(EINVALID, sub(field, "programmeId"), "%s kommt nicht in Frage: %s", fp.Name, why)
	case sh.AmountCent > opt.CoveredCent:
		return FieldErrorf(EINVALID, sub(field, "amountCent"), "%s übernimmt höchstens %s (%s)", fp.Name, FormatEuro(opt.CoveredCent), strings.Join(opt.Reasons, "; "))
	}
	return nil
}

// budgetYear is the year whose budgets pay for request a: the year it begins.
func budgetYear(a *Anfrage) int {
	if !a.Period.From.IsZero() {
		return a.Period.From.Year
	}
	return a.CreatedAt.In(Dortmund).Year()
}

// sourceOf is the document whose budget a share is booked against: the programme, or
// the institution's Kindercampus.
func (s *Service) sourceOf(a *Anfrage, sh FundingShare) ID {
	if sh.Source == FundingProgramme {
		return sh.ProgrammeID
	}
	return s.catalog.CampusOf(a.InstitutionID)
}

// ledgerEntry is a new entry of request a's booking of kind for share sh.
func (s *Service) ledgerEntry(p Principal, a *Anfrage, sh FundingShare, kind LedgerKind, committed, spent int64) LedgerEntry {
	e := LedgerEntry{ID: NewID(KindLedger), At: s.clock(), Kind: kind, Year: budgetYear(a),
		AnfrageID: a.ID, CommittedCent: committed, SpentCent: spent, InstitutionID: a.InstitutionID,
		KindercampusID: s.catalog.CampusOf(a.InstitutionID), By: ActorOf(p)}
	if sh.Source == FundingCampus {
		e.Category = sh.Category
	}
	if in, ok := s.catalog.Lookup(a.InstitutionID); ok {
		e.QuartierID = in.(*Institution).QuartierID
		if q, ok := s.catalog.Lookup(e.QuartierID); ok {
			e.SozialeStadt = q.(*Quartier).SozialeStadt
		}
	}
	if m, ok := s.catalog.Lookup(a.ModulID); ok {
		e.Theme = m.(*Modul).Theme
	}
	return e
}

// commitFunding books what request a's shares promise, all or nothing: when a budget
// does not suffice, what was booked is released and ECONFLICT says which.
func (s *Service) commitFunding(ctx context.Context, op Operation, p Principal, a *Anfrage) error {
	var done []FundingShare
	for i, sh := range a.Funding {
		if !sh.Booked() {
			continue
		}
		if err := s.book(ctx, op, p, s.sourceOf(a, sh), s.ledgerEntry(p, a, sh, LedgerCommit, sh.AmountCent, 0)); err != nil {
			s.releaseFunding(context.WithoutCancel(ctx), op, p, a, done)
			return asField(err, "funding."+itoa(i))
		}
		done = append(done, sh)
	}
	return nil
}

// releaseFunding takes back what shares of request a committed.
func (s *Service) releaseFunding(ctx context.Context, op Operation, p Principal, a *Anfrage, shares []FundingShare) {
	for _, sh := range shares {
		if sh.Booked() {
			_ = s.book(ctx, op, p, s.sourceOf(a, sh), s.ledgerEntry(p, a, sh, LedgerRelease, -sh.AmountCent, 0))
		}
	}
}

// spendFunding turns request a's commitments into spending of the actual costs,
// shared out like the commitments (the last share takes the rounding), all or
// nothing: ECONFLICT when the actual costs exceed a budget.
func (s *Service) spendFunding(ctx context.Context, op Operation, p Principal, a *Anfrage, actual int64) error {
	parts := spentParts(a.Funding, actual)
	for i, sh := range a.Funding {
		if !sh.Booked() {
			continue
		}
		if err := s.book(ctx, op, p, s.sourceOf(a, sh), s.ledgerEntry(p, a, sh, LedgerSpend, -sh.AmountCent, parts[i])); err != nil {
			for j := range i {
				if a.Funding[j].Booked() {
					_ = s.book(context.WithoutCancel(ctx), op, p, s.sourceOf(a, a.Funding[j]), s.ledgerEntry(p, a, a.Funding[j], LedgerSpend, a.Funding[j].AmountCent, -parts[j]))
				}
			}
			return asField(err, "actualCostCent")
		}
	}
	return nil
}

// unspendFunding books the reverse of spendFunding (the report it belonged to was not
// stored).
func (s *Service) unspendFunding(ctx context.Context, op Operation, p Principal, a *Anfrage, actual int64) {
	parts := spentParts(a.Funding, actual)
	for i, sh := range a.Funding {
		if sh.Booked() {
			_ = s.book(ctx, op, p, s.sourceOf(a, sh), s.ledgerEntry(p, a, sh, LedgerSpend, sh.AmountCent, -parts[i]))
		}
	}
}

// spentParts shares out actual like the shares' amounts; the last share takes the
// rounding.
func spentParts(shares []FundingShare, actual int64) []int64 {
	var total int64
	for _, sh := range shares {
		total += sh.AmountCent
	}
	out := make([]int64, len(shares))
	left := actual
	for i, sh := range shares {
		switch {
		case i == len(shares)-1:
			out[i] = left
		case total > 0:
			out[i] = actual * sh.AmountCent / total
		}
		left -= out[i]
	}
	return out
}

// book adds entry to the ledger of source (a programme or a Kindercampus) and moves
// its budget's committed and spent, with a catalogue version and an audit entry; when
// a write with a later catalogue version got there first, it takes a new one.
// ECONFLICT when the budget does not suffice; booking an entry twice books it once.
func (s *Service) book(ctx context.Context, op Operation, p Principal, source ID, entry LedgerEntry) error {
	after, _ := json.Marshal(entry.ID)
	change := FieldChange{Field: "ledger", Before: json.RawMessage("null"), After: after}
	return s.guarded(ctx, op, p, source, change, func(seq int64, audit *AuditEntry) (Entity, bool, error) {
		return s.store.BookFunds(ctx, source, entry, seq, audit.At, audit)
	})
}

// guarded runs a conditional single-document update of the store (apply) with a
// catalogue version and its audit entry, and hands the changed entity to the
// catalogue. When a write with a later catalogue version got to the entity first
// (ECONFLICT on "version"), it takes a new one and tries again.
func (s *Service) guarded(ctx context.Context, op Operation, p Principal, id ID, change FieldChange,
	apply func(seq int64, audit *AuditEntry) (Entity, bool, error)) error {
	for attempt := 1; ; attempt++ {
		seq, err := s.catalog.Reserve(ctx, 1)
		if err != nil {
			return err
		}
		now := s.clock()
		entry := &AuditEntry{ID: NewID(KindAudit), At: now, KeyID: p.KeyID, KeyName: p.Name, Subject: p.Subject, Role: p.Role,
			EntityID: id, Operation: op, RequestID: RequestIDFrom(ctx), Changes: []FieldChange{change}}
		e, changed, err := apply(seq, entry)
		if err != nil || !changed {
			s.catalog.Abandon(seq, err != nil && mayHaveStored(err))
			if de, ok := AsError(err); ok && de.Code == ECONFLICT && slices.Equal(de.Field, path("version")) && attempt < guardedAttempts {
				continue
			}
			return err
		}
		s.catalog.Written(e)
		return nil
	}
}

// guardedAttempts bounds the retries of a guarded update that writes with later
// catalogue versions overtook.
const guardedAttempts = 20

// ShareLabel says a share in German for messages and documents; names names a
// programme by its ID.
func ShareLabel(sh FundingShare, names func(ID) string) string {
	switch sh.Source {
	case FundingCampus:
		return fmt.Sprintf("Budget des Kindercampus (%s)", sh.Category.Label())
	case FundingProgramme:
		return "Förderprogramm „" + names(sh.ProgrammeID) + "“"
	}
	return "die Einrichtung aus eigenen Mitteln"
}
