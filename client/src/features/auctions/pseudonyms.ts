import type { Bid } from '@pavilion/shared';

/**
 * Public pseudonyms for an auction's bidders: numbers 1, 2, 3… in the order of each bidder's first bid
 * in the log. Every screen that holds the log from its start numbers the same bidders the same way,
 * and a bidder keeps their number for the whole auction (new bidders only ever get the next number).
 */
export function bidderNumbers(bidsNewestFirst: readonly Bid[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (let i = bidsNewestFirst.length - 1; i >= 0; i--) {
    const bidder = (bidsNewestFirst[i] as Bid).bidderId;
    if (!numbers.has(bidder)) numbers.set(bidder, numbers.size + 1);
  }
  return numbers;
}
