package importer

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/opendata"
)

// Report says what an import did.
type Report struct {
	// Data is the reader's report: files, skipped rows, disagreements, unmatched
	// school-list rows.
	Data   *opendata.Report
	DryRun bool
	// Kinds counts the outcomes by kind of entity.
	Kinds map[string]*Counts
	order []string
	// Kept lists entities whose fields people edited and the source says otherwise:
	// those fields were left as they are.
	Kept []Note
	// Failed lists records that could not be written, with the reason.
	Failed []Note
	// Campus says what happened to the Kindercampus sites.
	Campus []string
	Took   time.Duration
}

// Counts are the outcomes of one kind.
type Counts struct {
	Created, Updated, Unchanged, Skipped int
}

// Note is a record and what there is to say about it.
type Note struct {
	Kind, Name, Text string
}

func (r *Report) counts(kind string) *Counts {
	if c, ok := r.Kinds[kind]; ok {
		return c
	}
	c := &Counts{}
	r.Kinds[kind], r.order = c, append(r.order, kind)
	return c
}

func (r *Report) add(c *Counts, kind string, rec record, res drehscheibe.ImportResult, err error) {
	if err != nil {
		c.Skipped++
		r.Failed = append(r.Failed, Note{kind, rec.name, drehscheibe.ErrorMessage(err) + problems(err)})
		return
	}
	switch res.Outcome {
	case drehscheibe.ImportCreated:
		c.Created++
	case drehscheibe.ImportUpdated:
		c.Updated++
	default:
		c.Unchanged++
	}
	if len(res.Kept) > 0 {
		r.Kept = append(r.Kept, Note{kind, rec.name, strings.Join(res.Kept, ", ")})
	}
}

// problems lists the rules an invalid record broke, beyond the first.
func problems(err error) string {
	e, ok := drehscheibe.AsError(err)
	if !ok || len(e.Problems) < 2 {
		return ""
	}
	var parts []string
	for _, p := range e.Problems {
		parts = append(parts, strings.Join(p.Field, ".")+": "+p.Message)
	}
	return " [" + strings.Join(parts, "; ") + "]"
}

// Total sums the counts of every kind.
func (r *Report) Total() Counts {
	var t Counts
	for _, c := range r.Kinds {
		t.Created += c.Created
		t.Updated += c.Updated
		t.Unchanged += c.Unchanged
		t.Skipped += c.Skipped
	}
	return t
}

// WriteTo writes the report for people.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	if r.DryRun {
		b.WriteString("Probelauf (--dry-run): nichts wurde geschrieben.\n\n")
	}
	_, _ = r.Data.WriteTo(&b)
	b.WriteString("\nImport:\n")
	fmt.Fprintf(&b, "  %-24s %8s %12s %10s %12s\n", "", "neu", "aktualisiert", "unverändert", "übersprungen")
	for _, k := range r.order {
		c := r.Kinds[k]
		fmt.Fprintf(&b, "  %-24s %8d %12d %10d %12d\n", k, c.Created, c.Updated, c.Unchanged, c.Skipped)
	}
	for _, list := range []struct {
		title string
		notes []Note
	}{
		{"Von Menschen geänderte Felder, die der Import nicht überschrieben hat", r.Kept},
		{"Nicht geschrieben", r.Failed},
	} {
		if len(list.notes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s (%d):\n", list.title, len(list.notes))
		notes := slices.Clone(list.notes)
		slices.SortFunc(notes, func(a, b Note) int { return strings.Compare(a.Kind+a.Name, b.Kind+b.Name) })
		for _, n := range notes {
			fmt.Fprintf(&b, "  %s: %s — %s\n", n.Kind, n.Name, n.Text)
		}
	}
	if len(r.Campus) > 0 {
		b.WriteString("\nKindercampus:\n")
		for _, c := range r.Campus {
			fmt.Fprintf(&b, "  %s\n", c)
		}
	}
	fmt.Fprintf(&b, "\nDauer: %s\n", r.Took.Round(time.Millisecond))
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// String is the report for people.
func (r *Report) String() string {
	var b strings.Builder
	_, _ = r.WriteTo(&b)
	return b.String()
}
