import type { Bid } from '@pavilion/shared';

/** Orders a bid log newest first. Accepted amounts strictly increase, so the amount is the log's order. */
export function newestFirst(bids: readonly Bid[]): Bid[] {
  return [...bids].sort((a, b) => b.amount.amount - a.amount.amount || b.at - a.at);
}

/**
 * Merges a page of the bid log (`GET /api/auctions/:id?limit=n`, newest first) into the bids already
 * on screen, each bid once. When the page is full and shares no bid with what we hold, bids between
 * the two may be missing: `gap` asks the caller for the whole log.
 */
export function mergeBidLog(kept: readonly Bid[], page: readonly Bid[], pageLimit: number): { bids: Bid[]; gap: boolean } {
  const byId = new Map(kept.map((b) => [b.id, b]));
  const overlaps = page.some((b) => byId.has(b.id));
  for (const b of page) byId.set(b.id, b);
  const gap = kept.length > 0 && page.length >= pageLimit && !overlaps;
  return { bids: newestFirst([...byId.values()]), gap };
}
