package opendata

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The files Read looks for in its directory.
const (
	FileUnterbezirke = "do_data2024.geojson"
	FileKitas        = "kindergarten.geojson"
	FileSchools      = "schools.geojson"
	FileYouthCentres = "youth_centers.geojson"
	FileLibraries    = "libraries.geojson"
	FileSchoolList   = "dortmund_schulen_2024_25_sozialindex.csv"
)

// Dataset is what Read makes of the files. Every Quartier and Institution passed its
// Validate; their Meta carries the stable ID only (no version, no times).
type Dataset struct {
	Quartiere    []QuartierRecord
	Institutions []InstitutionRecord
	// Libraries are candidate partner sites, not institutions.
	Libraries []Site
	Report    Report
}

// ErrNoQuartiere is returned (wrapped) by Read when no Quartier could be read, so that
// no institution could be placed.
var ErrNoQuartiere = errors.New("keine Quartiere gelesen")

// Read reads the open-data files in dir. now is stamped into the report only.
//
// Read never stops at a bad row or a bad file: it skips what it cannot use and says so
// in the report. It always returns a Dataset (with the report); the error is non-nil
// only when dir cannot be read or no Quartier could be read from FileUnterbezirke (it
// wraps ErrNoQuartiere then), because every institution needs a Quartier. A missing or
// unparseable point file or school list is an error of that file in the report
// (FileSummary.Err, Report.Err) and leaves the rest intact.
func Read(dir string, now time.Time) (*Dataset, error) {
	ds := &Dataset{Report: Report{Dir: dir, ReadAt: now}}
	if fi, err := os.Stat(dir); err != nil {
		return ds, fmt.Errorf("opendata: %w", err)
	} else if !fi.IsDir() {
		return ds, fmt.Errorf("opendata: %s ist kein Verzeichnis", dir)
	}
	b := &builder{ds: ds, rep: &ds.Report, regions: newRegions()}
	summaries := map[string]*FileSummary{}
	for _, name := range []string{FileUnterbezirke, FileKitas, FileSchools, FileYouthCentres, FileLibraries, FileSchoolList} {
		ds.Report.Files = append(ds.Report.Files, FileSummary{Name: name})
	}
	for i := range ds.Report.Files {
		summaries[ds.Report.Files[i].Name] = &ds.Report.Files[i]
	}

	// The point files first: their rows name the areas the Quartiere lie in.
	points := map[string][]parsedRow{}
	for _, name := range []string{FileKitas, FileSchools, FileYouthCentres, FileLibraries} {
		feats := b.open(dir, name, summaries[name])
		rows := make([]parsedRow, len(feats))
		for i, f := range feats {
			r, err := parsePointRow(name, f)
			rows[i] = parsedRow{row: r, err: err}
			if f.err == nil {
				b.regions.add(&rows[i].row, b.rep)
			}
		}
		points[name] = rows
	}

	units := parseUnterbezirke(FileUnterbezirke, b.open(dir, FileUnterbezirke, summaries[FileUnterbezirke]), b.rep)
	ds.Quartiere = buildQuartiere(FileUnterbezirke, units, b.regions, b.rep)
	b.areas = newAreaIndex(units, ds.Quartiere)
	b.rep.Notes = append(b.rep.Notes, b.regions.unnumberedNotes()...)

	b.readInstitutions(FileKitas, points[FileKitas], kitaKinds)
	sites := b.readInstitutions(FileSchools, points[FileSchools], schoolKinds)
	b.readInstitutions(FileYouthCentres, points[FileYouthCentres], youthKinds)
	b.readLibraries(FileLibraries, points[FileLibraries])

	list := summaries[FileSchoolList]
	if t := b.openTable(dir, FileSchoolList, list); t != nil {
		list.Rows, list.Records = len(t.rows), b.joinSchools(FileSchoolList, t, sites)
	}
	b.schoolSozialindex()

	summaries[FileUnterbezirke].Records = len(ds.Quartiere)
	for _, r := range ds.Institutions {
		summaries[r.Source].Records++
	}
	summaries[FileLibraries].Records = len(ds.Libraries)
	for i := range ds.Report.Files {
		if f := &ds.Report.Files[i]; f.Err == nil {
			f.Skipped = f.Rows - f.Records
		}
	}
	if len(ds.Quartiere) == 0 {
		cause := ErrNoQuartiere
		if err := summaries[FileUnterbezirke].Err; err != nil {
			cause = fmt.Errorf("%w: %w", ErrNoQuartiere, err)
		}
		return ds, fmt.Errorf("opendata: %s: %w", FileUnterbezirke, cause)
	}
	return ds, nil
}

// builder holds the state of one Read.
type builder struct {
	ds      *Dataset
	rep     *Report
	regions *regions
	areas   *areaIndex
}

// parsedRow is a row of a point file as parsed, with the reason it is unusable.
type parsedRow struct {
	row pointRow
	err error
}

