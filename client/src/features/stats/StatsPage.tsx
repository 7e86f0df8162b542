import { IP_TYPES } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { HeadlineStats } from './HeadlineStats';
import { useLiveStats } from './useLiveStats';

/** `/stats`: the live ledger's figures as they stand (per-deal detail arrives with the ledger feature). */
export default function StatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('stats.title'));
  const f = useFormat();
  const stats = useAppStore((s) => s.stats);
  const status = useAppStore((s) => s.statsStatus);
  const loadStats = useAppStore((s) => s.loadStats);
  const { live } = useLiveStats();

  return (
    <section className="page" aria-labelledby="stats-title">
      <header className="page-header">
        <h1 id="stats-title">{t('stats.title')}</h1>
        <p className="muted">{t('stats.intro')}</p>
      </header>
      {!stats && status === 'error' && <ErrorState message={t('stats.loadFailed')} onRetry={() => void loadStats()} />}
      {!stats && status !== 'error' && <PageLoading />}
      {stats && (
        <>
          <HeadlineStats stats={stats} live={live} />
          <section className="card by-type" aria-labelledby="by-type-title">
            <h2 id="by-type-title">{t('stats.byType')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('booth.fields.type')}</th>
                  <th scope="col" className="num">
                    {t('stats.dealsColumn')}
                  </th>
                  <th scope="col" className="num">
                    {t('stats.totalTraded')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {IP_TYPES.map((type) => (
                  <tr key={type}>
                    <th scope="row">
                      <span className={`type-dot type-dot--${type}`} aria-hidden="true" />
                      {t(`ipType.${type}`)}
                    </th>
                    <td className="num">{f.count(stats.byType[type].count)}</td>
                    <td className="num">{f.price(stats.byType[type].amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {stats.deals === 0 && <p className="muted">{t('stats.noDealsYet')}</p>}
          </section>
        </>
      )}
    </section>
  );
}
