// What the catalog benchmarks (seed-and-read, faceted-search, recommendations) share: a throwaway Redis with the
// full seed, one in-process node with its limits off, a bare HTTP JSON server as the same run's baseline, the
// latency loop, and the results file. With BENCH_CPU_PROF=<dir>, each phase wrapped in `profiled` writes a V8 CPU
// profile there (`node --cpu-prof` would also profile the seeding, which dwarfs the phase measured).

import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { createApplication } from '../server/dist/app.js';
import { closeRedis, connectRedis } from '../server/dist/redis/client.js';
import { startLocalRedis } from '../server/dist/redis/localRedis.js';
import { seedDatabase } from '../server/dist/seed/seedDatabase.js';

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
export const ms = (n) => `${n.toFixed(1)} ms`;

/**
 * `n` GETs from `concurrency` clients of `url` (a string, or a function of the request's number): latency
 * percentiles, throughput, 304 answers and failures (a keep-alive connection reset under load is counted, and the
 * run goes on). The clients run in a worker thread (load-worker.mjs), so the node measured in this thread shares
 * its event loop with nothing else.
 */
export async function timedGets(url, n, concurrency, headers = { 'accept-encoding': 'gzip' }) {
  const urls = Array.from({ length: n }, (_, i) => (typeof url === 'function' ? url(i) : url));
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { urls, concurrency, headers } });
  const [{ lat, seconds, errors, notModified }] = await once(worker, 'message');
  await worker.terminate();
  return { p50: pct(lat, 50), p99: pct(lat, 99), rps: n / seconds, errors, notModified };
}

let session;
/** Runs `phase`, profiling it into BENCH_CPU_PROF/<label>.cpuprofile when that is set. */
export async function profiled(label, phase) {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return phase();
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
  }
  await session.post('Profiler.start');
  try {
    return await phase();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
  }
}

/**
 * A throwaway Redis (seeded with `--scale full` unless `seed` is false) and a bare JSON server (`bareUrl`, and
 * `sizedUrl` for an answer of a chosen size); `startApp` then
 * starts one node on it with every limit off (`appOptions` added). `close` stops all of it.
 */
export async function catalogStack({ seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-'));
  const redisServer = await startLocalRedis({ dir, persistent: true });
  const redis = await connectRedis({ url: redisServer.url });
  // `/` answers a tiny JSON; `/sized` the bytes given to `sizedBody` (gzipped, prepared once): what sending an
  // answer of that size costs without any of the work behind it.
  let sized = { body: Buffer.alloc(0), gzipped: Buffer.alloc(0) };
  const bare = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url !== '/sized') return res.end('{"ok":true}');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.end(gzip ? sized.gzipped : sized.body);
  });
  await new Promise((r) => bare.listen(0, '127.0.0.1', r));
  let app;
  const stack = {
    redis,
    redisUrl: redisServer.url,
    bareUrl: `http://127.0.0.1:${bare.address().port}/`,
    sizedUrl: `http://127.0.0.1:${bare.address().port}/sized`,
    sizedBody(json) {
      const body = Buffer.from(json);
      sized = { body, gzipped: gzipSync(body, { level: 1 }) };
    },
    async startApp(appOptions = {}) {
      app = await createApplication({
        redisUrl: redisServer.url,
        logger: pino({ level: 'silent' }),
        authLimits: { registerPerHour: 0, loginPerIpPer5Min: 0, freeFailuresPerAccountAndIp: 0, maxFailureDelayS: 0 },
        searchPerIpPerMin: 0,
        ...appOptions,
      });
      const port = await app.listen(0);
      return { app, base: `http://127.0.0.1:${port}` };
    },
    async close() {
      await app?.close();
      await new Promise((r) => bare.close(r));
      await closeRedis(redis);
      await redisServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    if (seed) await seedDatabase(redis, 'full');
  } catch (err) {
    await stack.close();
    throw err;
  }
  return stack;
}

/** Writes bench/results/<name>.json (what scripts/bench.mjs reads) and prints the rows. */
export function writeRows(name, rows) {
  writeFileSync(new URL(`./results/${name}.json`, import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
  for (const r of rows) console.log(`${r.metric}: ${r.value} (${r.baseline}) ${r.verdict ?? ''}`);
}
