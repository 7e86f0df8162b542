import type { Auction, AuctionInvitationsAnswer, Bid, CreateAuctionBody, InviteAnswer } from '@pavilion/shared';
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
  /** The seller's view of a closed auction's bidders (anonymous) and invitations. */
  invitations: (id: string) => request<AuctionInvitationsAnswer>('GET', `/auctions/${encodeURIComponent(id)}/invitations`),
  /** Invites bidders (by rank) of an auction that closed below its reserve to negotiate. */
  invite: (id: string, ranks: number[]) => request<InviteAnswer>('POST', `/auctions/${encodeURIComponent(id)}/invite`, { ranks }),
};
