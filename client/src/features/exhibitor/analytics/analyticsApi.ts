import type { Deal, Region } from '@pavilion/shared';
import type { RequestOptions } from '../../../net/gateway';
import { request } from '../../../net/rest';
import type { AuctionLists } from '../../auctions/auctionApi';

// The analytics answers are declared by the server (features/analytics/analyticsService.ts) and are not
// in `shared/` yet; these mirror them field for field until they move there.

/** What a visitor did at the booth, in the order the leads table shows them. */
export const LEAD_ACTIONS = ['entered', 'chatted', 'asked', 'negotiated', 'bid'] as const;
/** One of {@link LEAD_ACTIONS}. */
export type LeadAction = (typeof LEAD_ACTIONS)[number];

/** A signed-in visitor of the booth (never its own staff). */
export interface Lead {
  userId: string;
  name: string;
  /** The visitor's organization, when they belong to one. */
  orgName?: string;
  /** Only when the visitor agreed to share contact details. */
  email?: string;
  firstSeen: number;
  lastSeen: number;
  /** How many times the visitor did each thing; absent = never. */
  actions: Partial<Record<LeadAction, number>>;
}

/** A deal as the ledger keeps it: the contract's shape plus the seller's region and hall, and display names. */
export type LedgerDeal = Deal & {
  sellerRegion: Region | '';
  hallId: string;
  /** The exhibit's title when the deal was read (`''` if the exhibit is gone). */
  exhibitTitle: string;
  /** The selling organization's name (`''` if it is gone). */
  sellerOrgName: string;
};

/** `GET /api/exhibitor/analytics`: the caller's organization's booth. */
export interface BoothAnalytics {
  boothId: string;
  /** Entries by signed-in visitors from outside the organization. */
  visits: number;
  /** Time those visitors spent inside, summed when they leave. */
  dwellMs: number;
  /** The last 7 UTC days, oldest first (`day` is `YYYY-MM-DD`). */
  uniqueVisitorsByDay: { day: string; count: number }[];
  /** Most recently seen first. */
  leads: Lead[];
  negotiationsByStatus: Record<string, number>;
  /** The organization's deals as seller, newest first. */
  deals: LedgerDeal[];
}

/** The exhibitor routes behind the analytics section. */
export const exhibitorAnalyticsApi = {
  analytics: (opts?: RequestOptions) => request<BoothAnalytics>('GET', '/exhibitor/analytics', undefined, opts),
  /** The caller's own deals (as buyer, and as seller for their organization): what the deals export holds. */
  ownDeals: (opts?: RequestOptions) => request<{ items: LedgerDeal[] }>('GET', '/deals?scope=own', undefined, opts),
  /** Every auction of the organization (live, upcoming and all closed ones), not just the expo's latest. */
  orgAuctions: (orgId: string, opts?: RequestOptions) =>
    request<AuctionLists>('GET', `/auctions?orgId=${encodeURIComponent(orgId)}`, undefined, opts),
};

/** The leads as CSV, a download the session cookie authorizes. */
export const LEADS_CSV_HREF = '/api/exhibitor/leads?format=csv';
/** The caller's own deals as CSV (the same rows the deals table lists). */
export const OWN_DEALS_CSV_HREF = '/api/deals?format=csv&scope=own';
