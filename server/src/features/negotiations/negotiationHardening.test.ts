import { jest } from '@jest/globals';
import { cnPatentApplicationNumber, NegotiationUpdated } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { api, cny, createExhibit, emitAck, emitOk, type TestNode, type TestSocket, useSellerCluster } from '../../testing/harness.js';

type OfferRow = { id: string; side: string; version: number; at: number };
type Neg = { id: string; status: string; seq: number; offers: OfferRow[]; offerCount: number; dealId?: string };
type Step = { negotiation: Neg; offer?: OfferRow };

const terms = (amount: number, extra: Record<string, unknown> = {}) => ({
  price: cny(amount),
  licenseType: 'assignment',
  territory: 'WORLDWIDE',
  ...extra,
});
const exclusive = (territory: unknown, termMonths = 12) => terms(5_000_000, { licenseType: 'exclusive', termMonths, territory });

/** Two nodes over one Redis, a seller with a booth (socket on node b) and helpers to negotiate. */
function useNegotiationStack(limits: { offersPerUserPerMinute?: number; offersPerNegotiationPerHour?: number } = {}) {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'patents', booth: 'Seller booth' }, limits);
  const ctx = { a, b, seller };
  let n = 0;
  const exhibit = async (tradeModes = ['assignment', 'exclusive', 'non-exclusive']): Promise<string> => {
    n += 1;
    const exhibit = await createExhibit(a.url, ctx.seller.token, {
      boothId: ctx.seller.boothId,
      title: `Guarded invention ${n}`,
      registrationNumber: `ZL${cnPatentApplicationNumber(2021, 1, n)}`,
      askingPrice: cny(100_000_000),
      tradeModes,
    });
    return exhibit.id;
  };
  const connect = cluster.connect;
  const buyer = (node: TestNode) => cluster.userWithSocket(node);
  const ok = <T = Step>(socket: TestSocket, event: string, payload: unknown) => emitOk<T>(socket, event, payload);
  const open = async (socket: TestSocket, exhibitId: string) => (await ok(socket, 'negotiation:open', { exhibitId })).negotiation;
  let k = 0;
  const offer = (socket: TestSocket, negotiationId: string, t: unknown) =>
    emitAck<Step>(socket, 'negotiation:offer', { negotiationId, clientOfferId: `k-${++k}`, terms: t });
  const redisNow = async () => {
    const [s, us] = await ctx.a.app.redis.time();
    return Number(s) * 1000 + Math.floor(Number(us) / 1000);
  };
  return { ctx, exhibit, buyer, connect, ok, open, offer, redisNow };
}

describe('negotiation offer limits', () => {
  const { ctx, exhibit, buyer, open, offer } = useNegotiationStack({ offersPerUserPerMinute: 5, offersPerNegotiationPerHour: 8 });

  test('a buyer cannot post more than N offers per minute', async () => {
    const bob = await buyer(ctx.a);
    const first = await open(bob.socket, await exhibit());
    for (let i = 0; i < 5; i++) expect((await offer(bob.socket, first.id, terms(1_000_000 + i))).ok).toBe(true);
    const auditBefore = await ctx.a.app.redis.xLen(keys.negotiationAudit(first.id));
    const refused = await offer(bob.socket, first.id, terms(2_000_000));
    expect(!refused.ok && refused.error.code).toBe('RATE_LIMITED');
    expect(!refused.ok && Number(refused.error.details?.retryAfterMs)).toBeGreaterThan(0);
    // The limit is the user's, across negotiations; refused offers store nothing.
    const second = await open(bob.socket, await exhibit());
    const elsewhere = await offer(bob.socket, second.id, terms(3_000_000));
    expect(!elsewhere.ok && elsewhere.error.code).toBe('RATE_LIMITED');
    expect(await ctx.a.app.redis.lLen(keys.negotiationOffers(first.id))).toBe(5);
    expect(await ctx.a.app.redis.lLen(keys.negotiationOffers(second.id))).toBe(0);
    expect(await ctx.a.app.redis.xLen(keys.negotiationAudit(first.id))).toBe(auditBefore);
    const state = await api(ctx.b.url, 'GET', `/api/negotiations/${first.id}`, { token: bob.token });
    expect(state.body.negotiation).toMatchObject({ offerCount: 5, seq: 6 });
    // The other side is not held back by the buyer's flood.
    expect((await offer(ctx.seller.socket, first.id, terms(9_000_000))).ok).toBe(true);
  });

  test('one negotiation takes at most N offers per hour from both sides together', async () => {
    const carol = await buyer(ctx.b);
    const neg = await open(carol.socket, await exhibit());
    for (let i = 0; i < 5; i++) expect((await offer(carol.socket, neg.id, terms(1_000_000 + i))).ok).toBe(true);
    // The seller made one offer in the previous test: 4 left of 5 this minute, 3 left of this negotiation's 8.
    for (let i = 0; i < 3; i++) expect((await offer(ctx.seller.socket, neg.id, terms(9_000_000 - i))).ok).toBe(true);
    const refused = await offer(ctx.seller.socket, neg.id, terms(8_000_000));
    expect(!refused.ok && refused.error.code).toBe('RATE_LIMITED');
    expect(await ctx.a.app.redis.lLen(keys.negotiationOffers(neg.id))).toBe(8);
  });
});

