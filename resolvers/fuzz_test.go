package resolvers

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// badInputOnly fails unless err is nil or a coded EINVALID with a readable message.
func badInputOnly(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	e, ok := drehscheibe.AsError(err)
	if !ok || e.Code != drehscheibe.EINVALID || e.Message == "" || !utf8.ValidString(e.Message) {
		t.Fatalf("want a coded EINVALID with a valid message, got %#v", err)
	}
}

// The seed corpora run as ordinary tests; `go test -fuzz FuzzX ./resolvers` explores.

func FuzzDecodeCursor(f *testing.F) {
	order := "mod.0.false"
	f.Add(encodeCursor(order, "fussball-ag", "mod_aaaaaaaaaaaaaaaaaaaaaaaaaa"))
	f.Add(encodeCursor("qua.1.true", "x", "qua_a"))
	f.Add("")
	f.Add("!!!!")
	f.Add("YzJ8bW9kLjAuZmFsc2V8fG1vZF94")
	f.Add(strings.Repeat("A", 2000))
	f.Fuzz(func(t *testing.T, c string) {
		key, id, err := decodeCursor(c, order)
		badInputOnly(t, err)
		if err != nil {
			return
		}
		k2, id2, err := decodeCursor(encodeCursor(order, key, id), order)
		if err != nil || k2 != key || id2 != id || drehscheibe.ID(id).Kind() == "" {
			t.Fatalf("cursor %q decodes to (%q, %q) but does not round-trip: %v", c, key, id, err)
		}
	})
}

func FuzzDecodeAuditCursor(f *testing.F) {
	f.Add(encodeAuditCursor(drehscheibe.AuditEntry{ID: drehscheibe.NewID(drehscheibe.KindAudit)}))
	f.Add("")
	f.Add("YTF8MTIzfGF1ZF94")
	f.Add("YTF8LTk5OTk5OTk5OTk5OTk5OTk5OTk5fGF1ZF94")
	f.Fuzz(func(t *testing.T, c string) {
		pos, err := decodeAuditCursor(c)
		badInputOnly(t, err)
		if err == nil && !pos.ID.Is(drehscheibe.KindAudit) {
			t.Fatalf("cursor %q gives position %+v", c, pos)
		}
	})
}

func FuzzFilters(f *testing.F) {
	f.Add("Fußball", "par_aaaaaaaaaaaaaaaaaaaaaaaaaa", "qua_x", 6, 10, "mod_x")
	f.Add("$where", `{"$ne": ""}`, "", -1, 99, "")
	f.Add(strings.Repeat("ä", 300), "par_", "qua_\xff", 10, 6, "ins_"+strings.Repeat("a", 100))
	f.Fuzz(func(t *testing.T, text, partner, quartier string, lo, hi int, other string) {
		age := &model.AgeRangeInput{Min: lo, Max: hi}
		_, err := toCatalogModulFilter(&model.ModulFilter{Text: &text, PartnerID: &partner, QuartierID: &quartier, AgeRange: age})
		badInputOnly(t, err)
		_, err = toCatalogBedarfFilter(&model.BedarfFilter{Text: &text, InstitutionID: &other, QuartierID: &quartier})
		badInputOnly(t, err)
		_, err = toCatalogInstitutionFilter(&model.InstitutionFilter{Text: &text, QuartierID: &quartier, KindercampusID: &other})
		badInputOnly(t, err)
		_, err = toCatalogPartnerFilter(&model.PartnerFilter{Text: &text, QuartierID: &quartier})
		badInputOnly(t, err)
		_, err = toCoverageArea(model.CoverageFilter{QuartierID: &quartier, KindercampusID: &other})
		badInputOnly(t, err)
		if s := truncate(text, lo&63); !utf8.ValidString(s) {
			t.Fatalf("truncate(%q) = %q is not valid UTF-8", text, s)
		}
	})
}
