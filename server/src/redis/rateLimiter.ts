import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { fail } from '../errors/appError.js';
import type { Redis } from './client.js';
import { keys } from './keys.js';

/**
 * The counter's Lua library, for scripts that count an attempt inside their own atomic step (a bid, a
 * question, an offer): those limits must commit or refuse together with the write, so they stay in Lua.
 */
export const RATE_LIMIT_LUA = { file: './rateLimitLib.lua', base: import.meta.url };

/** A fixed-window budget: `points` hits per `durationMs` (whole seconds). `points` 0 means unlimited. */
export interface RateBudget {
  points: number;
  durationMs: number;
}

/** A burst budget: `burst` hits at once, `perSecond` on average (a window of `burst / perSecond` s). */
export interface BurstRate {
  perSecond: number;
  burst: number;
}

/**
 * The one rate-limiting mechanism of REST routes and socket events (rate-limiter-flexible). A limit is
 * either shared by every node (counted in Redis) or kept by this process (per-socket bursts, which
 * protect the process itself); either way `consume` refuses with RATE_LIMITED and the wait.
 */
export class RateLimit {
  private constructor(private readonly limiter: RateLimiterAbstract | null) {}

  /**
   * A limit every node shares: a fixed window in Redis under `rl:<name>:<subject>`. Once a subject is over
   * it, this node refuses it from memory until the window ends, so a flood stops reaching Redis.
   */
  static cluster(redis: Redis, name: string, budget: RateBudget): RateLimit {
    if (budget.points === 0) return new RateLimit(null);
    return new RateLimit(
      new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        keyPrefix: keys.rateLimitPrefix(name),
        points: budget.points,
        duration: Math.max(1, Math.ceil(budget.durationMs / 1000)),
        inMemoryBlockOnConsumed: budget.points + 1,
      }),
    );
  }

  /** A limit of this process alone: `rate.burst` hits per `burst / perSecond` seconds per subject. */
  static local(name: string, rate: BurstRate): RateLimit {
    if (rate.burst === 0) return new RateLimit(null);
    return new RateLimit(
      new RateLimiterMemory({
        keyPrefix: name,
        points: rate.burst,
        duration: Math.max(1, Math.ceil(rate.burst / rate.perSecond)),
      }),
    );
  }

  /** Counts `cost` hits on `subject`; throws RATE_LIMITED (with `retryAfterMs`) when that goes over the budget. */
  async consume(subject: string, cost = 1): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(subject, cost);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw fail.rateLimited(err.msBeforeNext);
      throw err;
    }
  }
}
