package opendata

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// SchoolInfo is what the NRW school list says about a school site.
type SchoolInfo struct {
	// Row is the line of the school list.
	Row         int
	Schulnummer string
	Schulform   string
	// Name is the official name (Amtliche Bezeichnung 1).
	Name string
	// Pupils is the number of pupils (Anzahl); 0 when not stated.
	Pupils int
	// Sozialindex is the school's NRW Sozialindex (1 low … 9 high need); nil when the
	// list gives none (Berufskollegs, Förderschulen, private schools).
	Sozialindex  *float64
	Startchancen bool
	JoinedBy     JoinMethod
	// DistanceM is the distance between the list's (geocoded) position and the site, in
	// metres; -1 when the list row has no position.
	DistanceM float64
}

// JoinMethod says how a school-list row found its site.
type JoinMethod string

// The join methods.
const (
	// JoinedByAddress: same street and overlapping house numbers, of a fitting school
	// type; among several such sites the one with the most similar name.
	JoinedByAddress JoinMethod = "address"
	// JoinedByDistance: no address match; the nearest free site of a fitting type
	// within JoinRadiusM of the list's geocoded position.
	JoinedByDistance JoinMethod = "distance"
)

// JoinRadiusM is how far a school-list row's position may lie from the site it is
// joined to when the address does not match.
const JoinRadiusM = 150.0

// The columns of the school list.
const (
	colSchulnummer  = "Schulnummer"
	colSchulform    = "Schulform"
	colName         = "Amtliche Bezeichnung 1"
	colAddress      = "Straße und Hausnummer"
	colPostalCode   = "Postleitzahl"
	colPupils       = "Anzahl"
	colSozialindex  = "Sozialindex"
	colStartchancen = "Startchancen-Schule"
	colLat          = "latitude"
	colLon          = "longitude"
)

// schoolListColumns must all be present for the file to be read.
var schoolListColumns = []string{colSchulnummer, colSchulform, colName, colAddress}

// listRow is a parsed row of the school list.
type listRow struct {
	info   SchoolInfo
	street string
	house  string
	postal string
	at     orb.Point
	hasAt  bool
	kinds  []string // fitting objektart values of schools.geojson
}

// fittingKinds maps a Schulform of the list to the objektart values of the school
// file it may join. Berufskollegs and Weiterbildungskollegs have no counterpart there.
func fittingKinds(schulform string) []string {
	switch f := foldKey(schulform); {
	case f == "grundschule", f == "hauptschule", f == "realschule", f == "gymnasium", f == "gesamtschule":
		return []string{strings.ToUpper(f[:1]) + f[1:]}
	case strings.HasPrefix(f, "foerderschule"):
		return []string{"Foerderschule"}
	case strings.Contains(f, "waldorf"):
		return []string{"SchuleSonstiges"}
	case f == "sekundarschule", f == "gemeinschaftsschule", f == "primus schule":
		return []string{"Gesamtschule", "SchuleSonstiges"}
	}
	return nil
}

// parseListRow reads a row of the school list; the error says why it is unusable,
// dropped lists the values it left out.
func parseListRow(t *table, row tableRow) (r listRow, dropped []string, err error) {
	get := func(c string) string { return t.get(row, c) }
	r = listRow{info: SchoolInfo{Row: row.line, Schulnummer: get(colSchulnummer), Schulform: get(colSchulform), Name: get(colName), DistanceM: -1}}
	if row.err != nil {
		return r, nil, row.err
	}
	if r.info.Schulnummer == "" {
		return r, nil, errors.New("Schulnummer fehlt")
	}
	r.street, r.house = splitAddress(get(colAddress))
	r.postal = get(colPostalCode)
	if s := get(colPupils); s != "" {
		if v, _, err := parseNumber(s); err == nil && v >= 0 && v == math.Trunc(v) {
			r.info.Pupils = int(v)
		} else {
			dropped = append(dropped, fmt.Sprintf("%s %q ist keine Anzahl", colPupils, s))
		}
	}
	if s := get(colSozialindex); s != "" {
		if v, _, err := parseNumber(s); err == nil && v >= 1 && v <= 9 {
			r.info.Sozialindex = &v
		} else {
			dropped = append(dropped, fmt.Sprintf("%s %q liegt nicht zwischen 1 und 9", colSozialindex, s))
		}
	}
	switch foldKey(get(colStartchancen)) {
	case "1", "ja", "true", "x":
		r.info.Startchancen = true
	}
	lat, okLat, errLat := parseNumber(get(colLat))
	lon, okLon, errLon := parseNumber(get(colLon))
	if errLat == nil && errLon == nil && okLat && okLon {
		r.at = orb.Point{lon, lat}
		r.hasAt = checkPlausible(r.at) == nil
	}
	r.kinds = fittingKinds(r.info.Schulform)
	return r, dropped, nil
}

