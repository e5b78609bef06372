package match

import (
	"hash/maphash"
	"iter"
	"maps"
	"slices"

	"github.com/benbjohnson/immutable"
	"github.com/paulmach/orb"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Data is how the engine reads the rest of a catalogue snapshot: lookups of partners,
// Quartiere and institutions, campus membership and the needs of each institution.
// The Module themselves are in the Index (see Index.With).
type Data struct {
	Partner     func(drehscheibe.ID) (*drehscheibe.Partner, bool)
	Quartier    func(drehscheibe.ID) (*drehscheibe.Quartier, bool)
	Institution func(drehscheibe.ID) (*drehscheibe.Institution, bool)
	// CampusOf returns the Kindercampus of an institution, or "".
	CampusOf func(drehscheibe.ID) drehscheibe.ID
	// Members yields the institutions of a Kindercampus.
	Members func(campus drehscheibe.ID) iter.Seq[drehscheibe.ID]
	// InQuartier yields the institutions of a Quartier.
	InQuartier func(quartier drehscheibe.ID) iter.Seq[drehscheibe.ID]
	// Bedarfe yields every Bedarf of an institution (any status), in ID order.
	Bedarfe func(institution drehscheibe.ID) iter.Seq[*drehscheibe.Bedarf]
	// Institutions yields every institution, in any order.
	Institutions iter.Seq[*drehscheibe.Institution]
	// Funding returns how Förderprogramme pay for Module at an institution for a
	// booking on date (nil: no programme pays there); nil when there are none.
	Funding func(in *drehscheibe.Institution, date drehscheibe.Date) Funder
}

// Funder returns what the Förderprogramm that pays the most for Modul m costing cost
// (one booking) pays, and its name; 0 and "" when none does.
type Funder func(m *drehscheibe.Modul, cost int64) (covered int64, programme string)

// Index is the catalogue's Module prepared for matching: their filter entries by theme
// and institution type, their partners with what reach needs. It is immutable: With
// returns a new index that shares everything a change does not touch, so a write
// costs what it changes, not what the catalogue holds.
type Index struct {
	d Data
	// byThemeType holds the filter entries of the candidates with each theme made for
	// each institution type, in candidate order (ord); byTheme counts the candidates
	// with each theme; n counts all.
	byThemeType [len6][len7]*segments
	byTheme     [len6]int
	n           int
	byID        *immutable.Map[drehscheibe.ID, *Candidate]
	// nextOrd numbers the next new Modul; a Modul keeps its number for good.
	nextOrd int32
	// partners are the partners of the candidates, numbered (pord), with what reach
	// needs; pordOf finds a partner's number.
	partners vector[partnerEntry]
	pordOf   *immutable.Map[drehscheibe.ID, int32]
	// quartierOrd numbers the Quartiere partners name, so checks compare integers.
	quartierOrd *immutable.Map[drehscheibe.ID, int32]
	// langOrd numbers the languages of the Module (up to 64), for language masks. It
	// only grows and is copied when it does (rarely: it has at most 64 entries).
	langOrd map[string]uint8
}

const (
	len6 = 6 // number of Themenfelder
	len7 = 7 // number of institution types
)

// partnerEntry is what the reach filter reads of a partner.
type partnerEntry struct {
	p *drehscheibe.Partner
	// at is the location projected (see mercator); located says whether there is one
	at       orb.Point
	located  bool
	citywide bool
	radiusKm float64
	// quartiere are the numbers (quartierOrd) of the Quartiere the partner names.
	quartiere []int32
}

// idHasher hashes IDs for the persistent maps.
type idHasher struct{}

var idSeed = maphash.MakeSeed()

func (idHasher) Hash(id drehscheibe.ID) uint32  { return uint32(maphash.String(idSeed, string(id))) }
func (idHasher) Equal(a, b drehscheibe.ID) bool { return a == b }

// NewIndex returns an empty index over d.
func NewIndex(d Data) *Index {
	return &Index{d: d, byID: immutable.NewMap[drehscheibe.ID, *Candidate](idHasher{}),
		pordOf:      immutable.NewMap[drehscheibe.ID, int32](idHasher{}),
		quartierOrd: immutable.NewMap[drehscheibe.ID, int32](idHasher{}), langOrd: map[string]uint8{}}
}

// With returns the index over d with the Module of cands (new, or new versions of
// Module it holds) and the partners of partners (new versions) taken in. Candidates
// enter an index once: each must be freshly made by NewCandidate (the catalogue makes
// one per version of a Modul). Its cost grows with the size of the change.
func (ix *Index) With(d Data, cands []*Candidate, partners []*drehscheibe.Partner) *Index {
	next := *ix
	next.d = d
	for _, p := range partners {
		if ord, ok := next.pordOf.Get(p.ID); ok {
			next.partners = next.partners.Set(int(ord), next.newPartnerEntry(p))
		}
	}
	if len(cands) == 0 {
		return &next
	}
	// the changes of each theme list: entries to put and numbers to drop
	type change struct {
		put  []entry
		drop []int32
	}
	var lists [len6][len7]change
	var added []partnerEntry // new partners, numbered from next.partners.Len()
	for _, c := range lastVersions(cands) {
		old, had := next.byID.Get(c.Modul.ID)
		if had {
			c.ord = old.ord
			next.n--
			next.forLists(old, func(t, k int) { lists[t][k].drop = append(lists[t][k].drop, old.ord) })
			next.countThemes(old, -1)
		} else {
			c.ord = next.nextOrd
			next.nextOrd++
		}
		added = next.adopt(c, added)
		next.byID = next.byID.Set(c.Modul.ID, c)
		next.n++
		next.countThemes(c, 1)
		next.forLists(c, func(t, k int) { lists[t][k].put = append(lists[t][k].put, c.hot) })
	}
	next.partners = next.partners.AppendAll(added)
	for t := range lists {
		for k := range lists[t] {
			ch := &lists[t][k]
			if len(ch.put) == 0 && len(ch.drop) == 0 {
				continue
			}
			slices.SortFunc(ch.put, func(a, b entry) int { return int(a.c.ord - b.c.ord) })
			slices.Sort(ch.drop)
			next.byThemeType[t][k] = next.byThemeType[t][k].with(ch.put, ch.drop)
		}
	}
	return &next
}

// lastVersions keeps the last candidate of each Modul, in their order.
func lastVersions(cands []*Candidate) []*Candidate {
	seen := make(map[drehscheibe.ID]bool, len(cands))
	out := make([]*Candidate, 0, len(cands))
	for _, c := range slices.Backward(cands) {
		if !seen[c.Modul.ID] {
			seen[c.Modul.ID] = true
			out = append(out, c)
		}
	}
	slices.Reverse(out)
	return out
}

// adopt gives c its partner's number and its language mask in this index's numbering.
// A partner new to the index is numbered after those of added, to which its entry is
// appended.
func (ix *Index) adopt(c *Candidate, added []partnerEntry) []partnerEntry {
	c.pord = -1
	if ord, ok := ix.pordOf.Get(c.Modul.PartnerID); ok {
		c.pord = ord
	} else if p, ok := ix.d.Partner(c.Modul.PartnerID); ok {
		c.pord = int32(ix.partners.Len() + len(added))
		added = append(added, ix.newPartnerEntry(p))
		ix.pordOf = ix.pordOf.Set(p.ID, c.pord)
	}
	c.langMask, c.langOther = ix.languageMask(c.langs, true)
	c.hot.c, c.hot.pord = c, c.pord
	return added
}

// forLists calls f for each theme list c belongs in.
func (ix *Index) forLists(c *Candidate, f func(t, k int)) {
	for t := range drehscheibe.Themes {
		if c.hot.themes&(1<<t) == 0 {
			continue
		}
		for k := range drehscheibe.InstitutionTypes {
			if c.hot.targets&(1<<k) != 0 {
				f(t, k)
			}
		}
	}
}

func (ix *Index) countThemes(c *Candidate, delta int) {
	for t := range drehscheibe.Themes {
		if c.hot.themes&(1<<t) != 0 {
			ix.byTheme[t] += delta
		}
	}
}

// Candidate returns the prepared Modul with id (as this index holds it).
func (ix *Index) Candidate(id drehscheibe.ID) (*Candidate, bool) { return ix.byID.Get(id) }

// Size is the number of Module in the index.
func (ix *Index) Size() int { return ix.n }

// partner returns the entry of partner number pord.
func (ix *Index) partner(pord int32) *partnerEntry { return ix.partners.At(int(pord)) }

// pool returns the entries with theme t made for institution type k, and how many
// candidates have the theme.
func (ix *Index) pool(t drehscheibe.Theme, k drehscheibe.InstitutionType) (*segments, int) {
	ti, ki := slices.Index(drehscheibe.Themes, t), slices.Index(drehscheibe.InstitutionTypes, k)
	if ti < 0 || ki < 0 {
		return nil, 0
	}
	return ix.byThemeType[ti][ki], ix.byTheme[ti]
}

func (ix *Index) newPartnerEntry(p *drehscheibe.Partner) partnerEntry {
	e := partnerEntry{p: p, citywide: p.ServiceArea.Citywide, radiusKm: p.ServiceArea.RadiusKm}
	for _, q := range p.ServiceArea.QuartierIDs {
		ord, ok := ix.quartierOrd.Get(q)
		if !ok {
			ord = int32(ix.quartierOrd.Len())
			ix.quartierOrd = ix.quartierOrd.Set(q, ord)
		}
		e.quartiere = append(e.quartiere, ord)
	}
	if p.Location != nil {
		e.at, e.located = mercator(*p.Location), true
	}
	return e
}

// languageMask sets the bits of the languages; with add, unnumbered languages get a
// number while there are bits left (the numbering is copied, never changed in place:
// older indexes share it). other reports a language without one.
func (ix *Index) languageMask(langs []string, add bool) (mask uint64, other bool) {
	for _, l := range langs {
		ord, ok := ix.langOrd[l]
		if !ok && add && len(ix.langOrd) < 64 {
			ord, ok = uint8(len(ix.langOrd)), true
			ix.langOrd = maps.Clone(ix.langOrd)
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
