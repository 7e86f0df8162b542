import type { HallSummary } from '@pavilion/shared';
import { hallRows, hallTotals } from './hallRows';

const hall = (id: string, boothCount: number, visitors: number, liveBooths: number): HallSummary => ({
  id,
  name: id,
  category: 'patent',
  boothCount,
  capacity: 600,
  freeSlots: 600 - boothCount,
  visitors,
  liveBooths,
});
const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

describe('the halls overview', () => {
  const halls = [hall('patents', 500, 12, 2), hall('trademarks', 450, 3, 0), hall('copyrights', 300, 0, 1)];
  const topHalls = [
    { id: 'trademarks', name: 'Trademarks', count: 4, amount: cny(9_000_00) },
    { id: 'patents', name: 'Patents', count: 2, amount: cny(1_500_00) },
  ];

  test('halls keep the expo’s order and carry their deal count and amount from the stats', () => {
    const rows = hallRows(halls, topHalls);
    expect(rows.map((r) => [r.id, r.deals, r.amount.amount])).toEqual([
      ['patents', 2, 1_500_00],
      ['trademarks', 4, 9_000_00],
      ['copyrights', 0, 0],
    ]);
  });

  test('a hall without deals shows zero deals, not a gap', () => {
    const [row] = hallRows([hall('regional', 10, 0, 0)], []);
    expect(row?.deals).toBe(0);
    expect(row?.amount).toEqual(cny(0));
  });

  test('the totals add up every hall', () => {
    expect(hallTotals(hallRows(halls, topHalls))).toEqual({
      boothCount: 1250,
      capacity: 1800,
      visitors: 15,
      liveBooths: 3,
      deals: 6,
      amount: cny(10_500_00),
    });
  });
});
