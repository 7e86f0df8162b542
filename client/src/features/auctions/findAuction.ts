import type { Auction } from '@pavilion/shared';
import { type AuctionLists, auctionApi } from './auctionApi';

/** How long one read of the auction lists answers every exhibit's "which auction?" (a booth shows many exhibits). */
const LIST_TTL_MS = 15_000;

let cached: { at: number; lists: Promise<AuctionLists> } | null = null;

/** The auction lists, read at most once per {@link LIST_TTL_MS} however many badges ask. */
export function auctionLists(now = Date.now()): Promise<AuctionLists> {
  if (!cached || now - cached.at > LIST_TTL_MS) {
    const lists = auctionApi.list();
    cached = { at: now, lists };
    lists.catch(() => {
      if (cached?.lists === lists) cached = null; // a failure is not cached
    });
  }
  return cached.lists;
}

/** The live or upcoming auction of an exhibit (an exhibit is in at most one at a time), or null. */
export function auctionOfExhibit(lists: AuctionLists, exhibitId: string): Auction | null {
  return lists.live.find((a) => a.exhibitId === exhibitId) ?? lists.upcoming.find((a) => a.exhibitId === exhibitId) ?? null;
}

/** Forgets the cached lists (after creating an auction). */
export function forgetAuctionLists(): void {
  cached = null;
}
