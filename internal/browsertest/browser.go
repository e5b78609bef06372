// Package browsertest drives Debian's headless Chromium against the service for the
// browser tests of every page: a browser that may reach the service under test only
// (everything else fails before it leaves the machine, and the network log shows
// it), axe-core's WCAG 2.1 AA check (vendored, embedded), desktop and phone
// viewports and screenshots as test artefacts. Only tests import it.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Browser is a headless Chromium (Debian's package) that may reach one origin only, the
// service under test: every request to anything else is failed before it leaves the
// machine, and every request is logged, so a test can show that a page asks nothing of
// anyone else.
type Browser struct {
	ctx    context.Context
	origin string
	// allowed are further origins the browser may reach (AllowOrigins)
	allowed []string

	mu       sync.Mutex
	requests []string // the network log: every URL the page asked for
	blocked  []string // requests to anything but origin, failed by the guard
	problems []string // uncaught exceptions, console errors, browser log errors
}

// Chromium finds Debian's Chromium or skips: .ci/run installs it, so CI always has it.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium is not installed (apt-get install chromium; .ci/run installs it): browser test not run")
	return ""
}

// Option changes what a Browser may do.
type Option func(*Browser)

// AllowOrigins lets the browser reach these origins besides the service's
// ("http://127.0.0.1:port"): an in-process server the service works with, such as a
// mock identity provider. They must be on 127.0.0.1 (no other host resolves).
func AllowOrigins(origins ...string) Option {
	return func(b *Browser) { b.allowed = append(b.allowed, origins...) }
}

// New starts Chromium with a fresh profile, allowed to reach origin
// ("http://127.0.0.1:port") only, and the origins opts allow. It is stopped when the
// test ends.
func New(t testing.TB, origin string, opts ...Option) *Browser {
	t.Helper()
	b := &Browser{origin: origin}
	for _, o := range opts {
		o(b)
	}
	flags := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		// no host name resolves: whatever is not the service's address fails at once
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	}
	// a bound on the whole browser session, so that a broken page fails instead of hanging
	bounded, cancelTimeout := context.WithTimeout(context.Background(), 3*time.Minute)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(bounded, flags...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx, chromedp.WithListener(b.observe))
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		cancelTimeout()
	})
	b.ctx = ctx
	if err := chromedp.Do(ctx); err != nil { // starts the browser and opens the tab
		t.Fatalf("start Chromium: %v", err)
	}
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	go func() {
		for e, err := range paused {
			if err != nil {
				return
			}
			b.guard(e)
		}
	}()
	for _, step := range []func() error{
		func() error { _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); return err },
		func() error { _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); return err },
		func() error { _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); return err },
		func() error {
			_, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}})
			return err
		},
	} {
		if err := step(); err != nil {
			t.Fatalf("set up Chromium: %v", err)
		}
	}
	return b
}

// observe records the network log and what the page reports as wrong. It runs in the
// loop that reads the tab's messages: it must return fast and run no command.
func (b *Browser) observe(ev any) {
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := e.Request.URL
		if strings.HasPrefix(u, "data:") && len(u) > 40 {
			u = u[:40] + "…"
		}
		b.note(&b.requests, u)
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + d.Exception.Description
		}
		b.note(&b.problems, fmt.Sprintf("exception: %s (%s:%d)", text, d.URL, d.LineNumber+1))
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var args []string
			for _, a := range e.Args {
				args = append(args, strings.TrimSpace(string(a.Value)+" "+a.Description))
			}
			b.note(&b.problems, "console.error: "+strings.Join(args, " "))
		}
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.EntryLevelError {
			b.note(&b.problems, fmt.Sprintf("%s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	}
}

// guard lets a paused request through when it goes to the service and fails it otherwise.
func (b *Browser) guard(e fetch.EventRequestPaused) {
	if b.local(e.Request.URL) {
		_, _ = chromedp.Call(b.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: e.RequestID})
		return
	}
	b.note(&b.blocked, e.Request.URL)
	_, _ = chromedp.Call(b.ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: e.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
}

// local reports whether a URL is the service's (or an allowed origin's) or needs no
// network (data:, blob:).
func (b *Browser) local(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob":
		return true
	}
	o := u.Scheme + "://" + u.Host
	return o == b.origin || slices.Contains(b.allowed, o)
}

func (b *Browser) note(list *[]string, s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	*list = append(*list, s)
}

// Log returns copies of the network log, the blocked requests and the problems.
func (b *Browser) Log() (requests, blocked, problems []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.requests...), append([]string(nil), b.blocked...), append([]string(nil), b.problems...)
}

// Do runs browser steps (a minute at most); on an error it fails the test with what
// the page reported.
func (b *Browser) Do(t testing.TB, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		_, _, problems := b.Log()
		t.Fatalf("%s: %v\npage problems:\n  %s", what, err, strings.Join(problems, "\n  "))
	}
}

// Eval evaluates a JavaScript expression in the page.
func Eval[T any](t testing.TB, b *Browser, expression string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expression))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expression, err)
	}
	return v
}

// Escapes lists what shows that the page did not stay with the service: requests in the
// network log to another host, requests the guard failed, problems the page reported.
func (b *Browser) Escapes() []string {
	requests, blocked, problems := b.Log()
	var out []string
	if len(requests) == 0 {
		out = append(out, "the network log is empty: the browser's requests were not observed")
	}
	for _, r := range requests {
		if !b.local(r) {
			out = append(out, "request leaving the service: "+r)
		}
	}
	for _, r := range blocked {
		out = append(out, "request to another host, blocked: "+r)
	}
	for _, p := range problems {
		out = append(out, "page problem: "+p)
	}
	return out
}

// CheckStayedHome fails the test when the page asked anything of another host or
// reported a problem.
func (b *Browser) CheckStayedHome(t testing.TB) {
	t.Helper()
	for _, e := range b.Escapes() {
		t.Error(e)
	}
}

// Requested reports whether the network log has a request to the service's path.
func (b *Browser) Requested(path string) bool {
	requests, _, _ := b.Log()
	for _, r := range requests {
		if strings.HasPrefix(r, b.origin+path) {
			return true
		}
	}
	return false
}

// WaitFor waits until the JavaScript expression (a string) contains want.
func (b *Browser) WaitFor(t testing.TB, what, expression, want string) {
	t.Helper()
	wantJS, _ := json.Marshal(want)
	_, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf("String(%s ?? '').includes(%s)", expression, wantJS),
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		got, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](fmt.Sprintf("String(%s ?? '')", expression)))
		_, _, problems := b.Log()
		t.Fatalf("%s: %q never showed (%v); it shows:\n%s\npage problems:\n  %s", what, want, err, got, strings.Join(problems, "\n  "))
	}
}

// Context is the tab's context, for chromedp calls the helpers do not cover.
func (b *Browser) Context() context.Context { return b.ctx }

// Origin is the service's origin ("http://127.0.0.1:port").
func (b *Browser) Origin() string { return b.origin }