// splitAddress splits "Beurhausstr. 15-17" into street and house number.
func splitAddress(s string) (street, house string) {
	f := strings.Fields(s)
	for i := len(f) - 1; i > 0; i-- {
		if leadingDigits(f[i]) > 0 {
			return strings.Join(f[:i], " "), strings.Join(f[i:], " ")
		}
	}
	return s, ""
}

// joinSchools joins the rows of the school list to the school sites, attaches them to
// the imported schools and reports the rows it cannot place.
func (b *builder) joinSchools(file string, t *table, sites []schoolSite) (joined int) {
	var rows []listRow
	for _, tr := range t.rows {
		r, dropped, err := parseListRow(t, tr)
		if err != nil {
			b.rep.skip(file, tr.line, r.info.Name, KindMalformed, err.Error())
			continue
		}
		for _, d := range dropped {
			b.rep.note(file, tr.line, r.info.Name, KindDropped, d+"; Wert bleibt unbekannt")
		}
		rows = append(rows, r)
	}
	taken := make([]bool, len(sites))
	match := make([]int, len(rows))
	for i := range match {
		match[i] = -1
	}
	join := func(ri, si int, how JoinMethod) {
		taken[si], match[ri] = true, si
		rows[ri].info.JoinedBy = how
		if rows[ri].hasAt {
			rows[ri].info.DistanceM = math.Round(geo.Distance(rows[ri].at, sites[si].row.at))
		}
	}
	// Addresses first, for every row, so that a distance match cannot take the site
	// another row names by address.
	for _, c := range addressCandidates(rows, sites) {
		if match[c.row] < 0 && !taken[c.site] {
			join(c.row, c.site, JoinedByAddress)
		}
	}
	for ri := range rows {
		r := &rows[ri]
		if match[ri] >= 0 || !r.hasAt || len(r.kinds) == 0 {
			continue
		}
		si, d := nearestSite(r, sites, taken)
		if si < 0 || d > JoinRadiusM {
			continue
		}
		join(ri, si, JoinedByDistance)
		s := &sites[si].row
		b.rep.note(file, r.info.Row, r.info.Name, KindDistance, fmt.Sprintf("Adresse %s %s passt zu keinem Standort; zugeordnet: %s (%s %s, %s entfernt, Namensähnlichkeit %.0f %%)",
			r.street, r.house, s.name, s.address.Street, s.address.HouseNumber, metres(r.info.DistanceM), 100*nameSimilarity(r.info.Name, s.name)))
	}
	for ri := range rows {
		r := &rows[ri]
		si := match[ri]
		if si < 0 {
			b.rep.UnmatchedSchools = append(b.rep.UnmatchedSchools, Problem{File: file, Row: r.info.Row, Name: r.info.Name, Kind: KindUnmatched, Reason: unmatchedReason(r, sites, taken)})
			continue
		}
		joined++
		if rec := sites[si].record; rec >= 0 {
			b.attachSchool(file, &b.ds.Institutions[rec], r)
		}
	}
	for _, s := range sites {
		if rec := s.record; rec >= 0 && b.ds.Institutions[rec].School == nil && b.ds.Institutions[rec].Institution.Type == drehscheibe.InstitutionGrundschule {
			b.rep.note(s.row.file, s.row.row, s.row.name, KindNoList, "kein Eintrag der Schulliste (Teilstandort oder Adresse weicht ab): ohne Schülerzahl und Sozialindex")
		}
	}
	return joined
}

