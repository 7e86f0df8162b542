// Expo-wide faceted search over the full seed (17,000 exhibits): GET /api/exhibits with filters, a sort and
// facets over the whole result, beside a bare HTTP JSON reply measured in the same run.
// Bars: p99 ≤ 50 ms and throughput ≥ 50% of the bare baseline's.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApplication } from '../server/dist/app.js';
import { closeRedis, connectRedis } from '../server/dist/redis/client.js';
import { startLocalRedis } from '../server/dist/redis/localRedis.js';
import { seedDatabase } from '../server/dist/seed/seedDatabase.js';

const CONCURRENCY = 16;
const REQUESTS = 2000;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (n) => `${n.toFixed(1)} ms`;

/** `n` GETs of `urlFor(i)` from `concurrency` clients: latency percentiles, throughput, failures. */
async function timedGets(urlFor, n, concurrency) {
  const lat = [];
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < n) {
      const i = next;
      next += 1;
      const t = performance.now();
      try {
        const res = await fetch(urlFor(i), { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        if (!res.ok) errors += 1;
      } catch {
        errors += 1;
      }
      lat.push(performance.now() - t);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { p50: pct(lat, 50), p99: pct(lat, 99), rps: n / ((performance.now() - t0) / 1000), errors };
}

// What a visitor clicks through: IP type, a class at each level, price bands, orders, pages.
const FILTERS = [
  'type=patent',
  'type=patent&classes=H',
  'classes=H01M&sort=price-asc',
  'classes=G06N,G06F&sort=newest',
  'type=trademark&classes=9&tradeMode=assignment',
  'region=GD&status=available&sort=price-desc',
  'jurisdiction=US&type=patent&sort=title',
  'hallId=patents&classes=A61&sort=price-desc',
  'type=copyright&sort=newest',
  'classes=35,42&region=HK',
  'status=available&sort=price-asc',
  '',
];

const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-'));
const redisServer = await startLocalRedis({ dir, persistent: true });
const redis = await connectRedis({ url: redisServer.url });
const rows = [];
try {
  await seedDatabase(redis, 'full');
  const app = await createApplication({
    redisUrl: redisServer.url,
    logger: pino({ level: 'silent' }),
    authLimits: { registerPerHour: 0, loginPerIpPer5Min: 0, freeFailuresPerAccountAndIp: 0, maxFailureDelayS: 0 },
    searchPerIpPerMin: 0,
  });
  const port = await app.listen(0);
  const base = `http://127.0.0.1:${port}/api/exhibits?pageSize=20&`;
  const bare = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
  await new Promise((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${bare.address().port}/`;

  // Warm both up, then measure the baseline and each search mix in the same run.
  await timedGets(() => bareUrl, 200, CONCURRENCY);
  await timedGets((i) => `${base}${FILTERS[i % FILTERS.length]}`, 200, CONCURRENCY);
  const bareStats = await timedGets(() => bareUrl, REQUESTS, CONCURRENCY);

  // Every request a filter the node has not answered since the last change (a price bound no one asked
  // before): the whole result is filtered, sorted and counted each time.
  const fresh = await timedGets(
    (i) => `${base}${FILTERS[i % FILTERS.length]}${FILTERS[i % FILTERS.length] ? '&' : ''}minPrice=${1000 + i}`,
    REQUESTS,
    CONCURRENCY,
  );
  // The same filters, paged through (pages 1–5): what many visitors browsing the same facets cost.
  const popular = await timedGets(
    (i) => `${base}${FILTERS[i % FILTERS.length]}&page=${1 + (Math.floor(i / FILTERS.length) % 5)}`,
    REQUESTS,
    CONCURRENCY,
  );
  const withText = await timedGets((i) => `${base}q=battery&${FILTERS[i % FILTERS.length]}&minPrice=${1000 + i}`, 1000, CONCURRENCY);

  const verdict = (s) => (s.errors === 0 && s.p99 <= 50 && s.rps >= 0.5 * bareStats.rps ? 'PASS' : 'FAIL');
  const baseline = `bare JSON ${ms(bareStats.p50)} / ${ms(bareStats.p99)}, ${bareStats.rps.toFixed(0)} req/s`;
  const row = (metric, s, bar) =>
    rows.push({
      metric,
      value: `${ms(s.p50)} / ${ms(s.p99)}, ${s.rps.toFixed(0)} req/s (${((100 * s.rps) / bareStats.rps).toFixed(0)}% of bare)${s.errors ? `, ${s.errors} failed` : ''}`,
      baseline,
      bar,
      verdict: bar ? verdict(s) : '',
    });
  row(
    `faceted search, 17,000 exhibits, every filter new (p50 / p99, throughput; ${CONCURRENCY} clients)`,
    fresh,
    'p99 ≤ 50 ms, ≥ 50% of bare',
  );
  row(
    `faceted search, 17,000 exhibits, ${FILTERS.length} filters × 5 pages (result kept until the catalog changes)`,
    popular,
    'p99 ≤ 50 ms, ≥ 50% of bare',
  );
  row('faceted search with a text query ("battery"), every filter new (informational)', withText, '');

  await app.close();
  await new Promise((r) => bare.close(r));
} finally {
  await closeRedis(redis);
  await redisServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(new URL('./results/faceted-search.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
for (const r of rows) console.log(`${r.metric}: ${r.value} (${r.baseline}) ${r.verdict}`);
