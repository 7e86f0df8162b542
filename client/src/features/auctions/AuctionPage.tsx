import { type Auction, type Deal, formatMoney } from '@pavilion/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDateTime } from '../../i18n/format';
import { useServerNow } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { BidHistory } from './BidHistory';
import { BidPanel } from './BidPanel';
import { bidBlock, type Leader, leaderOf, phaseOf } from './bidRules';
import { Countdown } from './Countdown';
import { InviteBidders } from './InviteBidders';
import { bidderNumbers } from './pseudonyms';
import { type Outbid, useAuction } from './useAuction';
import './auctions.css';
import { Breadcrumb } from '../../app/ui/Breadcrumb';
import { Fact } from '../../app/ui/Fact';

/** If the close has not reached us this long after the end (a lost push), read the auction again. */
const CLOSE_GRACE_MS = 4000;

/** `/auctions/:id`: the live bidding screen. */
export default function AuctionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['auctions', 'hall', 'common']);
  const user = useAppStore((s) => s.user);
  const authReady = useAppStore((s) => s.authStatus === 'ready');
  const viewerId = user?.id ?? null;
  const { auction, bids, load, deal, extension, outbid, dismissOutbid, bid, reload } = useAuction(id, viewerId);
  const numbers = useMemo(() => bidderNumbers(bids), [bids]);
  const now = useServerNow(1000);
  usePageTitle(auction?.exhibitTitle || t('auctions:page.eyebrow'));

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

  if (load === 'not-found') return <NotFoundPage message={t('auctions:page.notFound', { id })} />;
  if (!auction) {
    return (
      <section className="page auction-page" aria-labelledby="auction-title">
        <h1 id="auction-title">{t('auctions:page.titleFallback', { id })}</h1>
        {load === 'error' ? <ErrorState message={t('auctions:page.loadFailed')} onRetry={() => void reload()} /> : <PageLoading />}
      </section>
    );
  }

  const phase = phaseOf(auction, now);
  const leader = leaderOf(auction, numbers, viewerId);
  const block = bidBlock(auction, user, authReady, now);
  return (
    <div className="page auction-page" data-testid="auction-page" data-status={auction.status} data-seq={auction.seq}>
      <Breadcrumb
        trail={[auction.boothId ? { to: `/booth/${encodeURIComponent(auction.boothId)}`, label: t('auctions:page.boothLink') } : null]}
        current={t('auctions:page.eyebrow')}
      />
      <header className="auction-head">
        <p className="auction-head__eyebrow">
          {auction.ipType && <span className={`chip chip--${auction.ipType}`}>{t(`common:ipType.${auction.ipType}`)}</span>}
          <span>{t('auctions:page.eyebrow')}</span>
          <span className={`auction-status auction-status--${phase === 'ending' ? 'open' : phase}`}>
            {t(`auctions:status.${phase === 'ending' ? 'open' : phase}`)}
          </span>
        </p>
        <h1 id="auction-title">{auction.exhibitTitle || t('auctions:page.titleFallback', { id })}</h1>
      </header>

      <div className="auction-layout">
        <div className="auction-main">
          <PriceBoard auction={auction} leader={leader} extension={extension} />
          {outbid && auction.status !== 'closed' && <OutbidAlert outbid={outbid} onDismiss={dismissOutbid} />}
          {auction.status === 'closed' ? (
            <>
              <AuctionResult auction={auction} deal={deal} leader={leader} />
              {!auction.dealId && !deal && user?.orgId && user.orgId === auction.sellerOrgId && <InviteBidders auction={auction} />}
            </>
          ) : (
            <BidPanel auction={auction} viewerId={viewerId} block={block} onBid={bid} />
          )}
          <AuctionTerms auction={auction} />
        </div>
        <aside className="auction-side" aria-label={t('auctions:history.heading')}>
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
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'hall', 'common']);
  const hasBids = Boolean(auction.currentPrice);
  const closed = auction.status === 'closed';
  const sold = closed && Boolean(auction.dealId);
  const bidderName =
    leader.kind === 'bidder' && leader.number ? t('auctions:price.bidder', { n: leader.number }) : t('auctions:price.someone');
  const reserve = !hasBids && auction.reserveMet ? 'none' : auction.reserveMet ? 'met' : 'not-met';
  return (
    <section
      className={`card price-board${leader.kind === 'you' && (!closed || sold) ? ' price-board--winning' : ''}`}
      aria-label={t('auctions:price.current')}
      data-testid="price-board"
    >
      <div className="price-board__main">
        <p className="price-board__label">
          {sold ? t('auctions:price.final') : hasBids ? t('auctions:price.current') : t('auctions:price.opening')}
        </p>
        <p className="price-board__price" data-testid="current-price">
          {formatMoney(auction.currentPrice ?? auction.startPrice, lng)}
        </p>
        <p className="price-board__leader" data-testid="leader">
          {leader.kind === 'you' && (
            <strong className="price-board__you">{sold ? t('auctions:price.youWon') : t('auctions:price.youLead')}</strong>
          )}
          {leader.kind === 'bidder' &&
            (sold ? t('auctions:price.wonBy', { bidder: bidderName }) : t('auctions:price.leads', { bidder: bidderName }))}
          {leader.kind === 'none' && !closed && t('auctions:price.noBids', { price: formatMoney(auction.startPrice, lng) })}
        </p>
        <p className="price-board__facts">
          <span>{t('auctions:price.bids', { count: auction.bidCount })}</span>
          <span className={`reserve reserve--${reserve}`} title={t('auctions:price.reserveHint')} data-testid="reserve">
            {reserve === 'none'
              ? t('auctions:price.noReserve')
              : reserve === 'met'
                ? t('auctions:price.reserveMet')
                : t('auctions:price.reserveNotMet')}
          </span>
        </p>
      </div>
      <Countdown auction={auction} extension={extension} />
    </section>
  );
}

