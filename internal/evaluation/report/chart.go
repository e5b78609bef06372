package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/stadtdortmund/drehscheibe/internal/evaluation"
)

// The size of a chart as printed (the text width of an A4 page) and its resolution.
const (
	chartWidth  = 16 * vg.Centimeter
	chartHeight = 7 * vg.Centimeter
	chartDPI    = 150
	// maxLabels is the most month names the x axis shows; longer ranges name every
	// n-th month.
	maxLabels = 12
)

// The colours of the series: Okabe and Ito's palette, which readers with any kind of
// colour blindness tell apart; each has at least 3:1 contrast against white.
var palette = []color.Color{
	color.RGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}, // blue
	color.RGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF}, // vermilion
	color.RGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}, // bluish green
}

// series is one row of bars or one line of a chart.
type series struct {
	name   string
	values []float64
}

// chart is a chart of values per month: grouped bars, or lines with points.
type chart struct {
	title  string
	yLabel string
	months []evaluation.Month
	series []series
	lines  bool
	// integer says the values are counts (the axis shows whole numbers only).
	integer bool
}

// png draws c.
func (c chart) png() ([]byte, error) {
	p := plot.New()
	p.Title.Text = c.title
	p.Y.Label.Text = c.yLabel
	p.Y.Min = 0
	top := 0.0
	for _, s := range c.series {
		for _, v := range s.values {
			top = math.Max(top, v)
		}
	}
	// room above the highest value for the legend in the top left corner
	p.Y.Max = math.Max(top, 1) * (1.15 + 0.12*float64(len(c.series)))
	p.Y.Tick.Marker = germanTicks{integer: c.integer}
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs = vg.Millimeter
	sans(p)
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	p.Add(grid)

	n := len(c.series)
	width := barWidth(len(c.months), n)
	for i, s := range c.series {
		colour := palette[i%len(palette)]
		if c.lines {
			xys := make(plotter.XYs, len(s.values))
			for k, v := range s.values {
				xys[k] = plotter.XY{X: float64(k), Y: v}
			}
			line, points, err := plotter.NewLinePoints(xys)
			if err != nil {
				return nil, err
			}
			line.Color, line.Width = colour, vg.Points(1.5)
			points.Color, points.Radius = colour, vg.Points(2.5)
			p.Add(line, points)
			p.Legend.Add(s.name, line, points)
			continue
		}
		bars, err := plotter.NewBarChart(plotter.Values(s.values), width)
		if err != nil {
			return nil, err
		}
		bars.Color = colour
		bars.LineStyle.Width = 0
		bars.Offset = width * vg.Length(float64(i)-float64(n-1)/2)
		p.Add(bars)
		p.Legend.Add(s.name, bars)
	}
	p.NominalX(monthLabels(c.months)...)
	if c.lines {
		p.X.Min, p.X.Max = -0.5, float64(len(c.months))-0.5
	}

	canvas := vgimg.NewWith(vgimg.UseWH(chartWidth, chartHeight), vgimg.UseDPI(chartDPI))
	p.Draw(draw.New(canvas))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: canvas}).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sans sets every text of p in Liberation Sans (plot's default is the serif), the
// sizes kept.
func sans(p *plot.Plot) {
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.X.Label.TextStyle.Font, &p.Y.Label.TextStyle.Font,
		&p.X.Tick.Label.Font, &p.Y.Tick.Label.Font, &p.Legend.TextStyle.Font} {
		f.Typeface, f.Variant = "Liberation", "Sans"
	}
}

// barWidth is the width of one bar: the series of a month share 80 % of the space a
// month has.
func barWidth(months, series int) vg.Length {
	plotWidth := chartWidth - 2*vg.Centimeter
	return plotWidth * 0.8 / vg.Length(max(months, 1)*max(series, 1))
}

// monthLabels names the months on the x axis ("03/2026"), at most maxLabels of them.
func monthLabels(months []evaluation.Month) []string {
	every := (len(months) + maxLabels - 1) / maxLabels
	out := make([]string, len(months))
	for i, m := range months {
		if i%every == 0 {
			out[i] = m.Short()
		}
	}
	return out
}

// germanTicks are plot's default ticks with a decimal comma; for counts, ticks at
// whole numbers: a step of 1, 2 or 5 times a power of ten, five or fewer steps.
type germanTicks struct{ integer bool }

func (g germanTicks) Ticks(lo, hi float64) []plot.Tick {
	if !g.integer {
		ticks := plot.DefaultTicks{}.Ticks(lo, hi)
		for i := range ticks {
			ticks[i].Label = strings.ReplaceAll(ticks[i].Label, ".", ",")
		}
		return ticks
	}
	step := 1.0
	for k := 0; math.Floor(hi/step) > 5; k++ {
		step = []float64{1, 2, 5}[k%3] * math.Pow10(k/3)
	}
	var ticks []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', 0, 64)})
	}
	return ticks
}

// describe is a chart's text alternative: what it shows and, per series, the sum
// and the month with the most (the values themselves are in the table beside it).
func (c chart) describe(kind string, unit func(float64) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s je Monat von %s bis %s.", kind, c.title, c.months[0].Label(), c.months[len(c.months)-1].Label())
	for _, s := range c.series {
		best, at := 0.0, -1
		for i, v := range s.values {
			if v > best {
				best, at = v, i
			}
		}
		if at < 0 {
			fmt.Fprintf(&b, " %s: in keinem Monat mehr als %s.", s.name, unit(0))
			continue
		}
		fmt.Fprintf(&b, " %s: höchster Wert %s im %s.", s.name, unit(best), c.months[at].Label())
	}
	b.WriteString(" Alle Werte stehen in der Tabelle zu diesem Abschnitt.")
	return b.String()
}
