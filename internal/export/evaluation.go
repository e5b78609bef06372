package export

import (
	"net/http"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
)

// Evaluation serves the evaluation KPIs (`?kindercampusId=…&from=2026-01&to=2026-12`;
// without kindercampusId the whole city, or campus management's own campus) as CSV:
// one row per month and a last row for the whole range, the columns of
// evaluation.Columns — the same figures as the GraphQL evaluation and the printable
// report. For the Servicestelle, and for campus management its own campus; the caller
// comes from the request's context.
func Evaluation(snapshot func() *catalog.Snapshot, refuse Refuse) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		campus := drehscheibe.ID(q.Get("kindercampusId"))
		refused := func(err error) {
			status, code, msg := apierror.Refusal(err)
			refuse(w, r, status, code, msg, nil)
		}
		if err := principalOf(r).MayEvaluate(&campus); err != nil {
			refused(err)
			return
		}
		f, err := evaluation.NewFilter(campus, q.Get("from"), q.Get("to"))
		if err != nil {
			refused(err)
			return
		}
		snap := snapshot()
		if !snap.Loaded {
			refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable, apierror.CatalogNotLoaded, nil)
			return
		}
		rep, err := snap.Evaluation(f)
		if err != nil {
			refused(err)
			return
		}
		area := evaluation.AreaName(rep)
		header := []string{"Gebiet", "Zeitraum", "Bezeichnung"}
		for _, c := range evaluation.Columns {
			header = append(header, c.Label)
		}
		name := "auswertung-" + evaluation.FileName(f) + ".csv"
		fileAs(name, func() *catalog.Snapshot { return snap }, refuse, principalOf, header,
			func(_ *catalog.View, emit func([]string) error) error {
				for _, fig := range append(rep.Months, rep.Total) {
					row := []string{area, fig.Period(), fig.Label()}
					for _, c := range evaluation.Columns {
						row = append(row, c.Value(fig))
					}
					if err := emit(row); err != nil {
						return err
					}
				}
				return nil
			})(w, r)
	}
}
