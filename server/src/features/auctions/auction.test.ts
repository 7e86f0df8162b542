import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Auction } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { startLocalRedis } from '../../redis/localRedis.js';
import {
  api,
  cny,
  connectSocket,
  createExhibit,
  emitAck,
  exhibitorWithExhibit,
  nextEvent,
  registerUser,
  startTestNode,
  type TestNode,
  type TestSocket,
  useSellerCluster,
} from '../../testing/harness.js';

describe('auctions across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'trademarks', booth: 'Auction house', socketOn: 0 });
  let n = 0;

  async function exhibit(): Promise<string> {
    n += 1;
    const exhibit = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      type: 'trademark',
      title: `Auctioned mark ${n}`,
      registrationNumber: `TM ${41_000_000 + n}`,
      askingPrice: cny(10_000_000),
    });
    return exhibit.id;
  }

  async function auction(over: Record<string, unknown> = {}, node: TestNode = a) {
    const res = await api(node.url, 'POST', '/api/auctions', {
      token: seller.token,
      body: { exhibitId: await exhibit(), startPrice: cny(100_000), minIncrement: cny(10_000), endsAt: Date.now() + 60_000, ...over },
    });
    expect(res.status).toBe(201);
    return res.body.auction as { id: string; exhibitId: string; endsAt: number };
  }

  const bidder = (node: TestNode) => cluster.userWithSocket(node);

  test('invalid auction definitions are refused and create nothing', async () => {
    const exhibitId = await exhibit();
    const cases: [Record<string, unknown>, string][] = [
      [{ startPrice: cny(100), minIncrement: cny(0), endsAt: Date.now() + 60_000 }, 'body.minIncrement'],
      [{ startPrice: cny(100), minIncrement: cny(10), startsAt: Date.now() + 60_000, endsAt: Date.now() + 30_000 }, 'body.endsAt'],
      [{ startPrice: cny(1000), minIncrement: cny(10), reservePrice: cny(500), endsAt: Date.now() + 60_000 }, 'body.reservePrice'],
      [{ startPrice: cny(-1), minIncrement: cny(10), endsAt: Date.now() + 60_000 }, 'body.startPrice'],
      [{ startPrice: cny(100), minIncrement: cny(10), endsAt: Date.now() - 1_000 }, 'endsAt'],
    ];
    for (const [body, field] of cases) {
      const res = await api(a.url, 'POST', '/api/auctions', { token: seller.token, body: { exhibitId, ...body } });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
    // A rule the script checks against Redis's clock is an issue like the schema's, with its reason.
    const past = await api(a.url, 'POST', '/api/auctions', {
      token: seller.token,
      body: { exhibitId, startPrice: cny(100), minIncrement: cny(10), endsAt: Date.now() - 1_000 },
    });
    expect(past.body.error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { fields: ['endsAt'], issues: [{ path: 'endsAt', code: 'custom', params: { reason: 'past' } }] },
    });
    const other = await registerUser(a.url, 'exhibitor');
    const forbidden = await api(a.url, 'POST', '/api/auctions', {
      token: other.token,
      body: { exhibitId, startPrice: cny(100), minIncrement: cny(10), endsAt: Date.now() + 60_000 },
    });
    expect(forbidden.status).toBe(403);
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).toBe('available');
  });

  test('bids: start price, increments with the minimum in the error, self-dealing, bad amounts; the reserve and maxima stay secret', async () => {
    const auc = await auction({ reservePrice: cny(500_000) });
    const alice = await bidder(a);
    const watcher = await cluster.connect(b);
    const pushed: unknown[] = [];
    watcher.on('auction:updated', (p: unknown) => pushed.push(p));
    await emitAck(watcher, 'auction:watch', { auctionId: auc.id });
    const low = await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'x1', amount: cny(90_000) });
    expect(!low.ok && low.error).toMatchObject({ code: 'BID_TOO_LOW', reason: 'belowMinimum', details: { minimum: cny(100_000) } });
    const first = await emitAck<{ auction: Record<string, unknown> }>(alice.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'x2',
      amount: cny(100_000),
      maxAmount: cny(300_000),
    });
    expect(first.ok).toBe(true);
    const snapshot = JSON.stringify(first.ok && first.auction);
    expect(snapshot).not.toContain('500000');
    expect(snapshot).not.toContain('300000');
    expect(first.ok && first.auction.reserveMet).toBe(false);
    const self = await emitAck(seller.socket, 'auction:bid', { auctionId: auc.id, bidId: 's1', amount: cny(200_000) });
    expect(!self.ok && self.error).toMatchObject({ code: 'SELF_DEALING', reason: 'ownExhibit' });
    for (const amount of [
      { amount: 120_000.5, currency: 'CNY' },
      { amount: -5, currency: 'CNY' },
      { amount: 1e18, currency: 'CNY' },
      { amount: 120_000, currency: 'USD' },
    ]) {
      const bad = await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: `bad-${Math.random()}`, amount });
      expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
    }
    const unknown = await emitAck(alice.socket, 'auction:bid', { auctionId: 'auc_missing', bidId: 'u1', amount: cny(100_000) });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    const page = await api(b.url, 'GET', `/api/auctions/${auc.id}`);
    expect(page.body.bids).toHaveLength(1);
    expect(JSON.stringify(page.body)).not.toContain('reservePrice');
    // The broadcast (published by the bid script itself) is as discreet as the ack.
    for (let i = 0; i < 40 && pushed.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(pushed).toHaveLength(1);
    expect(JSON.stringify(pushed)).not.toMatch(/500000|300000|reservePrice|leaderMax/);
    expect(JSON.stringify(pushed)).toContain('"reserveMet":false');
  });

  test("an organization's auctions are listed with ?orgId=, and only theirs", async () => {
    const mine = await auction();
    const me = (await api(a.url, 'GET', '/api/me', { token: seller.token })).body.user;
    const listed = (await api(b.url, 'GET', `/api/auctions?orgId=${me.orgId}`)).body;
    const all = [...listed.live, ...listed.upcoming, ...listed.closed];
    expect(all.map((x: { id: string }) => x.id)).toContain(mine.id);
    expect(all.every((x: { sellerOrgId: string }) => x.sellerOrgId === me.orgId)).toBe(true);
    const other = await registerUser(a.url, 'exhibitor');
    const none = (await api(a.url, 'GET', `/api/auctions?orgId=${other.user.orgId}`)).body;
    expect([...none.live, ...none.upcoming, ...none.closed]).toEqual([]);
    expect((await api(a.url, 'GET', '/api/auctions?orgId=a%20b')).status).toBe(400);
  });

  test('a retried bidId places one bid and returns the first outcome', async () => {
    const auc = await auction();
    const alice = await bidder(a);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'same', amount: cny(100_000) })),
    );
    expect(answers.every((x) => x.ok)).toBe(true);
    expect((await api(a.url, 'GET', `/api/auctions/${auc.id}`)).body.bids).toHaveLength(1);
  });

  test('50 bidders × 40 concurrent bids on two nodes: prices strictly increase, the final price is the highest accepted, one leader', async () => {
    const auc = await auction();
    const bidders = await Promise.all(Array.from({ length: 50 }, (_, i) => bidder(i % 2 ? a : b)));
    const placed: { bidId: string; amount: number }[] = [];
    // Every bidder fires its 40 bids at once (amounts interleave across bidders).
    await Promise.all(
      bidders.flatMap((who, i) =>
        Array.from({ length: 40 }, async (_, k) => {
          const amount = 100_000 + (k * 50 + i) * 10_000;
          const bidId = `c-${i}-${k}`;
          const ack = await emitAck<{ placed: boolean }>(who.socket, 'auction:bid', { auctionId: auc.id, bidId, amount: cny(amount) });
          if (ack.ok && ack.placed) placed.push({ bidId, amount });
        }),
      ),
    );
    const page = await api(a.url, 'GET', `/api/auctions/${auc.id}?limit=5000`);
    const log = [...page.body.bids].reverse() as { id: string; amount: { amount: number }; bidderId: string }[];
    expect(log.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < log.length; i++)
      expect((log[i] as { amount: { amount: number } }).amount.amount).toBeGreaterThan(
        (log[i - 1] as { amount: { amount: number } }).amount.amount,
      );
    // Every acknowledged bid is in the log, once; the final price is the highest accepted; one leader.
    const logged = new Set(log.map((e) => e.id));
    for (const p of placed) expect(logged.has(p.bidId)).toBe(true);
    expect(logged.size).toBe(log.length);
    expect(page.body.auction.currentPrice.amount).toBe(Math.max(...placed.map((p) => p.amount)));
    expect(page.body.auction.leaderId).toBe(log.at(-1)?.bidderId);
  }, 60_000);

  test('1,000 parallel bids at the same amount: exactly one is accepted', async () => {
    const auc = await auction();
    const bidders = await Promise.all(Array.from({ length: 20 }, (_, i) => bidder(i % 2 ? a : b)));
    const answers = await Promise.all(
      bidders.flatMap((who, i) =>
        Array.from({ length: 50 }, (_, k) =>
          emitAck(who.socket, 'auction:bid', { auctionId: auc.id, bidId: `p-${i}-${k}`, amount: cny(100_000) }),
        ),
      ),
    );
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    expect(answers.filter((x) => !x.ok && x.error.code === 'BID_TOO_LOW')).toHaveLength(999);
  }, 60_000);

  test("every watcher, on either node, receives one auction's updates in strictly increasing seq; each accepted bid's ack carries the seq its script produced", async () => {
    const auc = await auction();
    const bidders = await Promise.all([bidder(a), bidder(b), bidder(a), bidder(b)]);
    const watchers = [await cluster.connect(a), await cluster.connect(b)];
    const seen: number[][] = [[], []];
    const closedSeen: number[][] = [[], []];
    for (const [i, w] of watchers.entries()) {
      w.on('auction:updated', (p: { auction: { seq: number } }) => seen[i]?.push(p.auction.seq));
      w.on('auction:closed', (p: { auction: { seq: number } }) => closedSeen[i]?.push(p.auction.seq));
      const watched = await emitAck<{ auction: { seq: number } }>(w, 'auction:watch', { auctionId: auc.id });
      expect(watched.ok && watched.auction.seq).toBe(1);
    }
    const ackSeqs: number[] = [];
    // 200 bids from 4 bidders on two nodes at once; amounts interleave, so many are refused as too low.
    await Promise.all(
      bidders.flatMap((who, i) =>
        Array.from({ length: 50 }, async (_, k) => {
          const amount = 100_000 + (k * 4 + i) * 10_000;
          const ack = await emitAck<{ auction: { seq: number } }>(who.socket, 'auction:bid', {
            auctionId: auc.id,
            bidId: `o-${i}-${k}`,
            amount: cny(amount),
          });
          if (ack.ok) ackSeqs.push(ack.auction.seq);
        }),
      ),
    );
    const finalSeq = (await api(a.url, 'GET', `/api/auctions/${auc.id}`)).body.auction.seq as number;
    // Pushes travel after the acks: wait until both watchers have the last one (or give up and let the checks fail).
    for (let i = 0; i < 100 && seen.some((s) => s.at(-1) !== finalSeq); i++) await new Promise((r) => setTimeout(r, 50));
    expect(ackSeqs.length).toBeGreaterThan(1);
    expect(new Set(ackSeqs).size).toBe(ackSeqs.length);
    const everySeq = Array.from({ length: finalSeq - 1 }, (_, i) => i + 2);
    for (const s of seen) {
      // Strictly increasing, no duplicates, nothing missing, ending at the auction's seq.
      expect(s).toEqual(everySeq);
      for (const seq of ackSeqs) expect(s).toContain(seq);
    }
    expect(closedSeen).toEqual([[], []]);
  }, 60_000);

  test('an outbid notice reaches the bidder who lost the lead on another node, in order with the update that caused it', async () => {
    const auc = await auction();
    const alice = await bidder(a);
    const bob = await bidder(b);
    const aliceSees: string[] = [];
    alice.socket.on('auction:updated', (p: { auction: { seq: number } }) => {
      aliceSees.push(`updated:${p.auction.seq}`);
    });
    alice.socket.on('auction:outbid', (p: { auction: Auction }) => {
      aliceSees.push(`outbid:${p.auction.seq}:${p.auction.leaderId === bob.user.id}`);
    });
    await emitAck(alice.socket, 'auction:watch', { auctionId: auc.id });
    await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'ob1', amount: cny(100_000) });
    const outbid = nextEvent(alice.socket, 'auction:outbid');
    const taken = await emitAck<{ auction: { seq: number } }>(bob.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'ob2',
      amount: cny(110_000),
    });
    await outbid;
    const seq = taken.ok ? taken.auction.seq : -1;
    expect(aliceSees.filter((e) => e.startsWith('outbid'))).toEqual([`outbid:${seq}:true`]);
    expect(aliceSees.indexOf(`outbid:${seq}:true`)).toBe(aliceSees.indexOf(`updated:${seq}`) + 1);
    expect(aliceSees[0]).toBe(`updated:${seq - 1}`);
  });

  test('a refused bid leaves no permanent record', async () => {
    const auc = await auction();
    const alice = await bidder(a);
    const low = await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'refused-1', amount: cny(90_000) });
    expect(!low.ok && low.error.code).toBe('BID_TOO_LOW');
    expect(await a.app.redis.hGet(keys.auctionOutcomes(auc.id), 'refused-1')).toBeNull();
    const ttl = await a.app.redis.pTTL(keys.auctionRefusedBid(auc.id, 'refused-1'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
    // Within that window a retry of the same bidId gets the same answer, even once the price has moved.
    const bob = await bidder(b);
    expect((await emitAck(bob.socket, 'auction:bid', { auctionId: auc.id, bidId: 'moves', amount: cny(100_000) })).ok).toBe(true);
    const retry = await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'refused-1', amount: cny(90_000) });
    expect(!retry.ok && retry.error).toMatchObject({ code: 'BID_TOO_LOW', reason: 'belowMinimum', details: { minimum: cny(100_000) } });
  });

  test('an accepted bid retried with the same bidId returns the first outcome', async () => {
    const auc = await auction();
    const alice = await bidder(a);
    const bob = await bidder(b);
    const first = await emitAck<{ leading: boolean }>(alice.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'kept',
      amount: cny(100_000),
    });
    expect(first.ok && first.leading).toBe(true);
    await emitAck(bob.socket, 'auction:bid', { auctionId: auc.id, bidId: 'over', amount: cny(110_000) });
    const retry = await emitAck<{ leading: boolean; auction: { leaderId: string } }>(alice.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'kept',
      amount: cny(100_000),
    });
    // The first outcome (alice led), not a new bid judged now; the auction itself is as it is now.
    expect(retry.ok && retry.leading).toBe(true);
    expect(retry.ok && retry.auction.leaderId).toBe(bob.user.id);
    expect((await api(a.url, 'GET', `/api/auctions/${auc.id}`)).body.bids).toHaveLength(2);
    expect(await a.app.redis.hGet(keys.auctionOutcomes(auc.id), 'kept')).not.toBeNull();
  });

  test('every bid attempt counts against one per-bidder limit over all nodes, refused ones included', async () => {
    // Two nodes with the limit, on the cluster's Redis: the bidder's attempts go to each in turn.
    const limited = [
      await startTestNode(cluster.redisUrl, { bidAttemptsPer10s: 5 }),
      await startTestNode(cluster.redisUrl, { bidAttemptsPer10s: 5 }),
    ] as const;
    try {
      const auc = await auction();
      const alice = await registerUser(limited[0].url, 'visitor');
      const sockets = [await cluster.connect(limited[0], alice.token), await cluster.connect(limited[1], alice.token)];
      const bob = await bidder(limited[1]);
      const bid = (i: number, bidId: string, amount: number) =>
        emitAck(sockets[i % 2] as TestSocket, 'auction:bid', { auctionId: auc.id, bidId, amount: cny(amount) });
      for (let i = 0; i < 5; i++) {
        const low = await bid(i, `spam-${i}`, 50_000);
        expect(!low.ok && low.error.code).toBe('BID_TOO_LOW');
      }
      // Five in all (three on one node, two on the other): the next is refused on either node.
      for (const i of [5, 6]) {
        const blocked = await bid(i, `real-${i}`, 100_000);
        expect(!blocked.ok && blocked.error.code).toBe('RATE_LIMITED');
        expect(!blocked.ok && (blocked.error.details as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
        // A limited attempt is not remembered (retried after the window it is judged afresh).
        expect(await a.app.redis.exists(keys.auctionRefusedBid(auc.id, `real-${i}`))).toBe(0);
      }
      // Other bidders bid on.
      expect((await emitAck(bob.socket, 'auction:bid', { auctionId: auc.id, bidId: 'bob', amount: cny(100_000) })).ok).toBe(true);
      expect((await api(a.url, 'GET', `/api/auctions/${auc.id}`)).body.bids).toHaveLength(1);
    } finally {
      for (const node of limited) await node.close();
    }
  });

  test('soft close extends the end by the window from the accepted bid, never past the hard end, and closes once with one deal', async () => {
    const now = Date.now();
    const auc = await auction({ endsAt: now + 1_500, softCloseMs: 1_000, hardEndsAt: now + 2_600 });
    const alice = await bidder(a);
    const bob = await bidder(b);
    const watcherOnB = await cluster.connect(b);
    await emitAck(watcherOnB, 'auction:watch', { auctionId: auc.id });
    const updates: number[] = [];
    watcherOnB.on('auction:updated', (p: { auction: { seq: number } }) => updates.push(p.auction.seq));
    const closed = nextEvent<{
      auction: { status: string; dealId: string; seq: number };
      deal: { id: string; amount: { amount: number }; buyerId: string };
    }>(watcherOnB, 'auction:closed', () => true, 8_000);
    await new Promise((r) => setTimeout(r, 800));
    const first = await emitAck<{ auction: { endsAt: number } }>(alice.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'sc1',
      amount: cny(100_000),
    });
    expect(first.ok && first.auction.endsAt).toBeGreaterThan(auc.endsAt);
    await new Promise((r) => setTimeout(r, 900));
    const second = await emitAck<{ auction: { endsAt: number; hardEndsAt: number } }>(bob.socket, 'auction:bid', {
      auctionId: auc.id,
      bidId: 'sc2',
      amount: cny(110_000),
    });
    expect(second.ok && second.auction.endsAt).toBe(now + 2_600);
    const { auction: final, deal } = await closed;
    expect(final.status).toBe('closed');
    expect(deal.amount.amount).toBe(110_000);
    expect(deal).toMatchObject({ id: final.dealId, buyerId: bob.user.id });
    // The close comes after the last bid's update, as the next seq.
    expect(updates).toEqual([2, 3]);
    expect(final.seq).toBe(4);
    const late = await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'late', amount: cny(200_000) });
    expect(!late.ok && late.error).toMatchObject({ code: 'AUCTION_NOT_OPEN', reason: 'closed' });
    await new Promise((r) => setTimeout(r, 600));
    const deals = await a.app.redis.xRange(keys.ledger, '-', '+');
    expect(deals.filter((d) => (d.message as Record<string, string>).sourceId === auc.id)).toHaveLength(1);
    expect((await api(a.url, 'GET', `/api/exhibits/${auc.exhibitId}`)).body.exhibit.status).toBe('sold');
  }, 20_000);

  test('below the reserve the auction closes unsold and the exhibit is available again', async () => {
    const auc = await auction({ endsAt: Date.now() + 800, reservePrice: cny(900_000), softCloseMs: 0 });
    const alice = await bidder(a);
    await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'r1', amount: cny(100_000) });
    for (let i = 0; i < 40; i++) {
      const s = (await api(a.url, 'GET', `/api/auctions/${auc.id}`)).body.auction.status;
      if (s === 'closed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await api(a.url, 'GET', `/api/auctions/${auc.id}`);
    expect(page.body.auction).toMatchObject({ status: 'closed', reserveMet: false });
    expect(page.body.auction.dealId).toBeUndefined();
    expect((await api(a.url, 'GET', `/api/exhibits/${auc.exhibitId}`)).body.exhibit.status).toBe('available');
  });

  test('when the node that created an auction is gone, another node closes it on time with exactly one deal', async () => {
    const c = await startTestNode(cluster.redisUrl);
    const auc = await auction({ endsAt: Date.now() + 1_000, softCloseMs: 0 }, c);
    const alice = await bidder(a);
    await emitAck(alice.socket, 'auction:bid', { auctionId: auc.id, bidId: 'k1', amount: cny(150_000) });
    await c.close();
    const deadline = auc.endsAt;
    let closedAt = 0;
    for (let i = 0; i < 60 && !closedAt; i++) {
      const page = await api(a.url, 'GET', `/api/auctions/${auc.id}`);
      if (page.body.auction.status === 'closed') closedAt = Date.now();
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(closedAt).toBeGreaterThan(0);
    expect(closedAt - deadline).toBeLessThan(3_000);
    const deals = await api(a.url, 'GET', '/api/deals', { token: alice.token });
    expect(deals.body.items.filter((d: { sourceId: string }) => d.sourceId === auc.id)).toHaveLength(1);
  });
});

