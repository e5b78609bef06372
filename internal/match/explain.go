package match

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Match is a Modul recommended for a need of an institution, with its score and why.
type Match struct {
	Rank        int
	Score       float64
	Modul       *drehscheibe.Modul
	Partner     *drehscheibe.Partner
	Institution *drehscheibe.Institution
	Need        Need
	Mode        drehscheibe.DeliveryMode
	// DistanceKm is the distance between partner and institution; nil when unknown.
	DistanceKm *float64
	// what Components and Reasons are computed from, on demand
	ix *Index
	p  *place
	f  fit
}

// Components are the factors of Score; their contributions add up to Score (each is
// rounded to six decimals, and so is Score, their sum). They are computed on demand,
// with their German explanations only when explain is set.
func (m Match) Components(explain bool) []Component {
	values := m.p.values(m.ix, &m.f)
	out := make([]Component, len(Factors))
	for i, factor := range Factors {
		out[i] = Component{Factor: factor, Weight: round(m.p.weights[i]), Value: round(values[i]),
			Contribution: round(m.p.weights[i] * values[i])}
		if explain {
			out[i].Explanation = m.p.explainFactor(m.ix, &m.f, i)
		}
	}
	return out
}

// Reasons are two to four German sentences for people, the strongest first. They are
// computed on demand.
func (m Match) Reasons() []string { return m.p.reasons(m.ix, &m.f) }

// CostCent is what one booking of the Modul costs the need's group (the estimate the
// score and the budget filter use).
func (m Match) CostCent() int64 { return m.f.c.costPerBooking(m.f.need.GroupSize) }

// Component is one factor of a score.
type Component struct {
	Factor       Factor
	Weight       float64
	Value        float64
	Contribution float64
	Explanation  string
}

// precision of reported numbers: contributions and scores are multiples of 1e-6.
const precision = 1e6

func round(x float64) float64 { return math.Round(x*precision) / precision }

// explain turns a fit into a Match, whose components and reasons follow on demand.
func (p *place) explain(ix *Index, f *fit) Match {
	m := Match{Modul: f.c.Modul, Partner: f.partner, Institution: p.in, Need: f.need.Need, Mode: f.mode,
		Score: f.score, ix: ix, p: p, f: *f}
	if f.distKm >= 0 {
		// the exact distance for the record; ranking used the projected one
		d := math.Round(DistanceKm(*f.partner.Location, *p.in.Location)*100) / 100
		m.DistanceKm = &d
	}
	return m
}

func (p *place) explainFactor(ix *Index, f *fit, i int) string {
	mod, n := f.c.Modul, f.need
	switch i {
	case iTheme:
		s := "Hauptthema " + n.Theme.Label()
		if mod.Theme != n.Theme {
			s = "Weiteres Thema " + n.Theme.Label() + " (Hauptthema " + mod.Theme.Label() + ")"
		}
		if len(n.keywords) > 0 {
			s += "; " + strconv.Itoa(keywordHits(f.c, n)) + " von " + strconv.Itoa(len(n.keywords)) + " Schlagworten im Titel oder in den Schlagworten"
		}
		return s
	case iAge:
		return "Deckt " + strconv.Itoa(mod.AgeRange.Overlap(n.Age)) + " von " + strconv.Itoa(n.Age.Years()) +
			" gesuchten Altersjahren ab (Modul " + ages(mod.AgeRange) + ", Bedarf " + ages(n.Age) + ")"
	case iProximity:
		return p.where(f)
	case iSchedule:
		switch {
		case n.slots == 0:
			return "Der Bedarf ist zeitlich flexibel"
		case f.c.hot.slots == 0:
			return "Termine nach Absprache"
		default:
			return strconv.Itoa(bitsIn(n.slots&f.c.hot.slots)) + " von " + strconv.Itoa(bitsIn(n.slots)) + " gewünschten Zeitfenstern werden angeboten"
		}
	case iSocial:
		low := p.lowThreshold(f)
		return p.quartierName() + " hat Priorität " + decimal(p.priority, 2) + "; das Angebot ist zu " +
			strconv.Itoa(int(math.Round(low*100))) + " % niedrigschwellig (" + strings.Join(p.lowParts(f), ", ") + ")"
	case iLocal:
		_, how := p.embeddedness(ix, f.c)
		return p.embeddingText(how)
	case iCapacity:
		return capacityText(mod)
	default:
		return costText(f, n)
	}
}

