import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { type DayCount, layoutDailyBars } from './dailyBars';

const WIDTH = 560;
const PLOT_TOP = 22; // room for the value above the tallest bar
const PLOT_HEIGHT = 120;
const LABELS = 40; // weekday and date under each bar
const LEFT = 28; // gridline values
const GAP = 18;

const dayFormats = new Map<string, { weekday: Intl.DateTimeFormat; date: Intl.DateTimeFormat; full: Intl.DateTimeFormat }>();
function dayFormat(lng: string) {
  let f = dayFormats.get(lng);
  if (!f) {
    // The days are UTC days (the server buckets by UTC date), so they are written in UTC too.
    f = {
      weekday: new Intl.DateTimeFormat(lng, { weekday: 'short', timeZone: 'UTC' }),
      date: new Intl.DateTimeFormat(lng, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }),
      full: new Intl.DateTimeFormat(lng, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    };
    dayFormats.set(lng, f);
  }
  return f;
}

/** Unique visitors per day as bars, with the figures written on them and a text summary for screen readers. */
export function VisitsChart({ days }: { days: DayCount[] }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor']);
  const f = useFormat();
  const id = useId();
  const plotWidth = WIDTH - LEFT;
  const { bars, max, ticks } = layoutDailyBars(days, { width: plotWidth, height: PLOT_HEIGHT, gap: GAP });
  const fmt = dayFormat(lng);
  const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const summary = t('exhibitor:analytics.chart.summary', {
    list: new Intl.ListFormat(lng, { type: 'unit' }).format(
      days.map((d) => t('exhibitor:analytics.chart.item', { day: fmt.full.format(at(d.day)), visitors: f.count(d.count) })),
    ),
  });
  const none = days.every((d) => d.count === 0);

  return (
    <figure className="visits-chart" data-testid="visits-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${PLOT_TOP + PLOT_HEIGHT + LABELS}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="visits-chart__svg"
      >
        <title id={`${id}-title`}>{t('exhibitor:analytics.chart.heading')}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g transform={`translate(${LEFT} ${PLOT_TOP})`}>
          {ticks.map((v) => {
            const y = PLOT_HEIGHT - (v / max) * PLOT_HEIGHT;
            return (
              <g key={v} className="visits-chart__grid">
                <line x1={0} x2={plotWidth} y1={y} y2={y} />
                <text x={-6} y={y} dy="0.35em" textAnchor="end">
                  {f.count(v)}
                </text>
              </g>
            );
          })}
          {bars.map((b, i) => (
            <g key={b.day} className={i === bars.length - 1 ? 'visits-chart__day visits-chart__day--today' : 'visits-chart__day'}>
              <rect x={b.x} y={b.y} width={b.width} height={Math.max(b.height, b.count > 0 ? 2 : 0)} rx={4} />
              <text className="visits-chart__value" x={b.x + b.width / 2} y={b.y - 6} textAnchor="middle">
                {f.count(b.count)}
              </text>
              <text className="visits-chart__label" x={b.x + b.width / 2} y={PLOT_HEIGHT + 16} textAnchor="middle">
                {fmt.weekday.format(at(b.day))}
              </text>
              <text className="visits-chart__date" x={b.x + b.width / 2} y={PLOT_HEIGHT + 32} textAnchor="middle">
                {fmt.date.format(at(b.day))}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="muted small">
        {none ? t('exhibitor:analytics.chart.empty') : t('exhibitor:analytics.chart.caption')}
      </figcaption>
    </figure>
  );
}