// open reads a GeoJSON file and records the outcome in its summary; nil on failure.
func (b *builder) open(dir, name string, s *FileSummary) []feature {
	feats, enc, err := readFeatures(filepath.Join(dir, name))
	s.Encoding, s.Rows = enc, len(feats)
	if err != nil {
		s.Err = fileError(err)
		return nil
	}
	return feats
}

// openTable reads the school list and records the outcome in its summary; nil on
// failure.
func (b *builder) openTable(dir, name string, s *FileSummary) *table {
	t, enc, err := readTable(filepath.Join(dir, name), schoolListColumns...)
	s.Encoding = enc
	if err != nil {
		s.Err = fileError(err)
		return nil
	}
	return t
}

func fileError(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("Datei fehlt: %w", err)
	}
	return err
}

// schoolSozialindex sets each Quartier's SchoolSozialindex to the mean Sozialindex of
// the Grundschulen placed in it (rounded to two decimals; nil when none has one).
// Secondary schools do not count: they are not imported, and their pupils come from
// far beyond the Quartier, while a Grundschule's catchment is the neighbourhood.
func (b *builder) schoolSozialindex() {
	sum, n := map[drehscheibe.ID]float64{}, map[drehscheibe.ID]int{}
	for _, r := range b.ds.Institutions {
		if r.School != nil && r.School.Sozialindex != nil && r.Institution.Type == drehscheibe.InstitutionGrundschule {
			sum[r.Institution.QuartierID] += *r.School.Sozialindex
			n[r.Institution.QuartierID]++
		}
	}
	for _, rec := range b.ds.Quartiere {
		q := rec.Quartier
		if n[q.ID] == 0 {
			continue
		}
		v := math.Round(sum[q.ID]/float64(n[q.ID])*100) / 100
		q.Indicators.SchoolSozialindex = &v
		if err := q.Validate(); err != nil { // cannot happen: every Sozialindex is in 1..9
			q.Indicators.SchoolSozialindex = nil
			b.rep.note(FileUnterbezirke, rec.Row, q.Name, KindDropped, "Schul-Sozialindex nicht übernommen: "+validationMessage(err))
		}
	}
}

// skip records a skipped row.
func (r *Report) skip(file string, row int, name string, kind ProblemKind, reason string) {
	r.Skipped = append(r.Skipped, Problem{File: file, Row: row, Name: name, Kind: kind, Reason: reason})
}

// note records a note.
func (r *Report) note(file string, row int, name string, kind ProblemKind, reason string) {
	r.Notes = append(r.Notes, Problem{File: file, Row: row, Name: name, Kind: kind, Reason: reason})
}

// validationMessage lists every problem of a validation error: "field: message; …".
func validationMessage(err error) string {
	e, ok := drehscheibe.AsError(err)
	if !ok || len(e.Problems) == 0 {
		return err.Error()
	}
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = strings.Join(p.Field, ".") + ": " + p.Message
	}
	return strings.Join(parts, "; ")
}

// duplicates collects rows whose key an earlier row of the same file has, to report
// each key once.
type duplicates struct {
	order []string
	// seen holds the row of every key's first row; first that of duplicated keys
	seen  map[string]int
	first map[string]int
	extra map[string][]Problem
}

func newDuplicates() *duplicates {
	return &duplicates{seen: map[string]int{}, first: map[string]int{}, extra: map[string][]Problem{}}
}

// repeated reports whether key was seen in an earlier row, and records the row: as the
// key's first, or as a duplicate of it.
func (d *duplicates) repeated(key, file string, row int, name string) bool {
	if first, ok := d.seen[key]; ok {
		d.add(key, first, Problem{File: file, Row: row, Name: name})
		return true
	}
	d.seen[key] = row
	return false
}

// add records p as a duplicate of the row first with the same key.
func (d *duplicates) add(key string, first int, p Problem) {
	if _, ok := d.first[key]; !ok {
		d.order = append(d.order, key)
		d.first[key] = first
	}
	d.extra[key] = append(d.extra[key], p)
}

// report adds one Skipped entry per key: the first duplicate row, naming the others.
func (d *duplicates) report(rep *Report) {
	for _, key := range d.order {
		ps := d.extra[key]
		rows := make([]string, len(ps))
		for i, p := range ps {
			rows[i] = fmt.Sprint(p.Row)
		}
		what := "Zeile " + rows[0] + " hat"
		if len(rows) > 1 {
			what = "Zeilen " + strings.Join(rows, ", ") + " haben"
		}
		shown := key
		if _, after, ok := strings.Cut(key, "|"); ok {
			shown = after
		}
		p := ps[0]
		p.Kind = KindDuplicate
		p.Reason = fmt.Sprintf("%s denselben Schlüssel (%s) wie Zeile %d; übernommen: Zeile %d", what, shown, d.first[key], d.first[key])
		rep.Skipped = append(rep.Skipped, p)
	}
}