// addressCandidate is a site at the address of a school-list row.
type addressCandidate struct {
	row, site  int
	similarity float64
	exact      bool // same house number, not only overlapping ones
	distance   float64
}

// addressCandidates returns every pair of a row and a site of a fitting type at its
// address (same street, overlapping house numbers), best first: most similar name,
// exact house number, nearest to the list's position, earliest row. Assigning them in
// this order lets each row of two schools sharing one address take its own site.
func addressCandidates(rows []listRow, sites []schoolSite) []addressCandidate {
	byStreet := map[string][]int{}
	for i, s := range sites {
		k := looseStreet(s.row.address.Street)
		byStreet[k] = append(byStreet[k], i)
	}
	var out []addressCandidate
	for ri := range rows {
		r := &rows[ri]
		lo, hi, ok := houseRange(r.house)
		if !ok {
			continue
		}
		for _, si := range byStreet[looseStreet(r.street)] {
			s := &sites[si].row
			slo, shi, ok := houseRange(s.address.HouseNumber)
			if !ok || slo > hi || lo > shi || !slices.Contains(r.kinds, s.kind) {
				continue
			}
			c := addressCandidate{row: ri, site: si, similarity: nameSimilarity(r.info.Name, s.name), exact: houseKey(r.house) == houseKey(s.address.HouseNumber)}
			if r.hasAt {
				c.distance = geo.Distance(r.at, s.at)
			}
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b addressCandidate) int {
		if c := cmp.Compare(b.similarity, a.similarity); c != 0 {
			return c
		}
		if a.exact != b.exact {
			if a.exact {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.distance, b.distance); c != 0 {
			return c
		}
		return cmp.Compare(a.row, b.row)
	})
	return out
}

// nearestSite returns the nearest free site of a fitting type and its distance in
// metres (-1, +Inf when there is none).
func nearestSite(r *listRow, sites []schoolSite, taken []bool) (int, float64) {
	best, bestD := -1, math.Inf(1)
	for si := range sites {
		s := &sites[si].row
		if taken[si] || !slices.Contains(r.kinds, s.kind) {
			continue
		}
		if d := geo.Distance(r.at, s.at); d < bestD {
			best, bestD = si, d
		}
	}
	return best, bestD
}

func unmatchedReason(r *listRow, sites []schoolSite, taken []bool) string {
	switch {
	case len(r.kinds) == 0:
		return fmt.Sprintf("Schulform %q kommt in schools.geojson nicht vor", r.info.Schulform)
	case !r.hasAt:
		return fmt.Sprintf("kein Standort mit der Adresse %s %s, und die Zeile hat keine Koordinaten", r.street, r.house)
	}
	si, d := nearestSite(r, sites, taken)
	if si < 0 {
		return fmt.Sprintf("kein freier Standort der Schulform %s", r.info.Schulform)
	}
	return fmt.Sprintf("kein Standort mit der Adresse %s %s; der nächste freie (%s) liegt %s entfernt (höchstens %.0f m)",
		r.street, r.house, sites[si].row.name, metres(d), JoinRadiusM)
}

// attachSchool attaches a school-list row to an imported school: the record gets the
// SchoolInfo; the institution its pupil count as Children and, when joined by address,
// the list's postal code (the point files have none).
func (b *builder) attachSchool(file string, rec *InstitutionRecord, r *listRow) {
	info := r.info
	rec.School = &info
	in := rec.Institution
	before := *in
	if info.Pupils > 0 && info.Pupils <= drehscheibe.MaxChildren {
		in.Children = info.Pupils
	}
	if info.JoinedBy == JoinedByAddress && in.Address.PostalCode == "" {
		in.Address.PostalCode = r.postal
	}
	if err := in.Validate(); err != nil {
		*in = before
		b.rep.note(file, info.Row, info.Name, KindDropped, "Schülerzahl und Postleitzahl nicht übernommen: "+validationMessage(err))
	}
}
