import { z } from 'zod';
import { FieldReason } from '../errors.js';
import type { Money } from '../money.js';

/** The most bidders one invitation request may name. */
export const MAX_INVITED_RANKS = 10;

/** Body of `POST /api/auctions/:id/invite`: bidders by rank (1 = the highest last visible bid). */
export const InviteBody = z.strictObject({
  ranks: z
    .array(z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'))
    .min(1, 'name at least one rank')
    .max(MAX_INVITED_RANKS, `name at most ${MAX_INVITED_RANKS} ranks`)
    .refine((r) => new Set(r).size === r.length, { message: 'must not repeat a rank', params: { reason: FieldReason.repeated } }),
});
export type InviteBody = z.infer<typeof InviteBody>;

/**
 * An invitation from the seller of an auction that closed below its reserve to one of its bidders, to
 * negotiate from the bidder's last visible bid. The seller sees `bidderId`/`bidderName` only once the
 * bidder accepts; a bidder who declines stays anonymous.
 */
export interface AuctionInvitation {
  id: string;
  auctionId: string;
  exhibitId: string;
  exhibitTitle: string;
  sellerOrgId: string;
  /** The bidder's rank among the auction's bidders by last visible bid (1 = highest). */
  rank: number;
  /** The bidder's last visible bid: the negotiation's first offer. */
  amount: Money;
  status: 'pending' | 'accepted' | 'declined';
  createdAt: number;
  answeredAt?: number;
  /** Set once accepted. */
  negotiationId?: string;
  bidderId?: string;
  bidderName?: string;
}

/** Answer of `POST /api/auctions/:id/invite`. */
export interface InviteAnswer {
  invitations: AuctionInvitation[];
}

/** One bidder of a closed auction as its seller sees it: rank, last visible bid, and any invitation. */
export interface RankedBidder {
  rank: number;
  amount: Money;
  invitation?: AuctionInvitation;
}

/** Answer of `GET /api/auctions/:id/invitations` (the seller's staff). */
export interface AuctionInvitationsAnswer {
  bidders: RankedBidder[];
}

/** Answer of `GET /api/invitations` (the caller's own, newest first). */
export interface InvitationsAnswer {
  items: AuctionInvitation[];
}

/** Answer of `POST /api/invitations/:id/accept` and `/decline`. */
export interface InvitationAnswer {
  invitation: AuctionInvitation;
}
