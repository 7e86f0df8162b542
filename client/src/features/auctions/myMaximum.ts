/**
 * The maximum a bidder set for an auction, remembered on this device only: the server keeps every
 * maximum secret and never sends it back, so this is the one place the bidder can see their own.
 */
const key = (auctionId: string, userId: string) => `pavilion.auction-max.${auctionId}.${userId}`;

/** The remembered maximum (minor units), or null. */
export function readMyMaximum(auctionId: string, userId: string): number | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(auctionId, userId));
    const n = raw === null || raw === undefined ? Number.NaN : Number(raw);
    return Number.isSafeInteger(n) && n > 0 ? n : null;
  } catch {
    return null; // storage blocked: the maximum just is not shown after a reload
  }
}

/** Remembers a maximum (only ever raised: a bid never lowers a maximum the server holds). */
export function rememberMyMaximum(auctionId: string, userId: string, amount: number): number {
  const best = Math.max(amount, readMyMaximum(auctionId, userId) ?? 0);
  try {
    globalThis.localStorage?.setItem(key(auctionId, userId), String(best));
  } catch {
    // Not fatal: shown for this visit from state.
  }
  return best;
}
