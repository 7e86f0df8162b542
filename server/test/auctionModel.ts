/**
 * A plain TypeScript reference model of the auction rules (docs/protocol.md, "Rules the server enforces").
 * The Lua script is checked against it with property-based tests: same inputs, same outcomes.
 */

/** Model state of one auction. */
export interface ModelAuction {
  sellerOrgId: string;
  startPrice: number;
  minIncrement: number;
  tiers: { from: number; step: number }[];
  reserve: number;
  startsAt: number;
  endsAt: number;
  hardEndsAt: number;
  softCloseMs: number;
  price: number;
  leader: string;
  leaderMax: number;
  log: { bidder: string; amount: number; proxy: boolean }[];
  outcomes: Map<string, ModelOutcome>;
}

/** What a bid attempt returns. */
export type ModelOutcome =
  | { ok: true; leading: boolean }
  | { ok: false; code: 'BID_TOO_LOW' | 'AUCTION_NOT_OPEN' | 'SELF_DEALING'; minimum?: number };

/** A bid attempt. */
export interface ModelBid {
  bidId: string;
  bidder: string;
  bidderOrgId: string;
  amount: number;
  max?: number;
  now: number;
}

export function newModelAuction(a: Omit<ModelAuction, 'price' | 'leader' | 'leaderMax' | 'log' | 'outcomes'>): ModelAuction {
  return { ...a, price: 0, leader: '', leaderMax: 0, log: [], outcomes: new Map() };
}

/** The minimum increment at a price. */
export function stepAt(a: ModelAuction, price: number): number {
  let s = a.minIncrement;
  for (const t of a.tiers) if (price >= t.from) s = t.step;
  return s;
}

/** Applies one bid attempt to the model (mutating it) and returns the outcome. */
export function modelBid(a: ModelAuction, b: ModelBid): ModelOutcome {
  const known = a.outcomes.get(b.bidId);
  if (known) return known;
  const outcome = decide(a, b);
  a.outcomes.set(b.bidId, outcome);
  return outcome;
}

function decide(a: ModelAuction, b: ModelBid): ModelOutcome {
  if (b.bidderOrgId !== '' && b.bidderOrgId === a.sellerOrgId) return { ok: false, code: 'SELF_DEALING' };
  if (b.now >= a.endsAt || b.now < a.startsAt) return { ok: false, code: 'AUCTION_NOT_OPEN' };
  const max = Math.max(b.amount, b.max ?? b.amount);
  const before = a.log.length;
  if (a.leader !== '' && b.bidder === a.leader) {
    if (max <= a.leaderMax) return { ok: false, code: 'BID_TOO_LOW', minimum: a.leaderMax + stepAt(a, a.leaderMax) };
    a.leaderMax = max;
  } else {
    const minimum = a.leader === '' ? a.startPrice : a.price + stepAt(a, a.price);
    if (b.amount < minimum) return { ok: false, code: 'BID_TOO_LOW', minimum };
    if (a.leader === '') {
      a.leader = b.bidder;
      a.leaderMax = max;
      a.price = b.amount;
      a.log.push({ bidder: b.bidder, amount: a.price, proxy: false });
    } else if (max > a.leaderMax) {
      if (a.leaderMax > a.price) a.log.push({ bidder: a.leader, amount: a.leaderMax, proxy: true });
      a.price = Math.max(b.amount, Math.min(max, a.leaderMax + stepAt(a, a.leaderMax)));
      a.log.push({ bidder: b.bidder, amount: a.price, proxy: a.price !== b.amount });
      a.leader = b.bidder;
      a.leaderMax = max;
    } else {
      a.log.push({ bidder: b.bidder, amount: max, proxy: max !== b.amount });
      const answer = Math.min(a.leaderMax, max + stepAt(a, max));
      if (answer > max) a.log.push({ bidder: a.leader, amount: answer, proxy: true });
      a.price = Math.max(max, answer);
    }
  }
  if (a.reserve > 0 && a.price < a.reserve && a.leaderMax >= a.reserve) {
    a.price = a.reserve;
    a.log.push({ bidder: a.leader, amount: a.price, proxy: true });
  }
  if (a.log.length > before && a.endsAt - b.now < a.softCloseMs) {
    a.endsAt = Math.max(a.endsAt, Math.min(b.now + a.softCloseMs, a.hardEndsAt));
  }
  return { ok: true, leading: a.leader === b.bidder };
}
