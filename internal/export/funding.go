package export

import (
	"net/http"
	"strconv"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

var fundingHeader = []string{"Jahr", "Quelle", "Förderprogramm", "Budgetlinie", "Kindercampus", "Themenfeld", "Quartier",
	"Aktionsraum Soziale Stadt", "Zugesagt (€)", "Ausgegeben (€)", "Anfragen"}

// Funding serves the funding report of a year (`?year=2026`, optional `programmeId`,
// `kindercampusId`, `quartierId`, `theme`) as CSV, one row per programme or campus
// line × campus × theme × Quartier, with the same figures as the GraphQL
// fundingReport — for the Servicestelle, and for campus management its own campus.
// The caller comes from the request's context.
func Funding(snapshot func() *catalog.Snapshot, refuse Refuse) http.HandlerFunc {
	serve := func(f drehscheibe.FundingReportFilter) http.HandlerFunc {
		return fileAs("foerderung-"+strconv.Itoa(f.Year)+".csv", snapshot, refuse, principalOf, fundingHeader,
			func(v *catalog.View, emit func([]string) error) error {
				snap := v.Snapshot()
				name := func(id drehscheibe.ID) string {
					if e, ok := snap.Get(id); ok {
						switch e := e.(type) {
						case *drehscheibe.Foerderprogramm:
							return e.Name
						case *drehscheibe.Kindercampus:
							return e.Name
						case *drehscheibe.Quartier:
							return e.Name
						}
					}
					return ""
				}
				for _, row := range snap.FundingReport(f).Rows {
					source, category := drehscheibe.FundingProgramme.Label(), ""
					if row.ProgrammeID == "" {
						source, category = drehscheibe.FundingCampus.Label(), row.Category.Label()
					}
					theme := ""
					if row.Theme != "" {
						theme = row.Theme.Label()
					}
					if err := emit([]string{strconv.Itoa(f.Year), source, name(row.ProgrammeID), category, name(row.KindercampusID), theme,
						name(row.QuartierID), yesNo(row.SozialeStadt), decimal(float64(row.CommittedCent)/100, 2),
						decimal(float64(row.SpentCent)/100, 2), count(row.Anfragen)}); err != nil {
						return err
					}
				}
				return nil
			})
	}
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		year, err := strconv.Atoi(q.Get("year"))
		if err != nil || len(q.Get("year")) > 4 {
			refuse(w, r, http.StatusBadRequest, apierror.BadUserInput, "Bitte das Jahr angeben: ?year=2026", nil)
			return
		}
		f := drehscheibe.FundingReportFilter{Year: year, ProgrammeID: drehscheibe.ID(q.Get("programmeId")),
			KindercampusID: drehscheibe.ID(q.Get("kindercampusId")), QuartierID: drehscheibe.ID(q.Get("quartierId")), Theme: drehscheibe.Theme(q.Get("theme"))}
		p := principalOf(r)
		if err := p.MayReportFunding(&f); err != nil {
			status, code, msg := apierror.Refusal(err)
			refuse(w, r, status, code, msg, nil)
			return
		}
		serve(f)(w, r)
	}
}

func principalOf(r *http.Request) drehscheibe.Principal {
	return drehscheibe.PrincipalFrom(r.Context())
}
