// Package importer brings the city's open data into the service: it reads the files
// with internal/opendata and merges every record through the domain service
// (drehscheibe.Service.Import), so that validation, references, the audit trail and
// the rule "what people edited stays" hold for imports as for every other write.
package importer

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/opendata"
)

// Importer imports into the service. The context of its calls must carry the system
// principal (drehscheibe.System).
type Importer struct {
	Service *drehscheibe.Service
	// Catalog is loaded: existing Quartiere (by number), partners (by name) and the
	// Kindercampus sites are found there.
	Catalog *catalog.Catalog
	Now     func() time.Time
}

// sources names the origin of each file's records in their provenance.
var sources = map[string]string{
	opendata.FileUnterbezirke: "Stadt Dortmund, Open Data: Unterbezirke mit Sozialindikatoren 2024",
	opendata.FileKitas:        "Stadt Dortmund, Open Data: Kindertageseinrichtungen",
	opendata.FileSchools:      "Stadt Dortmund, Open Data: Schulen",
	opendata.FileYouthCentres: "Stadt Dortmund, Open Data: Jugendfreizeiteinrichtungen",
	opendata.FileLibraries:    "Stadt Dortmund, Open Data: Bibliotheken",
}

// schoolListSource is added for schools joined to the NRW school list.
const schoolListSource = "; IT.NRW / MSB NRW: Schulliste 2024/25"

// Dortmund imports the files in dir: Quartiere, then institutions, then the libraries
// as partners, then the Kindercampus sites are attached to their imported anchor
// schools. A record that cannot be written is skipped and reported; the run goes on.
// dryRun writes nothing. The error is only for a dataset that cannot be read at all.
func (im *Importer) Dortmund(ctx context.Context, dir string, dryRun bool) (*Report, error) {
	started := im.Now()
	ds, err := opendata.Read(dir, started)
	if err != nil {
		return nil, err
	}
	rep := &Report{Data: &ds.Report, DryRun: dryRun, Kinds: map[string]*Counts{}}
	snap := im.Catalog.Current()

	// Quartiere: an existing Quartier with the same Unterbezirk number (the demo
	// data's, or one entered by hand) is the one the record updates
	byNumber := map[string]drehscheibe.ID{}
	for _, q := range snap.Quartiere(catalog.QuartierFilter{}, catalog.Order{}).All() {
		byNumber[q.Number] = q.ID
	}
	quartier := map[drehscheibe.ID]drehscheibe.ID{} // record ID → ID in the service
	for _, r := range ds.Quartiere {
		q := r.Quartier
		id := q.ID
		if existing, ok := byNumber[q.Number]; ok {
			q.ID = existing
		}
		quartier[id] = q.ID
	}
	im.each(ctx, rep, "Quartiere", len(ds.Quartiere), func(i int) record {
		r := ds.Quartiere[i]
		return record{entity: r.Quartier, name: r.Quartier.Name + " (" + r.Quartier.Number + ")",
			src: drehscheibe.Provenance{Name: sources[opendata.FileUnterbezirke], Key: r.Key, ImportedAt: started}}
	}, dryRun)

	im.each(ctx, rep, "Institutionen", len(ds.Institutions), func(i int) record {
		r := ds.Institutions[i]
		in := r.Institution
		in.QuartierID = quartier[in.QuartierID]
		name := sources[r.Source]
		if r.School != nil {
			name += schoolListSource
		}
		return record{entity: in, name: in.Name + ", " + in.Address.Street + " " + in.Address.HouseNumber,
			src: drehscheibe.Provenance{Name: name, Key: r.Key, ImportedAt: started}}
	}, dryRun)

	partners := map[string]drehscheibe.ID{}
	for _, p := range snap.Partners(catalog.PartnerFilter{}, catalog.Order{}).All() {
		partners[fold.String(p.Name)] = p.ID
	}
	im.each(ctx, rep, "Partner (Bibliotheken)", len(ds.Libraries), func(i int) record {
		s := ds.Libraries[i]
		p := libraryPartner(s, quartier[s.QuartierID])
		if existing, ok := partners[fold.String(p.Name)]; ok {
			p.ID = existing
		}
		return record{entity: p, name: p.Name, src: drehscheibe.Provenance{Name: sources[opendata.FileLibraries], Key: s.Key, ImportedAt: started}}
	}, dryRun)

	im.attachCampus(ctx, rep, ds, quartier, dryRun)
	rep.Took = im.Now().Sub(started)
	return rep, nil
}

// record is one entity to import, with a name for the report.
type record struct {
	entity drehscheibe.Entity
	name   string
	src    drehscheibe.Provenance
}

