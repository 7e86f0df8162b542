import { cnPatentApplicationNumber } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { api, createExhibit, emitAck, emitOk, nextEvent, type TestNode, type TestSocket, useSellerCluster } from '../../testing/harness.js';

type OfferRow = { id: string; side: string; version: number };
type Neg = { id: string; status: string; seq: number; offers: OfferRow[]; offerCount: number; dealId?: string };
type Step = { negotiation: Neg; offer?: OfferRow };

const terms = (amount: number, extra: Record<string, unknown> = {}) => ({
  price: { amount, currency: 'CNY' },
  licenseType: 'assignment',
  territory: 'WORLDWIDE',
  ...extra,
});

describe('negotiations across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'patents', booth: 'Seller booth' });
  let n = 0;

  async function exhibit(tradeModes = ['assignment', 'exclusive', 'non-exclusive']): Promise<string> {
    n += 1;
    const exhibit = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: `Negotiable invention ${n}`,
      registrationNumber: `ZL${cnPatentApplicationNumber(2020, 1, n)}`,
      askingPrice: { amount: 100_000_000, currency: 'CNY' },
      tradeModes,
    });
    return exhibit.id;
  }

  const buyer = (node: TestNode) => cluster.userWithSocket(node);

  const ok = <T = Step>(socket: TestSocket, event: string, payload: unknown) => emitOk<T>(socket, event, payload);

  test('the happy path: open, offer, counter-offer, accept → one deal both sides see, the exhibit sold', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const sellerSees = nextEvent<{ negotiation: Neg }>(seller.socket, 'negotiation:updated', (p) => p.negotiation.status === 'open');
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    expect(negotiation).toMatchObject({ status: 'open', buyerId: bob.user.id, sellerOrgId: seller.user.orgId, offers: [] });
    expect((await sellerSees).negotiation.id).toBe(negotiation.id);
    // Opening again returns the same negotiation.
    expect((await ok(bob.socket, 'negotiation:open', { exhibitId })).negotiation.id).toBe(negotiation.id);

    const first = await ok(bob.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'o1',
      terms: terms(80_000_000),
    });
    expect(first.negotiation.offerCount).toBe(1);
    const counter = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'c1',
      terms: terms(95_000_000),
    });
    const latest = counter.offer as OfferRow;
    expect(latest).toMatchObject({ side: 'seller', version: 2 });

    const sellerAgreed = nextEvent<{ negotiation: Neg }>(seller.socket, 'negotiation:updated', (p) => p.negotiation.status === 'agreed');
    const accepted = await ok<{ negotiation: Neg; deal: { id: string; amount: { amount: number }; source: string; ipType: string } }>(
      bob.socket,
      'negotiation:accept',
      { negotiationId: negotiation.id, offerId: latest.id },
    );
    expect(accepted.negotiation.status).toBe('agreed');
    expect(accepted.deal).toMatchObject({ amount: { amount: 95_000_000 }, source: 'negotiation', ipType: 'patent' });
    expect((await sellerAgreed).negotiation.dealId).toBe(accepted.deal.id);
    const sellerDeals = await api(a.url, 'GET', '/api/deals', { token: seller.token });
    expect(sellerDeals.body.items.map((d: { id: string }) => d.id)).toContain(accepted.deal.id);
    expect((await api(b.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).toBe('sold');
    // Sequence numbers grow by one per change: open, offer, offer, accept.
    expect(accepted.negotiation.seq).toBe(4);
  });

  test('a third party gets FORBIDDEN for every action and never receives its events', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const eve = await buyer(b);
    const eveGot: unknown[] = [];
    eve.socket.on('negotiation:updated', (p) => eveGot.push(p));
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    const offer = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 's1',
      terms: terms(90_000_000),
    });
    const offerId = offer.negotiation.offers[0]?.id;
    for (const [event, payload] of [
      ['negotiation:offer', { negotiationId: negotiation.id, clientOfferId: 'e1', terms: terms(1_000) }],
      ['negotiation:accept', { negotiationId: negotiation.id, offerId }],
      ['negotiation:reject', { negotiationId: negotiation.id, offerId }],
      ['negotiation:withdraw', { negotiationId: negotiation.id }],
      ['chat:send', { room: `negotiation:${negotiation.id}`, text: 'hi', clientMsgId: 'e-1' }],
      ['chat:history', { room: `negotiation:${negotiation.id}` }],
    ] as const) {
      const ack = await emitAck(eve.socket, event, payload);
      expect({ event, code: !ack.ok && ack.error.code }).toEqual({ event, code: 'FORBIDDEN' });
    }
    for (const path of [`/api/negotiations/${negotiation.id}`, `/api/negotiations/${negotiation.id}/audit`]) {
      expect((await api(a.url, 'GET', path, { token: eve.token })).status).toBe(403);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(eveGot).toEqual([]);
    const state = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}`, { token: bob.token });
    expect(state.body.negotiation).toMatchObject({ status: 'open', seq: 2 });
  });

  test('only the latest offer can be accepted, and only by the other side', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    const o1 = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'x1',
      terms: terms(99_000_000),
    });
    const o2 = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'x2',
      terms: terms(97_000_000),
    });
    const stale = await emitAck(bob.socket, 'negotiation:accept', { negotiationId: negotiation.id, offerId: o1.negotiation.offers[0]?.id });
    expect(!stale.ok && stale.error).toMatchObject({ code: 'CONFLICT', reason: 'notLatestOffer' });
    const own = await emitAck(seller.socket, 'negotiation:accept', {
      negotiationId: negotiation.id,
      offerId: o2.offer?.id,
    });
    expect(!own.ok && own.error).toMatchObject({ code: 'CONFLICT', reason: 'ownOffer' });
    // A resend of an offer (same clientOfferId) does not add a second one.
    const again = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'x2',
      terms: terms(97_000_000),
    });
    expect(again.negotiation.offerCount).toBe(2);
    expect(again.offer?.id).toBe(o2.offer?.id);
  });

  test('both sides (and a second tab) accepting at the same moment make exactly one deal, 100 times over', async () => {
    const bob = await buyer(a);
    const bobOnB = await cluster.connect(b, bob.token);
    const before = await redis_xlen(keys.ledger);
    for (let i = 0; i < 100; i++) {
      const exhibitId = await exhibit(['non-exclusive']);
      const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
      const offer = await ok(seller.socket, 'negotiation:offer', {
        negotiationId: negotiation.id,
        clientOfferId: `race-${i}`,
        terms: terms(10_000 + i, { licenseType: 'non-exclusive', termMonths: 12, territory: ['CN'] }),
      });
      const offerId = offer.negotiation.offers[0]?.id;
      const answers = await Promise.all([
        emitAck(bob.socket, 'negotiation:accept', { negotiationId: negotiation.id, offerId }),
        emitAck(bobOnB, 'negotiation:accept', { negotiationId: negotiation.id, offerId }),
        emitAck(seller.socket, 'negotiation:accept', { negotiationId: negotiation.id, offerId }),
      ]);
      const dealIds = new Set(answers.filter((x) => x.ok).map((x) => (x as unknown as { deal: { id: string } }).deal.id));
      expect(dealIds.size).toBe(1);
      await new Promise((r) => setTimeout(r, 70)); // stay under the per-socket event rate
    }
    expect((await redis_xlen(keys.ledger)) - before).toBe(100);
  }, 120_000);

  test('the audit chain is valid, covers chat, and turns invalid when one entry is tampered with in Redis', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    await ok(bob.socket, 'negotiation:offer', { negotiationId: negotiation.id, clientOfferId: 'a1', terms: terms(70_000_000) });
    const chat = await emitAck(bob.socket, 'chat:send', {
      room: `negotiation:${negotiation.id}`,
      text: 'Can you include the utility model?',
      clientMsgId: 'nc-1',
    });
    expect(chat.ok).toBe(true);
    const audit = await api(b.url, 'GET', `/api/negotiations/${negotiation.id}/audit`, { token: seller.token });
    expect(audit.body.valid).toBe(true);
    expect(audit.body.entries.map((e: { type: string }) => e.type)).toEqual(['open', 'offer', 'chat']);
    expect(audit.body.entries[1].prevHash).toBe(audit.body.entries[0].hash);

    // Rewrite the stream with the offer's price changed.
    const key = keys.negotiationAudit(negotiation.id);
    const rows = await a.app.redis.xRange(key, '-', '+');
    await a.app.redis.del(key);
    for (const r of rows) {
      const m = { ...(r.message as Record<string, string>) };
      if (m.type === 'offer') m.payload = (m.payload as string).replace('70000000', '7000');
      await a.app.redis.xAdd(key, '*', m);
    }
    const tampered = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}/audit`, { token: bob.token });
    expect(tampered.body.valid).toBe(false);
  });

  test('bad offers are refused and change nothing', async () => {
    const exhibitId = await exhibit(['assignment', 'non-exclusive']);
    const bob = await buyer(a);
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    const cases: [Record<string, unknown>, string][] = [
      [terms(-5), 'INVALID_INPUT'],
      [terms(10.5), 'INVALID_INPUT'],
      [terms(1e18), 'INVALID_INPUT'],
      [terms(1000, { licenseType: 'exclusive', termMonths: 12 }), 'INVALID_INPUT'], // not among this exhibit's trade modes
      [terms(1000, { territory: ['XX'] }), 'INVALID_INPUT'],
      [terms(1000, { licenseType: 'non-exclusive' }), 'INVALID_INPUT'], // a licence needs a term
      [terms(1000, { expiresAt: Date.now() - 1000 }), 'INVALID_INPUT'],
    ];
    for (const [t, code] of cases) {
      const ack = await emitAck(bob.socket, 'negotiation:offer', {
        negotiationId: negotiation.id,
        clientOfferId: `bad-${Math.random()}`,
        terms: t,
      });
      expect({ t, code: !ack.ok && ack.error.code }).toEqual({ t, code });
    }
    const state = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}`, { token: bob.token });
    expect(state.body.negotiation.offers).toEqual([]);
    // Own exhibit: SELF_DEALING. Closed negotiation: CONFLICT.
    const self = await emitAck(seller.socket, 'negotiation:open', { exhibitId });
    expect(!self.ok && self.error).toMatchObject({ code: 'SELF_DEALING', reason: 'ownExhibit' });
    await ok(bob.socket, 'negotiation:withdraw', { negotiationId: negotiation.id });
    const late = await emitAck(bob.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'late',
      terms: terms(1000),
    });
    expect(!late.ok && late.error).toMatchObject({ code: 'CONFLICT', reason: 'notOpen', details: { status: 'withdrawn' } });
  });

  test('an expired offer cannot be accepted; a sold exhibit cannot be negotiated', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    const offer = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'exp',
      terms: terms(60_000_000, { expiresAt: Date.now() + 300 }),
    });
    await new Promise((r) => setTimeout(r, 500));
    const expired = await emitAck(bob.socket, 'negotiation:accept', {
      negotiationId: negotiation.id,
      offerId: offer.negotiation.offers[0]?.id,
    });
    expect(!expired.ok && expired.error).toMatchObject({ code: 'CONFLICT', reason: 'offerExpired' });
    // Sell it to someone else, then nobody can negotiate on it.
    const carol = await buyer(b);
    const other = await ok(carol.socket, 'negotiation:open', { exhibitId });
    const o = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: other.negotiation.id,
      clientOfferId: 'sell',
      terms: terms(61_000_000),
    });
    await ok(carol.socket, 'negotiation:accept', { negotiationId: other.negotiation.id, offerId: o.negotiation.offers[0]?.id });
    const dave = await buyer(a);
    const refused = await emitAck(dave.socket, 'negotiation:open', { exhibitId });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', reason: 'sold' });
  });

  test('two exclusive licences may not overlap in territory (refused when accepted, and when offered once one is in force)', async () => {
    const exhibitId = await exhibit(['exclusive']);
    const licence = (territory: unknown) => terms(5_000_000, { licenseType: 'exclusive', termMonths: 24, territory });
    const first = await buyer(a);
    const second = await buyer(b);
    const n1 = await ok(first.socket, 'negotiation:open', { exhibitId });
    const n2 = await ok(second.socket, 'negotiation:open', { exhibitId });
    // Both offers stand before either is accepted: the second acceptance finds the territory taken.
    const o1 = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: n1.negotiation.id,
      clientOfferId: 'ex1',
      terms: licence(['CN', 'HK']),
    });
    const o2 = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: n2.negotiation.id,
      clientOfferId: 'ex2',
      terms: licence(['HK', 'MO']),
    });
    await ok(first.socket, 'negotiation:accept', { negotiationId: n1.negotiation.id, offerId: o1.negotiation.offers[0]?.id });
    const overlap = await emitAck(second.socket, 'negotiation:accept', {
      negotiationId: n2.negotiation.id,
      offerId: o2.negotiation.offers[0]?.id,
    });
    expect(!overlap.ok && overlap.error).toMatchObject({ code: 'CONFLICT', reason: 'territoryTaken', details: { country: 'HK' } });
    // Once the licence is in force, an overlapping offer is refused as it is made.
    const offered = await emitAck(seller.socket, 'negotiation:offer', {
      negotiationId: n2.negotiation.id,
      clientOfferId: 'ex2b',
      terms: licence(['HK']),
    });
    expect(!offered.ok && offered.error).toMatchObject({ code: 'CONFLICT', reason: 'territoryTaken', details: { country: 'HK' } });
    const o3 = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: n2.negotiation.id,
      clientOfferId: 'ex3',
      terms: licence(['MO']),
    });
    const fine = await emitAck(second.socket, 'negotiation:accept', {
      negotiationId: n2.negotiation.id,
      offerId: o3.offer?.id,
    });
    expect(fine.ok).toBe(true);
  });

  test('inboxes list negotiations by last activity with unread counts; the deal summary carries the chain head', async () => {
    const exhibitId = await exhibit();
    const bob = await buyer(a);
    const { negotiation } = await ok(bob.socket, 'negotiation:open', { exhibitId });
    const o = await ok(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: 'in1',
      terms: terms(50_000_000),
    });
    const inbox = await api(a.url, 'GET', '/api/negotiations', { token: seller.token });
    expect(inbox.body.items[0].id).toBe(negotiation.id);
    const bobInbox = await api(a.url, 'GET', '/api/negotiations', { token: bob.token });
    expect(bobInbox.body.items[0].unread).toBe(2);
    await api(a.url, 'POST', `/api/negotiations/${negotiation.id}/read`, { token: bob.token });
    expect((await api(a.url, 'GET', '/api/negotiations', { token: bob.token })).body.items[0].unread).toBe(0);
    const early = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}/summary`, { token: bob.token });
    expect(early.status).toBe(409);
    await ok(bob.socket, 'negotiation:accept', { negotiationId: negotiation.id, offerId: o.negotiation.offers[0]?.id });
    const summary = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}/summary`, { token: bob.token });
    const audit = await api(a.url, 'GET', `/api/negotiations/${negotiation.id}/audit`, { token: bob.token });
    expect(summary.body.chainHead).toBe(audit.body.entries.at(-1).hash);
    expect(summary.body.finalOffer.terms.price.amount).toBe(50_000_000);
    const html = await fetch(`${a.url}/api/negotiations/${negotiation.id}/summary?format=html`, {
      headers: { authorization: `Bearer ${bob.token}` },
    });
    expect(await html.text()).toContain(summary.body.chainHead);
  });

  async function redis_xlen(key: string): Promise<number> {
    return a.app.redis.xLen(key);
  }
});
