import type { Redis } from './client.js';

/** Redis's clock in ms: the one time that decides outcomes, the same on every node. */
export async function redisNow(redis: Redis): Promise<number> {
  const [s, us] = await redis.time();
  return Number(s) * 1000 + Math.floor(Number(us) / 1000);
}