// workers is how many records are imported at once: the database does the work, and
// a few writes in flight hide its round trips.
var workers = min(4, runtime.GOMAXPROCS(0)*2)

// each imports n records of one kind, a few at a time, and counts the outcomes.
func (im *Importer) each(ctx context.Context, rep *Report, kind string, n int, rec func(int) record, dryRun bool) {
	counts := rep.counts(kind)
	var mu sync.Mutex
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := rec(i)
				res, err := im.Service.Import(ctx, r.entity, r.src, dryRun)
				mu.Lock()
				rep.add(counts, kind, r, res, err)
				mu.Unlock()
			}
		}()
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
}

// libraryPartner turns a public library into a partner profile: a candidate for
// reading and media offers in its neighbourhood.
func libraryPartner(s opendata.Site, quartier drehscheibe.ID) *drehscheibe.Partner {
	p := &drehscheibe.Partner{
		Meta:        drehscheibe.Meta{ID: drehscheibe.StableID(drehscheibe.KindPartner, s.Key)},
		Name:        s.Name,
		Kind:        drehscheibe.PartnerOeffentlicheEinrichtung,
		Description: "Öffentliche Bibliothek der Stadt Dortmund: Leseförderung, Medienbildung und Veranstaltungen für Kinder und Familien im Stadtteil.",
		Themes:      []drehscheibe.Theme{drehscheibe.ThemeMusikKultur, drehscheibe.ThemeMintDigitales},
		Address:     s.Address,
		Location:    &drehscheibe.GeoPoint{Lat: s.Location.Lat, Lon: s.Location.Lon},
		Website:     s.Website,
		Languages:   []string{"de"},
	}
	p.ServiceArea.RadiusKm = 3
	if quartier != "" {
		p.ServiceArea.QuartierIDs = []drehscheibe.ID{quartier}
	}
	return p
}

// anchors are the schools the demo Kindercampus sites are built around, by the name
// the city's school file gives them.
var anchors = []string{"Stiftschule", "Westhausenschule"}

// attachCampus makes the imported anchor schools the anchors of the Kindercampus sites
// in their Quartiere, when both schools were imported: each site's anchor (and its place
// among the members) becomes the imported school.
func (im *Importer) attachCampus(ctx context.Context, rep *Report, ds *opendata.Dataset, quartier map[drehscheibe.ID]drehscheibe.ID, dryRun bool) {
	found := map[string]*drehscheibe.Institution{}
	for _, r := range ds.Institutions {
		for _, a := range anchors {
			if r.Institution.Type == drehscheibe.InstitutionGrundschule && fold.String(r.Institution.Name) == fold.String(a) {
				found[a] = r.Institution
			}
		}
	}
	if len(found) != len(anchors) {
		rep.Campus = append(rep.Campus, fmt.Sprintf("Kindercampus nicht umgehängt: nicht alle Ankerschulen importiert (%d von %d)", len(found), len(anchors)))
		return
	}
	snap := im.Catalog.Current()
	for _, a := range anchors {
		school := found[a]
		var campus *drehscheibe.Kindercampus
		for _, k := range snap.KindercampusStandorte().All() {
			if k.QuartierID == school.QuartierID {
				campus = k
			}
		}
		if campus == nil {
			rep.Campus = append(rep.Campus, fmt.Sprintf("%s: kein Kindercampus in ihrem Quartier", school.Name))
			continue
		}
		if campus.AnchorSchoolID == school.ID {
			rep.Campus = append(rep.Campus, fmt.Sprintf("%s: Ankerschule ist bereits %s", campus.Name, school.Name))
			continue
		}
		members := []drehscheibe.ID{school.ID}
		for _, id := range campus.InstitutionIDs {
			if id != campus.AnchorSchoolID && id != school.ID {
				members = append(members, id)
			}
		}
		before := string(campus.AnchorSchoolID)
		if in, ok := snap.Institution(campus.AnchorSchoolID); ok {
			before = in.Name
		}
		msg := fmt.Sprintf("%s: Ankerschule ist jetzt die importierte %s (statt %s)", campus.Name, school.Name, before)
		if dryRun {
			msg = fmt.Sprintf("%s: Ankerschule würde die importierte %s (statt %s)", campus.Name, school.Name, before)
		}
		if !dryRun {
			_, err := im.Service.UpdateKindercampus(ctx, campus.ID, campus.Version,
				drehscheibe.KindercampusPatch{AnchorSchoolID: drehscheibe.Set(school.ID), InstitutionIDs: drehscheibe.Set(members)})
			if err != nil {
				msg = fmt.Sprintf("%s: Ankerschule nicht umgehängt: %s", campus.Name, drehscheibe.ErrorMessage(err))
			}
		}
		rep.Campus = append(rep.Campus, msg)
	}
}
