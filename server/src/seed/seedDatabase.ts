import { ensureHalls } from '../features/catalog/halls.js';
import type { Redis } from '../redis/client.js';
import { keys } from '../redis/keys.js';
import { generateExpo, type SeedScale } from './generateExpo.js';
import { type SeedProgress, writeSeed } from './writeSeed.js';

const LOCK_KEY = 'meta:seeding';

/** Loads the deterministic data set at a scale (see writeSeed for idempotency). Returns what was written. */
export async function seedDatabase(
  redis: Redis,
  scale: SeedScale,
  progress?: SeedProgress,
): Promise<{ orgs: number; booths: number; exhibits: number }> {
  await ensureHalls(redis);
  const expo = generateExpo(scale);
  await writeSeed(redis, expo, scale, progress);
  return { orgs: expo.orgs.length, booths: expo.booths.length, exhibits: expo.exhibits.length };
}

/** Whether the database has never been seeded and holds no exhibitors. */
export async function isEmptyDatabase(redis: Redis): Promise<boolean> {
  const [seeded, exhibitors] = await Promise.all([redis.hGet(keys.meta, 'seeded'), redis.sCard(keys.exhibitors)]);
  return !seeded && exhibitors === 0;
}

/**
 * Seeds an empty database once, even when several nodes start together: one takes a lock and
 * seeds, the others wait for it to finish so their search indexes start complete.
 */
export async function seedIfEmpty(redis: Redis, scale: SeedScale, log: (line: string) => void): Promise<boolean> {
  if (!(await isEmptyDatabase(redis))) return false;
  const got = await redis.set(LOCK_KEY, String(process.pid), { NX: true, EX: 300 });
  if (got !== 'OK') {
    log('another node is seeding the database; waiting for it');
    for (let i = 0; i < 600 && !(await redis.hGet(keys.meta, 'seeded')); i++) await new Promise((r) => setTimeout(r, 200));
    return false;
  }
  try {
    const started = Date.now();
    const n = await seedDatabase(redis, scale);
    log(`empty database: loaded the ${scale} data set (${n.orgs} exhibitors, ${n.exhibits} exhibits) in ${Date.now() - started} ms`);
    return true;
  } finally {
    await redis.del(LOCK_KEY);
  }
}
