// Frame time of the fullest 3D hall (600 booths on the full seed) in headless Chromium with software WebGL, beside
// the hall as it was before it became a place (signage, brand walls, logos, posters, wayfinding: the client of
// BASELINE_COMMIT, built in this run) on the same server, data and browser. Bar: within 1.3× the baseline.
//
// Each build is measured twice, alternating (baseline, current, baseline, current), so a burst of load elsewhere on
// the machine falls on both. A measurement: reduced motion (no fly-in), wait for the scene, then 6 s standing at
// the entrance and 6 s walking forward, timing every animation frame.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.mjs';
import { createApplication } from '../server/dist/app.js';
import { closeRedis, connectRedis } from '../server/dist/redis/client.js';
import { startLocalRedis } from '../server/dist/redis/localRedis.js';
import { seedDatabase } from '../server/dist/seed/seedDatabase.js';
import { pct, writeRows } from './catalog-stack.mjs';

/** The last commit before the hall's place-making work: the hall of 600 instanced grey booths. */
const BASELINE_COMMIT = process.env.BENCH_FRAMES_BASELINE ?? '83c41bb';
const BAR = 1.3;
const root = new URL('..', import.meta.url).pathname;

/** Builds the client of `commit` into `<dir>/client/dist` with this checkout's node_modules. */
function buildClientAt(commit, dir) {
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', commit, 'client', 'shared', 'tsconfig.base.json'], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (!existsSync(join(dir, 'client/node_modules'))) symlinkSync(join(root, 'client/node_modules'), join(dir, 'client/node_modules'));
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: join(dir, 'client'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(dir, 'client/dist');
}

/** Frame intervals (ms) while standing, then while walking, in the hall `hallId` served at `base`. */
async function measure(browser, base, hallId) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/hall/${hallId}`);
    await page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 120_000 });
    // Let textures, labels and the first presence settle.
    await page.waitForTimeout(3000);
    const record = (ms) =>
      page.evaluate(
        (ms) =>
          new Promise((resolve) => {
            const gaps = [];
            let last = performance.now();
            const end = last + ms;
            const tick = (now) => {
              gaps.push(now - last);
              last = now;
              if (now < end) requestAnimationFrame(tick);
              else resolve(gaps);
            };
            requestAnimationFrame(tick);
          }),
        ms,
      );
    const standing = await record(6000);
    await page.keyboard.down('KeyW');
    const walking = await record(6000);
    await page.keyboard.up('KeyW');
    const drawCalls = await page.evaluate(() => window.__pavilion?.drawCalls ?? 0);
    return { standing: standing.slice(1), walking: walking.slice(1), drawCalls };
  } finally {
    await context.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-frames-'));
const redisServer = await startLocalRedis({ dir: join(dir, 'redis'), persistent: false });
const redis = await connectRedis({ url: redisServer.url });
const apps = [];
let browser;
const rows = [];
try {
  mkdirSync(join(dir, 'baseline'));
  const baselineDist = buildClientAt(BASELINE_COMMIT, join(dir, 'baseline'));
  const currentDist = join(root, 'client/dist');
  if (!existsSync(join(currentDist, 'index.html'))) throw new Error('client/dist is not built (npm run build)');
  await seedDatabase(redis, 'full');
  const start = async (clientDist) => {
    const app = await createApplication({
      redisUrl: redisServer.url,
      logger: pino({ level: 'silent' }),
      authLimits: { registerPerHour: 0, loginPerIpPer5Min: 0, freeFailuresPerAccountAndIp: 0, maxFailureDelayS: 0 },
      searchPerIpPerMin: 0,
      clientDist,
    });
    apps.push(app);
    return `http://127.0.0.1:${await app.listen(0)}`;
  };
  const builds = { baseline: await start(baselineDist), current: await start(currentDist) };
  const expo = await (await fetch(`${builds.current}/api/expo`)).json();
  const fullest = expo.halls.reduce((a, b) => (b.boothCount > a.boothCount ? b : a));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const samples = { baseline: { standing: [], walking: [], drawCalls: 0 }, current: { standing: [], walking: [], drawCalls: 0 } };
  for (let round = 0; round < 2; round++) {
    for (const name of ['baseline', 'current']) {
      const m = await measure(browser, builds[name], fullest.id);
      samples[name].standing.push(...m.standing);
      samples[name].walking.push(...m.walking);
      samples[name].drawCalls = Math.max(samples[name].drawCalls, m.drawCalls);
    }
  }
  const describe = (xs) => `p50 ${pct(xs, 50).toFixed(0)} ms, p90 ${pct(xs, 90).toFixed(0)} ms (${xs.length} frames)`;
  for (const phase of ['standing', 'walking']) {
    const current = samples.current[phase];
    const baseline = samples.baseline[phase];
    const ratio = pct(current, 50) / pct(baseline, 50);
    rows.push({
      metric: `frame time, fullest hall (${fullest.boothCount} booths), software WebGL 1280×800, ${phase === 'standing' ? 'standing at the entrance' : 'walking'}`,
      value: `${describe(current)}; ${ratio.toFixed(2)}× baseline p50; ${samples.current.drawCalls} draw calls`,
      baseline: `${BASELINE_COMMIT}: ${describe(baseline)}; ${samples.baseline.drawCalls} draw calls`,
      bar: `p50 ≤ ${BAR}× baseline`,
      verdict: current.length > 0 && baseline.length > 0 && ratio <= BAR ? 'PASS' : 'FAIL',
    });
  }
} finally {
  await browser?.close();
  for (const app of apps) await app.close();
  await closeRedis(redis);
  await redisServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
writeRows('hall-frames', rows);
