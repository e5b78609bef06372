package match

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Factor is one component of a recommendation's score.
type Factor string

// The score components, in the order they are reported.
const (
	ThemeFit          Factor = "THEME_FIT"          // primary or further theme, keywords in tags and title
	AgeFit            Factor = "AGE_FIT"            // share of the needed ages the Modul covers
	Proximity         Factor = "PROXIMITY"          // distance decay between partner and institution
	ScheduleFit       Factor = "SCHEDULE_FIT"       // share of the needed slots the Modul offers
	SocialPriority    Factor = "SOCIAL_PRIORITY"    // Quartier priority × how low-threshold the offer is
	LocalEmbeddedness Factor = "LOCAL_EMBEDDEDNESS" // the partner already works on the campus or in the Quartier
	CapacityHeadroom  Factor = "CAPACITY_HEADROOM"  // share of the capacity still free
	Cost              Factor = "COST"               // free, fundable, or cheap relative to the budget
)

// Factors lists the components in report order.
var Factors = []Factor{ThemeFit, AgeFit, Proximity, ScheduleFit, SocialPriority, LocalEmbeddedness, CapacityHeadroom, Cost}

// Weights are the relative weights of the components. They need not add up to 1: the
// engine divides by their sum, so scores stay in [0,1].
type Weights map[Factor]float64

// Config tunes the engine. DefaultConfig documents the defaults; Validate checks a
// changed one.
type Config struct {
	Weights Weights
	// MaxTravelKm is how far a group may travel to a Modul held at the partner, by the
	// age band of the youngest children of the need.
	MaxTravelKm map[drehscheibe.AgeBand]float64
	// Lambda balances relevance against diversity when the top of the list is
	// re-ranked (maximal marginal relevance): 1 keeps the score order, lower values
	// spread the first page over partners and needs.
	Lambda float64
	// DiversityDepth is how many of the best candidates (times the page size) the
	// re-ranking may draw from.
	DiversityDepth int
}

// DefaultConfig returns the documented defaults:
//
//	weights: THEME_FIT 0.20, AGE_FIT 0.15, PROXIMITY 0.10, SCHEDULE_FIT 0.10,
//	         SOCIAL_PRIORITY 0.20, LOCAL_EMBEDDEDNESS 0.10, CAPACITY_HEADROOM 0.05, COST 0.10
//	travel to the partner: U3 1 km, KITA 1.5 km, GRUNDSCHULE 3 km, JUGEND 8 km, JUNGE_ERWACHSENE 15 km
//	lambda 0.7, diversity depth 3
func DefaultConfig() Config {
	return Config{
		Weights: Weights{
			ThemeFit: 0.20, AgeFit: 0.15, Proximity: 0.10, ScheduleFit: 0.10,
			SocialPriority: 0.20, LocalEmbeddedness: 0.10, CapacityHeadroom: 0.05, Cost: 0.10,
		},
		MaxTravelKm: map[drehscheibe.AgeBand]float64{
			drehscheibe.AgeBandU3: 1, drehscheibe.AgeBandKita: 1.5, drehscheibe.AgeBandSchulkind: 3,
			drehscheibe.AgeBandJugend: 8, drehscheibe.AgeBandJungeErw: 15,
		},
		Lambda:         0.7,
		DiversityDepth: 3,
	}
}

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	sum := 0.0
	for f, w := range c.Weights {
		if !known(f) {
			return fmt.Errorf("unbekannter Faktor %q", f)
		}
		if !(w >= 0 && w <= 100) || math.IsInf(w, 0) {
			return fmt.Errorf("Gewicht von %s muss zwischen 0 und 100 liegen", f)
		}
		sum += w
	}
	if sum <= 0 {
		return fmt.Errorf("mindestens ein Gewicht muss größer als 0 sein")
	}
	for _, b := range drehscheibe.AgeBands {
		if km, ok := c.MaxTravelKm[b]; !ok || !(km >= 0 && km <= 100) {
			return fmt.Errorf("Anfahrt für %s muss zwischen 0 und 100 km liegen", b)
		}
	}
	if !(c.Lambda >= 0 && c.Lambda <= 1) {
		return fmt.Errorf("Lambda muss zwischen 0 und 1 liegen")
	}
	if c.DiversityDepth < 1 || c.DiversityDepth > 20 {
		return fmt.Errorf("Diversitätstiefe muss zwischen 1 und 20 liegen")
	}
	return nil
}

func known(f Factor) bool {
	for _, k := range Factors {
		if k == f {
			return true
		}
	}
	return false
}

// normalized returns the weights divided by their sum, in Factors order.
func (c Config) normalized() [numFactors]float64 {
	var w [numFactors]float64
	sum := 0.0
	for i, f := range Factors {
		w[i] = c.Weights[f]
		sum += w[i]
	}
	for i := range w {
		w[i] /= sum
	}
	return w
}

const numFactors = 8

// ParseWeights reads "THEME_FIT=0.3,COST=0.2" (case-insensitive factor names) over the
// defaults.
func ParseWeights(s string) (Weights, error) {
	w := DefaultConfig().Weights
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, value, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("%q: erwartet FAKTOR=Gewicht", part)
		}
		f := Factor(strings.ToUpper(strings.TrimSpace(name)))
		if !known(f) {
			return nil, fmt.Errorf("unbekannter Faktor %q (bekannt: %v)", name, Factors)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil {
			return nil, fmt.Errorf("%q: kein Zahlenwert", part)
		}
		w[f] = v
	}
	return w, nil
}

// ParseTravel reads "KITA=2,JUGEND=10" over the default travel limits.
func ParseTravel(s string) (map[drehscheibe.AgeBand]float64, error) {
	t := DefaultConfig().MaxTravelKm
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, value, ok := strings.Cut(part, "=")
		b, known := drehscheibe.Parse(strings.ToUpper(strings.TrimSpace(name)), drehscheibe.AgeBands)
		if !ok || !known {
			return nil, fmt.Errorf("%q: erwartet ALTERSBAND=km mit Altersband aus %v", part, drehscheibe.AgeBands)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil {
			return nil, fmt.Errorf("%q: kein Zahlenwert", part)
		}
		t[b] = v
	}
	return t, nil
}
