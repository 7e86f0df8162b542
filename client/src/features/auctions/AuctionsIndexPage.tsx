import { type Auction, formatMoney } from '@pavilion/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDateTime } from '../../i18n/format';
import { coalesced } from '../../lib/seqSync';
import { onConnected, onServer, socketRequest } from '../../net/gateway';
import { type AuctionLists, auctionApi } from './auctionApi';
import { Countdown } from './Countdown';
import './auctions.css';
import { Page } from '../../app/ui/Page';

/** The lists are read again this often (auctions start and end on their own). */
const REFRESH_MS = 30_000;
/** Live auctions watched for live prices (the rest refresh with the lists). */
const WATCHED = 30;

/** A pushed auction in the lists: a newer version replaces the listed one. */
function applyToLists(lists: AuctionLists, incoming: Auction): AuctionLists {
  const swap = (items: Auction[]) => items.map((a) => (a.id === incoming.id && incoming.seq > a.seq ? incoming : a));
  return { live: swap(lists.live), upcoming: swap(lists.upcoming), closed: lists.closed };
}

/** `/auctions`: live now (ending soonest first), upcoming, and recently closed; live prices and countdowns. */
export function AuctionsIndexPage() {
  const { t } = useTranslation(['auctions', 'common']);
  usePageTitle(t('auctions:index.title'));
  const [lists, setLists] = useState<AuctionLists | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');

  const refresh = useMemo(
    () =>
      coalesced(async () => {
        try {
          const answer = await auctionApi.list();
          setLists(answer);
          setStatus('ready');
        } catch (error) {
          setStatus((s) => (s === 'ready' ? s : 'error'));
          throw error;
        }
      }),
    [],
  );

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const offs = [
      onServer('auction:updated', ({ auction }) => setLists((l) => (l ? applyToLists(l, auction) : l))),
      onServer('auction:closed', () => void refresh()),
      onConnected(() => void refresh()),
    ];
    return () => {
      clearInterval(timer);
      for (const off of offs) off();
    };
  }, [refresh]);

  // Watching the live ones brings their price changes here (and times the clock for the countdowns).
  const liveIds = (lists?.live ?? [])
    .slice(0, WATCHED)
    .map((a) => a.id)
    .join(',');
  useEffect(() => {
    if (!liveIds) return;
    const watchAll = () => {
      for (const auctionId of liveIds.split(',')) {
        socketRequest('auction:watch', { auctionId }).then(
          ({ auction }) => setLists((l) => (l ? applyToLists(l, auction) : l)),
          () => {
            // Shown from the lists; the next refresh tries again.
          },
        );
      }
    };
    return onConnected(watchAll);
  }, [liveIds]);

  return (
    <Page className="auctions-index" titleId="auctions-title" title={t('auctions:index.title')} intro={t('auctions:index.intro')}>
      {!lists && status === 'error' && <ErrorState message={t('auctions:index.loadFailed')} onRetry={() => void refresh()} />}
      {!lists && status !== 'error' && <PageLoading />}
      {lists && (
        <>
          <AuctionSection title={t('auctions:index.live')} empty={t('auctions:index.noneLive')} items={lists.live} kind="live" />
          <AuctionSection
            title={t('auctions:index.upcoming')}
            empty={t('auctions:index.noneUpcoming')}
            items={lists.upcoming}
            kind="upcoming"
          />
          <AuctionSection title={t('auctions:index.closed')} empty={t('auctions:index.noneClosed')} items={lists.closed} kind="closed" />
        </>
      )}
    </Page>
  );
}

export default AuctionsIndexPage;

function AuctionSection({
  title,
  empty,
  items,
  kind,
}: {
  title: string;
  empty: string;
  items: Auction[];
  kind: 'live' | 'upcoming' | 'closed';
}) {
  const headingId = `auctions-${kind}`;
  return (
    <section className="auctions-index__section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="muted small">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="empty muted">{empty}</p>
      ) : (
        <ul className="auction-cards">
          {items.map((a) => (
            <AuctionCard key={a.id} auction={a} kind={kind} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AuctionCard({ auction, kind }: { auction: Auction; kind: 'live' | 'upcoming' | 'closed' }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'common']);
  const price = auction.currentPrice ?? auction.startPrice;
  return (
    <li className={`auction-card auction-card--${kind}`} data-auction-id={auction.id}>
      <div className="auction-card__top">
        {auction.ipType && <span className={`chip chip--${auction.ipType}`}>{t(`common:ipType.${auction.ipType}`)}</span>}
        <span className="muted small">{t('auctions:price.bids', { count: auction.bidCount })}</span>
      </div>
      <h3 className="auction-card__title">
        <Link to={`/auctions/${encodeURIComponent(auction.id)}`}>{auction.exhibitTitle || auction.exhibitId}</Link>
      </h3>
      <p className="auction-card__price">
        <span className="muted small">{auction.currentPrice ? t('auctions:price.current') : t('auctions:price.opening')}</span>
        <strong>{formatMoney(price, lng)}</strong>
      </p>
      {kind === 'live' && <Countdown auction={auction} extension={null} compact />}
      {kind === 'upcoming' && <p className="small">{t('auctions:index.startsAt', { time: formatDateTime(auction.startsAt, lng) })}</p>}
      {kind === 'closed' && (
        <p className="small">
          {auction.dealId && auction.currentPrice
            ? t('auctions:index.soldFor', { price: formatMoney(auction.currentPrice, lng) })
            : t('auctions:index.unsold')}
        </p>
      )}
    </li>
  );
}
