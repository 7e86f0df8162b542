import type { AuctionBidAnswer, Money } from '@pavilion/shared';
import { newClientKey } from '../../lib/clientKey';
import { retryOnTimeout } from '../../lib/retryOnTimeout';

/** One bid the user means to place: its `bidId` is chosen once and every retry reuses it. */
export interface BidIntent {
  auctionId: string;
  bidId: string;
  amount: Money;
  maxAmount?: Money;
}

/** A new intended bid with a fresh idempotency key. */
export function newBidIntent(auctionId: string, amount: Money, maxAmount?: Money): BidIntent {
  return maxAmount && maxAmount.amount > amount.amount
    ? { auctionId, bidId: newClientKey('bid'), amount, maxAmount }
    : { auctionId, bidId: newClientKey('bid'), amount };
}

/**
 * Places a bid, sending it again on a timeout with the SAME bidId: the server's bid script returns the
 * stored outcome for a known bidId, so however many copies arrive there is one bid, and each copy's ack
 * tells the one outcome. Refusals (BID_TOO_LOW, AUCTION_NOT_OPEN, SELF_DEALING…) are final and not retried.
 */
export function placeBid(
  send: (intent: BidIntent) => Promise<AuctionBidAnswer>,
  intent: BidIntent,
  opts: { attempts?: number; onRetry?: (attempt: number) => void } = {},
): Promise<AuctionBidAnswer> {
  return retryOnTimeout(() => send(intent), { attempts: opts.attempts ?? 4, onRetry: (attempt) => opts.onRetry?.(attempt) });
}
