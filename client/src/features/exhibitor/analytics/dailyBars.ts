/** Geometry of the unique-visitors-per-day bar chart, kept apart from the SVG so its rules are testable. */

/** One day's count, as `GET /api/exhibitor/analytics` lists them (`day` is `YYYY-MM-DD`, UTC). */
export interface DayCount {
  day: string;
  count: number;
}

/** A bar in chart coordinates (y grows downwards, as in SVG). */
export interface DayBar extends DayCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart's drawing: bars, the axis maximum and the gridline values. */
export interface DailyBarsLayout {
  bars: DayBar[];
  /** The value the full plot height stands for. */
  max: number;
  /** Gridline values from 0 to {@link max}, whole numbers only. */
  ticks: number[];
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `n` (at least 1), so the axis reads in round numbers. */
export function niceCeiling(n: number): number {
  if (!(n > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= n) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Lays out one bar per day across `width`, scaled so the axis maximum fills `height`. Counts are visitors:
 * gridlines sit only on whole numbers (a week of 0–1 visitors gets 0 and 1, not 0.5).
 */
export function layoutDailyBars(days: readonly DayCount[], size: { width: number; height: number; gap: number }): DailyBarsLayout {
  const max = niceCeiling(Math.max(0, ...days.map((d) => d.count)));
  const slot = days.length > 0 ? size.width / days.length : 0;
  const width = Math.max(1, slot - size.gap);
  const bars = days.map((d, i) => {
    const height = (Math.max(0, d.count) / max) * size.height;
    return { day: d.day, count: d.count, x: i * slot + (slot - width) / 2, y: size.height - height, width, height };
  });
  const ticks = [0, max / 2, max].filter((v, i, all) => Number.isInteger(v) && all.indexOf(v) === i);
  return { bars, max, ticks };
}
