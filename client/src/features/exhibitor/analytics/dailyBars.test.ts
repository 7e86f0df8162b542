import { layoutDailyBars, niceCeiling } from './dailyBars';

const week = (counts: number[]) => counts.map((count, i) => ({ day: `2026-11-2${i}`, count }));
const size = { width: 700, height: 120, gap: 20 };

describe('the unique-visitors-per-day chart', () => {
  test('the axis maximum rounds up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 38, 120, 4999].map(niceCeiling)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 200, 5000]);
  });

  test('bar heights are proportional to the counts against the rounded maximum', () => {
    const { bars, max } = layoutDailyBars(week([0, 5, 10, 20, 3, 0, 12]), size);
    expect(max).toBe(20);
    expect(bars.map((b) => b.height)).toEqual([0, 30, 60, 120, 18, 0, 72]);
    // Bars stand on the baseline.
    for (const b of bars) expect(b.y + b.height).toBe(size.height);
  });

  test('a week without visitors draws flat bars on a 0–1 axis', () => {
    const { bars, max, ticks } = layoutDailyBars(week([0, 0, 0, 0, 0, 0, 0]), size);
    expect(max).toBe(1);
    expect(ticks).toEqual([0, 1]);
    expect(bars.every((b) => b.height === 0)).toBe(true);
  });

  test('gridlines sit on whole visitor counts only', () => {
    expect(layoutDailyBars(week([1]), size).ticks).toEqual([0, 1]);
    expect(layoutDailyBars(week([2]), size).ticks).toEqual([0, 1, 2]);
    expect(layoutDailyBars(week([5]), size).ticks).toEqual([0, 5]);
    expect(layoutDailyBars(week([9]), size).ticks).toEqual([0, 5, 10]);
  });

  test('bars are evenly spaced, keep the gap between them and stay inside the chart width', () => {
    const { bars } = layoutDailyBars(week([1, 2, 3, 4, 5, 6, 7]), size);
    expect(bars).toHaveLength(7);
    for (const [i, b] of bars.entries()) {
      expect(b.width).toBe(80);
      expect(b.x).toBeCloseTo(i * 100 + 10);
    }
    const last = bars.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(size.width);
  });
});
