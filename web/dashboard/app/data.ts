// The data layer: every page reads through useData (TanStack Query), keyed by the
// operation and its variables, so a page's data can be refreshed from anywhere
// (refresh() after a change) or kept live (live: true — app/live.ts reads it again
// when someone else changed the catalogue). Changes go through useChange, which
// refreshes everything shown afterwards.
import { useEffect } from 'react';
import { QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';

import type { TypedDocumentString } from '../gql/graphql';
import { operationName, request, requestVersioned, RequestFailed } from './graphql';
import { noteRead } from './live';

/** The one client of the page. Failed reads are retried once unless the service refused them. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => count < 1 && error instanceof RequestFailed && (error.code === 'NETWORK' || error.code?.startsWith('HTTP_5') === true),
    },
    mutations: { retry: false },
  },
});

type ReadOptions<R> = Omit<UseQueryOptions<R, RequestFailed>, 'queryKey' | 'queryFn'> & {
  /** follow changes by others while the page is shown (live updates, app/live.ts) */
  live?: boolean;
};

/** useData reads a query document with its variables. */
export function useData<R, V>(doc: TypedDocumentString<R, V>, variables: V, { live = false, ...options }: ReadOptions<R> = {}) {
  return useQuery<R, RequestFailed>({
    queryKey: [operationName(doc), variables],
    queryFn: async ({ queryKey }) => {
      const { data, version } = await requestVersioned(doc, variables);
      noteRead(queryKey, version);
      return data;
    },
    meta: { live },
    ...options,
  });
}

/** Where a connection's page ends (its pageInfo). */
interface PageEnd {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * useAllPages reads a connection page after page (the document takes the cursor as
 * $after) until the last one or maxPages, whichever comes first; it is pending until
 * then. truncated tells that maxPages did not reach the end.
 */
export function useAllPages<R, V extends { after?: string | null }>(
  doc: TypedDocumentString<R, V>,
  variables: Omit<V, 'after'>,
  end: (page: R) => PageEnd,
  maxPages = 2,
) {
  const q = useInfiniteQuery<R, RequestFailed, { pages: R[] }, unknown[], string | null>({
    queryKey: [operationName(doc), variables, 'alle Seiten'],
    queryFn: ({ pageParam }) => request(doc, { ...variables, after: pageParam } as V),
    initialPageParam: null,
    getNextPageParam: (last, all) => {
      const { hasNextPage, endCursor } = end(last);
      return hasNextPage && endCursor && all.length < maxPages ? endCursor : undefined;
    },
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, error } = q;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !error) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, error]);
  const pages = q.data?.pages ?? [];
  return {
    pages,
    isPending: q.isPending || hasNextPage,
    error: q.error,
    refetch: q.refetch,
    truncated: pages.length > 0 && end(pages[pages.length - 1]).hasNextPage && !hasNextPage,
  };
}

/**
 * useChange sends a mutation document; after it succeeded, the data of every page is
 * stale. What is shown is read again (one request per page shown, not per change)
 * unless the change leads away (leaves: a form that goes to the new entity's page
 * then), so that the page left is not read once more for nothing.
 */
export function useChange<R, V>(doc: TypedDocumentString<R, V>, { leaves = false } = {}) {
  const client = useQueryClient();
  return useMutation<R, RequestFailed, V>({
    mutationFn: (variables: V) => request(doc, variables),
    onSuccess: () => client.invalidateQueries({ refetchType: leaves ? 'none' : 'active' }),
  });
}

/** useRefresh returns a function that reads everything shown again (after a CONFLICT). */
export function useRefresh(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

/**
 * entity is node(id:)'s answer as the type the document's fragment asks for (a field
 * that type has proves it), or null when the ID is of another kind, unknown or not
 * visible.
 */
export function entity<T extends object>(node: T | Record<PropertyKey, never> | null | undefined, field: keyof T): T | null {
  return node && field in node ? (node as T) : null;
}
