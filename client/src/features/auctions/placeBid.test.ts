import type { Auction, AuctionBidAnswer } from '@pavilion/shared';
import { ApiError } from '../../net/gateway';
import { type BidIntent, newBidIntent, placeBid } from './placeBid';

const auction = { id: 'a1', seq: 3 } as Auction;
const ack: AuctionBidAnswer = { accepted: true, auction, leading: true, placed: true };
const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

describe('placing a bid with retries', () => {
  test('a timed-out bid is sent again with the SAME bidId, and the first answer that arrives is the outcome', async () => {
    const seen: BidIntent[] = [];
    const retries: number[] = [];
    const intent = newBidIntent('a1', cny(1000));
    const result = await placeBid(
      async (i) => {
        seen.push(i);
        if (seen.length < 3) throw new ApiError('NETWORK', 'auction:bid: no answer within 5000 ms');
        return ack;
      },
      intent,
      { onRetry: (attempt) => retries.push(attempt) },
    );
    expect(result).toBe(ack);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((i) => i.bidId))).toEqual(new Set([intent.bidId]));
    expect(retries).toEqual([1, 2]);
  });

  test('a refusal is final: BID_TOO_LOW is not retried and carries the minimum', async () => {
    let calls = 0;
    const refusal = new ApiError('BID_TOO_LOW', 'the bid must be at least 1100', 0, { minimum: cny(1100) });
    await expect(
      placeBid(
        async () => {
          calls += 1;
          throw refusal;
        },
        newBidIntent('a1', cny(1000)),
      ),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });

  test('after the last attempt times out, the caller gets the timeout (the bid stays resendable with its bidId)', async () => {
    let calls = 0;
    await expect(
      placeBid(
        async () => {
          calls += 1;
          throw new ApiError('NETWORK', 'timeout');
        },
        newBidIntent('a1', cny(1000)),
        { attempts: 2 },
      ),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    expect(calls).toBe(2);
  });

  test('each intended bid gets its own bidId; a maximum is only sent when above the amount', () => {
    const a = newBidIntent('a1', cny(1000), cny(5000));
    const b = newBidIntent('a1', cny(1000), cny(1000));
    expect(a.bidId).not.toBe(b.bidId);
    expect(a.maxAmount).toEqual(cny(5000));
    expect(b).not.toHaveProperty('maxAmount');
    expect(a.bidId).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
  });
});
