import { IP_TYPES, REGIONS, SERIES_BUCKETS, type SeriesBucket } from '@pavilion/shared';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/ui/ErrorState';
import { type ChartKey, StackedChart } from './StackedChart';
import { chartRows, type SeriesMode } from './seriesShape';
import { useStatsSeries } from './useStatsSeries';

const BUCKETS = Object.keys(SERIES_BUCKETS) as SeriesBucket[];
const MODES: SeriesMode[] = ['cumulative', 'perBucket'];

/**
 * Deal value over time by IP type and by seller region, with the time step and the view to choose.
 * Memoized: a push that changes only other figures (visitors online) does not redraw the charts.
 */
export const StatsCharts = memo(function StatsCharts({ deals }: { deals: number }) {
  const { t } = useTranslation(['stats', 'common']);
  const { series, status, bucket, setBucket, retry } = useStatsSeries(deals);
  const [mode, setMode] = useState<SeriesMode>('cumulative');
  const shownBucket = bucket ?? series?.bucket;

  const typeKeys: ChartKey[] = IP_TYPES.map((k) => ({ key: k, label: t(`common:ipType.${k}`) }));
  const regionKeys: ChartKey[] = REGIONS.map((k) => ({ key: k, label: t(`common:region.${k}`) }));
  const byType = useMemo(() => (series ? chartRows(series, 'byType', IP_TYPES) : []), [series]);
  const byRegion = useMemo(() => (series ? chartRows(series, 'byRegion', REGIONS) : []), [series]);

  return (
    <section className="card stats-charts" aria-labelledby="stats-charts-title" aria-busy={status === 'loading'}>
      <div className="stats-charts__head">
        <h2 id="stats-charts-title">{t('stats:charts.heading')}</h2>
        <div className="stats-charts__controls">
          <fieldset className="stats-segmented">
            <legend>{t('stats:charts.mode')}</legend>
            {MODES.map((m) => (
              <label key={m}>
                <input type="radio" name="stats-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>{m === 'cumulative' ? t('stats:charts.modes.cumulative') : t('stats:charts.modes.perBucket')}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="stats-segmented">
            <legend>{t('stats:charts.bucket')}</legend>
            {BUCKETS.map((b) => (
              <label key={b}>
                <input type="radio" name="stats-bucket" value={b} checked={shownBucket === b} onChange={() => setBucket(b)} />
                <span>{t(`stats:charts.buckets.${b}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      {!series && status === 'loading' && <p className="muted">{t('stats:charts.loading')}</p>}
      {!series && status === 'error' && <ErrorState message={t('stats:charts.failed')} onRetry={retry} />}
      {series && series.points.length === 0 && <p className="muted">{t('stats:charts.noData')}</p>}
      {series && series.points.length > 0 && (
        <div className="stats-charts__grid">
          {[
            { id: 'type', title: t('stats:charts.byType'), keys: typeKeys, rows: byType },
            { id: 'region', title: t('stats:charts.byRegion'), keys: regionKeys, rows: byRegion },
          ].map(({ id, ...chart }) => (
            <StackedChart key={id} {...chart} mode={mode} bucket={series.bucket} bucketMs={series.bucketMs} />
          ))}
        </div>
      )}
    </section>
  );
});
