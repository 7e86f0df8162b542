import type { IpType } from '../domain.js';
import type { Money } from '../money.js';

/** A live English auction. */
export interface Auction {
  id: string;
  exhibitId: string;
  status: 'scheduled' | 'open' | 'closed';
  startPrice: Money;
  minIncrement: Money;
  currentPrice?: Money;
  leaderId?: string;
  bidCount: number;
  startsAt: number;
  endsAt: number;
  hardEndsAt: number;
  softCloseMs: number;
  reserveMet: boolean;
  seq: number;
  dealId?: string;
  incrementTiers?: { from: Money; step: Money }[];
  /** The next valid bid amount (what a quick-bid button offers). */
  nextMinimum: Money;
  /** Display fields. */
  exhibitTitle?: string;
  ipType?: IpType;
  sellerOrgId?: string;
  boothId?: string;
  hallId?: string;
}

/** One accepted bid in an auction's log (amounts strictly increase down the log). */
export interface Bid {
  id: string;
  auctionId: string;
  bidderId: string;
  amount: Money;
  at: number;
  /** Placed by the bidder's proxy maximum rather than typed. */
  proxy: boolean;
}
