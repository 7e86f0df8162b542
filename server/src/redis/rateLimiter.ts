import type { Redis } from './client.js';
import { keys } from './keys.js';
import { LuaScript } from './luaScript.js';

/** The counter's Lua library, for scripts that count an attempt inside their own atomic step. */
export const RATE_LIMIT_LUA = { file: './rateLimitLib.lua', base: import.meta.url };
const script = LuaScript.compose('rateLimit', [RATE_LIMIT_LUA, { file: './rateLimit.lua', base: import.meta.url }]);

/** The outcome of one hit. */
export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterMs: number;
}

/** A fixed-window limit kept in Redis, so it holds across every node. `limit` 0 means unlimited. */
export class RedisRateLimiter {
  constructor(
    private readonly redis: Redis,
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  async hit(subject: string, cost = 1): Promise<RateLimitResult> {
    if (this.limit === 0) return { allowed: true, count: 0, retryAfterMs: 0 };
    const [allowed, count, ttl] = (await script.run(
      this.redis,
      [keys.rateLimit(this.name, subject)],
      [this.limit, this.windowMs, cost],
    )) as [number, number, number];
    return { allowed: allowed === 1, count, retryAfterMs: allowed === 1 ? 0 : ttl };
  }

  /** How many hits are on the subject's window now. */
  async count(subject: string): Promise<number> {
    return Number((await this.redis.get(keys.rateLimit(this.name, subject))) ?? 0);
  }

  async reset(subject: string): Promise<void> {
    await this.redis.del(keys.rateLimit(this.name, subject));
  }
}
