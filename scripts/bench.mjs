// npm run bench: builds, then runs every benchmark in bench/ against its own servers and Redis on
// loopback, prints a table, writes bench/results/<name>.json and the table into docs/benchmarks.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildStale, ensureSystemPackages, JANUS, log, REDIS, root, run } from './lib.mjs';

if (!ensureSystemPackages([REDIS, JANUS])) process.exit(1);
await buildStale(); // the bundle benchmark measures the built client

const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
// `npm run bench -- lighthouse hall-frames` runs only those; the table still lists every bench, the others from
// their last results, each marked with the time it ran.
const only = process.argv.slice(2);
const unknown = only.filter((name) => !benches.includes(`${name}.bench.mjs`));
if (unknown.length) {
  log(`no such bench: ${unknown.join(', ')} (there are: ${benches.map((f) => f.replace('.bench.mjs', '')).join(', ')})`);
  process.exit(1);
}
const rows = [];
let failures = 0;
for (const file of benches) {
  const name = file.replace('.bench.mjs', '');
  const out = join(root, 'bench/results', `${name}.json`);
  if (only.length && !only.includes(name)) {
    if (!existsSync(out)) continue;
    const earlier = JSON.parse(readFileSync(out, 'utf8'));
    const at = earlier.at ? `run ${earlier.at.slice(0, 10)} ${earlier.at.slice(11, 16)} UTC` : 'earlier run';
    for (const r of earlier.rows ?? []) rows.push({ bench: `${name} (${at})`, ...r });
    continue;
  }
  log(`bench ${name}…`);
  const code = await run(process.execPath, ['--expose-gc', join(root, 'bench', file)]);
  if (code !== 0 || !existsSync(out)) {
    failures += 1;
    rows.push({ bench: name, metric: 'run', value: `failed (exit ${code})`, baseline: '', bar: '', verdict: 'FAIL' });
    continue;
  }
  for (const r of JSON.parse(readFileSync(out, 'utf8')).rows) rows.push({ bench: name, ...r });
}

const header = '| benchmark | metric | Pavilion | baseline (same run) | bar | verdict |\n| --- | --- | --- | --- | --- | --- |';
const table = [
  header,
  ...rows.map((r) => `| ${r.bench} | ${r.metric} | ${r.value} | ${r.baseline ?? ''} | ${r.bar ?? ''} | ${r.verdict ?? ''} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
console.log(`\n${table}\n\nmachine: ${machine}`);

const docs = join(root, 'docs/benchmarks.md');
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
const block = `${begin}\nLatest run: ${machine}\n\n${table}\n${end}`;
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
writeFileSync(docs, current.includes(begin) ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block) : `${current}\n${block}\n`);
process.exit(failures > 0 ? 1 : 0);
