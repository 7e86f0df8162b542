import type { Auction } from '@pavilion/shared';
import type { AuctionLists } from '../../auctions';

/** How an auction of the booth stands or ended. */
export type AuctionOutcome = 'live' | 'upcoming' | 'sold' | 'reserveNotMet' | 'noBids';

/** The organization's auctions in the order the table lists them: live (ending soonest), upcoming (starting soonest), then closed (latest first). */
export function boothAuctions(lists: AuctionLists): Auction[] {
  return [...lists.live, ...lists.upcoming, ...[...lists.closed].sort((a, b) => b.endsAt - a.endsAt)];
}

/** A closed auction sold exactly when it made a deal; without one it had no bids or missed the reserve. */
export function auctionOutcome(a: Auction): AuctionOutcome {
  if (a.status === 'open') return 'live';
  if (a.status === 'scheduled') return 'upcoming';
  if (a.dealId) return 'sold';
  return a.bidCount > 0 ? 'reserveNotMet' : 'noBids';
}
