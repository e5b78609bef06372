package main

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation/report"
)

// The printable evaluation report for the external evaluators:
// /auswertung/{kindercampusId}?from=2026-01&to=2026-12 (HTML) and
// /auswertung/{kindercampusId}.pdf?…, /auswertung/stadt… for the whole city. Campus
// management gets its own campus, the Servicestelle any campus and the city; a
// browser that is not signed in is sent to the sign-in page and back.

// mountEvaluation adds the report's route to mux.
func mountEvaluation(mux *http.ServeMux, rates func(http.Handler) http.Handler, cat *catalog.Catalog, now func() time.Time, rf refuser) {
	pdfs := newDocCache(32)
	mux.Handle("GET /auswertung/{file}", rates(documentHandler(rf, func(ctx context.Context, r *http.Request, pdf bool) ([]byte, string, error) {
		name, _ := strings.CutSuffix(r.PathValue("file"), ".pdf")
		campus := drehscheibe.ID(name)
		if name == evaluation.City {
			campus = ""
		}
		if err := drehscheibe.PrincipalFrom(ctx).MayEvaluate(&campus); err != nil {
			return nil, "", err
		}
		if name == evaluation.City && campus != "" {
			return nil, "", drehscheibe.Forbidden("nur der eigene Kindercampus (%s)", campus)
		}
		q := r.URL.Query()
		f, err := evaluation.NewFilter(campus, q.Get("from"), q.Get("to"))
		if err != nil {
			return nil, "", err
		}
		snap := cat.Current()
		if !snap.Loaded {
			return nil, "", drehscheibe.Errorf(drehscheibe.EUNAVAILABLE, "%s", apierror.CatalogNotLoaded)
		}
		rep, err := snap.Evaluation(f)
		if err != nil {
			return nil, "", err
		}
		at := now()
		file := "auswertung-" + evaluation.FileName(f)
		if !pdf {
			b, err := report.HTML(rep, at)
			return b, file, err
		}
		// one rendering per catalogue version, filter and day
		key := strconv.FormatInt(snap.Version, 10) + "|" + evaluation.FileName(f) + "|" + drehscheibe.DateOf(at.In(drehscheibe.Dortmund)).String()
		b, err := pdfs.get(key, func() ([]byte, error) { return report.PDF(rep, at) })
		return b, file, err
	})))
}
