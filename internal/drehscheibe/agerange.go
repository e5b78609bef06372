package drehscheibe

// Ages the service deals with: children and young people up to 27 (SGB VIII).
const (
	MinAge = 0
	MaxAge = 27
)

// AgeRange is an inclusive range of ages in years.
type AgeRange struct {
	Min int
	Max int
}

// Overlaps reports whether a and b share at least one year.
func (a AgeRange) Overlaps(b AgeRange) bool { return a.Min <= b.Max && b.Min <= a.Max }

// Overlap returns the number of years a and b share (0 when disjoint).
func (a AgeRange) Overlap(b AgeRange) int {
	lo, hi := max(a.Min, b.Min), min(a.Max, b.Max)
	if lo > hi {
		return 0
	}
	return hi - lo + 1
}

// Years returns the number of years in a.
func (a AgeRange) Years() int { return a.Max - a.Min + 1 }

func (p *problems) checkAgeRange(field []string, a AgeRange) {
	if a.Min < MinAge || a.Min > MaxAge {
		p.add(sub(field, "min"), EINVALID, "Alter muss zwischen %d und %d Jahren liegen", MinAge, MaxAge)
	}
	if a.Max < MinAge || a.Max > MaxAge {
		p.add(sub(field, "max"), EINVALID, "Alter muss zwischen %d und %d Jahren liegen", MinAge, MaxAge)
	}
	if a.Min > a.Max {
		p.add(field, EINVALID, "Mindestalter (%d) ist größer als Höchstalter (%d)", a.Min, a.Max)
	}
}

// AgeBand is a coarse age group, used to summarise needs and supply.
type AgeBand string

// The age bands.
const (
	AgeBandU3        AgeBand = "U3"
	AgeBandKita      AgeBand = "KITA"
	AgeBandSchulkind AgeBand = "GRUNDSCHULE"
	AgeBandJugend    AgeBand = "JUGEND"
	AgeBandJungeErw  AgeBand = "JUNGE_ERWACHSENE"
)

// AgeBands lists the bands from youngest to oldest.
var AgeBands = []AgeBand{AgeBandU3, AgeBandKita, AgeBandSchulkind, AgeBandJugend, AgeBandJungeErw}

var ageBandRanges = map[AgeBand]AgeRange{
	AgeBandU3:        {0, 2},
	AgeBandKita:      {3, 5},
	AgeBandSchulkind: {6, 10},
	AgeBandJugend:    {11, 17},
	AgeBandJungeErw:  {18, 27},
}

var ageBandLabels = map[AgeBand]string{
	AgeBandU3:        "unter 3 Jahre",
	AgeBandKita:      "Kita-Alter (3–5)",
	AgeBandSchulkind: "Grundschulalter (6–10)",
	AgeBandJugend:    "Jugendliche (11–17)",
	AgeBandJungeErw:  "junge Erwachsene (18–27)",
}

// Label returns the German name of the band.
func (b AgeBand) Label() string { return label(b, ageBandLabels) }

// Range returns the ages of the band.
func (b AgeBand) Range() AgeRange { return ageBandRanges[b] }

// Bands returns the age bands a overlaps, youngest first.
func (a AgeRange) Bands() []AgeBand {
	var out []AgeBand
	for _, b := range AgeBands {
		if a.Overlaps(b.Range()) {
			out = append(out, b)
		}
	}
	return out
}

// GroupSize is the number of participants a Modul takes per group.
type GroupSize struct {
	Min int
	Max int
}

// MaxGroupSize bounds group sizes (a school assembly, not a stadium).
const MaxGroupSize = 500

// Fits reports whether n participants fit the group size.
func (g GroupSize) Fits(n int) bool { return n >= g.Min && n <= g.Max }

func (p *problems) checkGroupSize(field []string, g GroupSize) {
	if g.Min < 1 || g.Min > MaxGroupSize {
		p.add(sub(field, "min"), EINVALID, "Gruppengröße muss zwischen 1 und %d liegen", MaxGroupSize)
	}
	if g.Max < 1 || g.Max > MaxGroupSize {
		p.add(sub(field, "max"), EINVALID, "Gruppengröße muss zwischen 1 und %d liegen", MaxGroupSize)
	}
	if g.Min > g.Max {
		p.add(field, EINVALID, "Mindestgröße (%d) ist größer als Höchstgröße (%d)", g.Min, g.Max)
	}
}
