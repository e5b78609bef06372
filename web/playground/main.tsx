// GraphiQL for the Drehscheibe API, served by the service at /playground. Everything it
// needs (code, styles, fonts, editor workers) is bundled and comes from the service.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { sessionOnlyHeaders } from './storage';

// The API beside this page: /playground → /query (also behind a path prefix).
const endpoint = new URL('query', window.location.href).href;

const welcome = `# Drehscheibe – GraphQL-API
#
# Strg+Enter: Anfrage ausführen
# Strg+Leertaste: Felder vorschlagen
# Das Schema: Dokumentations-Explorer (Buch links)
#
# Ohne API-Schlüssel sehen Sie, was die
# Öffentlichkeit sieht. Ihren Schlüssel tragen
# Sie unten unter „Headers“ ein:
#   { "Authorization": "Bearer dsk.…" }
# Er bleibt nur in dieser Seite: nach dem
# Neuladen ist er fort.

{
  viewer {
    authenticated
    role
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('#graphiql fehlt');

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: endpoint })}
      storage={sessionOnlyHeaders()}
      shouldPersistHeaders={false}
      showPersistHeadersSettings={false}
      defaultQuery={welcome}
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
