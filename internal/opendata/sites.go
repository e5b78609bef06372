package opendata

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// Site is a place a partner could work from: a public library. Sites are no entities;
// whoever turns them into Partner records decides kind, contact and service area.
type Site struct {
	// Key is the natural key (file, name, address), stable across reads.
	Key    string
	Source string
	Row    int
	// Kind is the source's objektart ("Bibliothek").
	Kind     string
	Name     string
	Address  drehscheibe.Address
	Location drehscheibe.GeoPoint
	Website  string
	// QuartierID is the Quartier the site lies in ("" when it lies in none).
	QuartierID drehscheibe.ID
}

// libraryKinds: public libraries are candidate partner sites; academic libraries and
// archives are not places for children's offers.
var libraryKinds = map[string]string{
	"Bibliothek":                 "",
	"BibliothekWissenschaftlich": "wissenschaftliche Bibliothek: kein Ort für Angebote an Kinder und Jugendliche",
	"Archiv":                     "Archiv: kein Ort für Angebote an Kinder und Jugendliche",
}

// readLibraries turns the rows of the library file into sites.
func (b *builder) readLibraries(file string, rows []parsedRow) {
	dups := newDuplicates()
	for _, pr := range rows {
		r := pr.row
		if pr.err != nil {
			b.rep.skip(file, r.row, r.name, KindMalformed, pr.err.Error())
			continue
		}
		reason, known := libraryKinds[r.kind]
		switch {
		case !known:
			b.rep.skip(file, r.row, r.name, KindNotImported, "Objektart \""+r.kind+"\" ist keine Bibliothek")
			continue
		case reason != "":
			b.rep.skip(file, r.row, r.name, KindNotImported, reason)
			continue
		}
		key := siteKey(file, r.name, r.address, r.location())
		if dups.repeated(key, file, r.row, r.name) {
			continue
		}
		s := Site{Key: key, Source: file, Row: r.row, Kind: r.kind, Name: r.name, Address: r.address, Location: r.location(), Website: r.link}
		pl := b.areas.place(&r)
		if pl.disagreement != nil {
			b.rep.Disagreements = append(b.rep.Disagreements, *pl.disagreement)
		}
		if pl.area != nil {
			s.QuartierID = pl.area.id
		}
		b.ds.Libraries = append(b.ds.Libraries, s)
	}
	dups.report(b.rep)
}
