import { z } from 'zod';
import type { Auction } from '../entities/auctions.js';
import { FieldReason } from '../errors.js';
import { ClientKey, EpochMs, Id } from '../ids.js';
import { Money, PositiveMoney } from '../money.js';

/** `auction:watch` */
export const AuctionRef = z.strictObject({ auctionId: Id });
/** `auction:bid` */
export const AuctionBid = z.strictObject({
  auctionId: Id,
  bidId: ClientKey,
  amount: PositiveMoney,
  maxAmount: PositiveMoney.optional(),
});
/** What the ack of `auction:bid` carries (a resent `bidId` gets the first outcome again). */
export interface AuctionBidAnswer {
  accepted: true;
  auction: Auction;
  /** Whether the bidder leads after the bid. */
  leading: boolean;
  /** False when the bid only raised the leader's own (secret) maximum. */
  placed: boolean;
}
/** The body of `POST /api/auctions`. */
export type CreateAuctionBody = z.infer<typeof CreateAuctionBody>;

/** `POST /api/auctions` */
export const CreateAuctionBody = z
  .strictObject({
    exhibitId: Id,
    startPrice: PositiveMoney,
    minIncrement: PositiveMoney,
    /** Optional tiers: from a price on, the step is larger (e.g. ≥ ¥1,000,000 → ¥50,000). Sorted by `from`. */
    incrementTiers: z
      .array(z.strictObject({ from: PositiveMoney, step: PositiveMoney }))
      .max(10)
      .optional(),
    reservePrice: Money.optional(),
    startsAt: EpochMs.optional(),
    endsAt: EpochMs,
    hardEndsAt: EpochMs.optional(),
    softCloseMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .superRefine((b, ctx) => {
    const tiers = b.incrementTiers ?? [];
    for (let i = 1; i < tiers.length; i++) {
      if ((tiers[i]?.from.amount ?? 0) <= (tiers[i - 1]?.from.amount ?? 0))
        ctx.addIssue({
          code: 'custom',
          path: ['incrementTiers', i, 'from'],
          message: 'tiers must be in increasing order of from',
          params: { reason: FieldReason.notIncreasing },
        });
    }
    if (b.startsAt !== undefined && b.endsAt <= b.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt', params: { reason: FieldReason.beforeStart } });
    if (b.reservePrice && b.reservePrice.amount < b.startPrice.amount)
      ctx.addIssue({
        code: 'custom',
        path: ['reservePrice'],
        message: 'must not be below startPrice',
        params: { reason: FieldReason.belowStartPrice },
      });
    if (b.hardEndsAt !== undefined && b.hardEndsAt < b.endsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['hardEndsAt'],
        message: 'must not be before endsAt',
        params: { reason: FieldReason.beforeEnd },
      });
  });
