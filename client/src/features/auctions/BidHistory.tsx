import { type Bid, formatMoney } from '@pavilion/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/DataTable';
import { formatClock } from '../../i18n/format';

/** Bids shown before "show all". */
const SHOWN = 25;

/** The live bid log, newest first: who (as a pseudonym, or "You"), how much, when, and whether a maximum placed it. */
export function BidHistory({
  bids,
  bidCount,
  numbers,
  viewerId,
}: {
  bids: Bid[];
  bidCount: number;
  numbers: ReadonlyMap<string, number>;
  viewerId: string | null;
}) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'common']);
  const [all, setAll] = useState(false);
  const shown = all ? bids : bids.slice(0, SHOWN);
  const hidden = Math.max(0, Math.max(bidCount, bids.length) - shown.length);
  const who = (bidderId: string) => {
    if (viewerId && bidderId === viewerId) return t('auctions:price.you');
    const n = numbers.get(bidderId);
    return n ? t('auctions:price.bidder', { n }) : t('auctions:price.someone');
  };

  return (
    <section className="card bid-history" aria-labelledby="bid-history-title" data-testid="bid-history">
      <div className="section-head">
        <h2 id="bid-history-title">{t('auctions:history.heading')}</h2>
        <span className="muted small">{t('auctions:history.count', { count: Math.max(bidCount, bids.length) })}</span>
      </div>
      {bids.length === 0 ? (
        <p className="muted">{t('auctions:history.empty')}</p>
      ) : (
        <DataTable
          scroll={false}
          className="table bid-history__table"
          columns={[
            t('auctions:history.columns.bidder'),
            { label: t('common:amount'), className: 'num' },
            { label: t('common:time'), className: 'num' },
          ]}
        >
          {shown.map((b, i) => {
            const mine = Boolean(viewerId && b.bidderId === viewerId);
            const classes = ['bid-history__row', i === 0 ? 'bid-history__row--top' : '', mine ? 'bid-history__row--mine' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <tr key={b.id} className={classes} data-bidder={who(b.bidderId)}>
                <td>
                  {who(b.bidderId)}
                  {b.proxy && (
                    <span className="chip chip--muted bid-history__proxy" title={t('auctions:history.proxyHint')}>
                      {t('auctions:history.proxy')}
                      <span className="visually-hidden"> ({t('auctions:history.proxyHint')})</span>
                    </span>
                  )}
                </td>
                <td className="num bid-history__amount">{formatMoney(b.amount, lng)}</td>
                <td className="num muted">
                  <time dateTime={new Date(b.at).toISOString()}>{formatClock(b.at, lng)}</time>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {hidden > 0 && (
        <p className="small muted">
          {t('auctions:history.more', { count: hidden })}
          {!all && bids.length > shown.length && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setAll(true)}>
                {t('auctions:history.showAll')}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
