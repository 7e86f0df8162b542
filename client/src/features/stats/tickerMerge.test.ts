import type { DealTick } from '@pavilion/shared';
import { freshDeals, mergeTicker } from './tickerMerge';

const tick = (id: string, at: number): DealTick => ({
  id,
  at,
  ipType: 'patent',
  amount: { amount: 100_000, currency: 'CNY' },
  exhibitId: `x-${id}`,
  exhibitTitle: `Exhibit ${id}`,
  hallId: 'patents',
  sellerRegion: 'GD',
  source: 'negotiation',
});

describe('deal ticker merge', () => {
  test('the first snapshot fills the ticker without marking anything new', () => {
    const state = mergeTicker(null, [tick('b', 2), tick('a', 1)]);
    expect(state.deals.map((d) => d.id)).toEqual(['b', 'a']);
    expect(freshDeals(state)).toEqual([]);
  });

  test('deals never shown before arrive fresh, newest first, in the server order', () => {
    const first = mergeTicker(null, [tick('b', 2), tick('a', 1)]);
    const next = mergeTicker(first, [tick('d', 4), tick('c', 3), tick('b', 2), tick('a', 1)]);
    expect(next.deals.map((d) => d.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(freshDeals(next).map((d) => d.id)).toEqual(['d', 'c']);
  });

  test('a push that brings no new deal keeps the same state, so nothing is highlighted or announced again', () => {
    const first = mergeTicker(null, [tick('a', 1)]);
    const withNew = mergeTicker(first, [tick('b', 2), tick('a', 1)]);
    expect(mergeTicker(withNew, [tick('b', 2), tick('a', 1)])).toBe(withNew);
  });

  test('an older snapshot arriving late never passes its deals off as new', () => {
    const first = mergeTicker(null, [tick('b', 2), tick('a', 1)]);
    const newer = mergeTicker(first, [tick('c', 3), tick('b', 2)]);
    const stale = mergeTicker(newer, [tick('b', 2), tick('a', 1)]);
    expect(freshDeals(stale)).toEqual([]);
    expect(stale.deals.map((d) => d.id)).toEqual(['b', 'a']);
  });

  test('the ticker holds what the server sends: the oldest deals drop off as new ones come in', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => tick(`d${12 - i}`, 12 - i));
    const first = mergeTicker(null, twelve);
    const next = mergeTicker(first, [tick('d13', 13), ...twelve.slice(0, 11)]);
    expect(next.deals).toHaveLength(12);
    expect(next.deals[0]?.id).toBe('d13');
    expect(next.deals.some((d) => d.id === 'd1')).toBe(false);
    expect(freshDeals(next).map((d) => d.id)).toEqual(['d13']);
  });
});
