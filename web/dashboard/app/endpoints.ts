// Where things are, seen from the page. The service serves the dashboard at
// <root>/dashboard/… with a <base> that points at <root>/dashboard/ whatever the depth
// of the route, so the dashboard works behind a path prefix too; the API and the
// sign-in are beside it, one folder up.

/** The dashboard's root URL, e.g. http://host/dashboard/. */
export const dashboardRoot = new URL('.', document.baseURI);

/** The router's basename: the dashboard's root path without the trailing slash. */
export const basename = dashboardRoot.pathname.replace(/\/$/, '');

/** serviceUrl is the absolute URL of a path of the service (`query`, `auth/session`). */
export function serviceUrl(path: string): string {
  return new URL('../' + path, dashboardRoot).href;
}

/** here is the path (with query) of the page shown, to come back to after a sign-in. */
export function here(): string {
  return window.location.pathname + window.location.search;
}
