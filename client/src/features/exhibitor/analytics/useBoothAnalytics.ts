import type { BoothAnalytics, LedgerDeal } from '@pavilion/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuctionLists } from '../../auctions';
import { exhibitorAnalyticsApi } from './analyticsApi';

/** One source of the section: its last good answer, and the error of the last attempt if it failed. */
export interface Loaded<T> {
  data: T | null;
  error: unknown;
}

/** Everything the analytics section shows, read together on load and on every refresh. */
export interface BoothAnalyticsState {
  /** A read is in flight (the first load, or a refresh over the figures on screen). */
  busy: boolean;
  /** When the analytics last loaded (local clock), null before the first success. */
  loadedAt: number | null;
  analytics: Loaded<BoothAnalytics>;
  deals: Loaded<LedgerDeal[]>;
  auctions: Loaded<AuctionLists>;
}

const empty = { data: null, error: null };

function settle<T>(previous: Loaded<T>, result: PromiseSettledResult<T>): Loaded<T> {
  // A failed refresh keeps the last good answer on screen and says so beside it.
  return result.status === 'fulfilled' ? { data: result.value, error: null } : { data: previous.data, error: result.reason };
}

const NO_AUCTIONS: AuctionLists = { live: [], upcoming: [], closed: [] };

/**
 * Reads the booth's analytics, the caller's deals and the organization's auctions in parallel. Each part fails
 * on its own (a down auction list does not hide the leads); `refresh` cancels a read still in flight.
 */
export function useBoothAnalytics(orgId: string): BoothAnalyticsState & { refresh: () => void } {
  const [state, setState] = useState<BoothAnalyticsState>({ busy: true, loadedAt: null, analytics: empty, deals: empty, auctions: empty });
  const inFlight = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    inFlight.current?.abort();
    const abort = new AbortController();
    inFlight.current = abort;
    const opts = { signal: abort.signal };
    setState((s) => ({ ...s, busy: true }));
    void Promise.allSettled([
      exhibitorAnalyticsApi.analytics(opts),
      exhibitorAnalyticsApi.ownDeals(opts).then((a) => a.items),
      // Without an organization there are no auctions of its own (and no `orgId` would list the whole expo's).
      orgId ? exhibitorAnalyticsApi.orgAuctions(orgId, opts) : Promise.resolve(NO_AUCTIONS),
    ]).then(([analytics, deals, auctions]) => {
      if (abort.signal.aborted) return;
      setState((s) => ({
        busy: false,
        loadedAt: analytics.status === 'fulfilled' ? Date.now() : s.loadedAt,
        analytics: settle(s.analytics, analytics),
        deals: settle(s.deals, deals),
        auctions: settle(s.auctions, auctions),
      }));
    });
  }, [orgId]);

  useEffect(() => {
    refresh();
    return () => inFlight.current?.abort();
  }, [refresh]);

  return { ...state, refresh };
}
