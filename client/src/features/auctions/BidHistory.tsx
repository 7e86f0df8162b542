import { type Bid, formatMoney } from '@pavilion/shared';
import { useState } from 'react';
import { formatClock } from '../negotiations/displayFormat';
import { useAuctionsText } from './i18n';

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
  const { tx, lng } = useAuctionsText();
  const [all, setAll] = useState(false);
  const shown = all ? bids : bids.slice(0, SHOWN);
  const hidden = Math.max(0, Math.max(bidCount, bids.length) - shown.length);
  const who = (bidderId: string) => {
    if (viewerId && bidderId === viewerId) return tx('price.you');
    const n = numbers.get(bidderId);
    return n ? tx('price.bidder', { n }) : tx('price.someone');
  };

  return (
    <section className="card bid-history" aria-labelledby="bid-history-title" data-testid="bid-history">
      <div className="section-head">
        <h2 id="bid-history-title">{tx('history.heading')}</h2>
        <span className="muted small">{tx('history.count', { count: Math.max(bidCount, bids.length) })}</span>
      </div>
      {bids.length === 0 ? (
        <p className="muted">{tx('history.empty')}</p>
      ) : (
        <table className="table bid-history__table">
          <thead>
            <tr>
              <th scope="col">{tx('history.columns.bidder')}</th>
              <th scope="col" className="num">
                {tx('history.columns.amount')}
              </th>
              <th scope="col" className="num">
                {tx('history.columns.time')}
              </th>
            </tr>
          </thead>
          <tbody>
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
                      <span className="chip chip--muted bid-history__proxy" title={tx('history.proxyHint')}>
                        {tx('history.proxy')}
                        <span className="visually-hidden"> ({tx('history.proxyHint')})</span>
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
          </tbody>
        </table>
      )}
      {hidden > 0 && (
        <p className="small muted">
          {tx('history.more', { count: hidden })}
          {!all && bids.length > shown.length && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setAll(true)}>
                {tx('history.showAll')}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
