package main

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/foerderantrag"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
	"github.com/stadtdortmund/drehscheibe/internal/vereinbarung"
)

// The printable documents of a request, for those who see it (its institution side,
// its partner, the Servicestelle): the Kooperationsvereinbarung at
// /vereinbarungen/{anfrageId} (HTML) and /vereinbarungen/{anfrageId}.pdf, and the
// application form for one programme at /foerderantraege/{anfrageId}/{programmeId}
// (and .pdf; the institution side and the Servicestelle only). A browser that is not
// signed in is sent to the sign-in page and back. `?download=1` makes a PDF a
// download instead of opening it.

// mountDocuments adds the document routes to mux.
func mountDocuments(mux *http.ServeMux, rates func(http.Handler) http.Handler, svc *drehscheibe.Service, now func() time.Time, rf refuser) {
	pdfs := newDocCache(128)
	mux.Handle("GET /vereinbarungen/{file}", rates(documentHandler(rf, func(ctx context.Context, r *http.Request, pdf bool) ([]byte, string, error) {
		id, _ := strings.CutSuffix(r.PathValue("file"), ".pdf")
		a, err := svc.Anfrage(ctx, drehscheibe.ID(id))
		if err != nil {
			return nil, "", err
		}
		name := "kooperationsvereinbarung-" + string(a.ID)
		if !pdf {
			b, err := vereinbarung.HTML(a, printdoc.HTMLOptions{})
			return b, name, err
		}
		// a revision's PDF never changes: one rendering per request and version
		b, err := pdfs.get(string(a.ID)+"@"+strconv.FormatInt(a.Version, 10), func() ([]byte, error) { return vereinbarung.PDF(a) })
		return b, name, err
	})))
	mux.Handle("GET /foerderantraege/{anfrage}/{file}", rates(documentHandler(rf, func(ctx context.Context, r *http.Request, pdf bool) ([]byte, string, error) {
		id := drehscheibe.ID(r.PathValue("anfrage"))
		programme, _ := strings.CutSuffix(r.PathValue("file"), ".pdf")
		form, err := svc.FoerderantragOf(ctx, id)
		if err != nil {
			return nil, "", err
		}
		a := form.Anfrage
		name := "foerderantrag-" + string(a.ID) + "-" + programme
		if pdf {
			b, err := foerderantrag.PDF(a, form, drehscheibe.ID(programme), now())
			return b, name, err
		}
		b, err := foerderantrag.HTML(a, form, drehscheibe.ID(programme), now())
		return b, name, err
	})))
}

// documentHandler serves what render makes: an HTML page under the printable pages'
// content security policy, or a PDF when the last path element ends in ".pdf".
// Documents hold personal data: never stored by a cache.
func documentHandler(rf refuser, render func(ctx context.Context, r *http.Request, pdf bool) ([]byte, string, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := drehscheibe.PrincipalFrom(r.Context())
		if !p.Authenticated() {
			http.Redirect(w, r, "/auth/anmelden?return="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		pdf := strings.HasSuffix(r.URL.Path, ".pdf")
		body, name, err := render(r.Context(), r, pdf)
		if err != nil {
			status, code, msg := apierror.Refusal(err)
			if code == apierror.Internal {
				hlog.FromRequest(r).Error().Err(err).Msg("document")
				id, _ := hlog.IDFromRequest(r)
				msg = apierror.InternalMessage(id.String())
			}
			rf.refuse(w, r, status, code, msg, nil)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "private, no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		if !pdf {
			h.Set("Content-Type", "text/html; charset=utf-8")
			h.Set("Content-Security-Policy", printdoc.InlineCSP)
			_, _ = w.Write(body)
			return
		}
		disposition := "inline"
		if r.URL.Query().Get("download") == "1" {
			disposition = "attachment"
		}
		h.Set("Content-Type", "application/pdf")
		h.Set("Content-Disposition", disposition+`; filename="`+name+`.pdf"`)
		h.Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})
}

// docCache keeps the last rendered PDFs (each a few dozen KB) by a key that names one
// unchanging content; the least recently used goes first.
type docCache struct{ lru *lru.Cache[string, []byte] }

func newDocCache(size int) *docCache {
	c, err := lru.New[string, []byte](size)
	if err != nil {
		panic("server: document cache of size " + strconv.Itoa(size)) // a constant size above zero: cannot happen
	}
	return &docCache{lru: c}
}

// get returns the bytes of key, rendering them with render when they are not kept.
func (c *docCache) get(key string, render func() ([]byte, error)) ([]byte, error) {
	if b, ok := c.lru.Get(key); ok {
		return b, nil
	}
	b, err := render()
	if err != nil {
		return nil, err
	}
	c.lru.Add(key, b)
	return b, nil
}
