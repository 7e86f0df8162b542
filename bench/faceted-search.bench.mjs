// Expo-wide faceted search over the full seed (17,000 exhibits): GET /api/exhibits with filters, a sort and
// facets over the whole result, beside a bare HTTP JSON reply measured in the same run.
// Bars: p99 ≤ 50 ms and throughput ≥ 50% of the bare baseline's.

import { catalogStack, ms, profiled, timedGets, writeRows } from './catalog-stack.mjs';

const CONCURRENCY = 16;
const REQUESTS = 2000;

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

const stack = await catalogStack();
const rows = [];
try {
  const { base: origin } = await stack.startApp();
  const base = `${origin}/api/exhibits?pageSize=20&`;
  const bareUrl = stack.bareUrl;

  // Warm both up, then measure the baseline and each search mix in the same run.
  await timedGets(() => bareUrl, 200, CONCURRENCY);
  await timedGets((i) => `${base}${FILTERS[i % FILTERS.length]}`, 200, CONCURRENCY);
  const bareStats = await timedGets(() => bareUrl, REQUESTS, CONCURRENCY);

  // Every request a filter the node has not answered since the last change (a price bound no one asked
  // before): the whole result is filtered, sorted and counted each time.
  const fresh = await profiled('faceted-fresh', () =>
    timedGets(
      (i) => `${base}${FILTERS[i % FILTERS.length]}${FILTERS[i % FILTERS.length] ? '&' : ''}minPrice=${1000 + i}`,
      REQUESTS,
      CONCURRENCY,
    ),
  );
  // The same filters, paged through (pages 1–5): what many visitors browsing the same facets cost.
  const popular = await profiled('faceted-popular', () =>
    timedGets((i) => `${base}${FILTERS[i % FILTERS.length]}&page=${1 + (Math.floor(i / FILTERS.length) % 5)}`, REQUESTS, CONCURRENCY),
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
} finally {
  await stack.close();
}
writeRows('faceted-search', rows);
