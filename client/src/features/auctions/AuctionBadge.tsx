import { type Auction, type Exhibit, formatMoney } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAppStore } from '../../store/appStore';
import { auctionLists, auctionOfExhibit } from './findAuction';
import './auctions.css';

/** The auction an exhibit is in (found in `GET /api/auctions` by exhibit id), while its status is `in-auction`. */
export function useExhibitAuction(exhibit: Pick<Exhibit, 'id' | 'status'>): Auction | null {
  const [auction, setAuction] = useState<Auction | null>(null);
  const inAuction = exhibit.status === 'in-auction';
  useEffect(() => {
    setAuction(null);
    if (!inAuction) return;
    let active = true;
    auctionLists().then(
      (lists) => {
        if (active) setAuction(auctionOfExhibit(lists, exhibit.id));
      },
      () => {
        // No link without the lists: the "in auction" badge still shows.
      },
    );
    return () => {
      active = false;
    };
  }, [exhibit.id, inAuction]);
  return auction;
}

/** "In auction" and a link to the bidding screen, for an exhibit whose status is `in-auction`; nothing otherwise. */
export function AuctionBadge({ exhibit }: { exhibit: Exhibit }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'common']);
  const auction = useExhibitAuction(exhibit);
  if (exhibit.status !== 'in-auction') return null;
  return (
    <span className="auction-badge" data-testid="auction-badge">
      <span className="status status--in-auction">
        <svg className="auction-badge__gavel" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M7 1.5l4 4-1.6 1.6-4-4zM4.6 3.9l4 4-1.6 1.6-4-4zM8.2 6.3l6 6-1.4 1.4-6-6z" fill="currentColor" />
        </svg>
        {t('common:exhibitStatus.in-auction')}
      </span>
      {auction && (
        <Link className="auction-badge__link" to={`/auctions/${encodeURIComponent(auction.id)}`}>
          {auction.currentPrice ? t('auctions:badge.viewAt', { price: formatMoney(auction.currentPrice, lng) }) : t('auctions:badge.view')}
        </Link>
      )}
    </span>
  );
}

/** A "Bid" button to the exhibit's auction; nothing unless the exhibit is in a live or upcoming auction. */
export function BidButton({ exhibit, className = 'button button--small' }: { exhibit: Exhibit; className?: string }) {
  const { t } = useTranslation(['auctions', 'common']);
  const auction = useExhibitAuction(exhibit);
  // The selling organization cannot bid: for its members the button only leads to the auction.
  const own = useAppStore((s) => Boolean(s.user?.orgId && s.user.orgId === exhibit.orgId));
  if (exhibit.status !== 'in-auction' || !auction) return null;
  return (
    <Link className={`${className} bid-button`} to={`/auctions/${encodeURIComponent(auction.id)}`} data-testid="bid-button">
      {own ? t('auctions:badge.view') : t('auctions:badge.bid')}
    </Link>
  );
}
