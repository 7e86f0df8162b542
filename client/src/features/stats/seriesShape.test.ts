import { IP_TYPES, REGIONS, type SeriesPoint, type StatsSeries } from '@pavilion/shared';
import {
  type ChartRow,
  chartRows,
  cumulativeAreaPaths,
  cumulativeRows,
  periodBands,
  rowsWithDeals,
  seriesTotals,
  stackLayers,
  stackMax,
  timeAxis,
  timeTicks,
  valueAxis,
} from './seriesShape';

const fen = (amount: number) => ({ amount, currency: 'CNY' as const });
function point(
  t: number,
  byType: [number, number, number],
  byRegion: [number, number, number, number, number] = [0, 0, 0, 0, 0],
): SeriesPoint {
  return {
    t,
    byType: { patent: fen(byType[0]), trademark: fen(byType[1]), copyright: fen(byType[2]) },
    byRegion: { GD: fen(byRegion[0]), HK: fen(byRegion[1]), MO: fen(byRegion[2]), MAINLAND: fen(byRegion[3]), OVERSEAS: fen(byRegion[4]) },
  };
}
const series: StatsSeries = {
  bucket: 'minute',
  bucketMs: 60_000,
  points: [point(0, [100, 0, 5], [105, 0, 0, 0, 0]), point(60_000, [0, 0, 0]), point(120_000, [50, 20, 0], [0, 20, 0, 0, 50])],
};

