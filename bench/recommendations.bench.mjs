// Recommendations for a buyer with 3 needs (and some behaviour) over the full seeded expo (17,000 exhibits):
// GET /api/recommendations p50 / p99, beside a bare HTTP JSON reply measured in the same run.
// Bar: p99 ≤ 100 ms.

import { catalogStack, ms, pct, timedGets, writeRows } from './catalog-stack.mjs';

async function call(base, method, path, token, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

const stack = await catalogStack();
const { bareUrl } = stack;
const rows = [];
try {
  const { app, base } = await stack.startApp({ recommendationsPerUserPerMin: 0 });

  const registered = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench-buyer@bench.pavilion', password: 'bench-password', displayName: 'Bench buyer', role: 'visitor' }),
  }).then((r) => r.json());
  const token = registered.token;
  // Three needs of a technology buyer: broad classes and common words, so each has hundreds of candidates.
  const needs = [
    { title: 'Battery cells', classes: ['H01M'], keywords: ['battery', 'solid-state'], tradeModes: ['exclusive'], visibility: 'public' },
    { title: 'AI for imaging', classes: ['G06N', 'G06T'], keywords: ['neural network', 'image'], visibility: 'private' },
    {
      title: 'Medical devices',
      classes: ['A61B'],
      keywords: ['sensor', 'monitoring'],
      territory: ['CN', 'HK'],
      budget: { max: { amount: 500_000_000, currency: 'CNY' } },
      visibility: 'public',
    },
  ];
  for (const need of needs) await call(base, 'POST', '/api/needs', token, need);
  // Behaviour: a few saved exhibits from the first recommendations.
  const first = await call(base, 'GET', '/api/recommendations?limit=50', token);
  for (const item of first.items.slice(0, 5)) await call(base, 'PUT', `/api/favourites/${item.exhibit.id}`, token);
  const auth = { authorization: `Bearer ${token}` };

  const bareStats = await timedGets(bareUrl, 1000, 1, {});
  const recs = await timedGets(`${base}/api/recommendations?limit=20`, 400, 1, auth);
  rows.push({
    metric: 'GET /api/recommendations (3 needs, 17,000 exhibits) p50 / p99, one client',
    value: `${ms(recs.p50)} / ${ms(recs.p99)}${recs.errors ? ` (${recs.errors} failed)` : ''}`,
    baseline: `bare JSON ${ms(bareStats.p50)} / ${ms(bareStats.p99)}`,
    bar: 'p99 ≤ 100 ms',
    verdict: recs.errors === 0 && recs.p99 <= 100 ? 'PASS' : 'FAIL',
  });
  const bareBusy = await timedGets(bareUrl, 2000, 8, {});
  const busy = await timedGets(`${base}/api/recommendations?limit=20`, 800, 8, auth);
  rows.push({
    metric: 'GET /api/recommendations p50 / p99 and throughput, 8 clients',
    value: `${ms(busy.p50)} / ${ms(busy.p99)}, ${busy.rps.toFixed(0)} req/s${busy.errors ? ` (${busy.errors} failed)` : ''}`,
    baseline: `bare JSON ${ms(bareBusy.p50)} / ${ms(bareBusy.p99)}, ${bareBusy.rps.toFixed(0)} req/s`,
    bar: '',
    verdict: '',
  });
  // The same work without HTTP and sign-in: the node's ranking over its in-memory index plus its Redis reads.
  const principal = await app.services.auth.principal(registered.user.id);
  const inProcess = [];
  for (let i = 0; i < 400; i++) {
    const t = performance.now();
    await app.services.needs.recommendations(principal, 20);
    inProcess.push(performance.now() - t);
  }
  rows.push({
    metric: 'recommendations in process (no HTTP) p50 / p99',
    value: `${ms(pct(inProcess, 50))} / ${ms(pct(inProcess, 99))}`,
    baseline: `bare JSON over HTTP ${ms(bareStats.p50)} / ${ms(bareStats.p99)}`,
    bar: '',
    verdict: '',
  });
  const booths = await timedGets(`${base}/api/recommendations/booths?hallId=patents`, 400, 1, auth);
  rows.push({
    metric: 'GET /api/recommendations/booths?hallId=patents p50 / p99',
    value: `${ms(booths.p50)} / ${ms(booths.p99)}`,
    baseline: `bare JSON ${ms(bareStats.p50)} / ${ms(bareStats.p99)}`,
    bar: '',
    verdict: '',
  });
} finally {
  await stack.close();
}
writeRows('recommendations', rows);
