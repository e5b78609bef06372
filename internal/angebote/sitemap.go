package angebote

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// sitemapLimit is the most addresses one sitemap may hold (sitemaps.org); a catalogue
// with more is listed in parts, named by a sitemap index.
var sitemapLimit = 50_000

// sitemapPath is the sitemap's address; its parts are at sitemapPartPath + "{n}.xml".
const (
	sitemapPath     = Prefix + "/sitemap.xml"
	sitemapPartPath = Prefix + "/sitemap/"
)

// sitemap is GET /angebote/sitemap.xml (sitemaps.org 0.9): the search, every published
// Modul and every partner, each with the day it last changed (a partner's page changes
// with its Module too) — or, for more than sitemapLimit addresses, the index of the
// parts.
func (h *Handler) sitemap(w http.ResponseWriter, rq *request) {
	total := sitemapSize(rq.v)
	if total <= sitemapLimit {
		h.sitemapPart(w, rq, 0, total)
		return
	}
	h.writeXML(w, rq, func(bw *bufio.Writer) {
		_, _ = bw.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
		for n := 1; (n-1)*sitemapLimit < total; n++ {
			_, _ = bw.WriteString("<sitemap><loc>")
			_ = xml.EscapeText(bw, []byte(fmt.Sprintf("%s%s%d.xml", rq.base, sitemapPartPath, n)))
			_, _ = bw.WriteString("</loc></sitemap>\n")
		}
		_, _ = bw.WriteString("</sitemapindex>\n")
	})
}

// sitemapPartOf is GET /angebote/sitemap/{n}.xml: part n of a sitemap too large for one.
func (h *Handler) sitemapPartOf(w http.ResponseWriter, rq *request) {
	n, err := strconv.Atoi(strings.TrimSuffix(rq.r.PathValue("part"), ".xml"))
	total := sitemapSize(rq.v)
	if err != nil || !strings.HasSuffix(rq.r.PathValue("part"), ".xml") || n < 1 || total <= sitemapLimit || (n-1)*sitemapLimit >= total {
		h.fail(w, rq.r, http.StatusNotFound, "Diesen Teil der Sitemap gibt es nicht; sie beginnt bei "+sitemapPath+".")
		return
	}
	h.sitemapPart(w, rq, (n-1)*sitemapLimit, min(total, n*sitemapLimit))
}

// sitemapPart writes the addresses from index from up to to as a sitemap.
func (h *Handler) sitemapPart(w http.ResponseWriter, rq *request, from, to int) {
	h.writeXML(w, rq, func(bw *bufio.Writer) {
		_, _ = bw.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
		i := 0
		entry := func(path string, changed time.Time) {
			defer func() { i++ }()
			if i < from || i >= to {
				return
			}
			_, _ = bw.WriteString("<url><loc>")
			_ = xml.EscapeText(bw, []byte(rq.base+path))
			_, _ = bw.WriteString("</loc>")
			if !changed.IsZero() {
				_, _ = bw.WriteString("<lastmod>" + changed.In(drehscheibe.Dortmund).Format(time.DateOnly) + "</lastmod>")
			}
			_, _ = bw.WriteString("</url>\n")
		}
		entry(Prefix, time.Time{})
		changed := map[drehscheibe.ID]time.Time{}
		for _, m := range rq.v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByCreated}).All() {
			entry(modulHref(m.ID), m.UpdatedAt)
			if m.UpdatedAt.After(changed[m.PartnerID]) {
				changed[m.PartnerID] = m.UpdatedAt
			}
		}
		for _, p := range rq.v.Partners(catalog.PartnerFilter{}, catalog.Order{By: catalog.ByCreated}).All() {
			last := p.UpdatedAt
			if t := changed[p.ID]; t.After(last) {
				last = t
			}
			entry(partnerHref(p.ID), last)
		}
		_, _ = bw.WriteString("</urlset>\n")
	})
}

// sitemapSize is the number of addresses in the sitemap: the search, the published
// Module, the partners.
func sitemapSize(v *catalog.View) int {
	return 1 + v.Module(catalog.ModulFilter{}, catalog.Order{}).Count() + v.Partners(catalog.PartnerFilter{}, catalog.Order{}).Count()
}

// writeXML answers with the XML document write writes (304 when the client has it,
// the headers only for HEAD).
func (h *Handler) writeXML(w http.ResponseWriter, rq *request, write func(*bufio.Writer)) {
	if h.notModified(w, rq) {
		return
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if rq.r.Method == http.MethodHead {
		return
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	_, _ = bw.WriteString(xml.Header)
	write(bw)
	_ = bw.Flush() // a client gone away is no problem of ours
}

// Robots serves /robots.txt: search engines may read the public catalogue and nothing
// else of the service (the API, GraphiQL and the open-data endpoints are for programs),
// and find its sitemap there.
func (h *Handler) Robots() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Type", "text/plain; charset=utf-8")
		hd.Set("Cache-Control", "public, max-age=3600")
		hd.Set("X-Content-Type-Options", "nosniff")
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write([]byte("User-agent: *\nAllow: " + Prefix + "\nDisallow: /\n\nSitemap: " + h.base(r) + sitemapPath + "\n"))
	})
}
