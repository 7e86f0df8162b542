import type { Express } from 'express';
import type { Metrics } from '../../metrics.js';
import type { Redis } from '../../redis/client.js';

/** `GET /api/health` (503 while Redis is unreachable) and `GET /metrics` (Prometheus text). */
export function registerHealthRoutes(app: Express, redis: Redis, metrics: Metrics): void {
  app.get('/api/health', async (_req, res) => {
    let redisOk = false;
    try {
      redisOk = redis.isReady && (await Promise.race([redis.ping(), timeout(1000)])) === 'PONG';
    } catch {
      redisOk = false;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (redisOk) res.json({ status: 'ok', redis: 'ok' });
    else res.status(503).json({ status: 'unavailable', redis: 'down' });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), ms).unref());
}
