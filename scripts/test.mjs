// npm test: every suite — unit + integration (jest, real Redis) and browser (Playwright in Debian's
// Chromium) — then one closing line summing them all: `tests: N passed, N failed`.
//   --only jest | e2e   run one side
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStale, CHROMIUM, CJK_FONT, chromiumPath, ensureSystemPackages, JANUS, log, REDIS, root, run } from './lib.mjs';

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const wantJest = !only || only === 'jest';
const wantE2e = !only || only === 'e2e';
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

// Janus too: the SFU's integration and browser tests start a real one (they fail, never skip, without it).
const needs = [REDIS, JANUS, CJK_FONT, ...(wantE2e ? [CHROMIUM] : [])];
if (!ensureSystemPackages(needs)) process.exit(1);

let passed = 0;
let failed = 0;
let problems = 0;

if (wantJest) {
  const out = join(results, 'jest.json');
  const code = await run(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      join(root, 'node_modules/jest/bin/jest.js'),
      '--json',
      `--outputFile=${out}`,
      // On two cores jest runs the files in band: a handle a library leaks (werift's UDP sockets did) would keep
      // the run from ever ending. jest still names the leak ("Force exiting Jest…") for someone to fix.
      '--forceExit',
    ],
    {
      env: { ...process.env, NODE_ENV: 'test' },
    },
  );
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    // A suite that failed to load counts as a failure even though it ran no test.
    problems += j.numRuntimeErrorTestSuites;
    log(`jest: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numRuntimeErrorTestSuites} suites failed to run`);
  } else {
    problems += 1;
    log(`jest wrote no results (exit ${code})`);
  }
  if (code !== 0 && failed === 0 && problems === 0) problems += 1;
}

// The fault suite's short version: real processes killed and restarted; each scenario counts as a test.
if (!only || only === 'faults') {
  await buildStale({ client: false });
  const out = join(results, 'faults.json');
  await run(process.execPath, [join(root, 'bench/faults.mjs'), '--short'], { env: { ...process.env, FAULTS_RESULTS: out } });
  if (existsSync(out)) {
    const f = JSON.parse(readFileSync(out, 'utf8'));
    const ok = f.results.filter((r) => r.pass).length;
    passed += ok;
    failed += f.results.length - ok;
    log(`faults: ${ok} passed, ${f.results.length - ok} failed`);
  } else {
    problems += 1;
    log('the fault suite wrote no results');
  }
}

if (wantE2e) {
  await buildStale();
  const out = join(results, 'e2e.json');
  // A free port and a fresh data directory for the browser suite's server, decided once here so the
  // config (evaluated again in every Playwright worker) sees the same values.
  const port = process.env.E2E_PORT ?? String(await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'pavilion-e2e-'));
  const code = await run(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out, CHROMIUM_PATH: chromiumPath(), E2E_PORT: port, E2E_DATA_DIR: dataDir },
  });
  rmSync(dataDir, { recursive: true, force: true });
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats ?? {};
    // expected = passed, unexpected = failed, flaky = passed on retry (reported as passed).
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    log(
      `browser: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed (${s.flaky ?? 0} flaky), ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped`,
    );
    if (code !== 0 && !s.unexpected) problems += 1;
  } else {
    problems += 1;
    log(`playwright wrote no results (exit ${code})`);
  }
}

if (problems > 0) log(`${problems} suite(s) could not run`);
console.log(`tests: ${passed} passed, ${failed + problems} failed`);
process.exit(failed + problems > 0 || passed === 0 ? 1 : 0);
