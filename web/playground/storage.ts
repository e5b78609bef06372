import type { Storage } from '@graphiql/toolkit';

// GraphiQL keeps its state (open tabs, history, theme) in localStorage. Request headers
// hold the API key, so they must not get there: GraphiQL's "persist headers" switch is
// off and hidden (main.tsx), but its tab state and query history would still carry the
// headers of every query run. sessionOnlyHeaders is the storage GraphiQL gets instead:
//
//   - reads and writes go to this page's memory first, so while the page is open
//     GraphiQL behaves as usual (headers included);
//   - the header editor's text is never written to the browser's storage;
//   - tabs and history are written without their headers;
//   - everything else (queries, variables, theme, layout) is written as GraphiQL would.
//
// A reload therefore keeps the queries and forgets the key.

const namespace = 'graphiql:';

// Keys whose value is a request header set: kept in memory only.
const memoryOnly = new Set([`${namespace}headers`, `${namespace}shouldPersistHeaders`]);

// Keys whose JSON value holds "headers" fields (tabs, history, favourites).
const holdsHeaders = new Set([`${namespace}tabState`, `${namespace}queries`, `${namespace}favorites`]);

/** withoutHeaders returns the JSON text with every "headers" field removed. */
export function withoutHeaders(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), (key, value) => (key === 'headers' ? undefined : value));
  } catch {
    return ''; // not JSON: nothing that could be checked is written
  }
}

function browserStorage(): globalThis.Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: memory only
  }
}

export function sessionOnlyHeaders(): Storage {
  const memory = new Map<string, string>();
  const persistent = browserStorage();
  const ownKeys = (): string[] => {
    const keys = new Set(memory.keys());
    if (persistent) {
      for (let i = 0; i < persistent.length; i++) {
        const key = persistent.key(i);
        if (key?.startsWith(namespace)) keys.add(key);
      }
    }
    return [...keys];
  };
  return {
    getItem(key) {
      const value = memory.get(key);
      if (value !== undefined) return value;
      return memoryOnly.has(key) ? null : (persistent?.getItem(key) ?? null);
    },
    setItem(key, value) {
      memory.set(key, value);
      if (!persistent || memoryOnly.has(key)) return;
      const stored = holdsHeaders.has(key) ? withoutHeaders(value) : value;
      if (stored === '') persistent.removeItem(key);
      else persistent.setItem(key, stored);
    },
    removeItem(key) {
      memory.delete(key);
      persistent?.removeItem(key);
    },
    clear() {
      for (const key of ownKeys()) {
        memory.delete(key);
        persistent?.removeItem(key);
      }
    },
    get length() {
      return ownKeys().length;
    },
  };
}
