// Limits of the matching questions (recommendations, placements, coverage): how many
// answers and needs one question may ask for, and the reference days it may name.

package drehscheibe

// Limits of one matching question.
const (
	// MaxRecommendations bounds first of recommendations and placements.
	MaxRecommendations = 50
	// MaxNeeds bounds the needs one recommendation request names.
	MaxNeeds = 10
	// a reference date must lie within this many years of today
	referenceYearsBack, referenceYearsAhead = 1, 3
)

// CheckFirst checks the number of answers asked for. EINVALID.
func CheckFirst(first int) error {
	if first < 1 || first > MaxRecommendations {
		return FieldErrorf(EINVALID, path("first"), "first muss zwischen 1 und %d liegen", MaxRecommendations)
	}
	return nil
}

// CheckReferenceDate checks that d lies between a year before today and three years
// after it. EINVALID.
func CheckReferenceDate(d, today Date) error {
	lo, hi := today.Time().AddDate(-referenceYearsBack, 0, 0), today.Time().AddDate(referenceYearsAhead, 0, 0)
	if t := d.Time(); t.Before(lo) || t.After(hi) {
		return FieldErrorf(EINVALID, path("referenceDate"), "Das Referenzdatum muss zwischen %s und %s liegen", DateOf(lo), DateOf(hi))
	}
	return nil
}

// CheckNeedCount checks the number of needs one recommendation request names.
// EINVALID.
func CheckNeedCount(n int) error {
	if n > MaxNeeds {
		return Errorf(EINVALID, "Höchstens %d Bedarfe auf einmal", MaxNeeds)
	}
	return nil
}
