package opendata

import (
	"fmt"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// InstitutionRecord is an institution read from a point file.
type InstitutionRecord struct {
	// Key is the natural key the ID is derived from (see siteKey).
	Key string
	// Source is the file name, Row the 1-based feature index in it.
	Source      string
	Row         int
	Institution *drehscheibe.Institution
	// School is the school-list row joined to a school; nil for other institutions and
	// for schools the list has no row for.
	School *SchoolInfo
}

// kindRule says what the rows of one objektart become.
type kindRule struct {
	typ  drehscheibe.InstitutionType
	ages drehscheibe.AgeRange
	// skip, when set, is why rows of this kind are not imported.
	skip string
}

// The age ranges by type: a Kita takes children from birth to school entry (0–6; the
// year of school entry overlaps the Grundschule on purpose, it is the transition
// "Bildung aus einer Hand"); a Grundschule the ages of its four years, 6–10; a
// Jugendfreizeitstätte is open youth work under SGB VIII, from school age to 27 (the
// domain's maximum).
var (
	agesKita        = drehscheibe.AgeRange{Min: 0, Max: 6}
	agesGrundschule = drehscheibe.AgeRange{Min: 6, Max: 10}
	agesJugend      = drehscheibe.AgeRange{Min: 6, Max: 27}
)

// kitaKinds: Kindergarten rows are Kitas. The three "KinderbetreuungKurzzeit" rows are
// the Caritas Kinder-Förderzentrum (two sites) and the Kindertagespflege office: they
// serve the same ages but are no Kita, so they become SONSTIGE.
var kitaKinds = map[string]kindRule{
	"Kindergarten":            {typ: drehscheibe.InstitutionKita, ages: agesKita},
	"KinderbetreuungKurzzeit": {typ: drehscheibe.InstitutionSonstige, ages: agesKita},
}

// notRegelinstitution is why secondary and special schools are not imported (doc.go
// gives the reasoning).
const notRegelinstitution = "keine Regelinstitution der Drehscheibe (übernommen werden Kitas, Grundschulen, Jugendfreizeitstätten)"

// schoolKinds: only Grundschulen are imported (see doc.go). The other schools are still
// read, so that the school list joins to the right site and reports no false misses.
var schoolKinds = map[string]kindRule{
	"Grundschule":     {typ: drehscheibe.InstitutionGrundschule, ages: agesGrundschule},
	"Foerderschule":   {skip: "Förderschule: " + notRegelinstitution},
	"Gymnasium":       {skip: "Gymnasium: " + notRegelinstitution},
	"Realschule":      {skip: "Realschule: " + notRegelinstitution},
	"Hauptschule":     {skip: "Hauptschule: " + notRegelinstitution},
	"Gesamtschule":    {skip: "Gesamtschule: " + notRegelinstitution},
	"SchuleSonstiges": {skip: "sonstige Schule (Waldorfschule): " + notRegelinstitution},
	"Verkehrsschule":  {skip: "Jugendverkehrsgarten: keine Schule, sondern ein möglicher Lernort von Partnern"},
}

// youthKinds: every row of the youth-centre file is a Jugendfreizeitstätte or Treff.
var youthKinds = map[string]kindRule{
	"Jugendzentrum": {typ: drehscheibe.InstitutionJugendfreizeitstaette, ages: agesJugend},
}

// ruleFor returns the rule for a row's objektart.
func ruleFor(rules map[string]kindRule, kind string) kindRule {
	if r, ok := rules[kind]; ok {
		return r
	}
	return kindRule{skip: fmt.Sprintf("Objektart %q ist keiner Einrichtungsart zugeordnet", kind)}
}

// schoolSite is a parsed row of the school file, imported or not, for the join.
type schoolSite struct {
	row pointRow
	// record is the index of its InstitutionRecord, -1 when it is not imported.
	record int
}

// readInstitutions turns the rows of a point file into institutions and appends them
// to ds. It returns every usable row as a site (for the school join).
func (b *builder) readInstitutions(file string, rows []parsedRow, rules map[string]kindRule) []schoolSite {
	var sites []schoolSite
	dups := newDuplicates()
	for _, pr := range rows {
		r := pr.row
		if pr.err != nil {
			b.rep.skip(file, r.row, r.name, KindMalformed, pr.err.Error())
			continue
		}
		key := siteKey(file, r.name, r.address, r.location())
		if dups.repeated(key, file, r.row, r.name) {
			continue
		}
		rule := ruleFor(rules, r.kind)
		if rule.skip != "" {
			b.rep.skip(file, r.row, r.name, KindNotImported, rule.skip)
			sites = append(sites, schoolSite{row: r, record: -1})
			continue
		}
		pl := b.areas.place(&r)
		if pl.disagreement != nil {
			b.rep.Disagreements = append(b.rep.Disagreements, *pl.disagreement)
		}
		if pl.area == nil {
			b.rep.skip(file, r.row, r.name, KindNoQuartier, b.areas.noQuartierReason(r.ubz))
			continue
		}
		in := toInstitution(&r, key, rule, pl.area.id)
		if err := b.validate(file, &r, in); err != nil {
			b.rep.skip(file, r.row, r.name, KindInvalid, validationMessage(err))
			continue
		}
		b.ds.Institutions = append(b.ds.Institutions, InstitutionRecord{Key: key, Source: file, Row: r.row, Institution: in})
		sites = append(sites, schoolSite{row: r, record: len(b.ds.Institutions) - 1})
	}
	dups.report(b.rep)
	return sites
}

func (ix *areaIndex) noQuartierReason(ubz string) string {
	if len(ix.areas) == 0 {
		return "es wurden keine Quartiere gelesen (" + FileUnterbezirke + ")"
	}
	if ubz == "" {
		return "der Punkt liegt in keinem Unterbezirk, und die Zeile nennt keinen (ubznr fehlt)"
	}
	return fmt.Sprintf("der Punkt liegt in keinem Unterbezirk, und den Unterbezirk %s der Zeile gibt es nicht", ubz)
}

// toInstitution maps a row to an Institution. Only what the row says is filled: no
// Träger (the files have none; names like "FABIDO TEK" suggest one but are not one),
// no OGS flag, no languages.
func toInstitution(r *pointRow, key string, rule kindRule, quartier drehscheibe.ID) *drehscheibe.Institution {
	loc := r.location()
	return &drehscheibe.Institution{
		Meta:       drehscheibe.Meta{ID: drehscheibe.StableID(drehscheibe.KindInstitution, key)},
		Name:       r.name,
		Type:       rule.typ,
		Address:    r.address,
		Location:   &loc,
		QuartierID: quartier,
		AgeRange:   rule.ages,
		Website:    r.link,
		Contact:    drehscheibe.Contact{Email: r.email},
	}
}

// validate validates in. Optional values the domain rejects (a malformed web or e-mail
// address) are dropped with a note instead of costing the row.
func (b *builder) validate(file string, r *pointRow, in *drehscheibe.Institution) error {
	err := in.Validate()
	e, ok := drehscheibe.AsError(err)
	if !ok {
		return err
	}
	for _, p := range e.Problems {
		switch {
		case len(p.Field) > 0 && p.Field[0] == "website":
		case len(p.Field) > 0 && p.Field[0] == "contact":
		default:
			return err
		}
	}
	for _, p := range e.Problems {
		var value string
		if p.Field[0] == "website" {
			value, in.Website = in.Website, ""
		} else {
			value, in.Contact = in.Contact.Email, drehscheibe.Contact{}
		}
		b.rep.note(file, r.row, r.name, KindDropped, fmt.Sprintf("%q verworfen: %s", value, p.Message))
	}
	return in.Validate()
}
