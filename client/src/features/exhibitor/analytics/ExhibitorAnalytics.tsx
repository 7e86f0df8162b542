import type { BoothAnalytics } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { ReadState } from '../../../app/ui/ReadState';
import { formatClock, useFormat } from '../../../i18n/format';
import type { Refreshable } from '../../../lib/useRefreshable';
import { ApiError } from '../../../net/gateway';
import { useAppStore } from '../../../store/appStore';
import { MeetingsByStatus } from '../../meetings';
import { BoothAuctionsTable } from './BoothAuctionsTable';
import { LeadsTable } from './LeadsTable';
import { NegotiationsByStatus } from './NegotiationsByStatus';
import { OwnDealsTable } from './OwnDealsTable';
import { averageStay, formatDuration } from './timeSpent';
import { useBoothAnalytics } from './useBoothAnalytics';
import { VisitsChart } from './VisitsChart';
import './analytics.css';

/**
 * The exhibitor console's analytics: booth visits and unique visitors per day, time spent, leads (CSV
 * export), negotiations by status, the booth's auctions and their results, and the organization's deals
 * (CSV export). Read on mount and on "Refresh"; each part reports its own failure. Every read is the signed-in
 * organization's (the server finds its booth), so the console's `boothId` is not needed here any more.
 */
export function ExhibitorAnalytics(_props: { boothId: string }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor', 'common']);
  const orgId = useAppStore((s) => s.user?.orgId ?? '');
  const { busy, loadedAt, analytics, deals, auctions, refresh } = useBoothAnalytics(orgId);
  const data = analytics.data;
  const noBooth = !data && analytics.error instanceof ApiError && analytics.error.code === 'NOT_FOUND';

  return (
    <section
      className="card console-grid__wide booth-analytics"
      aria-labelledby="booth-analytics-title"
      data-testid="booth-analytics"
      aria-busy={busy}
    >
      <div className="section-head booth-analytics__head">
        <h2 id="booth-analytics-title">{t('exhibitor:analytics.heading')}</h2>
        <div className="booth-analytics__tools">
          {loadedAt !== null && (
            <span className="muted small" aria-live="polite">
              {busy ? t('common:refreshing') : t('common:updatedAt', { time: formatClock(loadedAt, lng) })}
            </span>
          )}
          <button type="button" className="button button--ghost button--small" onClick={refresh} disabled={busy}>
            {t('common:refresh')}
          </button>
        </div>
      </div>
      <p className="muted small">{t('exhibitor:analytics.intro')}</p>

      {noBooth ? (
        !busy && <p className="analytics-empty">{t('exhibitor:analytics.noBooth')}</p>
      ) : (
        <ReadState
          read={{ ...analytics, refresh }}
          loading={t('exhibitor:analytics.loading')}
          failed={(reason) =>
            data && loadedAt !== null
              ? t('exhibitor:analytics.refreshFailed', { reason, time: formatClock(loadedAt, lng) })
              : t('exhibitor:analytics.loadFailed', { reason })
          }
        />
      )}

      {data && (
        <div className="booth-analytics__body">
          <Figures data={data} />
          <section className="analytics-block" aria-labelledby="visits-chart-title">
            <h3 id="visits-chart-title">{t('exhibitor:analytics.chart.heading')}</h3>
            <VisitsChart days={data.uniqueVisitorsByDay} />
          </section>
          <NegotiationsByStatus counts={data.negotiationsByStatus} />
          <MeetingsByStatus counts={data.meetingsByStatus} />
          <LeadsTable leads={data.leads} />
          {auctions.data ? <BoothAuctionsTable lists={auctions.data} /> : <Part read={auctions} />}
          {deals.data ? <OwnDealsTable deals={deals.data} orgId={orgId} /> : <Part read={deals} />}
        </div>
      )}
    </section>
  );
}

/** The headline figures: visits, unique visitors today, time spent (total and per visit), leads. */
function Figures({ data }: { data: BoothAnalytics }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor', 'common']);
  const f = useFormat();
  const today = data.uniqueVisitorsByDay.at(-1)?.count ?? 0;
  const average = averageStay(data.dwellMs, data.visits);
  const withContact = data.leads.filter((l) => l.email).length;
  const tiles = [
    {
      key: 'visits',
      label: t('exhibitor:analytics.figures.visits'),
      value: f.count(data.visits),
      hint: t('exhibitor:analytics.figures.visitsHint'),
    },
    {
      key: 'unique-today',
      label: t('exhibitor:analytics.figures.uniqueToday'),
      value: f.count(today),
      hint: t('exhibitor:analytics.figures.uniqueTodayHint'),
    },
    {
      key: 'total-time',
      label: t('exhibitor:analytics.figures.totalTime'),
      value: formatDuration(data.dwellMs, lng),
      hint: t('exhibitor:analytics.figures.totalTimeHint'),
    },
    {
      key: 'average-time',
      label: t('exhibitor:analytics.figures.averageTime'),
      value: average === null ? t('exhibitor:analytics.figures.averageNone') : formatDuration(average, lng),
      hint: null,
    },
    {
      key: 'leads',
      label: t('exhibitor:analytics.figures.leads'),
      value: f.count(data.leads.length),
      hint: t('exhibitor:analytics.figures.leadsHint', { shared: f.count(withContact) }),
    },
  ];
  return (
    <dl className="analytics-figures analytics-block--wide" aria-label={t('exhibitor:analytics.figures.label')}>
      {tiles.map((tile) => (
        <div key={tile.key} className="analytics-figure" data-figure={tile.key}>
          <dt>{tile.label}</dt>
          <dd>
            <span className="analytics-figure__value">{tile.value}</span>
            {tile.hint && <span className="analytics-figure__hint">{tile.hint}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A part read beside the analytics, until its table shows: why it is missing (the rest of the section still shows). */
function Part({ read }: { read: Refreshable<unknown> }) {
  return (
    <div className="analytics-block analytics-block--wide">
      <ReadState read={read} failed={(reason) => reason} />
    </div>
  );
}
