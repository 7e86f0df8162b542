import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { api, registerUser, useTestCluster } from '../../testing/harness.js';
import { type DealDraft, dealKeys, RECORD_DEAL_LUA } from './ledger.js';

// A feature's script composes the ledger library in front of its own body; this one records a deal
// from JSON, the way negotiation acceptance and auction closing do inside their own steps.
const recordScript = new LuaScript(
  'test-record-deal',
  `${LuaScript.compose('lib', [RECORD_DEAL_LUA]).source}
local d = cjson.decode(ARGV[1])
return record_deal(deal_keys(0), d)`,
);

describe('the ledger', () => {
  const { node } = useTestCluster();
  const redis = () => node.app.redis;
  let buyer: Awaited<ReturnType<typeof registerUser>>;
  let seller: Awaited<ReturnType<typeof registerUser>>;
  let outsider: Awaited<ReturnType<typeof registerUser>>;

  const record = (draft: DealDraft, amount: number, at: number) =>
    recordScript.run(redis(), dealKeys(draft), [JSON.stringify({ ...draft, amount: String(amount), at: String(at) })]);

  beforeAll(async () => {
    buyer = await registerUser(node.url, 'visitor');
    seller = await registerUser(node.url, 'exhibitor');
    outsider = await registerUser(node.url, 'visitor');
  });

  const draft = (n: number, ipType: DealDraft['ipType'], sourceId = `neg-${n}`): DealDraft => ({
    id: `deal-${n}`,
    exhibitId: `ex-${n}`,
    ipType,
    buyerId: buyer.user.id,
    sellerOrgId: seller.user.orgId,
    sellerRegion: 'GD',
    hallId: 'gba',
    source: 'negotiation',
    sourceId,
  });

  test('a deal is recorded exactly once per source, with its counters, and the totals equal the sum of the ledger stream', async () => {
    expect(await record(draft(1, 'patent'), 120_000_000, Date.UTC(2026, 10, 20))).toBe('deal-1');
    expect(await record(draft(2, 'copyright'), 5_000_000, Date.UTC(2026, 10, 21))).toBe('deal-2');
    expect(await record(draft(3, 'trademark'), 30_000_000, Date.UTC(2026, 10, 22))).toBe('deal-3');
    // The same negotiation accepted again (a retry, or both sides at once): the first deal, nothing new.
    expect(await record({ ...draft(4, 'patent'), sourceId: 'neg-1' }, 999, Date.UTC(2026, 10, 23))).toBe('deal-1');
    expect(await redis().xLen(keys.ledger)).toBe(3);
    const stats = await api(node.url, 'GET', '/api/stats');
    expect(stats.body.deals).toBe(3);
    expect(stats.body.totalAmount).toEqual({ amount: 155_000_000, currency: 'CNY' });
    expect(stats.body.byType.copyright).toEqual({ count: 1, amount: { amount: 5_000_000, currency: 'CNY' } });
    const recomputed = await node.app.services.deals.recomputeTotals();
    expect(recomputed.count).toBe(stats.body.deals);
    expect(recomputed.amount).toBe(stats.body.totalAmount.amount);
    expect(await redis().sCard(keys.ledgerCopyrights)).toBe(1);
    expect(stats.body.copyrightsInvolved).toBe(1);
    expect(stats.body.byRegion.GD).toEqual({ count: 3, amount: { amount: 155_000_000, currency: 'CNY' } });
    expect(stats.body.byRegion.OVERSEAS.count).toBe(0);
  });

  test('buyers and the seller organization see their deals; others see none; only organizers read the whole ledger', async () => {
    const asBuyer = await api(node.url, 'GET', '/api/deals', { token: buyer.token });
    expect(asBuyer.body.items.map((d: { id: string }) => d.id)).toEqual(['deal-3', 'deal-2', 'deal-1']);
    const asSeller = await api(node.url, 'GET', '/api/deals?type=patent', { token: seller.token });
    expect(asSeller.body.items.map((d: { id: string }) => d.id)).toEqual(['deal-1']);
    const sellerOrg = (await api(node.url, 'GET', '/api/me', { token: seller.token })).body.user.orgName;
    expect(asSeller.body.items[0].sellerOrgName).toBe(sellerOrg);
    const asOutsider = await api(node.url, 'GET', '/api/deals', { token: outsider.token });
    expect(asOutsider.body.items).toEqual([]);
    const all = await api(node.url, 'GET', '/api/deals?scope=all', { token: outsider.token });
    expect(all.status).toBe(403);
    const anonymous = await api(node.url, 'GET', '/api/deals');
    expect(anonymous.status).toBe(401);
  });

  test('CSV carries every deal with amounts in yuan and round-trips', async () => {
    const res = await fetch(`${node.url}/api/deals?format=csv&from=2026-11-21`, { headers: { authorization: `Bearer ${buyer.token}` } });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const [header, ...rows] = (await res.text()).trim().split('\r\n');
    expect(header?.split(',')).toContain('amountYuan');
    const parsed = rows.map((r) => Object.fromEntries((header as string).split(',').map((h, i) => [h, r.split(',')[i]])));
    expect(parsed.map((r) => r.id)).toEqual(['deal-3', 'deal-2']);
    expect(parsed.find((r) => r.id === 'deal-2')?.amountYuan).toBe('50000.00');
  });

  test('bad filters are rejected with 400 naming the field', async () => {
    const res = await api(node.url, 'GET', '/api/deals?from=yesterday&type=recipe', { token: buyer.token });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/query\.type.*query\.from|query\.from.*query\.type/);
  });

  test('the public ticker, leader boards and value series agree with the ledger, and never name a buyer', async () => {
    const stats = (await api(node.url, 'GET', '/api/stats')).body;
    expect(stats.recentDeals.map((d: { id: string }) => d.id)).toEqual(['deal-3', 'deal-2', 'deal-1']);
    expect(stats.recentDeals[0]).toMatchObject({ ipType: 'trademark', amount: { amount: 30_000_000, currency: 'CNY' }, hallId: 'gba' });
    expect(JSON.stringify(stats.recentDeals)).not.toContain(buyer.user.id);
    const gba = stats.topHalls.find((h: { id: string }) => h.id === 'gba');
    expect(gba).toMatchObject({ count: 3, amount: { amount: 155_000_000 } });
    expect(stats.topHalls[0].id).toBe('gba');
    const otherHalls = stats.topHalls.filter((h: { id: string }) => h.id !== 'gba');
    expect(otherHalls.length).toBeGreaterThan(0);
    expect(otherHalls.every((h: { count: number }) => h.count === 0)).toBe(true);
    expect(stats.topExhibitors).toEqual([
      {
        id: seller.user.orgId,
        name: expect.any(String),
        region: expect.any(String),
        count: 3,
        amount: { amount: 155_000_000, currency: 'CNY' },
      },
    ]);

    const series = (await api(node.url, 'GET', '/api/stats/series?bucket=day')).body;
    expect(series.bucketMs).toBe(86_400_000);
    const day = (d: number) => series.points.find((p: { t: number }) => p.t === Date.UTC(2026, 10, d));
    expect(day(20).byType.patent.amount).toBe(120_000_000);
    expect(day(21).byType.copyright.amount).toBe(5_000_000);
    expect(day(23).byType.patent.amount).toBe(0); // the duplicate acceptance added nothing
    const sum = (pick: (p: { byType: Record<string, { amount: number }>; byRegion: Record<string, { amount: number }> }) => number) =>
      series.points.reduce((acc: number, p: never) => acc + pick(p), 0);
    expect(sum((p) => Object.values(p.byType).reduce((a, m) => a + m.amount, 0))).toBe(stats.totalAmount.amount);
    expect(sum((p) => p.byRegion.GD?.amount ?? 0)).toBe(stats.totalAmount.amount);
    const bad = await api(node.url, 'GET', '/api/stats/series?bucket=week');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('query.bucket');
  });
});
