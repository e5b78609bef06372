// Package opendatatest assembles small cities from the reader's test data
// (internal/opendata/testdata) for the tests of the reader, the importer and the
// import command.
package opendatatest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// City copies the files of the named fixture folders into a temporary directory and
// returns it; a later folder's file replaces an earlier one of the same name. "base"
// holds three Unterbezirke (535 Clarenberg and 532 Hörde side by side, 910
// Bodelschwingh); "latin1" schools, youth centres and the school list in ISO-8859-1.
func City(tb testing.TB, folders ...string) string {
	tb.Helper()
	_, here, _, _ := runtime.Caller(0)
	testdata := filepath.Join(filepath.Dir(here), "..", "testdata")
	dir := tb.TempDir()
	for _, folder := range folders {
		files, err := filepath.Glob(filepath.Join(testdata, folder, "*"))
		if err != nil || len(files) == 0 {
			tb.Fatalf("fixture %s: no files (%v)", folder, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return dir
}