function OutbidAlert({ outbid, onDismiss }: { outbid: Outbid; onDismiss: () => void }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'hall', 'common']);
  return (
    <div className="outbid" role="alert" data-testid="outbid">
      <div>
        <p className="outbid__title">{t('auctions:outbid.title')}</p>
        {outbid.price && <p className="outbid__body">{t('auctions:outbid.body', { price: formatMoney(outbid.price, lng) })}</p>}
      </div>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}

function AuctionResult({ auction, deal, leader }: { auction: Auction; deal: Deal | null; leader: Leader }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'hall', 'common']);
  const price = auction.currentPrice ? formatMoney(auction.currentPrice, lng) : '';
  const sold = Boolean(auction.dealId ?? deal);
  let text: string;
  if (sold && leader.kind === 'you') text = t('auctions:result.youWon', { price });
  else if (sold)
    text = t('auctions:result.sold', {
      price,
      bidder: leader.kind === 'bidder' && leader.number ? t('auctions:price.bidder', { n: leader.number }) : t('auctions:price.someone'),
    });
  else if (auction.currentPrice) text = t('auctions:result.reserveNotMet', { price });
  else text = t('auctions:result.noBids');
  const dealId = deal?.id ?? auction.dealId;
  return (
    <section
      className={`card auction-result auction-result--${sold ? 'sold' : 'unsold'}${leader.kind === 'you' && sold ? ' auction-result--won' : ''}`}
      aria-labelledby="auction-result-title"
      data-testid="auction-result"
      data-sold={sold}
    >
      <h2 id="auction-result-title">{t('auctions:result.heading')}</h2>
      <p className="auction-result__text" data-testid="result-text">
        {text}
      </p>
      {dealId && <p className="muted small">{t('auctions:result.deal', { id: dealId })}</p>}
    </section>
  );
}

function AuctionTerms({ auction }: { auction: Auction }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'hall', 'common']);
  const duration = (ms: number) =>
    ms % 60_000 === 0
      ? t('auctions:details.minutes', { count: ms / 60_000 })
      : t('auctions:details.seconds', { count: Math.round(ms / 1000) });
  return (
    <section className="card auction-terms" aria-labelledby="auction-terms-title">
      <h2 id="auction-terms-title">{t('auctions:details.heading')}</h2>
      <dl className="auction-terms__list">
        <Fact term={t('auctions:details.startPrice')}>{formatMoney(auction.startPrice, lng)}</Fact>
        <Fact term={t('auctions:details.increment')}>
          {formatMoney(auction.minIncrement, lng)}
          {auction.incrementTiers && auction.incrementTiers.length > 0 && (
            <ul className="auction-terms__tiers">
              {auction.incrementTiers.map((tier) => (
                <li key={tier.from.amount}>
                  {t('auctions:details.tier', { from: formatMoney(tier.from, lng), step: formatMoney(tier.step, lng) })}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t('auctions:details.softClose')}>
          {auction.softCloseMs > 0
            ? t('auctions:details.softCloseBody', { window: duration(auction.softCloseMs) })
            : t('auctions:details.noSoftClose')}
        </Fact>
        <Fact term={t('auctions:details.startsAt')}>{formatDateTime(auction.startsAt, lng)}</Fact>
        <Fact term={t('auctions:details.endsAt')}>{formatDateTime(auction.endsAt, lng)}</Fact>
        <Fact term={t('auctions:details.hardEnd')}>{formatDateTime(auction.hardEndsAt, lng)}</Fact>
      </dl>
    </section>
  );
}
