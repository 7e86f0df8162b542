import { IP_TYPES, REGIONS, type SeriesPoint, type StatsSeries } from '@pavilion/shared';
import { chartRows, cumulativeRows, rowsWithDeals, seriesTotals, stackMax, stackRow, timeTicks, valueAxis } from './seriesShape';

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
    expect(stackRow([150, 20, 5])).toEqual([
      [0, 150],
      [150, 170],
      [170, 175],
    ]);
  });

  test('legend totals are the sum of the per-period amounts and the tallest stack sets the axis', () => {
    const rows = chartRows(series, 'byType', IP_TYPES);
    expect(seriesTotals(rows, 3)).toEqual([150, 20, 5]);
    expect(stackMax(rows)).toBe(105);
    expect(stackMax(cumulativeRows(rows))).toBe(175);
  });

  test('the accessible table lists only the periods with deals', () => {
    expect(rowsWithDeals(chartRows(series, 'byType', IP_TYPES)).map((r) => r.t)).toEqual([0, 120_000]);
  });

  test('the value axis ends on a round number at or above the maximum, with round steps from zero', () => {
    expect(valueAxis(175)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] });
    expect(valueAxis(186_700_000_000)).toEqual({ top: 200_000_000_000, ticks: [0, 50e9, 100e9, 150e9, 200e9] });
    expect(valueAxis(1000).top).toBe(1000);
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  test('the time axis labels the first and the last period and spaces the rest evenly', () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({ t: i * 10, values: [] }));
    expect(timeTicks(rows, 3)).toEqual([0, 50, 100]);
    expect(timeTicks(rows.slice(0, 2), 5)).toEqual([0, 10]);
    expect(timeTicks(rows.slice(0, 1), 5)).toEqual([0]);
    expect(timeTicks([], 5)).toEqual([]);
  });
});