// reasons are the sentence about the need and up to three of the strongest other facts.
func (p *place) reasons(ix *Index, f *fit) []string {
	n := f.need
	first := "Passt zum Bedarf „" + n.Title + "“ (" + n.Theme.Label() + ", " + ages(n.Age) + ")"
	if n.Title == "" {
		first = "Passt zum Bedarf (" + n.Theme.Label() + ", " + ages(n.Age) + ")"
	}
	type fact struct {
		weight float64
		text   string
	}
	var facts []fact
	add := func(weight float64, text string) {
		if text != "" {
			facts = append(facts, fact{weight, text})
		}
	}
	// each fact weighs what it adds to the score: its own component and its part of
	// the low-threshold share of SOCIAL_PRIORITY
	m, w, v := f.c.Modul, p.weights, p.values(ix, f)
	social := w[iSocial] * p.priority
	langs := p.matchedLanguages(f)
	access, onSite, language := lowValues(f, p)
	add(w[iCost]*v[iCost]+social*lowCostShare*access, costReason(f, n))
	if _, how := p.embeddedness(ix, f.c); how != notYet {
		add(w[iLocal]*v[iLocal], p.embeddingText(how))
	}
	add(w[iProximity]*v[iProximity]+social*lowOnSiteShare*onSite, p.where(f))
	if n.slots != 0 && f.c.hot.slots&n.slots != 0 {
		add(w[iSchedule]*v[iSchedule], "Termin passt: "+slotText(n.slots&f.c.hot.slots))
	}
	if len(langs) > 0 {
		add(social*lowLanguageShare*language, "Auch auf "+languageList(langs))
	}
	if m.InvolvesParents {
		add(social*lowParentsShare, "Bezieht Eltern ein")
	}
	slices.SortStableFunc(facts, func(a, b fact) int {
		switch {
		case a.weight > b.weight:
			return -1
		case a.weight < b.weight:
			return 1
		}
		return 0
	})
	out := []string{first}
	for _, f := range facts {
		if len(out) == 4 {
			break
		}
		out = append(out, f.text)
	}
	if len(out) == 1 {
		out = append(out, capacityText(m))
	}
	return out
}

func capacityText(m *drehscheibe.Modul) string {
	return strconv.Itoa(m.RemainingCapacity()) + " von " + strconv.Itoa(m.Capacity) + " Plätzen frei"
}

func (p *place) where(f *fit) string {
	d := -1.0
	if f.distKm >= 0 {
		d = DistanceKm(*f.partner.Location, *p.in.Location) // exact, as reported
	}
	switch {
	case f.mode == drehscheibe.Online:
		return "Findet online statt"
	case f.mode == drehscheibe.AtInstitution && d >= 0:
		return "Findet in der Einrichtung statt; Partner " + km(d) + " entfernt"
	case f.mode == drehscheibe.AtInstitution:
		return "Findet in der Einrichtung statt"
	case d >= 0:
		return km(d) + " entfernt, beim Partner"
	}
	return "Beim Partner"
}

func (p *place) quartierName() string {
	if p.quartier == nil {
		return "Das Quartier"
	}
	return "Das Quartier " + p.quartier.Name
}

func (p *place) embeddingText(how embedding) string {
	q := "diesem Quartier"
	if p.quartier != nil {
		q = "Quartier " + p.quartier.Name
	}
	switch how {
	case onCampus:
		return "Partner arbeitet bereits an diesem Kindercampus"
	case inQuartier:
		return "Partner ist bereits im " + q + " aktiv"
	case namesQuartier:
		return "Partner ist im " + q + " unterwegs"
	}
	return "Partner ist hier noch nicht aktiv"
}

