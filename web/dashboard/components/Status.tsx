// Loading and error states, in German, announced to screen readers.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import type { RequestFailed } from '../app/graphql';

/** Loading says that data is on its way. */
export function Loading({ what = 'Daten' }: { what?: string }) {
  return (
    <p className="status laden" role="status">
      {what} werden geladen …
    </p>
  );
}

/** Failure shows why a request failed, with a button to try again. */
export function Failure({ error, retry }: { error: RequestFailed | Error; retry?: () => void }) {
  const code = 'code' in error ? error.code : undefined;
  const missing = code === 'FORBIDDEN' || code === 'NOT_FOUND';
  return (
    <div className="status fehler" role="alert">
      <p>
        <strong>{missing ? 'Keine Berechtigung oder nicht vorhanden.' : 'Das hat nicht geklappt.'}</strong> {error.message}
      </p>
      {retry && !missing && (
        <button type="button" onClick={retry}>
          Erneut versuchen
        </button>
      )}
    </div>
  );
}

/** Notice is a short remark beside the data (no alert). */
export function Notice({ children }: { children: ReactNode }) {
  return <p className="hinweis">{children}</p>;
}

/** What a change did, for Done: a sentence and, perhaps, where to see the result. */
export interface DoneMessage {
  text: string;
  link?: { to: string; label: string };
}

/**
 * Done says what a change did (read out politely); it stays in the page when the
 * entity changed leaves the list it was shown in.
 */
export function Done({ message }: { message: DoneMessage | null }) {
  return (
    <div role="status" className={message ? 'status erledigt' : undefined}>
      {message && (
        <p>
          {message.text} {message.link && <Link to={message.link.to}>{message.link.label}</Link>}
        </p>
      )}
    </div>
  );
}
