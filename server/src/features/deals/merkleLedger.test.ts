import { createHash } from 'node:crypto';
import { cnPatentApplicationNumber } from '@pavilion/shared';
import { api, createExhibit, emitOk, signInOrganizer, useSellerCluster } from '../../testing/harness.js';

// An implementation of the published rule written apart from the server's: hash the record, then climb.
const sha = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');
function climb(record: string, proof: { side: string; hash: string }[]): string {
  return proof.reduce((node, step) => (step.side === 'left' ? sha(step.hash + node) : sha(node + step.hash)), sha(record));
}
function rootOf(leaves: string[]): string {
  let level = leaves;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(sha(`${level[i]}${level[i + 1] ?? level[i]}`));
    level = next;
  }
  return level[0] as string;
}

describe('the public Merkle ledger across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'patents', booth: 'Ledger booth' });
  let n = 0;

  /** A deal agreed in a negotiation: the buyer opens, the seller offers, the buyer accepts. */
  async function deal(amount: number, licenseType = 'assignment') {
    n += 1;
    const exhibit = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: `Ledgered invention ${n}`,
      registrationNumber: `ZL${cnPatentApplicationNumber(2022, 1, 700_000 + n)}`,
      tradeModes: ['assignment', 'non-exclusive'],
    });
    const buyer = await cluster.userWithSocket(n % 2 ? a : b);
    const { negotiation } = await emitOk<{ negotiation: { id: string } }>(buyer.socket, 'negotiation:open', { exhibitId: exhibit.id });
    const terms = {
      price: { amount, currency: 'CNY' },
      licenseType,
      territory: 'WORLDWIDE',
      ...(licenseType === 'assignment' ? {} : { termMonths: 12 }),
    };
    const offer = await emitOk<{ offer: { id: string } }>(seller.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: `m${n}`,
      terms,
    });
    const accepted = await emitOk<{ deal: { id: string } }>(buyer.socket, 'negotiation:accept', {
      negotiationId: negotiation.id,
      offerId: offer.offer.id,
    });
    return { dealId: accepted.deal.id, buyer, exhibit };
  }

  test('each party’s proof climbs from its canonical record to the published root of the day', async () => {
    const deals = [];
    for (const [i, amount] of [1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000].entries())
      deals.push(await deal(amount, i === 2 ? 'non-exclusive' : 'assignment'));

    const roots = await api(b.url, 'GET', '/api/ledger/roots');
    expect(roots.status).toBe(200);
    const proofs = [];
    for (const [i, d] of deals.entries()) {
      const node = i % 2 ? a : b;
      const byBuyer = await api(node.url, 'GET', `/api/deals/${d.dealId}/proof`, { token: d.buyer.token });
      const bySeller = await api(node.url, 'GET', `/api/deals/${d.dealId}/proof`, { token: seller.token });
      expect(byBuyer.status).toBe(200);
      expect(bySeller.body).toEqual(byBuyer.body);
      const p = byBuyer.body;
      expect(p.leaf).toBe(sha(p.record));
      expect(climb(p.record, p.proof)).toBe(p.root);
      // The record names what was sold, by whom, for how much — never the buyer.
      const record = JSON.parse(p.record);
      expect(Object.keys(record)).toEqual([
        'dealId',
        'day',
        'exhibitId',
        'ipType',
        'jurisdiction',
        'registrationNumber',
        'sellerOrgId',
        'sellerOrgName',
        'tradeMode',
        'amount',
        'currency',
        'source',
        'agreedAt',
      ]);
      expect(record).toMatchObject({
        dealId: d.dealId,
        exhibitId: d.exhibit.id,
        registrationNumber: d.exhibit.registrationNumber,
        sellerOrgId: seller.user.orgId,
        amount: (i + 1) * 1_000_000,
        tradeMode: i === 2 ? 'non-exclusive' : 'assignment',
      });
      expect(p.record).not.toContain(d.buyer.user.id);
      expect(p.record).toBe(JSON.stringify(record));
      proofs.push(p);
    }
    // All five fell on one UTC day (or straddle midnight: then each day's root is published).
    const latest = proofs.at(-1);
    const published = await api(a.url, 'GET', '/api/ledger/roots');
    const day = published.body.items.find((r: { day: string }) => r.day === latest.day);
    expect(day.root).toBe(latest.root);
    const sameDay = proofs.filter((p) => p.day === latest.day);
    // The whole day's leaves (this test's deals are all of them: a fresh Redis) rebuild the same root.
    expect(day.count).toBe(sameDay.length);
    expect(rootOf(sameDay.map((p) => p.leaf))).toBe(day.root);
    // A record altered by one yuan no longer climbs to the root.
    const forged = latest.record.replace(`"amount":${5_000_000}`, `"amount":${5_000_100}`);
    expect(forged).not.toBe(latest.record);
    expect(climb(forged, latest.proof)).not.toBe(latest.root);
  });

  test('a new deal moves today’s root and count; proofs are only for the parties and the organizer', async () => {
    const before = (await api(a.url, 'GET', '/api/ledger/roots')).body.items[0];
    const d = await deal(7_000_000);
    const after = (await api(b.url, 'GET', '/api/ledger/roots')).body.items[0];
    const proof = (await api(a.url, 'GET', `/api/deals/${d.dealId}/proof`, { token: d.buyer.token })).body;
    expect(after.root).toBe(proof.root);
    if (after.day === before.day) {
      expect(after.count).toBe(before.count + 1);
      expect(after.root).not.toBe(before.root);
    }

    const outsider = await cluster.userWithSocket(a);
    const refused = await api(b.url, 'GET', `/api/deals/${d.dealId}/proof`, { token: outsider.token });
    expect({ status: refused.status, reason: refused.body.error.reason }).toEqual({ status: 403, reason: 'notParty' });
    expect((await api(b.url, 'GET', `/api/deals/${d.dealId}/proof`)).status).toBe(401);
    expect((await api(b.url, 'GET', '/api/deals/deal_nope/proof', { token: outsider.token })).status).toBe(404);
    const organizer = await signInOrganizer(a);
    expect((await api(a.url, 'GET', `/api/deals/${d.dealId}/proof`, { token: organizer.token })).body.root).toBe(proof.root);
    expect((await api(a.url, 'GET', '/api/ledger/roots?limit=0')).status).toBe(400);
  });
});
