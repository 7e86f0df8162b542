import type { SeriesPoint, StatsSeries } from '@pavilion/shared';
import { type ScaleBand, type ScaleLinear, type ScaleTime, scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { area, type Series, stack } from 'd3-shape';

/** Which breakdown of a series point a chart draws. */
export type SeriesDimension = 'byType' | 'byRegion';

/** What a chart plots: each period's own value, or the running total up to the end of each period. */
export type SeriesMode = 'perBucket' | 'cumulative';

/** One period of a chart: its start (epoch ms) and one amount in fen per series key, in the chart's key order. */
export interface ChartRow {
  t: number;
  values: number[];
}

/** The per-period amounts of one breakdown, in the order of `keys` (the server sends amounts per period, not totals). */
export function chartRows<K extends string>(series: StatsSeries, dimension: SeriesDimension, keys: readonly K[]): ChartRow[] {
  return series.points.map((p: SeriesPoint) => {
    const values = p[dimension] as Record<string, { amount: number } | undefined>;
    return { t: p.t, values: keys.map((k) => values[k]?.amount ?? 0) };
  });
}

/** Running totals: each row carries everything agreed from the first period up to the end of its own. */
export function cumulativeRows(rows: readonly ChartRow[]): ChartRow[] {
  const sums: number[] = [];
  return rows.map((row) => ({
    t: row.t,
    values: row.values.map((v, k) => {
      sums[k] = (sums[k] ?? 0) + v;
      return sums[k];
    }),
  }));
}

/** The rows a chart plots in a mode. */
export function rowsForMode(rows: readonly ChartRow[], mode: SeriesMode): ChartRow[] {
  return mode === 'cumulative' ? cumulativeRows(rows) : [...rows];
}

/** Each key's total over the whole series (what the legend shows). */
export function seriesTotals(rows: readonly ChartRow[], width: number): number[] {
  const totals = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.values.forEach((v, k) => {
      totals[k] = (totals[k] ?? 0) + v;
    });
  }
  return totals;
}

/** The periods in which something was agreed: an accessible table lists these, not hundreds of empty ones. */
export function rowsWithDeals(rows: readonly ChartRow[]): ChartRow[] {
  return rows.filter((r) => r.values.some((v) => v > 0));
}

/** One key's stacked band over every row: `[lower, upper]` per row, with the earlier keys below it. */
export type StackLayer = Series<ChartRow, number>;

/** The rows stacked key by key in the chart's key order (the first key at the bottom). */
export function stackLayers(rows: readonly ChartRow[], keyCount: number): StackLayer[] {
  return stack<ChartRow, number>()
    .keys(Array.from({ length: keyCount }, (_, k) => k))
    .value((row, k) => row.values[k] ?? 0)(rows);
}

/** The tallest stack: the top layer's highest edge. */
export function stackMax(layers: readonly StackLayer[]): number {
  return (layers.at(-1) ?? []).reduce((max, band) => Math.max(max, band[1]), 0);
}

/** How many value ticks an axis aims for; d3 picks round steps (1, 2 or 5 × 10ⁿ) near it. */
const VALUE_TICKS = 4;

/**
 * A value axis that reads well: the scale's top is rounded up to a round step at or above `max`, the ticks
 * run from zero in that step, and none falls between two fen. An empty series still gets an axis (0 to 1 fen)
 * so the chart frame does not collapse.
 */
export function valueAxis(max: number, range: [bottom: number, top: number]): { y: ScaleLinear<number, number>; ticks: number[] } {
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range(range)
    .nice(VALUE_TICKS);
  return { y, ticks: y.ticks(VALUE_TICKS).filter(Number.isInteger) };
}

/** Time (epoch ms) across the plot. UTC, because the server's periods start on UTC multiples of the bucket. */
export function timeAxis(start: number, end: number, range: [left: number, right: number]): ScaleTime<number, number> {
  return scaleUtc().domain([start, end]).range(range);
}

/**
 * Start times of the periods to label on a time axis, at most `maxLabels`: round times (every 5 minutes, every
 * 6 hours, Sundays…) that begin a period. Asking for no more labels than periods keeps d3 from choosing a
 * step finer than one period; d3 treats the count as a hint, so when its round step gives too many labels,
 * every second (third…) one is kept.
 */
export function timeTicks(x: ScaleTime<number, number>, rows: readonly ChartRow[], maxLabels: number): number[] {
  const first = rows[0]?.t;
  const last = rows.at(-1)?.t;
  if (first === undefined || last === undefined) return [];
  const limit = Math.max(1, maxLabels);
  const ticks = x
    .ticks(Math.min(limit, rows.length))
    .map((d) => d.getTime())
    .filter((t) => t >= first && t <= last);
  if (ticks.length === 0) return [first];
  const stride = Math.ceil(ticks.length / limit);
  return ticks.filter((_, i) => i % stride === 0);
}

/** One bar slot per period, with a gap of up to 4 px (a fifth of the slot) between bars, none when slots are thin. */
export function periodBands(rows: readonly ChartRow[], range: [left: number, right: number]): ScaleBand<number> {
  const step = rows.length > 0 ? Math.abs(range[1] - range[0]) / rows.length : 0;
  const padding = step > 6 ? Math.min(4 / step, 0.2) : 0;
  return scaleBand<number>()
    .domain(rows.map((r) => r.t))
    .range(range)
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/**
 * The running totals as stacked area outlines, one SVG path per layer: each period's total is drawn at the
 * period's end, every layer rising from zero at `start` (the first period's start).
 */
export function cumulativeAreaPaths(
  layers: readonly StackLayer[],
  rows: readonly ChartRow[],
  start: number,
  bucketMs: number,
  x: (t: number) => number,
  y: (v: number) => number,
): string[] {
  const outline = area<[t: number, lower: number, upper: number]>()
    .x(([t]) => x(t))
    .y0(([, lower]) => y(lower))
    .y1(([, , upper]) => y(upper));
  return layers.map(
    (layer) =>
      outline([
        [start, 0, 0],
        ...layer.map(([lower, upper], j): [number, number, number] => [(rows[j]?.t ?? start) + bucketMs, lower, upper]),
      ]) ?? '',
  );
}
