package opendata

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// table is a CSV file read leniently: a row that cannot be parsed or has the wrong
// number of fields comes back with err set; the rows after it are still read.
type table struct {
	columns map[string]int // folded header name → index
	width   int
	rows    []tableRow
}

type tableRow struct {
	// line is the line the row starts on (the header is line 1).
	line   int
	fields []string
	err    error
}

// readTable reads a CSV file in UTF-8 or Windows-1252, separated by commas, semicolons
// (German spreadsheets) or tabs, whichever the header line holds most of. It fails when
// the file cannot be read, is empty or lacks one of the required columns.
func readTable(path string, required ...string) (*table, string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	text, enc := decodeText(raw)
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = separator(text)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, enc, errors.New("die Datei ist leer")
	}
	if err != nil {
		return nil, enc, fmt.Errorf("Kopfzeile unlesbar: %w", err)
	}
	t := &table{columns: map[string]int{}, width: len(header)}
	for i, h := range header {
		t.columns[foldKey(h)] = i
	}
	var missing []string
	for _, c := range required {
		if _, ok := t.columns[foldKey(c)]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, enc, fmt.Errorf("Spalten fehlen: %s", strings.Join(missing, ", "))
	}
	for {
		fields, err := r.Read()
		if err == io.EOF {
			break
		}
		row := tableRow{fields: fields}
		if err == nil {
			row.line, _ = r.FieldPos(0)
		}
		var perr *csv.ParseError
		switch {
		case errors.As(err, &perr):
			row.line, row.err = perr.StartLine, fmt.Errorf("Zeile nicht lesbar: %v", perr.Err)
		case err != nil:
			return nil, enc, err
		case len(fields) == 1 && strings.TrimSpace(fields[0]) == "":
			continue // a line of blanks
		case len(fields) != t.width:
			row.err = fmt.Errorf("%d Felder statt %d", len(fields), t.width)
		}
		t.rows = append(t.rows, row)
	}
	return t, enc, nil
}

// separator picks the field separator by counting candidates in the header line
// (outside quotes).
func separator(text []byte) rune {
	header, _, _ := bytes.Cut(text, []byte("\n"))
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(header) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// get returns the cleaned value of a column of row ("" when the table lacks it).
func (t *table) get(row tableRow, column string) string {
	i, ok := t.columns[foldKey(column)]
	if !ok || i >= len(row.fields) {
		return ""
	}
	return cleanText(row.fields[i])
}
