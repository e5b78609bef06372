package catalog

import "github.com/stadtdortmund/drehscheibe/internal/evaluation"

// Evaluation computes the evaluation KPIs of filter f from the snapshot (see
// internal/evaluation): a campus's institutions, needs and requests by the reverse
// edges, the whole city's by reading every row. The caller has checked the rights
// (drehscheibe.Principal.MayEvaluate). ENOTFOUND for an unknown campus.
func (s *Snapshot) Evaluation(f evaluation.Filter) (evaluation.Report, error) {
	in := evaluation.Input{Quartiere: entities(s.quartiere), Campus: entities(s.campus), Programmes: s.programmes()}
	if f.KindercampusID == "" {
		in.Institutions, in.Bedarfe, in.Anfragen = entities(s.institutionen), entities(s.bedarfe), entities(s.anfragen)
		return evaluation.Compute(in, f)
	}
	if k, ok := s.campus.get(f.KindercampusID); ok {
		in.Institutions = s.CampusInstitutions(k)
		for _, inst := range k.InstitutionIDs {
			in.Bedarfe = append(in.Bedarfe, rowEntities(s.bedarfeOf.rows(inst))...)
			in.Anfragen = append(in.Anfragen, s.AnfragenOf(inst)...)
		}
	}
	return evaluation.Compute(in, f)
}
