// The initial page's JavaScript (the app shell: index.html's entry script and the modules it
// preloads) and the lazily loaded 3D chunk, gzip-compressed as the server sends them.
// Bar (docs/architecture.md, "Quality bars"): app shell ≤ 250 KB gzip; the 3D chunk loads lazily.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../client/dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) throw new Error('client/dist is not built (npm run build)');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
const shell = initial.reduce((n, f) => n + gz(f), 0);
const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const scene = assets.filter((f) => /^HallScene/.test(f)).reduce((n, f) => n + gz(join('assets', f)), 0);
const all = assets.reduce((n, f) => n + gz(join('assets', f)), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  {
    metric: `initial page JS, gzip (${initial.length} files)`,
    value: kb(shell),
    baseline: `all JS ${kb(all)}`,
    bar: '≤ 250 KB',
    verdict: shell <= 250 * 1024 ? 'PASS' : 'FAIL',
  },
  {
    metric: '3D hall chunk, gzip (lazy)',
    value: kb(scene),
    baseline: '',
    bar: 'lazy, not in the shell',
    verdict: initial.some((f) => /HallScene/.test(f)) ? 'FAIL' : 'PASS',
  },
];
writeFileSync(new URL('./results/bundle.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
for (const r of rows) console.log(`${r.metric}: ${r.value} → ${r.verdict}`);