describe('auctions and a Redis restart', () => {
  test('with AOF on, an auction and its bids survive a Redis restart and bidding carries on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-auc-aof-'));
    const redis = await startLocalRedis({ dir, persistent: true });
    const node = await startTestNode(redis.url);
    try {
      const { exhibit: ex, ...s } = await exhibitorWithExhibit(node.url, 'patents', 'AOF booth', {
        title: 'Durable invention',
        registrationNumber: 'ZL202010000111.8',
      });
      const auc = await api(node.url, 'POST', '/api/auctions', {
        token: s.token,
        body: { exhibitId: ex.id, startPrice: cny(100_000), minIncrement: cny(10_000), endsAt: Date.now() + 60_000 },
      });
      const v = await registerUser(node.url, 'visitor');
      const socket = await connectSocket(node.url, v.token);
      await emitAck(socket, 'auction:bid', { auctionId: auc.body.auction.id, bidId: 'aof-1', amount: cny(100_000) });
      await new Promise((r) => setTimeout(r, 1_100)); // appendfsync everysec
      await redis.restart();
      let page = await api(node.url, 'GET', `/api/auctions/${auc.body.auction.id}`);
      for (let i = 0; i < 50 && page.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        page = await api(node.url, 'GET', `/api/auctions/${auc.body.auction.id}`);
      }
      expect(page.body.auction.currentPrice.amount).toBe(100_000);
      expect(page.body.bids).toHaveLength(1);
      let again = await emitAck(socket, 'auction:bid', { auctionId: auc.body.auction.id, bidId: 'aof-2', amount: cny(110_000) });
      for (let i = 0; i < 20 && !again.ok; i++) {
        await new Promise((r) => setTimeout(r, 200));
        again = await emitAck(socket, 'auction:bid', { auctionId: auc.body.auction.id, bidId: 'aof-2', amount: cny(110_000) });
      }
      expect(again.ok).toBe(true);
      socket.disconnect();
    } finally {
      await node.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
