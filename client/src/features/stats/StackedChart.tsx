import type { SeriesBucket } from '@pavilion/shared';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { axisFigure, joinList, periodLabel } from './chartFormat';
import {
  type ChartRow,
  cumulativeAreaPaths,
  periodBands,
  rowsForMode,
  rowsWithDeals,
  type SeriesMode,
  type StackLayer,
  seriesTotals,
  stackLayers,
  stackMax,
  timeAxis,
  timeTicks,
  valueAxis,
} from './seriesShape';
import { useElementWidth } from './useElementWidth';

const HEIGHT = 210;
const PAD = { top: 10, right: 6, bottom: 24, left: 46 };
/** About half the width of the longest time label (`25 Nov, 14:00` at 11 px). */
const TIME_LABEL_HALF_WIDTH = 40;

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
 * Deal value over time as SVG (d3 scales and shapes): stacked areas of the running total, or stacked bars per period.
 * Screen readers get a one-sentence summary (the image's name) and a data table of the periods with deals.
 */
export function StackedChart({ title, keys, rows, mode, bucket, bucketMs }: StackedChartProps) {
  const { t } = useTranslation(['stats']);
  const f = useFormat();
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap, 560);

  const first = rows[0]?.t ?? 0;
  const last = rows.at(-1)?.t ?? 0;
  const end = last + bucketMs;
  const shown = useMemo(() => rowsForMode(rows, mode), [rows, mode]);
  const layers = useMemo(() => stackLayers(shown, keys.length), [shown, keys.length]);
  const totals = useMemo(() => seriesTotals(rows, keys.length), [rows, keys.length]);
  const plotW = Math.max(40, width - PAD.left - PAD.right);
  const left = PAD.left;
  const right = PAD.left + plotW;
  const axis = useMemo(() => valueAxis(stackMax(layers), [HEIGHT - PAD.bottom, PAD.top]), [layers]);
  const x = useMemo(() => timeAxis(first, end, [left, right]), [first, end, right]);
  const y = axis.y;
  const when = (t: number) => periodLabel(t, bucket, f.lng, first, last);

  const from = when(first);
  const to = when(end);
  const totalsText = joinList(
    keys.map((k, i) => `${k.label} ${f.headline({ amount: totals[i] ?? 0, currency: 'CNY' })}`),
    f.lng,
  );
  const summary = t('stats:charts.summary', { chart: title, from, to, totals: totalsText });
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
              <line key={tick} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          {mode === 'cumulative' ? (
            <g>
              {cumulativeAreaPaths(layers, shown, first, bucketMs, x, y).map((d, i) => (
                <path key={keys[i]?.key} className={`stats-chart__area stats-series--${keys[i]?.key}`} d={d} />
              ))}
            </g>
          ) : (
            <PeriodBars keys={keys} rows={shown} layers={layers} range={[left, right]} y={y} describe={when} />
          )}
          <g className="stats-chart__values">
            {axis.ticks.map((tick) => (
              <text key={tick} x={left - 6} y={y(tick) + 4} textAnchor="end">
                {axisFigure(tick, f.lng)}
              </text>
            ))}
          </g>
          {timeTicks(x, rows, Math.max(2, Math.floor(plotW / 110))).map((t) => (
            <text key={t} className="stats-chart__time" x={x(t)} y={HEIGHT - 6} textAnchor={labelAnchor(x(t), left, right)}>
              {when(t)}
            </text>
          ))}
        </svg>
      </div>
      {/* A table ignores `overflow`, so the hiding wrapper is a div. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('stats:charts.tableCaption', { chart: title, from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats:charts.period')}</th>
              {keys.map((k) => (
                <th key={k.key} scope="col">
                  {k.label}
                </th>
              ))}
              <th scope="col">{t('stats:charts.total')}</th>
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

/** A time label near an edge of the plot grows inwards, so it is never cut off. */
function labelAnchor(at: number, left: number, right: number): 'start' | 'middle' | 'end' {
  if (at - left < TIME_LABEL_HALF_WIDTH) return 'start';
  if (right - at < TIME_LABEL_HALF_WIDTH) return 'end';
  return 'middle';
}

interface PeriodBarsProps {
  keys: ChartKey[];
  rows: ChartRow[];
  layers: StackLayer[];
  range: [left: number, right: number];
  y: (v: number) => number;
  describe: (t: number) => string;
}

/** Each period's value as a stacked bar; empty periods draw nothing. */
function PeriodBars({ keys, rows, layers, range, y, describe }: PeriodBarsProps) {
  const f = useFormat();
  const band = periodBands(rows, range);
  const width = Math.max(1, band.bandwidth());
  return (
    <g>
      {rows.map((r, j) =>
        layers.map((layer, i) => {
          const k = keys[i];
          const [lo, hi] = layer[j] ?? [0, 0];
          if (!k || hi === lo) return null;
          return (
            <rect
              key={`${r.t}-${k.key}`}
              className={`stats-series--${k.key}`}
              x={band(r.t)}
              width={width}
              y={y(hi)}
              height={Math.max(1, y(lo) - y(hi))}
            >
              <title>{`${describe(r.t)} · ${k.label} ${f.price({ amount: hi - lo, currency: 'CNY' })}`}</title>
            </rect>
          );
        }),
      )}
    </g>
  );
}
