import { StatsSeriesQuery } from '@pavilion/shared';
import type { Router } from 'express';
import { parseInput } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import type { StatsService } from './statsService.js';

/** `GET /api/stats` (the figures now) and `GET /api/stats/series` (their history, bucketed up to Redis's now). */
export function registerStatsRoutes(router: Router, stats: StatsService, redis: Redis): void {
  router.get('/stats', async (_req, res) => {
    res.json(await stats.stats());
  });
  router.get('/stats/series', async (req, res) => {
    const q = parseInput(StatsSeriesQuery, req.query, 'query');
    res.json(await stats.series(q.bucket, await redisNow(redis)));
  });
}
