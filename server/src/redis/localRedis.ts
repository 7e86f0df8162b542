import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { platform } from 'node:os';
import { join, resolve } from 'node:path';

/** A redis-server this process started and owns. */
export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  /** Stops it (SHUTDOWN, which flushes the AOF; SIGKILL if it does not exit in time). */
  stop(): Promise<void>;
  /** SIGKILLs it, as a crash would (fault tests). */
  kill(): void;
  /** Starts it again on the same port and data directory (after stop or kill). */
  restart(): Promise<void>;
}

/** Thrown when redis-server is missing and cannot be installed here; its message is one line saying what to install. */
export class RedisMissingError extends Error {}

function onPath(bin: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  const found = r.stdout.trim();
  if (found) return found;
  for (const dir of ['/usr/bin', '/usr/local/bin', '/usr/sbin', '/opt/homebrew/bin']) {
    if (existsSync(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

/**
 * Finds redis-server, installing it where that can be done unattended (Debian/Ubuntu as root with
 * apt-get; macOS with brew). Otherwise throws {@link RedisMissingError} naming what to install.
 */
export function ensureRedisServer(log: (line: string) => void = () => {}): string {
  const found = onPath('redis-server');
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (platform() === 'linux' && onPath('apt-get') && isRoot) {
    log('redis-server not found: installing it with apt-get (redis-server)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
    if (r.status === 0 && onPath('redis-server')) return onPath('redis-server') as string;
  } else if (platform() === 'darwin' && onPath('brew')) {
    log('redis-server not found: installing it with Homebrew (brew install redis)…');
    const r = spawnSync('brew', ['install', 'redis'], { stdio: 'inherit' });
    if (r.status === 0 && onPath('redis-server')) return onPath('redis-server') as string;
  }
  throw new RedisMissingError(
    'redis-server is not installed: install Redis 7 (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL=redis://host:port',
  );
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

async function waitReady(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((res) => {
      const s = connect(port, '127.0.0.1');
      let buf = '';
      s.on('connect', () => s.write('PING\r\n'));
      s.on('data', (d) => {
        buf += d.toString();
        if (buf.includes('\r\n')) {
          s.destroy();
          res(buf.startsWith('+PONG'));
        }
      });
      s.on('error', () => res(false));
      setTimeout(() => {
        s.destroy();
        res(false);
      }, 500);
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis-server did not become ready on port ${port} within ${timeoutMs} ms`);
}

/** Options for {@link startLocalRedis}. */
export interface StartLocalRedisOptions {
  /** Data directory; with `persistent` the AOF lives here and is reused next start. */
  dir: string;
  /** AOF on (npm start) or nothing on disk at all (tests). */
  persistent: boolean;
  port?: number;
  log?: (line: string) => void;
}

/** Starts a private redis-server on 127.0.0.1. */
export async function startLocalRedis(opts: StartLocalRedisOptions): Promise<LocalRedis> {
  const bin = ensureRedisServer(opts.log);
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
    '--loglevel',
    'warning',
    '--logfile',
    '',
  ];
  if (opts.persistent) args.push('--appendonly', 'yes', '--appendfsync', 'everysec');
  else args.push('--appendonly', 'no');

  let child: ChildProcess;
  const launch = async () => {
    child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d) => opts.log?.(`redis: ${String(d).trim()}`));
    await waitReady(child, port, 10_000);
  };
  await launch();
  const proc = () => child!;

  const stop = async () => {
    const c = proc();
    if (c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((res) => c.once('exit', () => res()));
    try {
      // SHUTDOWN flushes the AOF before exiting.
      execFileSync(onPath('redis-cli') ?? 'redis-cli', ['-p', String(port), 'shutdown'], { stdio: 'ignore', timeout: 5000 });
    } catch {
      c.kill('SIGTERM');
    }
    const timer = setTimeout(() => c.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return proc().pid ?? 0;
    },
    stop,
    kill: () => {
      proc().kill('SIGKILL');
    },
    restart: async () => {
      await stop();
      await launch();
    },
  };
}

/** The file where `npm start` records its private Redis, so `npm run seed` and a second node can reach it. */
export function localRedisStateFile(dir: string): string {
  return join(resolve(dir), 'pavilion-redis.json');
}

/** Records a running private Redis in its data directory. */
export function recordLocalRedis(dir: string, redis: LocalRedis): void {
  writeFileSync(localRedisStateFile(dir), JSON.stringify({ url: redis.url, pid: redis.pid, owner: process.pid }));
}

/** Forgets the record (on shutdown). */
export function forgetLocalRedis(dir: string): void {
  rmSync(localRedisStateFile(dir), { force: true });
}

/** The private Redis another process started on this data directory, if it is still running. */
export function findRunningLocalRedis(dir: string): { url: string; pid: number } | null {
  const file = localRedisStateFile(dir);
  if (!existsSync(file)) return null;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number };
    process.kill(state.pid, 0);
    return state;
  } catch {
    return null;
  }
}
