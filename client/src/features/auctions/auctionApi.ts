import type { Auction, Bid, CreateAuctionBody } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The longest bid log one read returns (the server's cap). */
export const FULL_LOG = 5000;

/** Auctions live now (ending soonest first), upcoming (starting soonest first) and recently closed. */
export interface AuctionLists {
  live: Auction[];
  upcoming: Auction[];
  closed: Auction[];
}

/** The auction routes of the REST API. */
export const auctionApi = {
  list: (opts?: RequestOptions) => request<AuctionLists>('GET', '/auctions', undefined, opts),
  /** The auction and its bid log, newest first (`limit` bids, at most {@link FULL_LOG}). */
  get: (id: string, limit = 200, opts?: RequestOptions) =>
    request<{ auction: Auction; bids: Bid[] }>('GET', `/auctions/${encodeURIComponent(id)}?limit=${limit}`, undefined, opts),
  create: (body: CreateAuctionBody) => request<{ auction: Auction }>('POST', '/auctions', body),
};
