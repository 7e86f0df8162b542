import { packageSize, packageSlots } from '@pavilion/shared';
import { closeRedis, connectRedis, type Redis } from '../redis/client.js';
import { keys } from '../redis/keys.js';
import type { LocalRedis } from '../redis/localRedis.js';
import { api, startTestNode, startTestRedis } from '../testing/harness.js';
import { isEmptyDatabase, seedDatabase, seedIfEmpty } from './seedDatabase.js';
import { DEMO_PASSWORD, DEMO_VISITOR_EMAIL } from './writeSeed.js';

describe('seeding', () => {
  let redisServer: LocalRedis;
  let redis: Redis;
  beforeAll(async () => {
    redisServer = await startTestRedis();
    redis = await connectRedis({ url: redisServer.url });
  });
  afterAll(async () => {
    await closeRedis(redis);
    await redisServer.stop();
  });

  test('an empty database gets the demo set once; a second call leaves it alone', async () => {
    expect(await isEmptyDatabase(redis)).toBe(true);
    expect(await seedIfEmpty(redis, 'demo', () => {})).toBe(true);
    expect(await redis.sCard(keys.exhibitors)).toBe(60);
    expect(await seedIfEmpty(redis, 'demo', () => {})).toBe(false);
  });

  test('full scale reproduces the expo: 2,469 exhibitors of which 175 overseas and 17,000 exhibits, the demo set included', async () => {
    const demoExhibits = await redis.sCard(keys.exhibits);
    const n = await seedDatabase(redis, 'full');
    expect(n).toEqual({ orgs: 2469, booths: 2469, exhibits: 17000 });
    expect(demoExhibits).toBeLessThan(17000);
    const node = await startTestNode(redisServer.url);
    try {
      const stats = await api(node.url, 'GET', '/api/stats');
      expect(stats.body).toMatchObject({ exhibitors: 2469, overseasExhibitors: 175, exhibits: 17000, deals: 0 });
      const expo = await api(node.url, 'GET', '/api/expo');
      const booths = expo.body.halls.reduce((s: number, h: { boothCount: number }) => s + h.boothCount, 0);
      expect(booths).toBe(2469);
      // Every booth covers slots of its own (an island four, a double two): no two booths share one, none is also free.
      const packages: Record<string, number> = {};
      for (const h of expo.body.halls) {
        const hall = await api(node.url, 'GET', `/api/halls/${h.id}`);
        expect(hall.body.booths).toHaveLength(h.boothCount);
        const covered: number[] = [];
        for (const b of hall.body.booths) {
          expect(b.typeCounts.patent + b.typeCounts.trademark + b.typeCounts.copyright).toBe(b.exhibitCount);
          const slots = ((await redis.hGet(keys.booth(b.id), 'slots')) ?? '').split(',').map(Number);
          expect(slots).toHaveLength(packageSize(b.package));
          expect(slots).toEqual(packageSlots(b.slot, b.package));
          covered.push(...slots);
          packages[b.package] = (packages[b.package] ?? 0) + 1;
        }
        expect(new Set(covered).size).toBe(covered.length);
        const free = (await redis.zRange(keys.hallFreeSlots(h.id), 0, -1)).map(Number);
        expect(covered.filter((s) => free.includes(s))).toEqual([]);
        expect(covered.length + free.length).toBe(hall.body.hall.capacity);
      }
      expect(packages.island).toBeGreaterThan(60);
      expect(packages.double).toBeGreaterThan(200);
      // The search index on a node started after seeding holds every exhibit.
      expect(node.app.services.search.size).toBe(17000);
      const login = await api(node.url, 'POST', '/api/auth/login', { body: { email: DEMO_VISITOR_EMAIL, password: DEMO_PASSWORD } });
      expect(login.status).toBe(200);
      const exhibitor = await api(node.url, 'POST', '/api/auth/login', {
        body: { email: 'exhibitor-0001@seed.pavilion.expo', password: DEMO_PASSWORD },
      });
      expect(exhibitor.body.user).toMatchObject({ role: 'exhibitor', orgId: 'org-s0001' });
    } finally {
      await node.close();
    }
  }, 120_000); // seeds 17,000 exhibits and starts a node that indexes them all, beside the rest of the suite

  test('seeding again is idempotent: same counts, same slots', async () => {
    const before = await redis.hGet(keys.booth('booth-s0100'), 'slot');
    await seedDatabase(redis, 'full');
    expect(await redis.sCard(keys.exhibitors)).toBe(2469);
    expect(await redis.sCard(keys.exhibits)).toBe(17000);
    expect(await redis.hGet(keys.booth('booth-s0100'), 'slot')).toBe(before);
  }, 120_000); // re-seeds all 17,000 exhibits: ~6 s alone, several times that beside the rest of the suite on two cores
});
