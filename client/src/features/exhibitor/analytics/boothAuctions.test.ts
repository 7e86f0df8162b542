import type { Auction } from '@pavilion/shared';
import { auctionOutcome, boothAuctions } from './boothAuctions';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
function auction(over: Partial<Auction>): Auction {
  return {
    id: 'a',
    exhibitId: 'e',
    status: 'open',
    startPrice: cny(100_00),
    minIncrement: cny(10_00),
    bidCount: 0,
    startsAt: 0,
    endsAt: 1000,
    hardEndsAt: 2000,
    softCloseMs: 120_000,
    reserveMet: false,
    seq: 1,
    nextMinimum: cny(100_00),
    boothId: 'b1',
    ...over,
  };
}

describe('the booth’s auctions', () => {
  test('live auctions come first, then upcoming, then every closed one latest first', () => {
    const lists = {
      live: [auction({ id: 'live' })],
      upcoming: [auction({ id: 'up', status: 'scheduled' })],
      closed: [
        auction({ id: 'old', status: 'closed', endsAt: 10 }),
        auction({ id: 'newest', status: 'closed', endsAt: 30 }),
        auction({ id: 'new', status: 'closed', endsAt: 20 }),
      ],
    };
    expect(boothAuctions(lists).map((a) => a.id)).toEqual(['live', 'up', 'newest', 'new', 'old']);
    // The answer is read again on refresh: ordering must not reorder it in place.
    expect(lists.closed.map((a) => a.id)).toEqual(['old', 'newest', 'new']);
  });

  test('a closed auction is sold exactly when it made a deal, else it had no bids or missed the reserve', () => {
    expect(auctionOutcome(auction({ status: 'closed', dealId: 'd1', bidCount: 3, currentPrice: cny(500_00) }))).toBe('sold');
    expect(auctionOutcome(auction({ status: 'closed', bidCount: 3, currentPrice: cny(500_00) }))).toBe('reserveNotMet');
    expect(auctionOutcome(auction({ status: 'closed', bidCount: 0 }))).toBe('noBids');
    expect(auctionOutcome(auction({ status: 'open', bidCount: 2 }))).toBe('live');
    expect(auctionOutcome(auction({ status: 'scheduled' }))).toBe('upcoming');
  });
});