describe('negotiation updates and history', () => {
  const { ctx, exhibit, buyer, connect, ok, open, offer, redisNow } = useNegotiationStack();

  test('negotiation:updated carries only the new offer and the header', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const bob = await buyer(ctx.a);
    const heard: string[] = [];
    seller.on('negotiation:updated', (p) => heard.push(JSON.stringify(p)));
    const neg = await open(bob.socket, await exhibit());
    const acks: string[] = [];
    for (let i = 1; i <= 30; i++) {
      const ack = await offer(i % 2 ? bob.socket : seller, neg.id, terms(50_000_000 + i, { note: 'Includes the utility model.' }));
      expect(ack.ok).toBe(true);
      acks.push(JSON.stringify(ack));
    }
    for (let i = 0; i < 100 && heard.filter((h) => h.includes(neg.id)).length < 31; i++) await new Promise((r) => setTimeout(r, 20));
    const updates = heard.filter((h) => h.includes(neg.id));
    expect(updates).toHaveLength(31); // open + 30 offers
    const parsed = updates.map((u) => NegotiationUpdated.parse(JSON.parse(u)));
    const thirtieth = parsed[30];
    expect(thirtieth?.negotiation).toMatchObject({ offerCount: 30, seq: 31 });
    expect(thirtieth?.negotiation.offers).toEqual([thirtieth?.offer]);
    expect(thirtieth?.offer?.version).toBe(30);
    // The 2nd and the 30th update differ only by digits (seq, counts, price), never by history.
    expect((updates[30] as string).length - (updates[1] as string).length).toBeLessThanOrEqual(8);
    expect((acks[29] as string).length - (acks[0] as string).length).toBeLessThanOrEqual(40);
  });

  test('long offer histories are paged', async () => {
    const bob = await buyer(ctx.a);
    const neg = await open(bob.socket, await exhibit());
    for (let i = 1; i <= 25; i++) expect((await offer(bob.socket, neg.id, terms(1_000 + i))).ok).toBe(true);
    const get = (q: string) => api(ctx.b.url, 'GET', `/api/negotiations/${neg.id}${q}`, { token: ctx.seller.token });
    const versions = (r: { body: { negotiation: Neg } }) => r.body.negotiation.offers.map((o) => o.version);
    const newest = await get('?limit=10');
    expect(newest.body.negotiation.offerCount).toBe(25);
    expect(versions(newest)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(versions(await get('?before=16&limit=10'))).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(versions(await get('?before=6&limit=10'))).toEqual([1, 2, 3, 4, 5]);
    expect(versions(await get('?before=1'))).toEqual([]);
    expect(versions(await get(''))).toHaveLength(25); // the default page holds 50
    for (const q of ['?limit=101', '?limit=0', '?before=abc', '?before=0', '?cursor=1']) {
      expect({ q, status: (await get(q)).status }).toEqual({ q, status: 400 });
    }
    // Inbox rows carry the latest offer only.
    const inbox = await api(ctx.a.url, 'GET', '/api/negotiations', { token: bob.token });
    const row = inbox.body.items.find((i: Neg) => i.id === neg.id);
    expect(row).toMatchObject({ offerCount: 25, offers: [{ version: 25 }] });
  });

  test("each participant sees one negotiation's updates in strictly increasing seq, once each, when steps land on two nodes", async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const bob = await buyer(ctx.a);
    const bobOnB = await connect(ctx.b, bob.token);
    const sellerOnA = await connect(ctx.a, ctx.seller.token);
    const neg = await open(bob.socket, await exhibit());
    const watchers = { bobA: bob.socket, bobB: bobOnB, sellerA: sellerOnA, sellerB: seller };
    const seen: Record<string, number[]> = {};
    for (const [name, socket] of Object.entries(watchers)) {
      seen[name] = [];
      // Only the offers' updates: the opening one may have arrived before these listeners.
      socket.on('negotiation:updated', (p) => p.negotiation.id === neg.id && p.negotiation.seq > 1 && seen[name]?.push(p.negotiation.seq));
    }
    const rounds = 15;
    const answers = await Promise.all(
      Array.from({ length: rounds }, (_, i) =>
        Promise.all([
          offer(bob.socket, neg.id, terms(100_000 + i)),
          offer(bobOnB, neg.id, terms(200_000 + i)),
          offer(sellerOnA, neg.id, terms(300_000 + i)),
          offer(seller, neg.id, terms(400_000 + i)),
        ]),
      ),
    );
    const stored = answers.flat().filter((x) => x.ok).length;
    expect(stored).toBeGreaterThan(0);
    const last = 1 + stored;
    const done = () => Object.values(seen).every((s) => s.at(-1) === last);
    for (let i = 0; i < 150 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
    const expected = Array.from({ length: stored }, (_, i) => i + 2);
    expect(seen).toEqual({ bobA: expected, bobB: expected, sellerA: expected, sellerB: expected });
  });

  test('after agreement, only the side that accepted gets the deal again; the seller repeating accept of its own offer gets CONFLICT', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const bob = await buyer(ctx.a);
    const neg = await open(bob.socket, await exhibit(['non-exclusive']));
    const made = await ok(seller, 'negotiation:offer', {
      negotiationId: neg.id,
      clientOfferId: 'agreed-1',
      terms: terms(7_000_000, { licenseType: 'non-exclusive', termMonths: 6, territory: ['CN'] }),
    });
    const offerId = made.offer?.id;
    const accepted = await ok<Step & { deal: { id: string } }>(bob.socket, 'negotiation:accept', { negotiationId: neg.id, offerId });
    const again = await ok<Step & { deal: { id: string } }>(bob.socket, 'negotiation:accept', { negotiationId: neg.id, offerId });
    expect(again.deal.id).toBe(accepted.deal.id);
    expect(again.negotiation.seq).toBe(accepted.negotiation.seq);
    const own = await emitAck(seller, 'negotiation:accept', { negotiationId: neg.id, offerId });
    expect(!own.ok && own.error).toMatchObject({ code: 'CONFLICT', reason: 'ownOffer' });
    const ownOnA = await emitAck(await connect(ctx.a, ctx.seller.token), 'negotiation:accept', { negotiationId: neg.id, offerId });
    expect(!ownOnA.ok && ownOnA.error.code).toBe('CONFLICT');
    const other = await emitAck(bob.socket, 'negotiation:accept', { negotiationId: neg.id, offerId: 'off_someoneelse' });
    expect(!other.ok && other.error.code).toBe('CONFLICT');
  });

  test('an exhibit under an exclusive licence in force cannot be assigned', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const exhibitId = await exhibit(['assignment', 'exclusive']);
    const licensee = await buyer(ctx.a);
    const purchaser = await buyer(ctx.b);
    const forSale = await open(purchaser.socket, exhibitId);
    // An assignment offered before the licence is agreed…
    const assignment = await ok(seller, 'negotiation:offer', {
      negotiationId: forSale.id,
      clientOfferId: 'as-1',
      terms: terms(90_000_000),
    });
    const licence = await open(licensee.socket, exhibitId);
    const o = await ok(seller, 'negotiation:offer', { negotiationId: licence.id, clientOfferId: 'ex-1', terms: exclusive(['CN']) });
    await ok(licensee.socket, 'negotiation:accept', { negotiationId: licence.id, offerId: o.offer?.id });
    // …cannot be accepted while it lasts, and no new one can be made.
    const accept = await emitAck(purchaser.socket, 'negotiation:accept', { negotiationId: forSale.id, offerId: assignment.offer?.id });
    expect(!accept.ok && accept.error.code).toBe('CONFLICT');
    const fresh = await offer(purchaser.socket, forSale.id, terms(95_000_000));
    expect(!fresh.ok && fresh.error.code).toBe('CONFLICT');
    expect((await api(ctx.a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).not.toBe('sold');
    // The licence records its end: agreed + 12 calendar months.
    const [entry] = await ctx.a.app.redis.lRange(keys.exhibitExclusiveLicences(exhibitId), 0, -1);
    const recorded = JSON.parse(entry as string) as { territory: string[]; agreedAt: string; endsAt: string };
    const end = new Date(Number(recorded.agreedAt));
    end.setUTCFullYear(end.getUTCFullYear() + 1);
    expect(recorded).toEqual({ territory: ['CN'], agreedAt: recorded.agreedAt, endsAt: String(end.getTime()) });
  });

  test('an exhibit under an exclusive licence in force cannot be auctioned', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const exhibitId = await exhibit(['assignment', 'exclusive']);
    const licensee = await buyer(ctx.a);
    const licence = await open(licensee.socket, exhibitId);
    const o = await ok(seller, 'negotiation:offer', {
      negotiationId: licence.id,
      clientOfferId: 'ex-2',
      terms: exclusive('WORLDWIDE', 36),
    });
    await ok(licensee.socket, 'negotiation:accept', { negotiationId: licence.id, offerId: o.offer?.id });
    const res = await api(ctx.b.url, 'POST', '/api/auctions', {
      token: ctx.seller.token,
      body: { exhibitId, startPrice: cny(100_000), minIncrement: cny(10_000), endsAt: Date.now() + 60_000 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect((await api(ctx.a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).not.toBe('in-auction');
  });

  test('an expired exclusive licence no longer blocks', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    const now = await redisNow();
    const expired = JSON.stringify({ territory: 'WORLDWIDE', agreedAt: String(now - 400 * 86_400_000), endsAt: String(now - 1_000) });
    const auctioned = await exhibit(['assignment', 'exclusive']);
    await ctx.a.app.redis.rPush(keys.exhibitExclusiveLicences(auctioned), expired);
    const res = await api(ctx.b.url, 'POST', '/api/auctions', {
      token: ctx.seller.token,
      body: { exhibitId: auctioned, startPrice: cny(100_000), minIncrement: cny(10_000), endsAt: Date.now() + 60_000 },
    });
    expect(res.status).toBe(201);
    const assigned = await exhibit(['assignment', 'exclusive']);
    await ctx.a.app.redis.rPush(keys.exhibitExclusiveLicences(assigned), expired);
    const bob = await buyer(ctx.a);
    const neg = await open(bob.socket, assigned);
    const o = await ok(seller, 'negotiation:offer', { negotiationId: neg.id, clientOfferId: 'as-2', terms: terms(80_000_000) });
    await ok(bob.socket, 'negotiation:accept', { negotiationId: neg.id, offerId: o.offer?.id });
    expect((await api(ctx.a.url, 'GET', `/api/exhibits/${assigned}`)).body.exhibit.status).toBe('sold');
    // A new exclusive licence may now cover the expired one's territory; a licence recorded before
    // licences carried their end (a bare territory) still counts as in force.
    const legacy = await exhibit(['assignment']);
    await ctx.a.app.redis.rPush(keys.exhibitExclusiveLicences(legacy), JSON.stringify(['CN']));
    const carol = await buyer(ctx.b);
    const n2 = await open(carol.socket, legacy);
    const refused = await offer(seller, n2.id, terms(1_000_000));
    expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', reason: 'exclusiveLicenceInForce' });
  });

  test('deal time comes from the Redis clock', async () => {
    // A socket of its own: the per-socket event budget is not shared between tests.
    const seller = await connect(ctx.b, ctx.seller.token);
    // This node's clock runs a day behind Redis's: every time a negotiation records must still be Redis's.
    const realNow = Date.now.bind(Date);
    const skew = jest.spyOn(Date, 'now').mockImplementation(() => realNow() - 86_400_000);
    try {
      const bob = await buyer(ctx.a);
      const neg = await open(bob.socket, await exhibit(['non-exclusive']));
      const before = await redisNow();
      const made = await ok(seller, 'negotiation:offer', {
        negotiationId: neg.id,
        clientOfferId: 'clock-1',
        terms: terms(3_000_000, { licenseType: 'non-exclusive', termMonths: 12, territory: ['HK'] }),
      });
      const accepted = await ok<Step & { deal: { id: string; at: number } }>(bob.socket, 'negotiation:accept', {
        negotiationId: neg.id,
        offerId: made.offer?.id,
      });
      const after = await redisNow();
      for (const [what, at] of [
        ['deal', accepted.deal.at],
        ['offer', made.offer?.at],
        ['agreement', (accepted.negotiation as { updatedAt?: number }).updatedAt],
      ] as const) {
        expect({ what, inWindow: Number(at) >= before && Number(at) <= after }).toEqual({ what, inWindow: true });
      }
    } finally {
      skew.mockRestore();
    }
  });

  test("every time a step stores is its script's own: a step Redis holds back records when it ran, not when the node asked", async () => {
    const seller = await connect(ctx.b, ctx.seller.token);
    const bob = await buyer(ctx.a);
    const exhibitId = await exhibit(['non-exclusive']);
    const HELD_MS = 300;
    /** Runs `step` while Redis holds every write (scripts included) for HELD_MS; reads, TIME among them, still answer. */
    const heldBack = async <T>(step: () => Promise<T>): Promise<{ result: T; earliest: number }> => {
      const pausedAt = await redisNow();
      await ctx.a.app.redis.sendCommand(['CLIENT', 'PAUSE', String(HELD_MS), 'WRITE']);
      return { result: await step(), earliest: pausedAt + HELD_MS };
    };
    type Header = { id: string; createdAt: number; updatedAt: number };
    const opened = await heldBack(() => ok<{ negotiation: Header }>(bob.socket, 'negotiation:open', { exhibitId }));
    const neg = opened.result.negotiation;
    const offered = await heldBack(() =>
      ok<{ negotiation: Header; offer: OfferRow }>(seller, 'negotiation:offer', {
        negotiationId: neg.id,
        clientOfferId: 'held-1',
        terms: terms(3_000_000, { licenseType: 'non-exclusive', termMonths: 12, territory: ['HK'] }),
      }),
    );
    const accepted = await heldBack(() =>
      ok<{ negotiation: Header; deal: { at: number } }>(bob.socket, 'negotiation:accept', {
        negotiationId: neg.id,
        offerId: offered.result.offer.id,
      }),
    );
    const audit = (await api(ctx.a.url, 'GET', `/api/negotiations/${neg.id}/audit`, { token: bob.token })).body;
    const [openEntry, offerEntry, acceptEntry] = audit.entries as { type: string; at: number }[];
    const times = {
      open: [neg.createdAt, neg.updatedAt, openEntry?.at].map((at) => Number(at) >= opened.earliest),
      offer: [offered.result.offer.at, offered.result.negotiation.updatedAt, offerEntry?.at].map((at) => Number(at) >= offered.earliest),
      accept: [accepted.result.deal.at, accepted.result.negotiation.updatedAt, acceptEntry?.at].map(
        (at) => Number(at) >= accepted.earliest,
      ),
    };
    expect(times).toEqual({ open: [true, true, true], offer: [true, true, true], accept: [true, true, true] });
    // One time per step, the same wherever it is stored; the chain holds over those times.
    expect([openEntry?.at, offerEntry?.at, acceptEntry?.at]).toEqual([neg.createdAt, offered.result.offer.at, accepted.result.deal.at]);
    expect(accepted.result.negotiation.updatedAt).toBe(accepted.result.deal.at);
    expect(audit.valid).toBe(true);
  });

  test('clientOfferId keys expire instead of living forever', async () => {
    const bob = await buyer(ctx.a);
    const neg = await open(bob.socket, await exhibit());
    expect((await offer(bob.socket, neg.id, terms(4_000_000))).ok).toBe(true);
    const ttl = await ctx.a.app.redis.ttl(keys.negotiationOfferKeys(neg.id));
    expect(ttl).toBeGreaterThan(23 * 3600);
    expect(ttl).toBeLessThanOrEqual(24 * 3600);
  });
});
