import fc from 'fast-check';
import { pino } from 'pino';
import { type ModelAuction, modelBid, newModelAuction } from '../../../test/auctionModel.js';
import { closeRedis, connectRedis, type Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import type { LocalRedis } from '../../redis/localRedis.js';
import { startTestRedis } from '../../testing/harness.js';
import { AuctionService } from '../auctions/auctionService.js';
import { DealsService } from '../deals/dealsService.js';

const base = (over: Partial<Parameters<typeof newModelAuction>[0]> = {}) =>
  newModelAuction({
    sellerOrgId: 'org-seller',
    startPrice: 1000,
    minIncrement: 100,
    tiers: [],
    reserve: 0,
    startsAt: 0,
    endsAt: 1_000_000,
    hardEndsAt: 2_000_000,
    softCloseMs: 0,
    ...over,
  });

describe('auction rules (reference model)', () => {
  test('first bid at least the start price; later bids at least price + increment (BID_TOO_LOW names the minimum)', () => {
    const a = base();
    expect(modelBid(a, { bidId: '1', bidder: 'u1', bidderOrgId: '', amount: 999, now: 1 })).toEqual({
      ok: false,
      code: 'BID_TOO_LOW',
      minimum: 1000,
    });
    expect(modelBid(a, { bidId: '2', bidder: 'u1', bidderOrgId: '', amount: 1000, now: 1 })).toEqual({ ok: true, leading: true });
    expect(modelBid(a, { bidId: '3', bidder: 'u2', bidderOrgId: '', amount: 1099, now: 2 })).toEqual({
      ok: false,
      code: 'BID_TOO_LOW',
      minimum: 1100,
    });
  });

  test('proxy: the leader pays one step above the runner-up maximum; equal maxima go to the earlier one', () => {
    const a = base();
    modelBid(a, { bidId: '1', bidder: 'u1', bidderOrgId: '', amount: 1000, max: 5000, now: 1 });
    expect(modelBid(a, { bidId: '2', bidder: 'u2', bidderOrgId: '', amount: 2000, now: 2 })).toEqual({ ok: true, leading: false });
    expect(a.price).toBe(2100);
    expect(modelBid(a, { bidId: '3', bidder: 'u2', bidderOrgId: '', amount: 5000, now: 3 })).toEqual({ ok: true, leading: false });
    expect([a.leader, a.price]).toEqual(['u1', 5000]);
    expect(modelBid(a, { bidId: '4', bidder: 'u3', bidderOrgId: '', amount: 5100, max: 9000, now: 4 })).toEqual({
      ok: true,
      leading: true,
    });
    expect(a.price).toBe(5100);
  });

  test('a bid from the leader only raises their maximum', () => {
    const a = base();
    modelBid(a, { bidId: '1', bidder: 'u1', bidderOrgId: '', amount: 1000, now: 1 });
    modelBid(a, { bidId: '2', bidder: 'u1', bidderOrgId: '', amount: 3000, now: 2 });
    expect([a.price, a.leaderMax, a.log.length]).toEqual([1000, 3000, 1]);
    // Not raising the maximum is refused.
    expect(modelBid(a, { bidId: '3', bidder: 'u1', bidderOrgId: '', amount: 3000, now: 3 })).toMatchObject({
      ok: false,
      code: 'BID_TOO_LOW',
    });
  });

  test('a maximum that meets the reserve lifts the price to it', () => {
    const a = base({ reserve: 4000 });
    modelBid(a, { bidId: '1', bidder: 'u1', bidderOrgId: '', amount: 1000, max: 6000, now: 1 });
    expect(a.price).toBe(4000);
  });

  test('soft close: a bid inside the window moves the end to bid time + window, never past the hard end', () => {
    const a = base({ endsAt: 10_000, hardEndsAt: 12_000, softCloseMs: 5_000 });
    modelBid(a, { bidId: '1', bidder: 'u1', bidderOrgId: '', amount: 1000, now: 6_000 });
    expect(a.endsAt).toBe(11_000);
    modelBid(a, { bidId: '2', bidder: 'u2', bidderOrgId: '', amount: 1100, now: 10_500 });
    expect(a.endsAt).toBe(12_000);
    expect(modelBid(a, { bidId: '3', bidder: 'u1', bidderOrgId: '', amount: 1200, now: 12_000 })).toEqual({
      ok: false,
      code: 'AUCTION_NOT_OPEN',
    });
  });
});

describe('the Lua bid script matches the reference model (property-based, real Redis)', () => {
  let server: LocalRedis;
  let redis: Redis;
  let service: AuctionService;
  beforeAll(async () => {
    server = await startTestRedis();
    redis = await connectRedis({ url: server.url });
    // No bid limit: the model knows nothing of it.
    service = new AuctionService(redis, new DealsService(redis), pino({ level: 'silent' }), { attemptsPerWindow: 0, windowMs: 10_000 });
  });
  afterAll(async () => {
    await closeRedis(redis);
    await server.stop();
  });

  const bidArb = fc.record({
    bidder: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'seller-staff'),
    // Amounts around the live price, so most bids matter: -2..+12 steps of 100.
    delta: fc.integer({ min: -2, max: 12 }),
    withMax: fc.boolean(),
    maxExtra: fc.integer({ min: 0, max: 30 }),
    retry: fc.boolean(),
  });

  test('random bid sequences give the same outcomes, prices, leader and log in both', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(bidArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(0, 2500, 4000),
        fc.boolean(),
        async (bids, reserve, tiered) => {
          run += 1;
          const id = `prop-${run}`;
          const exhibitId = `ex-prop-${run}`;
          const tiers = tiered ? [{ from: 2000, step: 250 }] : [];
          await redis.hSet(keys.exhibit(exhibitId), {
            id: exhibitId,
            orgId: 'org-seller',
            status: 'available',
            type: 'patent',
            title: 't',
            boothId: 'b',
            hallId: 'h',
            region: 'GD',
          });
          const now = Date.now();
          const auction = await service.create({ id: 'seller', displayName: 's', role: 'exhibitor', email: '', orgId: 'org-seller' }, {
            exhibitId,
            startPrice: { amount: 1000, currency: 'CNY' },
            minIncrement: { amount: 100, currency: 'CNY' },
            incrementTiers: tiers.map((t) => ({ from: { amount: t.from, currency: 'CNY' }, step: { amount: t.step, currency: 'CNY' } })),
            reservePrice: reserve ? { amount: reserve, currency: 'CNY' } : undefined,
            startsAt: now - 1000,
            endsAt: now + 3_600_000,
            softCloseMs: 0,
          } as never);
          void id;
          const model: ModelAuction = base({ reserve, tiers, startsAt: 0, endsAt: 10 ** 15, hardEndsAt: 10 ** 15 });
          let lastBidId = '';
          for (const [i, b] of bids.entries()) {
            const bidId = b.retry && lastBidId ? lastBidId : `b${i}`;
            lastBidId = bidId;
            const price = model.leader === '' ? model.startPrice : model.price;
            const amount = Math.max(100, price + b.delta * 100);
            const max = b.withMax ? amount + b.maxExtra * 100 : undefined;
            const orgId = b.bidder === 'seller-staff' ? 'org-seller' : '';
            const expected = modelBid(model, { bidId, bidder: b.bidder, bidderOrgId: orgId, amount, max, now: 1 });
            let actual: { ok: boolean; code?: string; leading?: boolean };
            try {
              const r = await service.bid(
                { id: b.bidder, displayName: b.bidder, role: 'visitor', email: '', orgId: orgId || null },
                auction.id,
                bidId,
                { amount, currency: 'CNY' },
                max !== undefined ? { amount: max, currency: 'CNY' } : undefined,
              );
              actual = { ok: true, leading: r.leading };
            } catch (err) {
              actual = { ok: false, code: (err as { code: string }).code };
            }
            const want = expected.ok ? { ok: true, leading: expected.leading } : { ok: false, code: expected.code };
            expect(actual).toEqual(want);
          }
          const state = await service.auction(auction.id);
          expect(state.currentPrice?.amount ?? 0).toBe(model.price);
          expect(state.leaderId ?? '').toBe(model.leader);
          expect(state.reserveMet).toBe(reserve === 0 || (model.leader !== '' && model.price >= reserve));
          const log = (await service.bids(auction.id, 1000)).reverse();
          expect(log.map((x) => [x.bidderId, x.amount.amount, x.proxy])).toEqual(model.log.map((x) => [x.bidder, x.amount, x.proxy]));
          for (let i = 1; i < log.length; i++)
            expect((log[i] as { amount: { amount: number } }).amount.amount).toBeGreaterThan(
              (log[i - 1] as { amount: { amount: number } }).amount.amount,
            );
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
