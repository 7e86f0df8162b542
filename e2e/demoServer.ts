import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A second server for the specs that must see the demo data set (what `npm start` shows a newcomer), beside the
 * suite's full-scale one: its own port, its own throwaway redis-server, SEED=demo.
 */
export interface DemoServer {
  baseURL: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });
}

/**
 * Starts the demo server; with `redisUrl`, a further node of an existing cluster instead: it shares that Redis
 * (and so the running server's data, presence and rooms), seeds nothing and keeps that cluster's `organizer`.
 */
export async function startDemoServer(
  options: { redisUrl?: string; organizer?: { email: string; password: string } } = {},
): Promise<DemoServer> {
  const port = await freePort();
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const child: ChildProcess = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'pavilion-e2e-demo-')),
      SEED: options.redisUrl ? 'none' : 'demo',
      REDIS_URL: options.redisUrl ?? '',
      PASSWORD_HASH_COST: '14',
      LOG_LEVEL: 'warn',
      ORGANIZER_EMAIL: options.organizer?.email ?? 'organizer@e2e-demo.pavilion',
      ORGANIZER_PASSWORD: options.organizer?.password ?? 'organizer-e2e-demo-password',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the demo server exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${baseURL}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the demo server did not answer within 120 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseURL,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
