// Package catalog keeps the in-memory catalogue: immutable, versioned snapshots of all
// entities, swapped atomically, updated by this instance's writes and refreshed from
// the database's catalogue version for other instances' writes.
//
// A snapshot is made of persistent (structurally shared) maps: a change builds a new
// snapshot that copies only what it touches — the paths to the changed rows in the
// tables and their sort orders, the reverse edges they move between, and the segments
// of the matching index they belong in — so a write costs O(change · log n), and
// every older snapshot stays valid for the requests still reading it.
package catalog

import (
	"iter"
	"strings"

	"github.com/benbjohnson/immutable"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// Snapshot is one consistent, immutable version of the catalogue. Readers take one
// with Catalog.Current and keep it for a whole request.
type Snapshot struct {
	// Version is the catalogue version (the database's write counter) the snapshot
	// reflects: every write with a number up to it is in (or was abandoned).
	Version int64
	// Loaded is false until the catalogue was read from the database once.
	Loaded bool

	quartiere     *table[*drehscheibe.Quartier]
	institutionen *table[*drehscheibe.Institution]
	partner       *table[*drehscheibe.Partner]
	module        *table[*drehscheibe.Modul]
	bedarfe       *table[*drehscheibe.Bedarf]
	campus        *table[*drehscheibe.Kindercampus]
	anfragen      *table[*drehscheibe.Anfrage]
	programme     *table[*drehscheibe.Foerderprogramm]

	// reverse edges
	campusOf      *immutable.Map[drehscheibe.ID, drehscheibe.ID]
	modulesOf     group[*drehscheibe.Modul]       // by partner
	bedarfeOf     group[*drehscheibe.Bedarf]      // by institution
	institutionIn group[*drehscheibe.Institution] // by Quartier
	anfragenOf    group[*drehscheibe.Anfrage]     // by institution
	anfragenTo    group[*drehscheibe.Anfrage]     // by partner
	anfragenFor   group[*drehscheibe.Anfrage]     // by Bedarf
	// published counts the published Module (the unfiltered total of the public list).
	published int

	// matcher is the matching index, kept up to date with every change.
	matcher *match.Index
}

func emptySnapshot() *Snapshot {
	s := &Snapshot{
		quartiere:     newTable[*drehscheibe.Quartier](),
		institutionen: newTable[*drehscheibe.Institution](),
		partner:       newTable[*drehscheibe.Partner](),
		module:        newTable[*drehscheibe.Modul](),
		bedarfe:       newTable[*drehscheibe.Bedarf](),
		campus:        newTable[*drehscheibe.Kindercampus](),
		anfragen:      newTable[*drehscheibe.Anfrage](),
		programme:     newTable[*drehscheibe.Foerderprogramm](),
		campusOf:      immutable.NewMap[drehscheibe.ID, drehscheibe.ID](idHasher{}),
		modulesOf:     newGroup(func(m *drehscheibe.Modul) drehscheibe.ID { return m.PartnerID }),
		bedarfeOf:     newGroup(func(b *drehscheibe.Bedarf) drehscheibe.ID { return b.InstitutionID }),
		institutionIn: newGroup(func(in *drehscheibe.Institution) drehscheibe.ID { return in.QuartierID }),
		anfragenOf:    newGroup(func(a *drehscheibe.Anfrage) drehscheibe.ID { return a.InstitutionID }),
		anfragenTo:    newGroup(func(a *drehscheibe.Anfrage) drehscheibe.ID { return a.PartnerID }),
		anfragenFor:   newGroup(func(a *drehscheibe.Anfrage) drehscheibe.ID { return a.BedarfID }),
	}
	s.matcher = match.NewIndex(s.data())
	return s
}

// with returns a snapshot with the entities of changes merged in. An entity replaces
// the one with its ID only if its version is not older, so applying a change twice or
// out of order is harmless. What has no changes is shared, not copied.
func (s *Snapshot) with(changes []drehscheibe.Entity) *Snapshot {
	next := *s
	if len(changes) == 0 {
		return &next
	}
	var q []*drehscheibe.Quartier
	var in []*drehscheibe.Institution
	var pa []*drehscheibe.Partner
	var m []*drehscheibe.Modul
	var b []*drehscheibe.Bedarf
	var k []*drehscheibe.Kindercampus
	var an []*drehscheibe.Anfrage
	var fp []*drehscheibe.Foerderprogramm
	for _, e := range changes {
		switch e := e.(type) {
		case *drehscheibe.Quartier:
			q = append(q, e)
		case *drehscheibe.Institution:
			in = append(in, e)
		case *drehscheibe.Partner:
			pa = append(pa, e)
		case *drehscheibe.Modul:
			m = append(m, e)
		case *drehscheibe.Bedarf:
			b = append(b, e)
		case *drehscheibe.Kindercampus:
			k = append(k, e)
		case *drehscheibe.Anfrage:
			an = append(an, e)
		case *drehscheibe.Foerderprogramm:
			fp = append(fp, e)
		}
	}
	next.quartiere, _ = s.quartiere.with(q, quartierRow)
	var inDone []replaced[*drehscheibe.Institution]
	next.institutionen, inDone = s.institutionen.with(in, institutionRow)
	next.institutionIn = s.institutionIn.with(inDone)
	var paDone []replaced[*drehscheibe.Partner]
	next.partner, paDone = s.partner.with(pa, partnerRow)
	var mDone []replaced[*drehscheibe.Modul]
	next.module, mDone = s.module.with(m, modulRow)
	next.modulesOf = s.modulesOf.with(mDone)
	var bDone []replaced[*drehscheibe.Bedarf]
	next.bedarfe, bDone = s.bedarfe.with(b, bedarfRow)
	next.bedarfeOf = s.bedarfeOf.with(bDone)
	var kDone []replaced[*drehscheibe.Kindercampus]
	next.campus, kDone = s.campus.with(k, campusRow)
	next.campusOf = withMembers(s.campusOf, kDone)
	next.programme, _ = s.programme.with(fp, programmeRow)
	var anDone []replaced[*drehscheibe.Anfrage]
	next.anfragen, anDone = s.anfragen.with(an, anfrageRow)
	next.anfragenOf = s.anfragenOf.with(anDone)
	next.anfragenTo = s.anfragenTo.with(anDone)
	next.anfragenFor = s.anfragenFor.with(anDone)
	cands := make([]*match.Candidate, len(mDone))
	for i, r := range mDone {
		cands[i] = r.new.cand
		if r.old != nil && r.old.e.Status == drehscheibe.ModulPublished {
			next.published--
		}
		if r.new.e.Status == drehscheibe.ModulPublished {
			next.published++
		}
	}
	partners := make([]*drehscheibe.Partner, len(paDone))
	for i, r := range paDone {
		partners[i] = r.new.e
	}
	next.matcher = s.matcher.With(next.data(), cands, partners)
	return &next
}

// withMembers updates the campus of each institution for changed campus sites.
func withMembers(campusOf *immutable.Map[drehscheibe.ID, drehscheibe.ID], changes []replaced[*drehscheibe.Kindercampus]) *immutable.Map[drehscheibe.ID, drehscheibe.ID] {
	for _, c := range changes {
		if c.old != nil {
			for _, id := range c.old.e.InstitutionIDs {
				if k, _ := campusOf.Get(id); k == c.old.e.ID {
					campusOf = campusOf.Delete(id)
				}
			}
		}
		for _, id := range c.new.e.InstitutionIDs {
			campusOf = campusOf.Set(id, c.new.e.ID)
		}
	}
	return campusOf
}

// data is how the matching engine reads this snapshot.
func (s *Snapshot) data() match.Data {
	return match.Data{
		Partner:     s.partner.get,
		Quartier:    s.quartiere.get,
		Institution: s.institutionen.get,
		CampusOf:    s.CampusOf,
		Members: func(campus drehscheibe.ID) iter.Seq[drehscheibe.ID] {
			k, ok := s.campus.get(campus)
			return func(yield func(drehscheibe.ID) bool) {
				if !ok {
					return
				}
				for _, id := range k.InstitutionIDs {
					if !yield(id) {
						return
					}
				}
			}
		},
		InQuartier: func(quartier drehscheibe.ID) iter.Seq[drehscheibe.ID] {
			return func(yield func(drehscheibe.ID) bool) {
				for _, r := range s.institutionIn.rows(quartier) {
					if !yield(r.e.ID) {
						return
					}
				}
			}
		},
		Bedarfe: func(institution drehscheibe.ID) iter.Seq[*drehscheibe.Bedarf] {
			return func(yield func(*drehscheibe.Bedarf) bool) {
				for _, r := range s.bedarfeOf.rows(institution) {
					if !yield(r.e) {
						return
					}
				}
			}
		},
		Funding: s.funder,
		Institutions: func(yield func(*drehscheibe.Institution) bool) {
			for it := s.institutionen.byID.Iterator(); !it.Done(); {
				_, r, _ := it.Next()
				if !yield(r.e) {
					return
				}
			}
		},
	}
}

// search text of each kind: what the free-text filter looks at.

func quartierRow(q *drehscheibe.Quartier) *row[*drehscheibe.Quartier] {
	return &row[*drehscheibe.Quartier]{e: q, name: fold.String(q.Name),
		text: haystack([]string{q.Name, q.Number, q.Stadtbezirk, q.StatistischerBezirk, q.Aktionsraum})}
}

func institutionRow(in *drehscheibe.Institution) *row[*drehscheibe.Institution] {
	return &row[*drehscheibe.Institution]{e: in, name: fold.String(in.Name),
		text: haystack([]string{in.Name, in.Traeger, in.Type.Label(), in.Address.Street, in.Address.HouseNumber, in.Address.PostalCode, in.Address.City})}
}

func partnerRow(p *drehscheibe.Partner) *row[*drehscheibe.Partner] {
	return &row[*drehscheibe.Partner]{e: p, name: fold.String(p.Name),
		text: haystack([]string{p.Name, p.Kind.Label()}, p.Description)}
}

func modulRow(m *drehscheibe.Modul) *row[*drehscheibe.Modul] {
	return &row[*drehscheibe.Modul]{e: m, name: fold.String(m.Title),
		text: haystack(append([]string{m.Title}, m.Tags...), m.Description), cand: match.NewCandidate(m)}
}

func bedarfRow(b *drehscheibe.Bedarf) *row[*drehscheibe.Bedarf] {
	return &row[*drehscheibe.Bedarf]{e: b, name: fold.String(b.Title),
		text: haystack(append([]string{b.Title}, b.Keywords...), b.Notes)}
}

func campusRow(k *drehscheibe.Kindercampus) *row[*drehscheibe.Kindercampus] {
	return &row[*drehscheibe.Kindercampus]{e: k, name: fold.String(k.Name), text: haystack([]string{k.Name}, k.Description)}
}

func programmeRow(f *drehscheibe.Foerderprogramm) *row[*drehscheibe.Foerderprogramm] {
	return &row[*drehscheibe.Foerderprogramm]{e: f, name: fold.String(f.Name), text: haystack([]string{f.Name, f.Provider.Label()}, f.Description)}
}

// anfrageRow sorts requests by their message's start (they have no name) and finds
// them by their message.
func anfrageRow(a *drehscheibe.Anfrage) *row[*drehscheibe.Anfrage] {
	return &row[*drehscheibe.Anfrage]{e: a, name: string(a.ID), text: haystack(nil, a.Message)}
}

// haystack folds the parts into one search text, separated so that a term never
// matches across two of them. Short parts (names, titles, tags) are also kept in the
// spelling without umlaut dots ("Schuler"); long texts only in the usual folding, to
// keep the catalogue small. strings.Join allocates the text at its final size (a
// builder's doubling left a quarter of each unused; a catalogue holds one per entity).
func haystack(short []string, long ...string) string {
	parts := []string{""} // every part is preceded by the separator
	for _, p := range short {
		if p != "" {
			parts = append(parts, fold.Haystack(p))
		}
	}
	for _, p := range long {
		if p != "" {
			parts = append(parts, fold.String(p))
		}
	}
	return strings.Join(parts, " | ")
}
