import type { Recommendation } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { seedDatabase } from '../../seed/seedDatabase.js';
import { api, registerUser, startTestNode, type TestNode, useTestCluster } from '../../testing/harness.js';
import { classKeys, needClassKey } from './matchIndex.js';

const hasBattery = (r: Recommendation) => /\bbatter(y|ies)\b/i.test(r.exhibit.title);
const inH01M = (r: Recommendation) => r.exhibit.classes.some((c) => c.startsWith('H01M'));

describe('recommendations on the seeded expo', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];

  beforeAll(async () => {
    await seedDatabase(a.app.redis, 'demo');
    // The seed tells every node to reload; reloading here makes the test independent of when that message lands.
    await Promise.all([a.app.services.catalogFeed.rebuild(), b.app.services.catalogFeed.rebuild()]);
  });

  test('a class is filed under every prefix; a main group covers its subgroups', () => {
    expect(classKeys('H01M 10/052')).toEqual(['H', 'H01', 'H01M', 'H01M 10', 'H01M 10/052']);
    expect(needClassKey('H01M 10/00')).toBe('H01M 10');
    expect(classKeys('LOC 12')).toEqual(['LOC 12']);
    expect(classKeys('35')).toEqual(['35']);
  });

  test('a need on H01M + "battery" ranks battery patents first, with their reasons, the same on both nodes', async () => {
    const buyer = await registerUser(a.url, 'visitor');
    const body = { title: 'Battery cells', classes: ['H01M'], keywords: ['battery'], visibility: 'private' };
    expect((await api(a.url, 'POST', '/api/needs', { token: buyer.token, body })).status).toBe(201);

    const res = await api(b.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token });
    expect(res.status).toBe(200);
    const items = res.body.items as Recommendation[];
    const both = items.filter((r) => hasBattery(r) && inH01M(r));
    expect(both.length).toBeGreaterThanOrEqual(3);
    // Every exhibit with both the class and the word comes before any with only one of them.
    expect(items.slice(0, both.length)).toEqual(both);
    for (const r of both) {
      expect(r.exhibit.type).toBe('patent');
      expect(r.reasons).toEqual(
        expect.arrayContaining([
          { kind: 'class', value: 'H01M' },
          { kind: 'keyword', value: 'battery' },
        ]),
      );
    }
    // Best first, ties by id.
    for (let i = 1; i < items.length; i++) {
      const [p, q] = [items[i - 1] as Recommendation, items[i] as Recommendation];
      expect(p.score > q.score || (p.score === q.score && p.exhibit.id < q.exhibit.id)).toBe(true);
    }
    // Every item matches the need by its class or its keyword.
    expect(items.every((r) => hasBattery(r) || inH01M(r) || /\bbatter(y|ies)\b/i.test(r.exhibit.summary ?? ''))).toBe(true);
    const again = await api(a.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token });
    expect(again.body.items).toEqual(items);
  });

  test('a budget lifts the matches that fit it and marks no dearer one; behaviour (saved, visited) adds its reasons', async () => {
    const buyer = await registerUser(a.url, 'visitor');
    const plain = { title: 'Batteries', classes: ['H01M'], keywords: ['battery'], visibility: 'private' };
    const created = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: plain });
    const before = (await api(a.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token })).body.items as Recommendation[];
    const cheapest = [...before].sort((x, y) => x.exhibit.askingPrice.amount - y.exhibit.askingPrice.amount)[0] as Recommendation;
    // A budget just above the cheapest match: it alone stays within budget, the rest fall below it.
    const budget = { max: { amount: cheapest.exhibit.askingPrice.amount, currency: 'CNY' } };
    await api(a.url, 'PATCH', `/api/needs/${created.body.need.id}`, { token: buyer.token, body: { budget } });
    const after = (await api(b.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token })).body.items as Recommendation[];
    const rank = (list: Recommendation[], id: string) => list.findIndex((r) => r.exhibit.id === id);
    const cheapestNow = after[rank(after, cheapest.exhibit.id)] as Recommendation;
    expect(cheapestNow.reasons).toContainEqual({ kind: 'budget', value: 'within' });
    expect(cheapestNow.score).toBeGreaterThan(cheapest.score);
    for (const r of after) {
      if (r.exhibit.askingPrice.amount > budget.max.amount) expect(r.reasons).not.toContainEqual({ kind: 'budget', value: 'within' });
    }
    const top = after[0] as Recommendation;

    // Saving an exhibit and entering a booth show up as reasons on what they touch.
    const saved = after[after.length - 1] as Recommendation;
    expect((await api(a.url, 'PUT', `/api/favourites/${saved.exhibit.id}`, { token: buyer.token })).status).toBe(200);
    await a.app.redis.zAdd(keys.userVisitedBooths(buyer.user.id), { score: Date.now(), value: top.exhibit.boothId });
    const steered = (await api(b.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token })).body.items as Recommendation[];
    const topAgain = steered.find((r) => r.exhibit.id === top.exhibit.id) as Recommendation;
    expect(topAgain.reasons).toContainEqual({ kind: 'visited', value: top.exhibit.orgName });
    expect(steered.some((r) => r.reasons.some((x) => x.kind === 'favourited'))).toBe(true);
  });

  test('booths of a hall that match a buyer’s needs are listed for the hall view; without needs, none', async () => {
    const buyer = await registerUser(a.url, 'visitor');
    expect((await api(a.url, 'GET', '/api/recommendations/booths?hallId=patents', { token: buyer.token })).body.boothIds).toEqual([]);
    await api(a.url, 'POST', '/api/needs', {
      token: buyer.token,
      body: { title: 'Battery cells', classes: ['H01M'], keywords: ['battery'], visibility: 'private' },
    });
    const hallIds = await a.app.redis.zRange(keys.hallIds, 0, -1);
    const recs = (await api(a.url, 'GET', '/api/recommendations?limit=50', { token: buyer.token })).body.items as Recommendation[];
    const all = new Set<string>();
    for (const hallId of hallIds) {
      const res = await api(b.url, 'GET', `/api/recommendations/booths?hallId=${hallId}`, { token: buyer.token });
      expect(res.status).toBe(200);
      for (const id of res.body.boothIds) all.add(id);
    }
    for (const r of recs) expect(all.has(r.exhibit.boothId)).toBe(true);
    const bad = await api(a.url, 'GET', '/api/recommendations/booths?hallId=../x', { token: buyer.token });
    expect([bad.status, bad.body.error.details.fields]).toEqual([400, ['query.hallId']]);
  });

  test('ranking reads past the per-user budget are RATE_LIMITED, shared by the nodes; another user is not affected', async () => {
    const limited = [
      await startTestNode(cluster.redisUrl, { recommendationsPerUserPerMin: 3 }),
      await startTestNode(cluster.redisUrl, { recommendationsPerUserPerMin: 3 }),
    ];
    try {
      const [one, two] = limited as [TestNode, TestNode];
      const buyer = await registerUser(one.url, 'visitor');
      const other = await registerUser(one.url, 'visitor');
      const statuses: number[] = [];
      for (const [node, path] of [
        [one, '/api/recommendations'],
        [two, '/api/recommendations/booths?hallId=patents'],
        [one, '/api/recommendations'],
        [two, '/api/recommendations'],
      ] as const) {
        statuses.push((await api(node.url, 'GET', path, { token: buyer.token })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await api(one.url, 'GET', '/api/recommendations', { token: buyer.token });
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      expect((await api(two.url, 'GET', '/api/recommendations', { token: other.token })).status).toBe(200);
    } finally {
      for (const node of limited) await node.close();
    }
  });
});
