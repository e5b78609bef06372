package opendata

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Report says what Read made of the files: per file what was read, and every row it
// skipped, every contradiction between sources it resolved, every school-list row it
// could not join and every value it dropped. Messages are German, for the operator.
type Report struct {
	Dir string
	// ReadAt is the time passed to Read; nothing else in the dataset carries a time.
	ReadAt time.Time
	Files  []FileSummary
	// Skipped are rows that produced no record.
	Skipped []Problem
	// Disagreements are rows whose sources contradict each other; the reason says which
	// value was used and why.
	Disagreements []Problem
	// UnmatchedSchools are rows of the school list joined to no school site.
	UnmatchedSchools []Problem
	// Notes are records kept with a value dropped or inferred, and joins worth a look.
	Notes []Problem
}

// FileSummary is what one file contributed.
type FileSummary struct {
	Name string
	// Encoding is EncodingUTF8 or EncodingWindows1252 ("" when the file was not read).
	Encoding string
	// Rows counts the data rows (features, CSV records) found.
	Rows int
	// Records counts what the rows became: Quartiere, institutions, library sites, or
	// for the school list the rows joined to a school site.
	Records int
	// Skipped counts the rows that produced no record.
	Skipped int
	// Err is set when the file is missing or cannot be parsed at all.
	Err error
}

// Problem is one finding about one row (Row 0: about the file or a derived value).
type Problem struct {
	File string
	// Row is the 1-based feature index in a GeoJSON file, the line in a CSV file.
	Row  int
	Name string
	Kind ProblemKind
	// Reason says what is wrong and, for disagreements and notes, what was done.
	Reason string
}

// ProblemKind classifies a Problem.
type ProblemKind string

// The kinds of problems.
const (
	// Skipped rows.
	KindMalformed   ProblemKind = "malformed"    // name, coordinates or geometry missing or broken
	KindInvalid     ProblemKind = "invalid"      // the entity fails its Validate
	KindNotImported ProblemKind = "not-imported" // a type outside the domain (by decision, see doc.go)
	KindDuplicate   ProblemKind = "duplicate"    // same key as an earlier row
	KindNoQuartier  ProblemKind = "no-quartier"  // outside every Unterbezirk, no known ubznr

	// Disagreements.
	KindUnterbezirk ProblemKind = "unterbezirk" // the point's polygon and its ubznr differ
	KindOutside     ProblemKind = "outside"     // the point lies in no polygon; its ubznr was used
	KindRegion      ProblemKind = "region"      // Stadtbezirk, statistischer Bezirk or Aktionsraum contradict

	// School list.
	KindUnmatched ProblemKind = "unmatched" // no school site found

	// Notes.
	KindDropped  ProblemKind = "dropped"  // an optional value was dropped
	KindDistance ProblemKind = "distance" // a school-list row joined by distance, not address
	KindNoList   ProblemKind = "no-list"  // a Grundschule site without a school-list row
)

var kindLabels = map[ProblemKind]string{
	KindMalformed:   "fehlerhaft",
	KindInvalid:     "ungültig",
	KindNotImported: "nicht übernommen",
	KindDuplicate:   "doppelt",
	KindNoQuartier:  "ohne Quartier",
	KindUnterbezirk: "Unterbezirk abweichend",
	KindOutside:     "außerhalb aller Unterbezirke",
	KindRegion:      "Gebietsangabe widersprüchlich",
	KindUnmatched:   "ohne Schulstandort",
	KindDropped:     "Wert verworfen",
	KindDistance:    "per Entfernung zugeordnet",
	KindNoList:      "ohne Schulliste",
}

// Label returns the German name of the kind.
func (k ProblemKind) Label() string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return string(k)
}

// String formats the problem as one line: file, row, name, reason.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Row > 0 {
		fmt.Fprintf(&b, " Zeile %d", p.Row)
	}
	if p.Name != "" {
		fmt.Fprintf(&b, " „%s“", p.Name)
	}
	b.WriteString(": ")
	b.WriteString(p.Reason)
	return b.String()
}

// Count returns how many problems of kind k the report holds.
func (r *Report) Count(k ProblemKind) int {
	n := 0
	for _, list := range [][]Problem{r.Skipped, r.Disagreements, r.UnmatchedSchools, r.Notes} {
		for _, p := range list {
			if p.Kind == k {
				n++
			}
		}
	}
	return n
}

// Err returns the first file error, or nil.
func (r *Report) Err() error {
	for _, f := range r.Files {
		if f.Err != nil {
			return fmt.Errorf("%s: %w", f.Name, f.Err)
		}
	}
	return nil
}

// String returns the report as text (see WriteTo).
func (r *Report) String() string {
	var b strings.Builder
	_, _ = r.WriteTo(&b)
	return b.String()
}

// WriteTo writes a human summary: the files, then every section with its counts by
// kind and its entries. Rows not imported by decision are summed up by reason, not
// listed one by one.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	fmt.Fprintf(cw, "Offene Daten Dortmund aus %s", r.Dir)
	if !r.ReadAt.IsZero() {
		fmt.Fprintf(cw, ", gelesen %s", r.ReadAt.Format("02.01.2006 15:04:05 MST"))
	}
	fmt.Fprintln(cw)
	for _, f := range r.Files {
		if f.Err != nil {
			fmt.Fprintf(cw, "  %-42s FEHLER: %v\n", f.Name, f.Err)
			continue
		}
		fmt.Fprintf(cw, "  %-42s %-12s %4d Zeilen, %4d übernommen, %4d übersprungen\n", f.Name, f.Encoding, f.Rows, f.Records, f.Skipped)
	}
	writeSection(cw, "Übersprungen", r.Skipped)
	writeSection(cw, "Abweichungen", r.Disagreements)
	writeSection(cw, "Schulliste ohne Zuordnung", r.UnmatchedSchools)
	writeSection(cw, "Hinweise", r.Notes)
	return cw.n, cw.err
}

func writeSection(w io.Writer, title string, list []Problem) {
	if len(list) == 0 {
		return
	}
	fmt.Fprintf(w, "%s: %d\n", title, len(list))
	var kinds []ProblemKind
	count := map[ProblemKind]int{}
	for _, p := range list {
		if count[p.Kind] == 0 {
			kinds = append(kinds, p.Kind)
		}
		count[p.Kind]++
	}
	if len(kinds) > 1 {
		for _, k := range kinds {
			fmt.Fprintf(w, "  %4d %s\n", count[k], k.Label())
		}
	}
	var reasons []string
	byReason := map[string]int{}
	for _, p := range list {
		if p.Kind != KindNotImported {
			fmt.Fprintf(w, "  - %s\n", p)
			continue
		}
		key := p.File + ": " + p.Reason
		if byReason[key] == 0 {
			reasons = append(reasons, key)
		}
		byReason[key]++
	}
	for _, k := range reasons {
		fmt.Fprintf(w, "  - %d × %s\n", byReason[k], k)
	}
}

// countingWriter counts what it writes and keeps the first error.
type countingWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
