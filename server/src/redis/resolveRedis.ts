import { resolve } from 'node:path';
import { findRunningLocalRedis, forgetLocalRedis, type LocalRedis, recordLocalRedis, startLocalRedis } from './localRedis.js';

/** Where Redis is, and whether this process owns (and must stop) it. */
export interface ResolvedRedis {
  url: string;
  owned: LocalRedis | null;
  /** Stops an owned Redis and forgets it; nothing for an external one. */
  release(): Promise<void>;
}

/**
 * `REDIS_URL` when given; else the private Redis another `npm start` already runs on this data
 * directory; else a new private redis-server with AOF in `<dataDir>/redis`.
 */
export async function resolveRedis(opts: { redisUrl?: string; dataDir: string; log: (line: string) => void }): Promise<ResolvedRedis> {
  if (opts.redisUrl) return { url: opts.redisUrl, owned: null, release: async () => {} };
  const dir = resolve(opts.dataDir, 'redis');
  const running = findRunningLocalRedis(dir);
  if (running) {
    opts.log(`using the private Redis already running at ${running.url} (data in ${dir})`);
    return { url: running.url, owned: null, release: async () => {} };
  }
  const owned = await startLocalRedis({ dir, persistent: true, log: opts.log });
  recordLocalRedis(dir, owned);
  opts.log(`started a private redis-server at ${owned.url} (AOF on, data in ${dir})`);
  return {
    url: owned.url,
    owned,
    release: async () => {
      forgetLocalRedis(dir);
      await owned.stop();
    },
  };
}