// lowParts names what makes the offer low-threshold.
func (p *place) lowParts(f *fit) []string {
	m := f.c.Modul
	var parts []string
	switch {
	case m.Free():
		parts = append(parts, "kostenfrei")
	case m.Fundable, f.covered > 0:
		parts = append(parts, "förderfähig")
	default:
		parts = append(parts, "kostenpflichtig")
	}
	switch f.mode {
	case drehscheibe.AtInstitution:
		parts = append(parts, "vor Ort")
	case drehscheibe.Online:
		parts = append(parts, "online")
	default:
		parts = append(parts, "beim Partner")
	}
	if langs := p.matchedLanguages(f); len(langs) > 0 {
		parts = append(parts, languageList(langs))
	}
	if m.InvolvesParents {
		parts = append(parts, "mit Eltern")
	}
	return parts
}

// costReason says in a few words what the Modul costs.
func costReason(f *fit, n *need) string {
	m := f.c.Modul
	switch {
	case f.covered > 0:
		return programmeText(f, n)
	case m.Free() && m.Fundable:
		return "Kostenfrei, förderfähig"
	case m.Fundable && m.FundingNote != "":
		if note := []rune(m.FundingNote); strings.HasPrefix(strings.ToLower(m.FundingNote), "förderfähig") {
			return strings.ToUpper(string(note[:1])) + string(note[1:])
		}
		return "Förderfähig: " + m.FundingNote
	}
	return costText(f, n)
}

// programmeText says what the best Förderprogramm pays and what remains.
func programmeText(f *fit, n *need) string {
	cost := f.c.costPerBooking(n.GroupSize)
	return "Förderfähig über „" + f.programme + "“: übernimmt ca. " + euro(f.covered) + " von " + euro(cost) +
		", Eigenanteil ca. " + euro(cost-f.covered)
}

func costText(f *fit, n *need) string {
	c, m := f.c, f.c.Modul
	switch {
	case f.covered > 0:
		return programmeText(f, n)
	case m.Free():
		return "Kostenfrei"
	case m.Fundable:
		return "Förderfähig; ca. " + euro(c.costPerBooking(n.GroupSize)) + " pro Buchung"
	case n.BudgetCent != nil:
		return "Ca. " + euro(c.costPerBooking(n.GroupSize)) + " pro Buchung, im Budget von " + euro(*n.BudgetCent)
	}
	return "Ca. " + euro(c.costPerBooking(n.GroupSize)) + " pro Buchung"
}

// German number formats.

func decimal(x float64, places int) string {
	return strings.Replace(strconv.FormatFloat(x, 'f', places, 64), ".", ",", 1)
}

func km(d float64) string {
	if d < 0.1 {
		return "unter 100 m"
	}
	return decimal(d, 1) + " km"
}

func euro(cent int64) string {
	if cent%100 == 0 {
		return thousands(cent/100) + " €"
	}
	c := strconv.FormatInt(cent%100, 10)
	if len(c) == 1 {
		c = "0" + c
	}
	return thousands(cent/100) + "," + c + " €"
}

func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

func ages(a drehscheibe.AgeRange) string {
	if a.Min == a.Max {
		return strconv.Itoa(a.Min) + " Jahre"
	}
	return strconv.Itoa(a.Min) + "–" + strconv.Itoa(a.Max) + " Jahre"
}

func bitsIn(x uint32) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// slotText names the first matching slot, e.g. "Montag Nachmittag".
func slotText(mask uint32) string {
	for w, wd := range drehscheibe.Weekdays {
		for t, ts := range drehscheibe.TimeSlots {
			if mask&(1<<(w*len(drehscheibe.TimeSlots)+t)) != 0 {
				return wd.Label() + " " + strings.Fields(ts.Label())[0]
			}
		}
	}
	return ""
}

// languageList names languages in German: "Türkisch und Arabisch".
func languageList(codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = drehscheibe.LanguageName(c)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " und " + names[len(names)-1]
}
