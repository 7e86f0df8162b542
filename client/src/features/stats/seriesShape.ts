import type { SeriesPoint, StatsSeries } from '@pavilion/shared';

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

/** Stacked bands of a row: for each key, its `[lower, upper]` edge with the earlier keys below it. */
export function stackRow(values: readonly number[]): [number, number][] {
  let base = 0;
  return values.map((v) => {
    const band: [number, number] = [base, base + v];
    base += v;
    return band;
  });
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

/** The tallest stack of a set of rows. */
export function stackMax(rows: readonly ChartRow[]): number {
  return rows.reduce(
    (max, r) =>
      Math.max(
        max,
        r.values.reduce((a, b) => a + b, 0),
      ),
    0,
  );
}

/**
 * A value axis that reads well: a top at or above `max` and 3–5 ticks at round steps (1, 2, 2.5 or 5 × 10ⁿ).
 * An empty series still gets an axis (0 to 1) so the chart frame does not collapse.
 */
export function valueAxis(max: number, targetTicks = 4): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(i * step);
  return { top, ticks };
}

/** Start times of the periods to label on a time axis: the first, the last, and evenly spaced ones between. */
export function timeTicks(rows: readonly ChartRow[], maxLabels: number): number[] {
  if (rows.length === 0) return [];
  const n = Math.max(1, Math.min(maxLabels, rows.length));
  if (n === 1) return [rows[0]!.t];
  const picked = new Set<number>();
  for (let i = 0; i < n; i++) picked.add(Math.round((i * (rows.length - 1)) / (n - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => rows[i]!.t);
}
