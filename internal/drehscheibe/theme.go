package drehscheibe

// Theme is a Themenfeld: one of the six theme areas of the Modulsystem, each curated by
// a coordinating unit of the city.
type Theme string

// The six Themenfelder.
const (
	ThemeSportGesundheit      Theme = "SPORT_GESUNDHEIT"
	ThemeMintDigitales        Theme = "MINT_DIGITALES"
	ThemeDemokratiefoerderung Theme = "DEMOKRATIEFOERDERUNG"
	ThemeSozialkompetenz      Theme = "SOZIALKOMPETENZ"
	ThemeBNE                  Theme = "BNE"
	ThemeMusikKultur          Theme = "MUSIK_KULTUR"
)

// Themes lists every Themenfeld in the city's order.
var Themes = []Theme{ThemeSportGesundheit, ThemeMintDigitales, ThemeDemokratiefoerderung, ThemeSozialkompetenz, ThemeBNE, ThemeMusikKultur}

var themeLabels = map[Theme]string{
	ThemeSportGesundheit:      "Sport/Gesundheit",
	ThemeMintDigitales:        "MINT/Digitales",
	ThemeDemokratiefoerderung: "Demokratieförderung",
	ThemeSozialkompetenz:      "Sozialkompetenz",
	ThemeBNE:                  "BNE",
	ThemeMusikKultur:          "Musik/Kultur",
}

// Label returns the German name of the theme area.
func (t Theme) Label() string { return label(t, themeLabels) }

// Valid reports whether t is a known Themenfeld.
func (t Theme) Valid() bool { return valid(t, Themes) }
