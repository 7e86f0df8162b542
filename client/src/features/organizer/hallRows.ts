import type { HallSummary, LeaderRow, Money } from '@pavilion/shared';

/** One hall in the organizer's overview: its booths and visitors now, and its deals so far. */
export interface HallRow {
  id: string;
  name: string;
  boothCount: number;
  capacity: number;
  visitors: number;
  liveBooths: number;
  deals: number;
  amount: Money;
}

/** The expo's totals over every hall. */
export type HallTotals = Omit<HallRow, 'id' | 'name'>;

const zero: Money = { amount: 0, currency: 'CNY' };

/** Joins `GET /api/expo`'s halls (in the expo's order) with `GET /api/stats`'s per-hall deals; a hall without deals has zero, not a gap. */
export function hallRows(halls: readonly HallSummary[], topHalls: readonly LeaderRow[]): HallRow[] {
  const deals = new Map(topHalls.map((r) => [r.id, r]));
  return halls.map((h) => {
    const d = deals.get(h.id);
    return {
      id: h.id,
      name: h.name,
      boothCount: h.boothCount,
      capacity: h.capacity,
      visitors: h.visitors,
      liveBooths: h.liveBooths,
      deals: d?.count ?? 0,
      amount: d?.amount ?? zero,
    };
  });
}

/** Every column summed. */
export function hallTotals(rows: readonly HallRow[]): HallTotals {
  return rows.reduce<HallTotals>(
    (t, r) => ({
      boothCount: t.boothCount + r.boothCount,
      capacity: t.capacity + r.capacity,
      visitors: t.visitors + r.visitors,
      liveBooths: t.liveBooths + r.liveBooths,
      deals: t.deals + r.deals,
      amount: { amount: t.amount.amount + r.amount.amount, currency: 'CNY' },
    }),
    { boothCount: 0, capacity: 0, visitors: 0, liveBooths: 0, deals: 0, amount: zero },
  );
}
