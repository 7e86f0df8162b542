// Lighthouse (the mobile preset: a mid-range phone on slow 4G, simulated) on the first pages a visitor opens: the
// lobby, a booth page and a hall's list view, on the demo data, served by one node as `npm start` serves them.
// Each page is audited RUNS times and the median performance run is reported (Lighthouse's own advice: one run
// varies by several points on a busy machine).
// Bars: performance ≥ 90; accessibility, best practices and SEO 100.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { closeRedis, connectRedis } from '../server/dist/redis/client.js';
import { startLocalRedis } from '../server/dist/redis/localRedis.js';
import { seedDatabase } from '../server/dist/seed/seedDatabase.js';
import { startNode } from './nodes.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const dir = mkdtempSync(join(tmpdir(), 'pavilion-lighthouse-'));
const redisServer = await startLocalRedis({ dir, persistent: false });
const redis = await connectRedis({ url: redisServer.url });
await seedDatabase(redis, 'demo');
// Janus off: live video plays no part in a first page, and the audit must not wait on it.
const node = await startNode(redisServer.url, 'lighthouse', undefined, { DATA_DIR: dir, JANUS_URL: 'off' });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});

const rows = [];
try {
  const hall = await (await fetch(`${node.url}/api/halls/patents`)).json();
  const booth = hall.booths[0];
  if (!booth) throw new Error('the demo data has no booth in the patents hall');
  const pages = [
    ['lobby', '/'],
    ['booth page', `/booth/${booth.id}`],
    ['hall list view', '/hall/patents?view=list'],
  ];
  const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  for (const [name, path] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${node.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`no Lighthouse result for ${path}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = runs[Math.floor(runs.length / 2)];
    const s = {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
    };
    const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
    const failing = Object.values(lhr.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id));
    rows.push({
      metric: `Lighthouse mobile, ${name} (median of ${RUNS}): performance / accessibility / best practices / SEO`,
      value:
        `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo} (FCP ${metric('first-contentful-paint')}, ` +
        `LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}` +
        `; all runs' performance ${runs.map((r) => score(r, 'performance')).join(', ')})` +
        (failing.length ? `; failing: ${[...new Set(failing)].join(', ')}` : ''),
      baseline: '',
      bar: 'performance ≥ 90, the others 100',
      verdict: s.performance >= 90 && s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100 ? 'PASS' : 'FAIL',
    });
  }
} finally {
  await chrome.kill();
  node.child.kill('SIGTERM');
  await closeRedis(redis);
  await redisServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(new URL('./results/lighthouse.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
for (const r of rows) console.log(`${r.metric}: ${r.value} → ${r.verdict}`);
