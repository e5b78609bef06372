// The browser session (docs/signin.md): who is signed in, and the CSRF token every
// request to /query carries. The session cookie itself is out of the page's reach; the
// dashboard never sees an API key.
import type { Role } from '../gql/graphql';
import { here, serviceUrl } from './endpoints';

/** What a session may act for. */
export interface Scope {
  partnerId: string | null;
  institutionId: string | null;
  kindercampusId: string | null;
  themes: string[];
}

/** A signed-in session as GET /auth/session tells it. */
export interface Session {
  name: string;
  role: Role;
  scope: Scope;
  csrfToken: string;
  expiresAt: string;
  via: 'key' | 'oidc';
}

interface SessionAnswer extends Partial<Session> {
  signedIn: boolean;
  problem?: string;
}

let current: Session | null = null;

/** csrfToken is the token of the session the page runs in ("" before loadSession). */
export function csrfToken(): string {
  return current?.csrfToken ?? '';
}

/**
 * loadSession asks the service who is signed in. It returns null when nobody is (the
 * page then leads to the sign-in) and throws when the service cannot tell.
 */
export async function loadSession(): Promise<Session | null> {
  const r = await fetch(serviceUrl('auth/session'), { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!r.ok) throw new Error(`Die Anmeldung ist nicht erreichbar (HTTP ${r.status}).`);
  const s = (await r.json()) as SessionAnswer;
  current = s.signedIn ? (s as Session) : null;
  return current;
}

/** signInUrl is the sign-in page that leads back to the page shown. */
export function signInUrl(): string {
  return serviceUrl('auth/anmelden') + '?return=' + encodeURIComponent(here());
}

/** toSignIn leaves for the sign-in page, which leads back here afterwards. */
export function toSignIn(): void {
  window.location.assign(signInUrl());
}

/**
 * sessionLost is called when the service treats a request as anonymous: when the
 * session has ended (expired, signed out elsewhere) the page goes to the sign-in;
 * when another sign-in replaced it, the page takes the new token and true is
 * returned (the request may be sent again).
 */
export async function sessionLost(): Promise<boolean> {
  const before = current?.csrfToken;
  const s = await loadSession().catch(() => null);
  if (!s) {
    toSignIn();
    return false;
  }
  return s.csrfToken !== before;
}

/** signOut ends the session and goes where the service says (the sign-in page). */
export async function signOut(): Promise<void> {
  const r = await fetch(serviceUrl('auth/logout'), {
    method: 'POST',
    headers: { 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
  });
  const out = r.ok ? ((await r.json()) as { redirect?: string }) : {};
  current = null;
  window.location.assign(new URL(out.redirect ?? 'auth/anmelden?abgemeldet=1', serviceUrl('')).href);
}
