// Package printdoctest reads PDFs back in tests with Debian's poppler-utils
// (pdftotext, pdfinfo, pdfimages): the text a reader copies out of a page, the
// metadata, the pictures. Only tests import it.
package printdoctest

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// Pages returns the text of each page of pdf as pdftotext extracts it (reading
// order, UTF-8). It skips the test when pdftotext is not installed (.ci/run installs
// poppler-utils, so CI always has it).
func Pages(t testing.TB, pdf []byte) []string {
	t.Helper()
	out := run(t, pdf, "pdftotext", "-enc", "UTF-8", "{pdf}", "-")
	pages := strings.Split(out, "\f")
	if len(pages) > 1 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1] // pdftotext ends every page with a form feed
	}
	return pages
}

// Text returns the text of the whole pdf with runs of white space (line ends and
// the gaps between table cells) made one space each.
func Text(t testing.TB, pdf []byte) string {
	t.Helper()
	return Squeeze(strings.Join(Pages(t, pdf), " "))
}

// Squeeze makes every run of white space in s one space.
func Squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// Info returns pdfinfo's fields of pdf ("Title", "Author", "Pages", "CreationDate" …).
func Info(t testing.TB, pdf []byte) map[string]string {
	t.Helper()
	info := map[string]string{}
	for _, line := range strings.Split(run(t, pdf, "pdfinfo", "-enc", "UTF-8", "-isodates", "{pdf}"), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// Images returns the number of pictures pdfimages finds in pdf.
func Images(t testing.TB, pdf []byte) int {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(run(t, pdf, "pdfimages", "-list", "{pdf}")), "\n")
	return max(0, len(lines)-2) // two header lines
}

// Pictures returns the pictures of pdf as pdfimages extracts them, in the order of
// the PDF (a picture's transparency mask, if it has one, follows it).
func Pictures(t testing.TB, pdf []byte) []image.Image {
	t.Helper()
	dir := t.TempDir()
	run(t, pdf, "pdfimages", "-png", "{pdf}", filepath.Join(dir, "bild"))
	files, err := filepath.Glob(filepath.Join(dir, "bild-*.png"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []image.Image
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, img)
	}
	return out
}

// run runs a poppler tool on pdf (written to a temporary file named by "{pdf}").
func run(t testing.TB, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s is not installed (apt-get install poppler-utils; .ci/run installs it): PDF text not checked", tool)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, a := range args {
		if a == "{pdf}" {
			args[i] = path
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tool, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, stderr.String())
	}
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Errorf("%s complains about the PDF: %s", tool, s)
	}
	return string(out)
}
