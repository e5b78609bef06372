package drehscheibe

// MayEvaluate checks that p may see the evaluation (the KPIs over time, see
// internal/evaluation) of Kindercampus *campus, "" meaning the whole city: the
// Servicestelle any campus and the city, campus management its own campus only (an
// empty campus becomes its own). EUNAUTHENTICATED, EFORBIDDEN.
func (p Principal) MayEvaluate(campus *ID) error {
	if err := p.May(OpEvaluation); err != nil {
		return err
	}
	if p.all() {
		return nil
	}
	if *campus == "" {
		*campus = p.Scope.KindercampusID
	}
	if *campus == "" || !p.Manages(*campus) {
		return &Error{Code: EFORBIDDEN, Field: path("filter", "kindercampusId"), Message: "Keine Berechtigung: nur der eigene Kindercampus"}
	}
	return nil
}