describe('series shaping', () => {
  test('chart rows take each period amount in the order of the chart keys', () => {
    expect(chartRows(series, 'byType', IP_TYPES)).toEqual([
      { t: 0, values: [100, 0, 5] },
      { t: 60_000, values: [0, 0, 0] },
      { t: 120_000, values: [50, 20, 0] },
    ]);
    expect(chartRows(series, 'byRegion', REGIONS).map((r) => r.values)).toEqual([
      [105, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 20, 0, 0, 50],
    ]);
  });

  test('the running total adds every earlier period to each key, empty periods keeping the level', () => {
    expect(cumulativeRows(chartRows(series, 'byType', IP_TYPES)).map((r) => r.values)).toEqual([
      [100, 0, 5],
      [100, 0, 5],
      [150, 20, 5],
    ]);
  });

  test('stacked bands put each key on top of the ones before it', () => {
    const layers = stackLayers([{ t: 0, values: [150, 20, 5] }], 3);
    expect(layers.map((layer) => [layer[0]?.[0], layer[0]?.[1]])).toEqual([
      [0, 150],
      [150, 170],
      [170, 175],
    ]);
  });

  test('legend totals are the sum of the per-period amounts and the tallest stack sets the axis', () => {
    const rows = chartRows(series, 'byType', IP_TYPES);
    expect(seriesTotals(rows, 3)).toEqual([150, 20, 5]);
    expect(stackMax(stackLayers(rows, 3))).toBe(105);
    expect(stackMax(stackLayers(cumulativeRows(rows), 3))).toBe(175);
    expect(stackMax([])).toBe(0);
  });

  test('the accessible table lists only the periods with deals', () => {
    expect(rowsWithDeals(chartRows(series, 'byType', IP_TYPES)).map((r) => r.t)).toEqual([0, 120_000]);
  });

  test('the value axis ends on a round number at or above the maximum, with round steps from zero', () => {
    const at = (max: number) => {
      const { y, ticks } = valueAxis(max, [200, 0]);
      return { top: y.domain()[1], ticks };
    };
    expect(at(175)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] });
    expect(at(186_700_000_000)).toEqual({ top: 200_000_000_000, ticks: [0, 50e9, 100e9, 150e9, 200e9] });
    expect(at(1000).top).toBe(1000);
    expect(at(0)).toEqual({ top: 1, ticks: [0, 1] });
    for (const max of [7, 175, 999, 12_345_678, 186_700_000_000]) {
      const { top, ticks } = at(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(top);
      expect(top).toBeGreaterThanOrEqual(max);
      // Every step is 1, 2 or 5 × 10ⁿ, and the ticks are evenly spaced.
      expect([1, 2, 5]).toContain(step / 10 ** Math.floor(Math.log10(step)));
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
    }
  });

  test('the value axis maps zero to the bottom of the plot and its top to the top', () => {
    const { y } = valueAxis(175, [200, 10]);
    expect(y(0)).toBe(200);
    expect(y(200)).toBe(10);
    expect(y(100)).toBe(105);
  });

  test('the time axis labels round times that start a period, never more often than once a period', () => {
    const minute = 60_000;
    const start = Date.UTC(2026, 10, 25, 14, 0);
    const rows: ChartRow[] = Array.from({ length: 11 }, (_, i) => ({ t: start + i * minute, values: [] }));
    const ticksOf = (some: ChartRow[], maxLabels: number) => {
      const first = some[0]?.t ?? start;
      const last = some.at(-1)?.t ?? start;
      return timeTicks(timeAxis(first, last + minute, [0, 500]), some, maxLabels);
    };
    expect(ticksOf(rows, 3)).toEqual([start, start + 5 * minute, start + 10 * minute]);
    expect(ticksOf(rows.slice(0, 2), 5)).toEqual([start, start + minute]);
    expect(ticksOf(rows.slice(0, 1), 5)).toEqual([start]);
    expect(ticksOf([], 5)).toEqual([]);
    const day = 86_400_000;
    const days: ChartRow[] = Array.from({ length: 30 }, (_, i) => ({ t: Date.UTC(2026, 10, 1) + i * day, values: [] }));
    const dayTicks = timeTicks(timeAxis(days[0]!.t, days.at(-1)!.t + day, [0, 500]), days, 4);
    expect(dayTicks).toEqual([Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 15), Date.UTC(2026, 10, 29)]);
    expect(dayTicks.length).toBeLessThanOrEqual(4);
    for (const t of dayTicks) expect(days.map((r) => r.t)).toContain(t);
  });

  test('the time axis maps the first period start to the left edge and the last period end to the right', () => {
    const x = timeAxis(60_000, 240_000, [46, 226]);
    expect(x(60_000)).toBe(46);
    expect(x(240_000)).toBe(226);
    expect(x(120_000)).toBe(106);
  });

  test('each bar stays inside its own period, with a gap between neighbours', () => {
    const rows: ChartRow[] = Array.from({ length: 4 }, (_, i) => ({ t: i * 60_000, values: [1] }));
    const x = timeAxis(0, 4 * 60_000, [0, 400]);
    const band = periodBands(rows, [0, 400]);
    expect(band.bandwidth()).toBe(96);
    for (const r of rows) {
      const left = band(r.t) ?? Number.NaN;
      expect(left).toBe(x(r.t) + 2);
      expect(left + band.bandwidth()).toBe(x(r.t + 60_000) - 2);
    }
    // Thin slots lose their gap rather than their bar.
    expect(periodBands(rows, [0, 20]).bandwidth()).toBe(5);
  });

  test('the stacked area tops follow the running totals and the bottom layer rests on zero', () => {
    const rows = cumulativeRows(chartRows(series, 'byType', IP_TYPES));
    const layers = stackLayers(rows, 3);
    const x = (t: number) => t / 1000;
    const y = (v: number) => 1000 - v;
    const paths = cumulativeAreaPaths(layers, rows, 0, 60_000, x, y);
    expect(paths).toHaveLength(3);
    const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // An area runs along its top edge from the start, then back along its bottom edge.
    const top = points(paths[2] ?? '').slice(0, rows.length + 1);
    expect(top).toEqual([
      [0, 1000],
      [60, 1000 - 105],
      [120, 1000 - 105],
      [180, 1000 - 175],
    ]);
    const bottom = points(paths[0] ?? '').slice(rows.length + 1);
    expect(bottom).toEqual([
      [180, 1000],
      [120, 1000],
      [60, 1000],
      [0, 1000],
    ]);
    // Each layer's bottom edge is the top edge of the layer below it.
    const patentTop = points(paths[0] ?? '').slice(0, rows.length + 1);
    const trademarkBottom = points(paths[1] ?? '')
      .slice(rows.length + 1)
      .reverse();
    expect(trademarkBottom).toEqual(patentTop);
  });
});
