package hsds

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Reading the query parameters: every value is bounded before it is parsed, and
// anything the endpoint does not know — a misspelt filter as much as an HSDS parameter
// this service does not offer (full, minimal, postcode, proximity) — is refused rather
// than ignored, so a client never mistakes an unfiltered answer for a filtered one.

// Paging limits.
const (
	defaultPerPage = 50
	maxPerPage     = 100
	maxPage        = 1_000_000
	maxSearchRunes = 200
	// maxRawQuery bounds the whole query string.
	maxRawQuery = 2048
)

// problem is a request the handler refuses: HTTP status, code and a German message,
// naming the parameter at fault.
type problem struct {
	status  int
	code    string
	message string
	param   string
}

func badParam(param, format string, args ...any) *problem {
	return &problem{status: http.StatusBadRequest, code: apierror.BadUserInput, message: fmt.Sprintf(format, args...), param: param}
}

// query returns the request's parameters after checking that each is one the endpoint
// knows (allowed) and given once.
func query(r *http.Request, allowed ...string) (url.Values, *problem) {
	if len(r.URL.RawQuery) > maxRawQuery {
		return nil, badParam("", "Die Abfrage ist zu lang (höchstens %d Zeichen)", maxRawQuery)
	}
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badParam("", "Die Abfrage ist nicht lesbar (falsch kodierte Zeichen)")
	}
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !slices.Contains(allowed, name) {
			known := "keine"
			if len(allowed) > 0 {
				known = strings.Join(allowed, ", ")
			}
			return nil, badParam(name, "Unbekannter oder nicht unterstützter Parameter „%s“; möglich sind: %s", clip(name), known)
		}
		if len(q[name]) > 1 {
			return nil, badParam(name, "Parameter „%s“ ist mehrfach angegeben", name)
		}
	}
	if f := q.Get("format"); f != "" && f != "json" {
		return nil, badParam("format", "Nur format=json wird angeboten (seitenweise), nicht „%s“", clip(f))
	}
	return q, nil
}

// clip shortens a client's text for a message.
func clip(s string) string {
	if len(s) <= 40 && utf8.ValidString(s) {
		return s
	}
	return strconv.QuoteToASCII(s[:min(len(s), 40)]) + "…"
}

// paging is the part of a list a request asks for.
type paging struct{ page, perPage int }

func (p paging) offset() int { return (p.page - 1) * p.perPage }

// pagingOf reads page (from 1) and per_page (1–100, default 50).
func pagingOf(q url.Values) (paging, *problem) {
	p := paging{page: 1, perPage: defaultPerPage}
	var bad *problem
	if p.page, bad = intParam(q, "page", 1, 1, maxPage); bad != nil {
		return p, bad
	}
	p.perPage, bad = intParam(q, "per_page", defaultPerPage, 1, maxPerPage)
	return p, bad
}

// intParam reads a whole number in [lo, hi]; def when the parameter is absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, *problem) {
	s := q.Get(name)
	if !q.Has(name) {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if len(s) > 12 || err != nil || n < lo || n > hi {
		return 0, badParam(name, "%s muss eine ganze Zahl von %d bis %d sein, nicht „%s“", name, lo, hi, clip(s))
	}
	return n, nil
}

// textParam reads a free text of at most maxSearchRunes characters.
func textParam(q url.Values, name string) (string, *problem) {
	s := q.Get(name)
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > maxSearchRunes {
		return "", badParam(name, "%s darf höchstens %d Zeichen lang sein", name, maxSearchRunes)
	}
	return s, nil
}

// uuidParam reads a UUID in its usual form (36 characters); nil when absent.
func uuidParam(q url.Values, name string) (*uuid.UUID, *problem) {
	if !q.Has(name) {
		return nil, nil
	}
	u, bad := parseUUID(q.Get(name), name)
	return &u, bad
}

// parseUUID reads a UUID in its usual form, e.g. from a path.
func parseUUID(s, name string) (uuid.UUID, *problem) {
	u, err := uuid.Parse(s)
	if len(s) != 36 || err != nil {
		return uuid.Nil, badParam(name, "%s ist keine UUID (Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): „%s“", name, clip(s))
	}
	return u, nil
}

// timeParam reads an instant: RFC 3339 ("2026-03-01T08:00:00Z", "…+01:00"), a local
// time without offset ("2026-03-01T08:00:00", Dortmund's time) or a day ("2026-03-01",
// its start in Dortmund). Nil when absent.
func timeParam(q url.Values, name string) (*time.Time, *problem) {
	if !q.Has(name) {
		return nil, nil
	}
	s := q.Get(name)
	if len(s) <= 40 {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			return &t, nil
		}
		for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", time.DateOnly} {
			if t, err := time.ParseInLocation(layout, s, drehscheibe.Dortmund); err == nil {
				return &t, nil
			}
		}
	}
	return nil, badParam(name, "%s ist kein Zeitpunkt (z. B. 2026-03-01T08:00:00Z, 2026-03-01T08:00:00+01:00 oder 2026-03-01): „%s“", name, clip(s))
}
