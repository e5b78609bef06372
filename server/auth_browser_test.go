package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/stadtdortmund/drehscheibe/internal/browsertest"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

const (
	bodyText = `document.body.innerText`
	// what GET /auth/session tells the page it is on
	sessionFromPage = `fetch('/auth/session').then(r => r.text())`
	// what the page keeps in the browser's storage and the cookies its scripts can read
	pageStorage = `JSON.stringify({local: {...localStorage}, session: {...sessionStorage}, cookies: document.cookie})`
)

// waitPath waits until the tab shows path after a navigation the page started (a form
// sent, a link followed through redirects), during which the page's context comes and
// goes.
func waitPath(t testing.TB, b *browsertest.Browser, path string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.Context(), time.Minute)
	defer cancel()
	var last string
	for ctx.Err() == nil {
		if got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState === 'complete' ? location.pathname : ''`)); err == nil {
			if last = got; got == path {
				return
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("the tab never showed %s (last %q)", path, last)
}

// pageSession is what GET /auth/session answers the page in the tab.
func pageSession(t testing.TB, b *browsertest.Browser) string {
	t.Helper()
	v, err := chromedp.Run(b.Context(), chromedp.Evaluate[string](sessionFromPage, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("GET /auth/session from the page: %v", err)
	}
	return v
}

// checkStayedHome is CheckStayedHome for pages whose status is meant to be an error
// (the form after a wrong key, the no-role page): the browser reports those as failed
// loads, which are no problems here; anything else is.
func checkStayedHome(t testing.TB, b *browsertest.Browser, expected ...string) {
	t.Helper()
next:
	for _, e := range b.Escapes() {
		for _, x := range expected {
			if strings.Contains(e, "Failed to load resource: the server responded with a status of "+x) {
				continue next
			}
		}
		t.Error(e)
	}
}

// TestSignInPageInChromium: the sign-in page in headless Chromium at desktop and phone
// width is free of WCAG 2.1 AA violations, also with an error; the key form signs in
// by keyboard and lands on the return page; the key is in none of the browser's
// storage, the session cookie is out of the scripts' reach, and nothing is asked of
// another host.
func TestSignInPageInChromium(t *testing.T) {
	a := shared(t)
	key := a.key(t, drehscheibe.ApiKey{Role: drehscheibe.RoleServicestelle, Name: "Browser-Anmeldung"})
	b := browsertest.New(t, a.url)
	page := a.url + signinPath + "?return=/playground"

	for _, v := range browsertest.Viewports {
		b.SetViewport(t, v)
		b.Do(t, "open the sign-in page", chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS("#key")))
		b.CheckAccessible(t, "sign-in page ("+v.Name+")")
		b.Screenshot(t, "anmelden-"+v.Name)
		if w := browsertest.Eval[int](t, b, `document.documentElement.scrollWidth`); w > int(v.Width) {
			t.Errorf("%s: the page is %d px wide, wider than the window (%d)", v.Name, w, v.Width)
		}
	}

	b.SetViewport(t, browsertest.Desktop)
	b.Do(t, "send a wrong key", chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS("#key")),
		chromedp.SendKeys(chromedp.CSS("#key"), "dsk.falsch.falsch\n"))
	waitPath(t, b, "/auth/key")
	b.WaitFor(t, "the error", bodyText, "Der API-Schlüssel ist ungültig.")
	b.CheckAccessible(t, "sign-in page with an error")
	b.Screenshot(t, "anmelden-fehler")
	if !browsertest.Eval[bool](t, b, `document.activeElement?.id === 'key'`) {
		t.Error("after an error the key field does not have the focus")
	}

	// by keyboard: the field has the focus, the key is typed, Enter sends the form
	b.Do(t, "sign in by keyboard", chromedp.SendKeys(chromedp.CSS("#key"), key+"\n"))
	waitPath(t, b, "/playground")
	if text := pageSession(t, b); !strings.Contains(text, `"signedIn":true`) || !strings.Contains(text, `"via":"key"`) || !strings.Contains(text, "Browser-Anmeldung") {
		t.Errorf("GET /auth/session after the sign-in: %s", text)
	}
	if stored := browsertest.Eval[string](t, b, pageStorage); strings.Contains(stored, key) || strings.Contains(stored, sessionCookie) {
		t.Errorf("the key or the session cookie is within the page's reach: %s", stored)
	}
	checkStayedHome(t, b, "401 (Unauthorized) "+a.url+"/auth/key")
}

// TestOIDCSignInInChromium: a sign-in through the (in-process) identity provider in
// Chromium lands on the return page; an account without a role gets a page that says
// so, free of WCAG 2.1 AA violations at both widths; the browser asks nothing of
// anybody but the service and the provider.
func TestOIDCSignInInChromium(t *testing.T) {
	m := startIdP(t, nil, nil, false)
	a := oidcApp(t, m, "", nil)
	b := browsertest.New(t, a.url, browsertest.AllowOrigins(m.Addr()))
	page := a.url + signinPath + "?return=/playground"
	cityButton := chromedp.CSS(`a.knopf[href^="/auth/login"]`)

	for _, v := range browsertest.Viewports {
		b.SetViewport(t, v)
		b.Do(t, "open the sign-in page", chromedp.Navigate(page), chromedp.WaitVisible(cityButton))
		b.CheckAccessible(t, "sign-in page with the city's account ("+v.Name+")")
		b.Screenshot(t, "anmelden-stadt-"+v.Name)
	}
	m.QueueUser(&testPerson{sub: "sub-browser", name: "Bettina Browser", groups: []string{"stadt-servicestelle"}})
	b.Do(t, "sign in with the city's account", chromedp.Click(cityButton))
	waitPath(t, b, "/playground")
	if text := pageSession(t, b); !strings.Contains(text, `"via":"oidc"`) || !strings.Contains(text, "Bettina Browser") || !strings.Contains(text, `"role":"SERVICESTELLE"`) {
		t.Errorf("GET /auth/session after the sign-in: %s", text)
	}
	if !b.Requested(callbackPath) {
		t.Error("the network log has no answer of the provider at /auth/callback")
	}

	for _, v := range browsertest.Viewports {
		b.SetViewport(t, v)
		m.QueueUser(&testPerson{sub: "sub-ohne", name: "Otto Ohnerolle", groups: []string{"engineering"}})
		b.Do(t, "sign in without a role", chromedp.Navigate(page), chromedp.WaitVisible(cityButton), chromedp.Click(cityButton))
		waitPath(t, b, callbackPath)
		b.WaitFor(t, "the no-role page", bodyText, "Ihr Konto hat keine Rolle in der Drehscheibe")
		b.CheckAccessible(t, "no-role page ("+v.Name+")")
		b.Screenshot(t, "keine-rolle-"+v.Name)
	}
	checkStayedHome(t, b, "403 (Forbidden) "+a.url+callbackPath)
}
