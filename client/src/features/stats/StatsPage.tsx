import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useAppStore } from '../../store/appStore';
import { DealAnnouncer, DealTicker } from './DealTicker';
import { TopExhibitors, TopHalls } from './LeaderBoards';
import { LedgerRoots } from './LedgerRoots';
import { StatsCharts } from './StatsCharts';
import { StatsHeadline } from './StatsHeadline';
import { useDealTicker } from './useDealTicker';
import { useLiveStats } from './useLiveStats';
import './stats.css';
import { Page } from '../../app/ui/Page';

/** `/stats`: the live ledger as an organizer presents it — headline figures, the deal ticker, charts and leader boards. */
export default function StatsPage() {
  const { t } = useTranslation(['stats']);
  usePageTitle(t('stats:title'));
  const stats = useAppStore((s) => s.stats);
  const status = useAppStore((s) => s.statsStatus);
  const loadStats = useAppStore((s) => s.loadStats);
  const { live } = useLiveStats();
  const ticker = useDealTicker(stats?.recentDeals);

  return (
    <Page className="stats-page" titleId="stats-title" title={t('stats:title')} intro={t('stats:intro')}>
      <p className="stats-ledger-link">
        <a href="#ledger">{t('stats:ledger.link')}</a>
      </p>
      <DealAnnouncer ticker={ticker} />
      {!stats && status === 'error' && <ErrorState message={t('stats:loadFailed')} onRetry={() => void loadStats()} />}
      {!stats && status !== 'error' && <PageLoading />}
      {stats && (
        <>
          <StatsHeadline stats={stats} live={live} />
          {stats.deals === 0 ? (
            <div className="empty stats-empty" data-testid="stats-empty">
              <h2>{t('stats:empty.title')}</h2>
              <p className="muted">{t('stats:empty.body')}</p>
            </div>
          ) : (
            <>
              <div className="stats-live-row">
                {ticker && <DealTicker ticker={ticker} halls={stats.topHalls} live={live} />}
                <StatsCharts deals={stats.deals} />
              </div>
              <div className="stats-leaders-row">
                <TopHalls rows={stats.topHalls} />
                <TopExhibitors rows={stats.topExhibitors} />
              </div>
            </>
          )}
          <LedgerRoots />
        </>
      )}
    </Page>
  );
}
