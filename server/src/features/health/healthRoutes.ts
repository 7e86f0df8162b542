import { createHash, timingSafeEqual } from 'node:crypto';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from '../../metrics.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';

/**
 * Marks the data set as present. Every node writes it when it starts and the seed reset writes it after
 * a flush; nothing else does, so a Redis that restarted empty (or was flushed) stays visibly degraded
 * until an operator restarts the nodes (or runs `npm run seed -- --reset`) having looked at the loss.
 */
export async function writeSentinel(redis: Redis, writer: string): Promise<void> {
  const since = Math.floor((await redisNow(redis)) / 1000) * 1000;
  await redis.set(keys.sentinel, JSON.stringify({ writer, since }), { NX: true });
}

/** What the health route needs. */
export interface HealthDeps {
  redis: Redis;
  metrics: Metrics;
  logger: Logger;
  /** When set, `/metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
}

type Verdict = { ok: true } | { ok: false; redis: 'down' | 'ok'; reason: string };

/**
 * `GET /api/health`: 200 `{ status: "ok", redis: "ok" }`; 503 `{ status: "degraded", redis, reason }`
 * while Redis is unreachable or has lost its data. `GET /metrics`: Prometheus text.
 */
export function registerHealthRoutes(app: Express, deps: HealthDeps): void {
  const { redis, metrics, logger } = deps;
  // Logged when the verdict changes, not on every probe (load balancers ask every few seconds).
  let lastReason: string | null = null;
  const judge = async (): Promise<Verdict> => {
    let sentinel: number;
    try {
      if (!redis.isReady) return { ok: false, redis: 'down', reason: 'redis unreachable' };
      sentinel = await Promise.race([redis.exists(keys.sentinel), timeout(1000)]);
    } catch {
      return { ok: false, redis: 'down', reason: 'redis unreachable' };
    }
    if (sentinel === 0) {
      return {
        ok: false,
        redis: 'ok',
        reason: `redis lost its data (${keys.sentinel} is missing); restart the nodes once the loss is dealt with`,
      };
    }
    return { ok: true };
  };

  app.get('/api/health', async (_req, res) => {
    const verdict = await judge();
    const reason = verdict.ok ? null : verdict.reason;
    if (reason !== lastReason) {
      if (verdict.ok) logger.info('health: ok again');
      else if (verdict.redis === 'ok') logger.error({ key: keys.sentinel }, `health degraded: ${verdict.reason}`);
      else logger.warn(`health degraded: ${verdict.reason}`);
      lastReason = reason;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (verdict.ok) res.json({ status: 'ok', redis: 'ok' });
    else res.status(503).json({ status: 'degraded', redis: verdict.redis, reason: verdict.reason });
  });

  const expected = deps.metricsToken ? digest(`Bearer ${deps.metricsToken}`) : null;
  app.get('/metrics', async (req, res) => {
    // Compared as digests: equal lengths, and the time taken says nothing about the token.
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res
        .status(401)
        .json({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'metrics need Authorization: Bearer <METRICS_TOKEN>' } });
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), ms).unref());
}
