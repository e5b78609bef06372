package hsds

import (
	"github.com/google/uuid"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The six Themenfelder of the Modulsystem are the one taxonomy Drehscheibe publishes;
// every service and organization is linked to its terms by attributes.

// taxonomyVersion changes when the terms change.
const taxonomyVersion = "1"

// themenfelder is the taxonomy.
var themenfelder = Taxonomy{
	ID:   nameUUID("taxonomy", "themenfelder"),
	Name: "Themenfelder der Drehscheibe",
	Description: "Die sechs Themenfelder, nach denen die Servicestelle Bildungspartnerschaften der Stadt Dortmund " +
		"die Angebote (Module) der Bildungspartner*innen ordnet; jedes wird von einer koordinierenden Stelle betreut.",
	Version: taxonomyVersion,
}

// themeDescriptions say what each Themenfeld covers.
var themeDescriptions = map[drehscheibe.Theme]string{
	drehscheibe.ThemeSportGesundheit:      "Bewegung, Sport, Ernährung und Gesundheitsförderung",
	drehscheibe.ThemeMintDigitales:        "Mathematik, Informatik, Naturwissenschaften, Technik und digitale Bildung",
	drehscheibe.ThemeDemokratiefoerderung: "Beteiligung, politische Bildung und demokratisches Miteinander",
	drehscheibe.ThemeSozialkompetenz:      "soziales Lernen, Konfliktlösung, Gewaltprävention und Stärkung der Persönlichkeit",
	drehscheibe.ThemeBNE:                  "Bildung für nachhaltige Entwicklung: Umwelt, Klima und globales Lernen",
	drehscheibe.ThemeMusikKultur:          "Musik, Kunst, Theater, Tanz, Literatur und Medien",
}

// themeTerm returns the taxonomy term of a Themenfeld.
func themeTerm(t drehscheibe.Theme) TaxonomyTerm {
	detail := themenfelder
	return TaxonomyTerm{
		ID:             nameUUID("taxonomy", "themenfelder", string(t)),
		Code:           string(t),
		Name:           t.Label(),
		Description:    themeDescriptions[t],
		Taxonomy:       themenfelder.Name,
		TaxonomyID:     themenfelder.ID,
		TaxonomyDetail: &detail,
		Language:       "de",
	}
}

// terms are the six terms in the city's order, and the Themenfeld of each term's ID.
var (
	terms       []TaxonomyTerm
	themeOfTerm = map[uuid.UUID]drehscheibe.Theme{}
)

func init() {
	for _, t := range drehscheibe.Themes {
		term := themeTerm(t)
		terms = append(terms, term)
		themeOfTerm[uuid.MustParse(term.ID)] = t
	}
}

// themeAttributes links the entity with UUID link (a service or an organization) to
// its Themenfelder; the first is marked as the main one when primary is set.
func themeAttributes(link, entity string, themes []drehscheibe.Theme, primary bool) []Attribute {
	out := make([]Attribute, 0, len(themes))
	for i, t := range themes {
		term := themeTerm(t)
		a := Attribute{
			ID:             nameUUID(link, "attribute", string(t)),
			LinkID:         link,
			LinkType:       "themenfeld",
			LinkEntity:     entity,
			TaxonomyTermID: term.ID,
			TaxonomyTerm:   &term,
		}
		if primary {
			a.Value = "weiteres Themenfeld"
			if i == 0 {
				a.Value = "Hauptthemenfeld"
			}
		}
		out = append(out, a)
	}
	return out
}
