import type { DealTick, LeaderRow } from '@pavilion/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { freshDeals, type TickerState } from './tickerMerge';

/** Hall names by id, from the hall leader board (it lists every hall), for the ticker's hall links. */
function useHallLabel(halls: readonly LeaderRow[]) {
  const f = useFormat();
  return useMemo(() => {
    const names = new Map(halls.map((h) => [h.id, h.name]));
    return (id: string) => f.hallName({ id, name: names.get(id) ?? id });
  }, [halls, f]);
}

/** The latest deals, newest first; the ones that just arrived slide in highlighted. */
export function DealTicker({ ticker, halls, live }: { ticker: TickerState; halls: readonly LeaderRow[]; live: boolean }) {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  const hallLabel = useHallLabel(halls);

  return (
    <section className="card stats-ticker" aria-labelledby="stats-ticker-title">
      <h2 id="stats-ticker-title">
        {t('stats:ticker.heading')}
        {live && <span className="live-dot">{t('stats:live')}</span>}
      </h2>
      <p className="muted small">{t('stats:ticker.hint')}</p>
      {ticker.deals.length === 0 ? (
        <p className="muted">{t('stats:ticker.empty')}</p>
      ) : (
        <ol className="deal-ticker" data-testid="deal-ticker">
          {ticker.deals.map((deal) => (
            <li key={deal.id} className={ticker.fresh.has(deal.id) ? 'deal-tick deal-tick--new' : 'deal-tick'} data-deal-id={deal.id}>
              <div className="deal-tick__top">
                <span className={`chip chip--${deal.ipType}`}>{t(`common:ipType.${deal.ipType}`)}</span>
                <span className="deal-tick__amount" data-testid="deal-amount">
                  {f.price(deal.amount)}
                </span>
              </div>
              <p className="deal-tick__title">{deal.exhibitTitle}</p>
              <p className="deal-tick__meta">
                <Link to={`/hall/${encodeURIComponent(deal.hallId)}`}>{hallLabel(deal.hallId)}</Link>
                <span>{t('stats:ticker.seller', { region: t(`common:region.${deal.sellerRegion}`) })}</span>
                <span>{t(`stats:ticker.source.${deal.source}`)}</span>
                <time dateTime={new Date(deal.at).toISOString()}>{f.chatTime(deal.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The polite live region that tells screen-reader users about new deals: its text changes only when deals
 * arrive (never on the other figures' pushes), and it stays mounted so the first deal is heard too.
 */
export function DealAnnouncer({ ticker }: { ticker: TickerState | null }) {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  const message = useMemo(() => {
    const arrived: DealTick[] = ticker ? freshDeals(ticker) : [];
    const latest = arrived[0];
    if (!latest) return '';
    const vars = { title: latest.exhibitTitle, amount: f.price(latest.amount), type: t(`common:ipType.${latest.ipType}`) };
    return arrived.length === 1 ? t('stats:ticker.announceOne', vars) : t('stats:ticker.announceMany', { ...vars, number: arrived.length });
  }, [ticker, f, t]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="deal-announcer">
      {message}
    </div>
  );
}
