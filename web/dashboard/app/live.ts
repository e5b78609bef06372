// Live updates by polling (docs/live-updates.md). Every answer of the service carries
// the catalogue's version (extensions.catalogVersion), which moves with every change
// anybody makes. While the tab is visible and shows a page that follows changes
// (useData(…, { live: true })), the page asks every pollInterval for the smallest
// query there is ({ __typename }) and reads its data again when the version moved past
// the one the data was read at. What it reads again is its own query, under the
// session's rights: a page never learns more than it may read anyway. A hidden tab
// asks nothing and catches up at once when it is shown again.
import { hashKey, type QueryClient } from '@tanstack/react-query';

import { LiveDocument } from '../gql/graphql';
import { requestVersioned } from './graphql';

/** How often a visible page that follows changes asks whether anything changed. */
export const pollInterval = 5_000;

/** The catalogue version each query's data was read at, by the query's hash. */
const readAt = new Map<string, number>();

/** noteRead records the version a query's data was read at. */
export function noteRead(queryKey: readonly unknown[], version: number | undefined): void {
  if (version !== undefined) readAt.set(hashKey(queryKey), version);
}

/**
 * startLiveUpdates polls for changes while the tab is visible, for as long as the
 * page runs (the function returned stops it).
 */
export function startLiveUpdates(client: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const visible = () => document.visibilityState === 'visible';

  async function poll() {
    const live = () =>
      client.getQueryCache().findAll({ type: 'active', predicate: (q) => q.meta?.live === true && q.state.status === 'success' });
    if (!live().length) return;
    const { version } = await requestVersioned(LiveDocument, {});
    if (version === undefined) return;
    const behind = live().filter((q) => (readAt.get(q.queryHash) ?? -1) < version && q.state.fetchStatus === 'idle');
    if (!behind.length) return;
    // what is not shown is read again when it is next shown; what is shown, now
    await client.invalidateQueries({ refetchType: 'none' });
    await Promise.all(behind.map((q) => client.refetchQueries({ queryKey: q.queryKey, exact: true })));
  }

  async function tick() {
    timer = undefined;
    if (running || !visible()) return;
    running = true;
    try {
      await poll();
    } catch {
      // the service is away or refused: the next poll asks again
    } finally {
      running = false;
    }
    if (visible() && timer === undefined) timer = setTimeout(tick, pollInterval);
  }

  function onVisibility() {
    if (visible()) {
      if (timer === undefined && !running) void tick(); // catch up at once
    } else if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  }

  document.addEventListener('visibilitychange', onVisibility);
  timer = setTimeout(tick, pollInterval);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    clearTimeout(timer);
  };
}
