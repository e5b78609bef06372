package networkcache

import (
	"bufio"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// Refuse answers a refused request with status, a code and a German message (the
// server's one refusal writer).
type Refuse = func(w http.ResponseWriter, r *http.Request, status int, code, message string, extra map[string]any)

// Format is a file format of the downloads.
type Format struct {
	// Extension is the file name's ending, without the dot.
	Extension   string
	ContentType string
	Write       func(io.Writer, *network.Network) error
}

// The formats for Gephi.
var (
	GraphML = Format{Extension: "graphml", ContentType: network.GraphMLContentType, Write: network.WriteGraphML}
	GEXF    = Format{Extension: "gexf", ContentType: network.GEXFContentType, Write: network.WriteGEXF}
)

// The headers of a download that say which network it holds.
const (
	// HeaderCatalogVersion is the catalogue version the network was read at.
	HeaderCatalogVersion = "X-Catalog-Version"
	// HeaderBetweenness is the state of its betweenness (Status; a Stale network says
	// COMPUTED here and sets HeaderStale).
	HeaderBetweenness = "X-Betweenness"
	// HeaderStale is "true" for the last network computed while a newer one is.
	HeaderStale = "X-Stale"
)

// Download serves the network as a file in format: the filter in the query string
// (kindercampusId, quartierId, theme, from, to: the fields of the GraphQL
// NetworkFilter), the caller from the request's context (a key or a session), the same
// rights (Scope) and the same Cache as the query, the betweenness included when it is
// computed (a file of a network whose betweenness is pending or skipped has no such
// column). HEAD answers the headers only.
func (c *Cache) Download(format Format, refuse Refuse) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap := c.current()
		if !snap.Loaded {
			refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable, apierror.CatalogNotLoaded, nil)
			return
		}
		f, err := filterOf(r.URL.Query())
		if err == nil {
			f, err = Scope(drehscheibe.PrincipalFrom(r.Context()), snap, f)
		}
		var res Result
		if err == nil {
			res, err = c.Network(snap, f, true)
		}
		if err != nil {
			status, code, msg := apierror.Refusal(err)
			if code == apierror.Internal {
				// OnBuild reports the cause; the request ID is the server's response header
				msg = apierror.InternalMessage(w.Header().Get("X-Request-ID"))
			}
			refuse(w, r, status, code, msg, nil)
			return
		}
		h := w.Header()
		h.Set("Content-Type", format.ContentType)
		name := "kooperationsnetz-" + drehscheibe.DateOf(c.opts.Now().In(drehscheibe.Dortmund)).String() + "." + format.Extension
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		h.Set("Cache-Control", "private, no-store")
		h.Set(HeaderCatalogVersion, strconv.FormatInt(res.Version, 10))
		h.Set(HeaderBetweenness, string(res.Betweenness))
		if res.Stale {
			h.Set(HeaderStale, "true")
		}
		if r.Method == http.MethodHead {
			return
		}
		bw := bufio.NewWriterSize(w, 32<<10)
		if format.Write(bw, res.Network) == nil {
			_ = bw.Flush()
		} // else the client went away
	}
}

// filterOf reads the filter from a query string; EINVALID for a date that is none.
// The IDs and the theme are checked by Scope.
func filterOf(q url.Values) (network.Filter, error) {
	f := network.Filter{CampusID: drehscheibe.ID(q.Get("kindercampusId")), QuartierID: drehscheibe.ID(q.Get("quartierId")),
		Theme: drehscheibe.Theme(q.Get("theme"))}
	for _, d := range []struct {
		name string
		to   *drehscheibe.Date
	}{{"from", &f.From}, {"to", &f.To}} {
		s := q.Get(d.name)
		if s == "" {
			continue
		}
		day, err := drehscheibe.ParseDate(s)
		if err != nil {
			return f, drehscheibe.FieldErrorf(drehscheibe.EINVALID, []string{d.name}, "%s: kein Datum im Format JJJJ-MM-TT", d.name)
		}
		*d.to = day
	}
	return f, nil
}
