// Seed `--scale full` time (bar: ≤ 60 s on 2 cores) and the catalog reads the 3D hall depends on:
// GET /api/halls/:id for a full hall and full-text search over 17,000 exhibits, each beside a
// baseline measured in the same run (raw pipelined Redis writes; a bare HTTP JSON reply).

import { seedDatabase } from '../server/dist/seed/seedDatabase.js';
import { catalogStack, ms, pct, timedGets, writeRows } from './catalog-stack.mjs';

const stack = await catalogStack({ seed: false });
const { redis, bareUrl } = stack;
const rows = [];
try {
  // Baseline: the same number of records written as raw pipelined HSETs.
  const t0 = performance.now();
  for (let i = 0; i < 17000 + 2 * 2469; i += 2000) {
    await Promise.all(Array.from({ length: 2000 }, (_, j) => redis.hSet(`baseline:${i + j}`, { a: 'x'.repeat(300), b: i + j })));
  }
  const baselineMs = performance.now() - t0;
  await redis.flushDb();

  const runs = [];
  for (let r = 0; r < 3; r++) {
    await redis.flushDb();
    const t = performance.now();
    await seedDatabase(redis, 'full');
    runs.push(performance.now() - t);
  }
  const seedMs = pct(runs, 50);
  rows.push({
    metric: 'seed --scale full (median of 3)',
    value: `${(seedMs / 1000).toFixed(2)} s`,
    baseline: `${(baselineMs / 1000).toFixed(2)} s raw HSETs`,
    bar: '≤ 60 s',
    verdict: seedMs <= 60_000 ? 'PASS' : 'FAIL',
  });

  const { base } = await stack.startApp();
  const bareStats = await timedGets(bareUrl, 2000, 16);

  // Latency bars compare one client with one client (with 16 the latency is mostly queueing); throughput, 16 with 16.
  const bareOne = await timedGets(bareUrl, 1000, 1);
  const bareOneText = `bare JSON, one client ${ms(bareOne.p50)} / ${ms(bareOne.p99)}`;
  const failed = (t) => (t.errors ? ` (${t.errors} failed)` : '');

  const hallUrl = `${base}/api/halls/patents`;
  // The same bytes from the bare server: the floor for moving a 600-booth answer, beside the tiny JSON's.
  stack.sizedBody(await (await fetch(hallUrl)).text());
  const bareHall = await timedGets(stack.sizedUrl, 300, 1);
  const hall = await timedGets(hallUrl, 300, 1);
  rows.push({
    metric: 'GET /api/halls/patents (600 booths, gzip) p50 / p99, one client',
    value: `${ms(hall.p50)} / ${ms(hall.p99)}${failed(hall)}`,
    baseline: `bare, the same bytes prepared ${ms(bareHall.p50)} / ${ms(bareHall.p99)}; ${bareOneText}`,
    bar: '≤ 2× bare p50 (same bytes)',
    verdict: hall.errors === 0 && hall.p50 <= 2 * bareHall.p50 ? 'PASS' : 'FAIL',
  });
  // As a browser revalidates (its own Cache-Control: fetch adds no-cache to a conditional request otherwise).
  const etag = (await fetch(hallUrl)).headers.get('etag') ?? '';
  const revalidated = await timedGets(hallUrl, 300, 1, { 'if-none-match': etag, 'cache-control': 'max-age=0' });
  rows.push({
    metric: 'GET /api/halls/patents revalidated (If-None-Match) p50 / p99, one client',
    value: `${ms(revalidated.p50)} / ${ms(revalidated.p99)}, ${revalidated.notModified}/300 answered 304${failed(revalidated)}`,
    baseline: bareOneText,
    bar: '304',
    verdict: revalidated.errors === 0 && revalidated.notModified === 300 ? 'PASS' : 'FAIL',
  });
  const searchUrl = `${base}/api/exhibits?q=battery%20thermal&limit=20`;
  const searchOne = await timedGets(searchUrl, 1000, 1);
  rows.push({
    metric: 'GET /api/exhibits?q= (17,000 exhibits) p50 / p99, one client',
    value: `${ms(searchOne.p50)} / ${ms(searchOne.p99)}${failed(searchOne)}`,
    baseline: bareOneText,
    bar: 'p50 ≤ 5 ms',
    verdict: searchOne.errors === 0 && searchOne.p50 <= 5 ? 'PASS' : 'FAIL',
  });
  const search = await timedGets(searchUrl, 2000, 16);
  rows.push({
    metric: 'GET /api/exhibits?q= throughput and p50 / p99, 16 clients',
    value: `${search.rps.toFixed(0)} req/s (${((100 * search.rps) / bareStats.rps).toFixed(0)}% of bare), ${ms(search.p50)} / ${ms(search.p99)}${failed(search)}`,
    baseline: `bare ${bareStats.rps.toFixed(0)} req/s, ${ms(bareStats.p50)} / ${ms(bareStats.p99)}`,
    bar: '≥ 0.5× bare',
    verdict: search.errors === 0 && search.rps >= 0.5 * bareStats.rps ? 'PASS' : 'FAIL',
  });
  // Hostile queries: each must answer within 10× a normal one, and must not stall the node for others.
  const hostile = [
    ['100 one-letter terms', Array.from({ length: 100 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]).join(' ')],
    ['8 short wide prefixes', 'pro con sys met the app dev com'],
    ['8 long prefixes with typos', 'thermxl battxry procxss systxm methxd devixe appxratus compxsition'],
  ];
  const hostileUrl = (q) => `${base}/api/exhibits?q=${encodeURIComponent(q)}&limit=20`;
  for (const [name, q] of hostile) {
    const h = await timedGets(hostileUrl(q), 300, 16);
    rows.push({
      metric: `hostile search: ${name} p50 / p99`,
      value: `${ms(h.p50)} / ${ms(h.p99)}${h.errors ? ` (${h.errors} failed)` : ''}`,
      baseline: `normal query ${ms(search.p50)} / ${ms(search.p99)}`,
      bar: '≤ 10× normal',
      verdict: h.errors === 0 && h.p50 <= 10 * search.p50 && h.p99 <= 10 * search.p99 ? 'PASS' : 'FAIL',
    });
  }
  // /api/health while 4 clients search back to back, with normal queries and then with hostile ones: a
  // node serves one request at a time, so health waits behind whatever search is running; hostile
  // searches must not make that wait much longer than normal ones do.
  const healthWhile = async (queries) => {
    let searching = true;
    const searcher = async () => {
      for (let i = 0; searching; i++) {
        // A reset keep-alive connection is the client's problem, not the measurement's.
        await fetch(hostileUrl(queries[i % queries.length]))
          .then((res) => res.arrayBuffer())
          .catch(() => {});
      }
    };
    const searchers = Array.from({ length: 4 }, searcher);
    const health = await timedGets(`${base}/api/health`, 300, 1);
    searching = false;
    await Promise.all(searchers);
    return health;
  };
  const healthNormal = await healthWhile(['battery thermal']);
  const healthHostile = await healthWhile(hostile.map(([, q]) => q));
  rows.push({
    metric: 'GET /api/health p50 / p99 while 4 clients send hostile searches',
    value: `${ms(healthHostile.p50)} / ${ms(healthHostile.p99)}${healthHostile.errors ? ` (${healthHostile.errors} failed)` : ''}`,
    baseline: `while 4 send normal ones ${ms(healthNormal.p50)} / ${ms(healthNormal.p99)}`,
    bar: '≤ 10× with normal searches',
    verdict:
      healthHostile.errors === 0 && healthHostile.p50 <= 10 * healthNormal.p50 && healthHostile.p99 <= 10 * healthNormal.p99
        ? 'PASS'
        : 'FAIL',
  });
  global.gc?.();
  rows.push({
    metric: 'node heap with 17,000 exhibits indexed',
    value: `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
    baseline: '',
    bar: '',
    verdict: '',
  });
} finally {
  await stack.close();
}
writeRows('seed-and-read', rows);
