// Package export writes the published catalogue as CSV files for spreadsheets: UTF-8
// with a byte order mark and semicolons between the fields, which is what Excel with
// German settings opens correctly (umlauts, one column per field), numbers with a
// decimal comma. Like the public API it holds no personal data: published Module and
// partners without their contact persons.
package export

import (
	"bufio"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Refuse answers a refused request with status, a code and a German message.
type Refuse = func(w http.ResponseWriter, r *http.Request, status int, code, message string, extra map[string]any)

// bom makes Excel read the file as UTF-8.
const bom = "\uFEFF"

// chunk is how many entities are read from the snapshot at a time.
const chunk = 500

// file serves one CSV file: the header, then write's rows, read from the snapshot
// current at the request as an anonymous caller sees it.
func file(name string, snapshot func() *catalog.Snapshot, refuse Refuse, header []string, rows func(v *catalog.View, emit func([]string) error) error) http.HandlerFunc {
	return fileAs(name, snapshot, refuse, func(*http.Request) drehscheibe.Principal { return drehscheibe.Principal{} }, header, rows)
}

// fileAs is file for the caller principal names (rows refuse what it may not see).
func fileAs(name string, snapshot func() *catalog.Snapshot, refuse Refuse, principal func(*http.Request) drehscheibe.Principal,
	header []string, rows func(v *catalog.View, emit func([]string) error) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap := snapshot()
		if !snap.Loaded {
			refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable, apierror.CatalogNotLoaded, nil)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		h.Set("X-Catalog-Version", strconv.FormatInt(snap.Version, 10))
		if r.Method == http.MethodHead {
			return
		}
		bw := bufio.NewWriterSize(w, 32<<10)
		_, _ = bw.WriteString(bom)
		cw := csv.NewWriter(bw)
		cw.Comma, cw.UseCRLF = ';', true
		emit := func(record []string) error {
			for i, f := range record {
				record[i] = defused(f)
			}
			return cw.Write(record)
		}
		if emit(header) != nil || rows(snap.As(principal(r)), emit) != nil {
			return // the client went away
		}
		cw.Flush()
		_ = bw.Flush()
	}
}

// each calls f with every entity of l in order, reading chunk at a time.
func each[T drehscheibe.Entity](l catalog.List[T], f func(T) error) error {
	var after *catalog.Position
	n := chunk
	for {
		p := l.Page(catalog.PageRequest{After: after, First: &n})
		for _, e := range p.Items {
			if err := f(e); err != nil {
				return err
			}
		}
		if !p.HasNext || len(p.Items) == 0 {
			return nil
		}
		i := len(p.Items) - 1
		after = &catalog.Position{Key: p.Keys[i], ID: drehscheibe.MetaOf(p.Items[i]).ID}
	}
}

// defused keeps a spreadsheet from taking a text for a formula: a field that starts
// with =, +, -, @ or a tab or carriage return gets a leading apostrophe (OWASP's advice
// against CSV injection; partners write titles and descriptions).
func defused(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

var german = message.NewPrinter(language.German)

// decimal formats x with places decimals and a decimal comma ("1.234,50").
func decimal(x float64, places int) string { return german.Sprintf("%.*f", places, x) }

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nein"
}

func count(n int) string { return strconv.Itoa(n) }

// localTime formats an instant in Dortmund's time, as a spreadsheet reads it.
func localTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(drehscheibe.Dortmund).Format("2006-01-02 15:04")
}

func date(d drehscheibe.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// labels joins the German names of enum values.
func labels[T interface{ Label() string }](vs []T) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Label()
	}
	return strings.Join(names, ", ")
}

// languageNames joins the German names of language tags.
func languageNames(tags []string) string {
	names := make([]string, len(tags))
	for i, t := range tags {
		names[i] = drehscheibe.LanguageName(t)
	}
	return strings.Join(names, ", ")
}
