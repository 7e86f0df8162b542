// Document upload and download through a real node (a separate process, its own heap) beside a bare `fs`
// stream copy of the same 20 MB file in the same run; and the node's memory (RSS, heap) before, during and
// after 10 uploads of 20 MB streaming at once — it should stay flat, since nothing is buffered whole.
// Run alone: `node bench/files.bench.mjs` (after `npm run build`).

import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { startLocalRedis } from '../server/dist/redis/localRedis.js';
import { cnPatentApplicationNumber } from '../shared/dist/index.js';
import { post as postTo } from './api.mjs';
import { startNode } from './nodes.mjs';

const SIZE = 20 * 1024 * 1024;
const RUNS = 3;
const CONCURRENT = 10;
const mb = (bytes, ms) => bytes / 1024 / 1024 / (ms / 1000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-files-'));
const source = join(dir, 'sample.pdf');
// A PDF header, then bytes: the store checks the signature, the watermark is not on this path (staff read the original).
const body = Buffer.alloc(SIZE - 64, 0x20);
writeFileSync(source, Buffer.concat([Buffer.from('%PDF-1.7\n'), body, Buffer.alloc(64 - 9, 0x0a)]));

const redisServer = await startLocalRedis({ dir: join(dir, 'redis'), persistent: false });
const node = await startNode(redisServer.url, 'bench-files', undefined, { FILES_DIR: join(dir, 'files'), DATA_DIR: dir });
const rows = [];

const post = (path, data, token) => postTo(node.url, path, data, token);

/** Streams the file from disk into a multipart upload; resolves with the answer and the time it took. */
function upload(token, exhibitId) {
  const boundary = `bench${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBench\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="nda"\r\n\r\nfalse\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sample.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(`${node.url}/api/exhibits/${exhibitId}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + SIZE + tail.length),
      },
    });
    req.on('response', async (res) => {
      const chunks = [];
      for await (const c of res) chunks.push(c);
      const answer = JSON.parse(Buffer.concat(chunks).toString());
      if (res.statusCode !== 201) reject(new Error(`upload: ${res.statusCode} ${JSON.stringify(answer)}`));
      else resolve({ ms: performance.now() - t, document: answer.document });
    });
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(source);
    file.pipe(req, { end: false });
    file.on('end', () => req.end(tail));
  });
}

async function download(token, documentId) {
  const t = performance.now();
  const res = await fetch(`${node.url}/api/documents/${documentId}/file`, {
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
  });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  if (!res.ok || bytes !== SIZE) throw new Error(`download: ${res.status}, ${bytes} bytes`);
  return performance.now() - t;
}

/** The node's RSS and used heap, from its own /metrics. */
async function memory() {
  const text = await (await fetch(`${node.url}/metrics`)).text();
  const read = (name) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { rss: read('process_resident_memory_bytes'), heap: read('nodejs_heap_size_used_bytes') };
}
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

try {
  const password = 'bench-password-1';
  const reg = await post('/api/auth/register', {
    email: `bench-files-${Date.now()}@bench.pavilion`,
    password,
    displayName: 'Bench Files',
    role: 'exhibitor',
    organization: { name: 'Bench Files Org', kind: 'enterprise', region: 'GD', country: 'CN' },
  });
  const token = reg.token;
  const { booth } = await post('/api/booths', { hallId: 'patents', name: 'Bench files booth' }, token);
  const { exhibit } = await post(
    '/api/exhibits',
    {
      boothId: booth.id,
      type: 'patent',
      title: 'Bench exhibit',
      registrationNumber: cnPatentApplicationNumber(2020, 1, 901),
      jurisdiction: 'CN',
      askingPrice: { amount: 100, currency: 'CNY' },
      tradeModes: ['assignment'],
    },
    token,
  );

  const copies = [];
  const uploads = [];
  const downloads = [];
  let documentId = '';
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    await pipeline(createReadStream(source), createWriteStream(join(dir, `copy-${r}`)));
    copies.push(performance.now() - t);
    const up = await upload(token, exhibit.id);
    uploads.push(up.ms);
    documentId = up.document.id;
    downloads.push(await download(token, documentId));
  }
  const copyRate = mb(SIZE, median(copies));
  const upRate = mb(SIZE, median(uploads));
  const downRate = mb(SIZE, median(downloads));
  rows.push({
    metric: `upload 20 MB through the server (median of ${RUNS})`,
    value: `${upRate.toFixed(0)} MB/s (${median(uploads).toFixed(0)} ms)`,
    baseline: `${copyRate.toFixed(0)} MB/s bare fs stream copy (${median(copies).toFixed(0)} ms)`,
    bar: '≥ 10% of bare copy',
    verdict: upRate >= copyRate * 0.1 ? 'PASS' : 'FAIL',
  });
  rows.push({
    metric: `download 20 MB through the server (median of ${RUNS})`,
    value: `${downRate.toFixed(0)} MB/s (${median(downloads).toFixed(0)} ms)`,
    baseline: `${copyRate.toFixed(0)} MB/s bare fs stream copy`,
    bar: '≥ 10% of bare copy',
    verdict: downRate >= copyRate * 0.1 ? 'PASS' : 'FAIL',
  });

  // Memory while 10 uploads of 20 MB stream at once (200 MB in flight).
  const before = await memory();
  let peak = { ...before };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const m = await memory();
      peak = { rss: Math.max(peak.rss, m.rss), heap: Math.max(peak.heap, m.heap) };
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENT }, () => upload(token, exhibit.id).catch((err) => err)));
  const concurrentMs = performance.now() - t;
  sampling = false;
  await sampler;
  await new Promise((r) => setTimeout(r, 500));
  const after = await memory();
  const growth = peak.rss - before.rss;
  rows.push({
    metric: `node RSS before / peak during / after ${CONCURRENT} concurrent 20 MB uploads`,
    value: `${mib(before.rss)} / ${mib(peak.rss)} / ${mib(after.rss)}`,
    baseline: `${CONCURRENT * 20} MiB in flight; ${mb(CONCURRENT * SIZE, concurrentMs).toFixed(0)} MB/s together`,
    bar: 'peak − before < 100 MiB (half of what is in flight)',
    verdict: growth < 100 * 1024 * 1024 ? 'PASS' : 'FAIL',
  });
  rows.push({
    metric: `node heap used before / peak during / after ${CONCURRENT} concurrent uploads`,
    value: `${mib(before.heap)} / ${mib(peak.heap)} / ${mib(after.heap)}`,
    baseline: '',
    bar: 'flat (peak − before < 50 MiB)',
    verdict: peak.heap - before.heap < 50 * 1024 * 1024 ? 'PASS' : 'FAIL',
  });
} finally {
  node.child.kill('SIGTERM');
  await new Promise((r) => node.child.once('exit', r));
  await redisServer.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.table(rows);
writeFileSync(new URL('./results/files.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
