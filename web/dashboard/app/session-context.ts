// The signed-in session for the components (the page only renders once there is one).
import { createContext, useContext } from 'react';

import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

/** useSession is the session the page runs in. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession außerhalb der Anmeldung');
  return s;
}
