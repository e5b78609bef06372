package match

import (
	"slices"

	"github.com/paulmach/orb"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Data is what the engine reads from a catalogue snapshot: every Modul (prepared as a
// Candidate), lookups for the rest, and every Bedarf.
type Data struct {
	Candidates  []*Candidate
	Partner     func(drehscheibe.ID) (*drehscheibe.Partner, bool)
	Quartier    func(drehscheibe.ID) (*drehscheibe.Quartier, bool)
	Institution func(drehscheibe.ID) (*drehscheibe.Institution, bool)
	// CampusOf returns the Kindercampus of an institution, or "".
	CampusOf func(drehscheibe.ID) drehscheibe.ID
	Bedarfe  []*drehscheibe.Bedarf
}

// Index is the catalogue prepared for matching: Module by theme, where each partner
// already works, and the open needs by institution. It is immutable; build one per
// catalogue snapshot.
type Index struct {
	d Data
	// byThemeType holds the filter entries of the candidates with each theme made for
	// each institution type, contiguous for scanning and in candidate order; byTheme
	// counts the candidates with each theme.
	byThemeType [len6][len7][]entry
	byTheme     [len6]int
	byID        map[drehscheibe.ID]*Candidate
	// partners are the partners of the candidates, numbered, with what reach needs.
	partners []partnerEntry
	// quartierOrd numbers the Quartiere partners name, so checks compare integers.
	quartierOrd map[drehscheibe.ID]int32
	// langOrd numbers the languages of the Module (up to 64), for language masks.
	langOrd map[string]uint8
	// active says where a partner already works: the Quartiere and Kindercampus sites of
	// the institutions whose needs its Module cover.
	active map[drehscheibe.ID]*activity
	// open are the open needs by institution, in ID order.
	open         map[drehscheibe.ID][]*drehscheibe.Bedarf
	institutions []drehscheibe.ID // with open needs, in ID order
}

const (
	len6 = 6 // number of Themenfelder
	len7 = 7 // number of institution types
)

// partnerEntry is what the reach filter reads of a partner, kept in one slice.
type partnerEntry struct {
	p *drehscheibe.Partner
	// at is the location projected (see mercator); located says whether there is one
	at       orb.Point
	located  bool
	citywide bool
	radiusKm float64
	// quartiere are the numbers (quartierOrd) of the Quartiere the partner names.
	quartiere []int32
	// active says where the partner already works (nil: nowhere yet).
	active *activity
}

type activity struct {
	quartiere map[drehscheibe.ID]bool
	campus    map[drehscheibe.ID]bool
}

// NewIndex prepares d for matching.
func NewIndex(d Data) *Index {
	ix := &Index{d: d, byID: make(map[drehscheibe.ID]*Candidate, len(d.Candidates)), quartierOrd: map[drehscheibe.ID]int32{}, langOrd: map[string]uint8{},
		active: map[drehscheibe.ID]*activity{}, open: map[drehscheibe.ID][]*drehscheibe.Bedarf{}}
	own := make([]Candidate, len(d.Candidates))
	pords := map[*drehscheibe.Partner]int32{}
	for i, c := range d.Candidates {
		own[i] = *c
		c := &own[i]
		c.ord = int32(i)
		c.partner, _ = d.Partner(c.Modul.PartnerID)
		c.pord = -1
		c.langMask, c.langOther = ix.languageMask(c.langs, true)
		if c.partner != nil {
			ord, ok := pords[c.partner]
			if !ok {
				ord = int32(len(ix.partners))
				pords[c.partner] = ord
				ix.partners = append(ix.partners, ix.newPartnerEntry(c.partner))
			}
			c.pord = ord
		}
		c.hot.c, c.hot.pord = c, c.pord
		ix.byID[c.Modul.ID] = c
		for t := range drehscheibe.Themes {
			if c.hot.themes&(1<<t) == 0 {
				continue
			}
			ix.byTheme[t]++
			for k := range drehscheibe.InstitutionTypes {
				if c.hot.targets&(1<<k) != 0 {
					ix.byThemeType[t][k] = append(ix.byThemeType[t][k], c.hot)
				}
			}
		}
	}
	for _, b := range d.Bedarfe {
		if b.Status == drehscheibe.BedarfOpen {
			ix.open[b.InstitutionID] = append(ix.open[b.InstitutionID], b)
		}
		ix.noteActivity(b)
	}
	for i := range ix.partners {
		ix.partners[i].active = ix.active[ix.partners[i].p.ID]
	}
	for id := range ix.open {
		ix.institutions = append(ix.institutions, id)
	}
	slices.Sort(ix.institutions)
	return ix
}

// noteActivity records that the partners of the Module covering b work where b's
// institution is.
func (ix *Index) noteActivity(b *drehscheibe.Bedarf) {
	if len(b.CoveredBy) == 0 {
		return
	}
	in, ok := ix.d.Institution(b.InstitutionID)
	if !ok {
		return
	}
	campus := ix.d.CampusOf(in.ID)
	for _, m := range b.CoveredBy {
		c, ok := ix.byID[m]
		if !ok {
			continue
		}
		a := ix.active[c.Modul.PartnerID]
		if a == nil {
			a = &activity{quartiere: map[drehscheibe.ID]bool{}, campus: map[drehscheibe.ID]bool{}}
			ix.active[c.Modul.PartnerID] = a
		}
		a.quartiere[in.QuartierID] = true
		if campus != "" {
			a.campus[campus] = true
		}
	}
}

// Candidate returns the prepared Modul with id (as this index holds it).
func (ix *Index) Candidate(id drehscheibe.ID) (*Candidate, bool) {
	c, ok := ix.byID[id]
	return c, ok
}

// Size is the number of Module in the index.
func (ix *Index) Size() int { return len(ix.d.Candidates) }

// pool returns the entries with theme t made for institution type k, and how many
// candidates have the theme.
func (ix *Index) pool(t drehscheibe.Theme, k drehscheibe.InstitutionType) ([]entry, int) {
	ti, ki := slices.Index(drehscheibe.Themes, t), slices.Index(drehscheibe.InstitutionTypes, k)
	if ti < 0 || ki < 0 {
		return nil, 0
	}
	return ix.byThemeType[ti][ki], ix.byTheme[ti]
}

func (ix *Index) newPartnerEntry(p *drehscheibe.Partner) partnerEntry {
	e := partnerEntry{p: p, citywide: p.ServiceArea.Citywide, radiusKm: p.ServiceArea.RadiusKm}
	for _, q := range p.ServiceArea.QuartierIDs {
		ord, ok := ix.quartierOrd[q]
		if !ok {
			ord = int32(len(ix.quartierOrd))
			ix.quartierOrd[q] = ord
		}
		e.quartiere = append(e.quartiere, ord)
	}
	if p.Location != nil {
		e.at, e.located = mercator(*p.Location), true
	}
	return e
}

// languageMask sets the bits of the languages; with add, unnumbered languages get a
// number while there are bits left. other reports a language without one.
func (ix *Index) languageMask(langs []string, add bool) (mask uint64, other bool) {
	for _, l := range langs {
		ord, ok := ix.langOrd[l]
		if !ok && add && len(ix.langOrd) < 64 {
			ord, ok = uint8(len(ix.langOrd)), true
			ix.langOrd[l] = ord
		}
		if !ok {
			other = true
			continue
		}
		mask |= 1 << ord
	}
	return mask, other
}
