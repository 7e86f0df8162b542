import type { BoothAnalytics, LedgerDeal } from '@pavilion/shared';
import { type Refreshable, useRefreshable } from '../../../lib/useRefreshable';
import type { AuctionLists } from '../../auctions';
import { analyticsKeys, exhibitorAnalyticsApi } from './analyticsApi';

/** Everything the analytics section shows; `busy`, `loadedAt` and `refresh` are the section's as a whole. */
export interface BoothAnalyticsState {
  busy: boolean;
  /** When the analytics last loaded (local clock), null before the first success. */
  loadedAt: number | null;
  refresh: () => void;
  analytics: Refreshable<BoothAnalytics>;
  deals: Refreshable<LedgerDeal[]>;
  auctions: Refreshable<AuctionLists>;
}

const NO_AUCTIONS: AuctionLists = { live: [], upcoming: [], closed: [] };

/**
 * Reads the booth's analytics, the caller's deals and the organization's auctions in parallel. Each part fails
 * on its own (a down auction list does not hide the leads) and keeps its last good answer when a refresh fails.
 */
export function useBoothAnalytics(orgId: string): BoothAnalyticsState {
  const analytics = useRefreshable(analyticsKeys.analytics(), (signal) => exhibitorAnalyticsApi.analytics({ signal }));
  const deals = useRefreshable(analyticsKeys.ownDeals(), (signal) => exhibitorAnalyticsApi.ownDeals({ signal }).then((a) => a.items));
  // Without an organization there are no auctions of its own (and no `orgId` would list the whole expo's).
  const auctions = useRefreshable(analyticsKeys.orgAuctions(orgId), (signal) =>
    orgId ? exhibitorAnalyticsApi.orgAuctions(orgId, { signal }) : Promise.resolve(NO_AUCTIONS),
  );
  const parts = [analytics, deals, auctions];
  return {
    busy: parts.some((p) => p.busy),
    loadedAt: analytics.loadedAt,
    refresh: () => {
      for (const part of parts) part.refresh();
    },
    analytics,
    deals,
    auctions,
  };
}
