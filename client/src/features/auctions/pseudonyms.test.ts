import type { Bid } from '@pavilion/shared';
import { mergeBidLog } from './bidLog';
import { bidderNumbers } from './pseudonyms';

let n = 0;
const bid = (bidderId: string, amount: number, proxy = false): Bid => ({
  id: `b${++n}`,
  auctionId: 'a1',
  bidderId,
  amount: { amount, currency: 'CNY' },
  at: amount,
  proxy,
});

describe('bidder pseudonyms', () => {
  test('bidders are numbered 1, 2, 3… by their first bid in the log (the log arrives newest first)', () => {
    const log = [bid('carol', 500), bid('alice', 400), bid('bob', 300), bid('alice', 200), bid('bob', 100)];
    const numbers = bidderNumbers(log);
    expect(Object.fromEntries(numbers)).toEqual({ bob: 1, alice: 2, carol: 3 });
  });

  test('numbers are stable: new bids never renumber earlier bidders, and every screen holding the log agrees', () => {
    const early = [bid('alice', 200), bid('bob', 100)];
    const later = [bid('dave', 400), bid('bob', 300), ...early];
    const before = bidderNumbers(early);
    const after = bidderNumbers(later);
    expect(after.get('bob')).toBe(before.get('bob'));
    expect(after.get('alice')).toBe(before.get('alice'));
    expect(after.get('dave')).toBe(3);
    // Another screen that read the same log in two pages numbers identically.
    const merged = mergeBidLog(mergeBidLog([], later.slice(2), 50).bids, later.slice(0, 3), 50).bids;
    expect(Object.fromEntries(bidderNumbers(merged))).toEqual(Object.fromEntries(after));
  });
});

describe('merging pages of the bid log', () => {
  test('each bid once, newest (highest) first', () => {
    const a = bid('x', 100);
    const b = bid('y', 200);
    const c = bid('x', 300, true);
    const { bids, gap } = mergeBidLog([b, a], [c, b], 50);
    expect(bids.map((x) => x.amount.amount)).toEqual([300, 200, 100]);
    expect(gap).toBe(false);
  });

  test('a full page sharing nothing with what we hold may hide bids between: ask for the whole log', () => {
    const kept = [bid('x', 100)];
    const page = [bid('y', 400), bid('z', 300)];
    expect(mergeBidLog(kept, page, 2).gap).toBe(true);
    expect(mergeBidLog(kept, page, 3).gap).toBe(false);
    expect(mergeBidLog([], page, 2).gap).toBe(false);
  });
});
