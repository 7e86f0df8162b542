import { type Auction, type Deal, formatMoney } from '@pavilion/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useAppStore } from '../../store/appStore';
import { formatDateTime } from '../negotiations/displayFormat';
import { BidHistory } from './BidHistory';
import { BidPanel } from './BidPanel';
import { bidBlock, type Leader, leaderOf, phaseOf } from './bidRules';
import { Countdown } from './Countdown';
import { useAuctionsText } from './i18n';
import { bidderNumbers } from './pseudonyms';
import { useServerNow } from './serverClock';
import { type Outbid, useAuction } from './useAuction';
import './auctions.css';

/** If the close has not reached us this long after the end (a lost push), read the auction again. */
const CLOSE_GRACE_MS = 4000;

/** `/auctions/:id`: the live bidding screen. */
export default function AuctionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { tx } = useAuctionsText();
  const user = useAppStore((s) => s.user);
  const sessionReady = useAppStore((s) => s.sessionStatus === 'ready');
  const viewerId = user?.id ?? null;
  const { auction, bids, load, deal, extension, outbid, dismissOutbid, bid, reload } = useAuction(id, viewerId);
  const numbers = useMemo(() => bidderNumbers(bids), [bids]);
  const now = useServerNow(1000);
  usePageTitle(auction?.exhibitTitle || tx('page.eyebrow'));

  // Correctness never hangs on one push: past the end (plus a grace period) with no close seen, read again.
  const lastCheck = useRef(0);
  useEffect(() => {
    if (!auction || auction.status === 'closed' || now === null) return;
    if (now > auction.endsAt + CLOSE_GRACE_MS && now - lastCheck.current > CLOSE_GRACE_MS) {
      lastCheck.current = now;
      void reload();
    }
    if (auction.status === 'scheduled' && now >= auction.startsAt && now - lastCheck.current > CLOSE_GRACE_MS) {
      lastCheck.current = now;
      void reload();
    }
  }, [auction, now, reload]);

  if (load === 'not-found') return <NotFoundPage message={tx('page.notFound', { id })} />;
  if (!auction) {
    return (
      <section className="page auction-page" aria-labelledby="auction-title">
        <h1 id="auction-title">{tx('page.titleFallback', { id })}</h1>
        {load === 'error' ? <ErrorState message={tx('page.loadFailed')} onRetry={() => void reload()} /> : <PageLoading />}
      </section>
    );
  }

  const phase = phaseOf(auction, now);
  const leader = leaderOf(auction, numbers, viewerId);
  const block = bidBlock(auction, user, sessionReady, now);
  return (
    <div className="page auction-page" data-testid="auction-page" data-status={auction.status} data-seq={auction.seq}>
      <nav aria-label={t('hall.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('app.nav.lobby')}</Link>
          </li>
          {auction.boothId && (
            <li>
              <Link to={`/booth/${encodeURIComponent(auction.boothId)}`}>{tx('page.boothLink')}</Link>
            </li>
          )}
          <li aria-current="page">{tx('page.eyebrow')}</li>
        </ol>
      </nav>
      <header className="auction-head">
        <p className="auction-head__eyebrow">
          {auction.ipType && <span className={`chip chip--${auction.ipType}`}>{t(`ipType.${auction.ipType}`)}</span>}
          <span>{tx('page.eyebrow')}</span>
          <span className={`auction-status auction-status--${phase === 'ending' ? 'open' : phase}`}>
            {tx(`status.${phase === 'ending' ? 'open' : phase}`)}
          </span>
        </p>
        <h1 id="auction-title">{auction.exhibitTitle || tx('page.titleFallback', { id })}</h1>
      </header>

      <div className="auction-layout">
        <div className="auction-main">
          <PriceBoard auction={auction} leader={leader} extension={extension} />
          {outbid && auction.status !== 'closed' && <OutbidAlert outbid={outbid} onDismiss={dismissOutbid} />}
          {auction.status === 'closed' ? (
            <AuctionResult auction={auction} deal={deal} leader={leader} />
          ) : (
            <BidPanel auction={auction} viewerId={viewerId} block={block} onBid={bid} />
          )}
          <AuctionTerms auction={auction} />
        </div>
        <aside className="auction-side" aria-label={tx('history.heading')}>
          <BidHistory bids={bids} bidCount={auction.bidCount} numbers={numbers} viewerId={viewerId} />
        </aside>
      </div>
    </div>
  );
}

function PriceBoard({
  auction,
  leader,
  extension,
}: {
  auction: Auction;
  leader: Leader;
  extension: ReturnType<typeof useAuction>['extension'];
}) {
  const { tx, lng } = useAuctionsText();
  const hasBids = Boolean(auction.currentPrice);
  const closed = auction.status === 'closed';
  const sold = closed && Boolean(auction.dealId);
  const bidderName = leader.kind === 'bidder' && leader.number ? tx('price.bidder', { n: leader.number }) : tx('price.someone');
  const reserve = !hasBids && auction.reserveMet ? 'none' : auction.reserveMet ? 'met' : 'not-met';
  return (
    <section
      className={`card price-board${leader.kind === 'you' && (!closed || sold) ? ' price-board--winning' : ''}`}
      aria-label={tx('price.current')}
      data-testid="price-board"
    >
      <div className="price-board__main">
        <p className="price-board__label">{sold ? tx('price.final') : hasBids ? tx('price.current') : tx('price.opening')}</p>
        <p className="price-board__price" data-testid="current-price">
          {formatMoney(auction.currentPrice ?? auction.startPrice, lng)}
        </p>
        <p className="price-board__leader" data-testid="leader">
          {leader.kind === 'you' && <strong className="price-board__you">{sold ? tx('price.youWon') : tx('price.youLead')}</strong>}
          {leader.kind === 'bidder' && (sold ? tx('price.wonBy', { bidder: bidderName }) : tx('price.leads', { bidder: bidderName }))}
          {leader.kind === 'none' && !closed && tx('price.noBids', { price: formatMoney(auction.startPrice, lng) })}
        </p>
        <p className="price-board__facts">
          <span>{tx('price.bids', { count: auction.bidCount })}</span>
          <span className={`reserve reserve--${reserve}`} title={tx('price.reserveHint')} data-testid="reserve">
            {reserve === 'none' ? tx('price.noReserve') : reserve === 'met' ? tx('price.reserveMet') : tx('price.reserveNotMet')}
          </span>
        </p>
      </div>
      <Countdown auction={auction} extension={extension} />
    </section>
  );
}

function OutbidAlert({ outbid, onDismiss }: { outbid: Outbid; onDismiss: () => void }) {
  const { tx, lng } = useAuctionsText();
  return (
    <div className="outbid" role="alert" data-testid="outbid">
      <div>
        <p className="outbid__title">{tx('outbid.title')}</p>
        {outbid.price && <p className="outbid__body">{tx('outbid.body', { price: formatMoney(outbid.price, lng) })}</p>}
      </div>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        {tx('outbid.dismiss')}
      </button>
    </div>
  );
}

function AuctionResult({ auction, deal, leader }: { auction: Auction; deal: Deal | null; leader: Leader }) {
  const { tx, lng } = useAuctionsText();
  const price = auction.currentPrice ? formatMoney(auction.currentPrice, lng) : '';
  const sold = Boolean(auction.dealId ?? deal);
  let text: string;
  if (sold && leader.kind === 'you') text = tx('result.youWon', { price });
  else if (sold)
    text = tx('result.sold', {
      price,
      bidder: leader.kind === 'bidder' && leader.number ? tx('price.bidder', { n: leader.number }) : tx('price.someone'),
    });
  else if (auction.currentPrice) text = tx('result.reserveNotMet', { price });
  else text = tx('result.noBids');
  const dealId = deal?.id ?? auction.dealId;
  return (
    <section
      className={`card auction-result auction-result--${sold ? 'sold' : 'unsold'}${leader.kind === 'you' && sold ? ' auction-result--won' : ''}`}
      aria-labelledby="auction-result-title"
      data-testid="auction-result"
      data-sold={sold}
    >
      <h2 id="auction-result-title">{tx('result.heading')}</h2>
      <p className="auction-result__text" data-testid="result-text">
        {text}
      </p>
      {dealId && <p className="muted small">{tx('result.deal', { id: dealId })}</p>}
    </section>
  );
}

function AuctionTerms({ auction }: { auction: Auction }) {
  const { tx, lng } = useAuctionsText();
  const duration = (ms: number) =>
    ms % 60_000 === 0 ? tx('details.minutes', { count: ms / 60_000 }) : tx('details.seconds', { count: Math.round(ms / 1000) });
  return (
    <section className="card auction-terms" aria-labelledby="auction-terms-title">
      <h2 id="auction-terms-title">{tx('details.heading')}</h2>
      <dl className="auction-terms__list">
        <div>
          <dt>{tx('details.startPrice')}</dt>
          <dd>{formatMoney(auction.startPrice, lng)}</dd>
        </div>
        <div>
          <dt>{tx('details.increment')}</dt>
          <dd>
            {formatMoney(auction.minIncrement, lng)}
            {auction.incrementTiers && auction.incrementTiers.length > 0 && (
              <ul className="auction-terms__tiers">
                {auction.incrementTiers.map((tier) => (
                  <li key={tier.from.amount}>
                    {tx('details.tier', { from: formatMoney(tier.from, lng), step: formatMoney(tier.step, lng) })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{tx('details.softClose')}</dt>
          <dd>
            {auction.softCloseMs > 0 ? tx('details.softCloseBody', { window: duration(auction.softCloseMs) }) : tx('details.noSoftClose')}
          </dd>
        </div>
        <div>
          <dt>{tx('details.startsAt')}</dt>
          <dd>{formatDateTime(auction.startsAt, lng)}</dd>
        </div>
        <div>
          <dt>{tx('details.endsAt')}</dt>
          <dd>{formatDateTime(auction.endsAt, lng)}</dd>
        </div>
        <div>
          <dt>{tx('details.hardEnd')}</dt>
          <dd>{formatDateTime(auction.hardEndsAt, lng)}</dd>
        </div>
      </dl>
    </section>
  );
}
