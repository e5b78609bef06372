package browsertest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, copied from the locked npm package by the web build
// (web/build/vendor-axe.mjs); its licence (MPL-2.0) is beside it.
//
//go:embed axe/axe.min.js
var axeSource string

// wcag21AA are the axe-core rule tags of WCAG 2.1 levels A and AA, the level BITV 2.0
// requires.
var wcag21AA = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

// Violation is a rule of WCAG 2.1 AA that a page breaks, with the elements that break it.
type Violation struct {
	ID          string   `json:"id"`
	Impact      string   `json:"impact"`
	Help        string   `json:"help"`
	HelpURL     string   `json:"helpUrl"`
	Targets     []string `json:"targets"`
	FailureHint string   `json:"failureSummary"`
}

func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s\n    %s", v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "), v.FailureHint)
}

// Axe runs axe-core's WCAG 2.1 AA rules on the page as it is now and returns what it
// breaks. The script is evaluated through DevTools, so it needs no change to the
// page's content security policy and makes no request.
func (b *Browser) Axe(t testing.TB) []Violation {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[chromedp.Void](axeSource+";void 0")); err != nil {
		t.Fatalf("load axe-core into the page: %v", err)
	}
	tags, _ := json.Marshal(wcag21AA)
	script := fmt.Sprintf(`axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']}).then(r => JSON.stringify(r.violations.map(v => ({
		id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
		targets: v.nodes.map(n => n.target.join(' ')),
		failureSummary: v.nodes.map(n => n.failureSummary).join(' | ')}))))`, tags)
	out, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core: %v", err)
	}
	var vs []Violation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("read axe-core's answer: %v", err)
	}
	return vs
}

// CheckAccessible fails the test for every WCAG 2.1 AA rule the page (what names it
// in the message) breaks as it is now.
func (b *Browser) CheckAccessible(t testing.TB, what string) {
	t.Helper()
	for _, v := range b.Axe(t) {
		t.Errorf("%s: WCAG 2.1 AA violation %s", what, v)
	}
}
