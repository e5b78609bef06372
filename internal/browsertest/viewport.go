package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Viewport is a window size the pages must work in.
type Viewport struct {
	Name          string
	Width, Height int64
	Mobile        bool
}

// The viewports the pages are checked at: a desktop and a phone (a 360 px wide
// Android phone, the narrowest in common use).
var (
	Desktop = Viewport{Name: "desktop", Width: 1280, Height: 900}
	Phone   = Viewport{Name: "phone", Width: 360, Height: 740, Mobile: true}
)

// Viewports lists Desktop and Phone.
var Viewports = []Viewport{Desktop, Phone}

// SetViewport makes the tab as large as v (a phone with touch and mobile layout).
func (b *Browser) SetViewport(t testing.TB, v Viewport) {
	t.Helper()
	opts := []chromedp.EmulateViewportOption{}
	if v.Mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
	} else {
		opts = append(opts, chromedp.EmulateOrientation(emulation.ScreenOrientationTypeLandscapePrimary, 0))
	}
	b.Do(t, "set the viewport to "+v.Name, chromedp.EmulateViewport(v.Width, v.Height, opts...))
}

// ArtefactsDir is where browser tests write their screenshots: $TEST_ARTEFACTS, or
// test-artefacts in the module's root (git ignores it).
func ArtefactsDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("TEST_ARTEFACTS"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "test-artefacts")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "test-artefacts")
		}
	}
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Screenshot writes a PNG of the whole page as it is now to the artefacts folder, as
// <test>/<name>.png, and returns its path.
func (b *Browser) Screenshot(t testing.TB, name string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := filepath.Join(ArtefactsDir(t), unsafeName.ReplaceAllString(t.Name(), "_"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, unsafeName.ReplaceAllString(name, "_")+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
