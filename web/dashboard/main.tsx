// The campus dashboard: asks the service who is signed in (docs/signin.md), leads to
// the sign-in when nobody is, and otherwise shows the pages of the session's role.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';

import './dashboard.css';
import { queryClient } from './app/data';
import { startLiveUpdates } from './app/live';
import { basename } from './app/endpoints';
import { loadSession, toSignIn } from './app/session';
import { SessionContext } from './app/session-context';
import { AppRoutes } from './routes';

const root = createRoot(document.getElementById('app')!);

function failed(message: string) {
  root.render(
    <main className="status fehler" role="alert">
      <h1>Das Dashboard kann nicht starten</h1>
      <p>{message}</p>
      <p>
        <a href="">Erneut versuchen</a>
      </p>
    </main>,
  );
}

loadSession().then(
  (session) => {
    if (!session) {
      toSignIn();
      return;
    }
    startLiveUpdates(queryClient);
    root.render(
      <StrictMode>
        <SessionContext.Provider value={session}>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter basename={basename}>
              <AppRoutes />
            </BrowserRouter>
          </QueryClientProvider>
        </SessionContext.Provider>
      </StrictMode>,
    );
  },
  (e: Error) => failed(e.message),
);
