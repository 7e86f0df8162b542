import type { SeriesBucket } from '@pavilion/shared';
import { useMemo, useRef } from 'react';
import { useFormat } from '../../i18n/format';
import { axisFigure, joinList, periodLabel } from './chartFormat';
import { useStatsText } from './i18n';
import {
  type ChartRow,
  rowsForMode,
  rowsWithDeals,
  type SeriesMode,
  seriesTotals,
  stackMax,
  stackRow,
  timeTicks,
  valueAxis,
} from './seriesShape';
import { useElementWidth } from './useElementWidth';

const HEIGHT = 210;
const PAD = { top: 10, right: 6, bottom: 24, left: 46 };

/** One series of a chart: its key (drives the colour), and its name in the visitor's language. */
export interface ChartKey {
  key: string;
  label: string;
}

interface StackedChartProps {
  title: string;
  keys: ChartKey[];
  /** Per-period amounts in fen, one value per key (as the server sends them). */
  rows: ChartRow[];
  mode: SeriesMode;
  bucket: SeriesBucket;
  bucketMs: number;
}

/**
 * Deal value over time as hand-drawn SVG: stacked areas of the running total, or stacked bars per period.
 * Screen readers get a one-sentence summary (the image's name) and a data table of the periods with deals.
 */
export function StackedChart({ title, keys, rows, mode, bucket, bucketMs }: StackedChartProps) {
  const { tx } = useStatsText();
  const f = useFormat();
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap, 560);

  const first = rows[0]?.t ?? 0;
  const last = rows.at(-1)?.t ?? 0;
  const end = last + bucketMs;
  const shown = useMemo(() => rowsForMode(rows, mode), [rows, mode]);
  const totals = useMemo(() => seriesTotals(rows, keys.length), [rows, keys.length]);
  const axis = useMemo(() => valueAxis(stackMax(shown)), [shown]);
  const plotW = Math.max(40, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (t: number) => PAD.left + (end > first ? ((t - first) / (end - first)) * plotW : 0);
  const y = (v: number) => PAD.top + plotH - (v / axis.top) * plotH;
  const when = (t: number) => periodLabel(t, bucket, f.lng, first, last);

  const from = when(first);
  const to = when(end);
  const totalsText = joinList(
    keys.map((k, i) => `${k.label} ${f.headline({ amount: totals[i] ?? 0, currency: 'CNY' })}`),
    f.lng,
  );
  const summary = tx('charts.summary', { chart: title, from, to, totals: totalsText });
  const tableRows = rowsWithDeals(rows);

  return (
    <figure className="stats-chart">
      <figcaption className="stats-chart__title">{title}</figcaption>
      <ul className="stats-legend" aria-hidden="true">
        {keys.map((k, i) => (
          <li key={k.key}>
            <span className={`stats-swatch stats-series--${k.key}`} />
            <span className="stats-legend__label">{k.label}</span>
            <span className="stats-legend__value">{f.headline({ amount: totals[i] ?? 0, currency: 'CNY' })}</span>
          </li>
        ))}
      </ul>
      <div ref={wrap} className="stats-chart__plot">
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
          <g className="stats-chart__grid">
            {axis.ticks.map((tick) => (
              <line key={tick} x1={PAD.left} x2={PAD.left + plotW} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          {mode === 'cumulative' ? (
            <CumulativeAreas keys={keys} rows={shown} first={first} bucketMs={bucketMs} x={x} y={y} />
          ) : (
            <PeriodBars keys={keys} rows={shown} bucketMs={bucketMs} x={x} y={y} describe={when} />
          )}
          <g className="stats-chart__values">
            {axis.ticks.map((tick) => (
              <text key={tick} x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
                {axisFigure(tick, f.lng)}
              </text>
            ))}
          </g>
          {timeTicks(rows, Math.max(2, Math.floor(plotW / 110))).map((t, i, all) => (
            <text
              key={t}
              className="stats-chart__time"
              x={x(t)}
              y={HEIGHT - 6}
              textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
            >
              {when(t)}
            </text>
          ))}
        </svg>
      </div>
      {/* A table ignores `overflow`, so the hiding wrapper is a div. */}
      <div className="visually-hidden">
        <table>
          <caption>{tx('charts.tableCaption', { chart: title, from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{tx('charts.period')}</th>
              {keys.map((k) => (
                <th key={k.key} scope="col">
                  {k.label}
                </th>
              ))}
              <th scope="col">{tx('charts.total')}</th>
            </tr>
          </thead>
          <tbody>
            {tableRows.map((row) => (
              <tr key={row.t}>
                <th scope="row">{when(row.t)}</th>
                {row.values.map((v, i) => (
                  <td key={keys[i]?.key}>{f.price({ amount: v, currency: 'CNY' })}</td>
                ))}
                <td>{f.price({ amount: row.values.reduce((a, b) => a + b, 0), currency: 'CNY' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

interface LayerProps {
  keys: ChartKey[];
  rows: ChartRow[];
  bucketMs: number;
  x: (t: number) => number;
  y: (v: number) => number;
}

/** Running totals as stacked areas: each period's total is drawn at the period's end, from zero at the start. */
function CumulativeAreas({ keys, rows, first, bucketMs, x, y }: LayerProps & { first: number }) {
  const bands = rows.map((r) => stackRow(r.values));
  return (
    <g>
      {keys.map((k, i) => {
        const upper = [`${x(first)},${y(0)}`, ...rows.map((r, j) => `${x(r.t + bucketMs)},${y(bands[j]?.[i]?.[1] ?? 0)}`)];
        const lower = rows.map((r, j) => `${x(r.t + bucketMs)},${y(bands[j]?.[i]?.[0] ?? 0)}`).reverse();
        return <path key={k.key} className={`stats-chart__area stats-series--${k.key}`} d={`M${upper.join('L')}L${lower.join('L')}Z`} />;
      })}
    </g>
  );
}

/** Each period's value as a stacked bar; empty periods draw nothing. */
function PeriodBars({ keys, rows, bucketMs, x, y, describe }: LayerProps & { describe: (t: number) => string }) {
  const f = useFormat();
  return (
    <g>
      {rows.map((r) => {
        const x0 = x(r.t);
        const w = x(r.t + bucketMs) - x0;
        const gap = w > 6 ? Math.min(4, w * 0.2) : 0;
        return stackRow(r.values).map(([lo, hi], i) => {
          const k = keys[i];
          if (!k || hi === lo) return null;
          return (
            <rect
              key={`${r.t}-${k.key}`}
              className={`stats-series--${k.key}`}
              x={x0 + gap / 2}
              width={Math.max(1, w - gap)}
              y={y(hi)}
              height={Math.max(1, y(lo) - y(hi))}
            >
              <title>{`${describe(r.t)} · ${k.label} ${f.price({ amount: hi - lo, currency: 'CNY' })}`}</title>
            </rect>
          );
        });
      })}
    </g>
  );
}
