import type { BoothAnalytics, DealsAnswer } from '@pavilion/shared';
import type { RequestOptions } from '../../../net/gateway';
import { request } from '../../../net/rest';
import type { AuctionLists } from '../../auctions';

/** The exhibitor routes behind the analytics section. */
export const exhibitorAnalyticsApi = {
  analytics: (opts?: RequestOptions) => request<BoothAnalytics>('GET', '/exhibitor/analytics', undefined, opts),
  /** The caller's own deals (as buyer, and as seller for their organization): what the deals export holds. */
  ownDeals: (opts?: RequestOptions) => request<DealsAnswer>('GET', '/deals?scope=own', undefined, opts),
  /** Every auction of the organization (live, upcoming and all closed ones), not just the expo's latest. */
  orgAuctions: (orgId: string, opts?: RequestOptions) =>
    request<AuctionLists>('GET', `/auctions?orgId=${encodeURIComponent(orgId)}`, undefined, opts),
};

/** The analytics section's reads in the query cache; `all` invalidates the whole section. */
export const analyticsKeys = {
  all: ['exhibitor-analytics'] as const,
  analytics: () => [...analyticsKeys.all, 'analytics'] as const,
  ownDeals: () => [...analyticsKeys.all, 'own-deals'] as const,
  auctionLists: () => [...analyticsKeys.all, 'auctions'] as const,
  orgAuctions: (orgId: string) => [...analyticsKeys.auctionLists(), orgId] as const,
};

/** The leads as CSV, a download the session cookie authorizes. */
export const LEADS_CSV_HREF = '/api/exhibitor/leads?format=csv';
/** The caller's own deals as CSV (the same rows the deals table lists). */
export const OWN_DEALS_CSV_HREF = '/api/deals?format=csv&scope=own';
