import { keepPreviousData, type QueryKey, type UseQueryResult, useQuery } from '@tanstack/react-query';

/** A read a screen shows: its last good answer, the last failure, whether one is in flight, and when it last succeeded. */
export interface Refreshable<T> {
  data: T | null;
  error: unknown;
  busy: boolean;
  loadedAt: number | null;
  refresh: () => void;
}

/**
 * Reads `load` through the app's query cache under `queryKey`: again when the key changes, on `refresh()` and
 * when a socket event invalidates the key. A newer read cancels the one in flight, so an old answer never lands
 * over a newer filter; the previous answer stays on screen while a new key loads and when a refresh fails.
 */
export function useRefreshable<T>(queryKey: QueryKey, load: (signal: AbortSignal) => Promise<T>, enabled = true): Refreshable<T> {
  return refreshableOf(useQuery({ queryKey, queryFn: ({ signal }) => load(signal), placeholderData: keepPreviousData, enabled }));
}

/** A query's state as a screen shows it. */
export function refreshableOf<T>(query: UseQueryResult<T>): Refreshable<T> {
  return {
    data: query.data ?? null,
    error: query.error,
    busy: query.isFetching,
    loadedAt: query.dataUpdatedAt || null,
    refresh: () => void query.refetch(),
  };
}
