// Helpers shared by the root scripts (start, build, test, seed, bench). Plain Node, no dependencies,
// so they run on a fresh machine right after `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function log(line) {
  process.stderr.write(`[pavilion] ${line}\n`);
}

/** Runs a command with inherited stdio; resolves with its exit code. */
export function run(cmd, args, opts = {}) {
  return new Promise((res) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
    child.on('exit', (code, signal) => res(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and exits this process if it fails. */
export async function must(cmd, args, opts = {}) {
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    log(`${cmd} ${args.join(' ')} failed with exit code ${code}`);
    process.exit(code);
  }
}

export function onPath(bin) {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).stdout.trim() || null;
}

/**
 * Makes sure system packages are present: on Debian/Ubuntu as root they are installed with apt-get;
 * elsewhere one clear line says what to install.
 */
export function ensureSystemPackages(needs) {
  const missing = needs.filter((n) => !n.check());
  if (missing.length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && onPath('apt-get') && isRoot) {
    const pkgs = missing.flatMap((n) => n.apt);
    log(`installing ${pkgs.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
    if (r.status === 0 && missing.every((n) => n.check())) return true;
  } else if (process.platform === 'darwin' && onPath('brew')) {
    for (const n of missing) if (n.brew) spawnSync('brew', ['install', ...n.brew], { stdio: 'inherit' });
    if (missing.every((n) => n.check())) return true;
  }
  for (const n of missing) log(`missing: ${n.name} — install it (${n.hint})`);
  return false;
}

export const REDIS = {
  name: 'redis-server',
  check: () => Boolean(onPath('redis-server')),
  apt: ['redis-server'],
  brew: ['redis'],
  hint: 'Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis',
};

export const JANUS = {
  name: 'janus',
  check: () => Boolean(onPath('janus') && onPath('janus-pp-rec')),
  apt: ['janus', 'janus-tools', 'mkvtoolnix'],
  hint: 'Debian/Ubuntu: apt-get install janus janus-tools mkvtoolnix; or set JANUS_URL (without it live video goes peer to peer)',
};

/** The TrueType CJK font the server embeds in PDFs (watermarks, printed contracts); PDF_CJK_FONT overrides it. */
export const CJK_FONT = {
  name: 'CJK font for PDFs',
  check: () => existsSync(process.env.PDF_CJK_FONT || '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'),
  apt: ['fonts-droid-fallback'],
  hint: 'Debian/Ubuntu: apt-get install fonts-droid-fallback; or set PDF_CJK_FONT to a TrueType CJK font (without one, Chinese text in PDFs prints as ?)',
};

export const CHROMIUM = {
  name: 'chromium',
  check: () => existsSync(chromiumPath()),
  apt: ['chromium', 'fonts-noto-cjk', 'fonts-droid-fallback'],
  hint: 'Debian: apt-get install chromium; or set CHROMIUM_PATH',
};

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Newest modification time (ms) of any file under these paths. */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') walk(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) walk(p);
  return newest;
}

/** Builds what is stale: shared + server with tsc -b (incremental), the client with Vite when its sources changed. */
export async function buildStale({ client = true } = {}) {
  await must(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'shared', 'server']);
  await must(process.execPath, [join(root, 'scripts/copy-assets.mjs')]);
  if (!client || !existsSync(join(root, 'client/index.html'))) return;
  const stamp = join(root, 'client/dist/index.html');
  const sources = newestMtime([
    join(root, 'client/src'),
    join(root, 'client/index.html'),
    join(root, 'client/vite.config.ts'),
    join(root, 'client/public'),
    join(root, 'shared/src'),
  ]);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  log('building the web client (vite)…');
  await must(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: join(root, 'client') });
}
