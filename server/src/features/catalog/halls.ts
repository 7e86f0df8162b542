import { entranceRank, HALL_DEPTH, HALL_WIDTH, type HallCategory, SLOTS_PER_HALL } from '@pavilion/shared';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';

/** The themed halls. They always exist: created on first start whatever SEED says. */
export const HALLS: readonly { id: string; name: string; category: HallCategory }[] = [
  { id: 'patents', name: 'Patents & Technology Hall', category: 'patent' },
  { id: 'trademarks', name: 'Trademarks & Brands Hall', category: 'trademark' },
  { id: 'copyrights', name: 'Copyrights & Culture Hall', category: 'copyright' },
  { id: 'gba', name: 'Greater Bay Area Hall', category: 'regional' },
  { id: 'international', name: 'International Hall', category: 'international' },
];

const ensureHallScript = LuaScript.fromFile('./ensureHall.lua', import.meta.url);

/** Each slot's score in a hall's free-slot set: its place in the entrance-inward order. */
const SLOT_RANKS = Array.from({ length: SLOTS_PER_HALL }, (_, slot) => entranceRank(slot));

/**
 * Creates any missing hall with all its slots free. An existing hall keeps its booths; its free slots are
 * re-ranked entrance-inward, so halls made before that order fill from the entrance from now on.
 */
export async function ensureHalls(redis: Redis): Promise<void> {
  for (const [index, h] of HALLS.entries()) {
    await ensureHallScript.run(
      redis,
      [keys.hall(h.id), keys.hallFreeSlots(h.id), keys.hallIds],
      [h.id, h.name, h.category, HALL_WIDTH, HALL_DEPTH, SLOTS_PER_HALL, index, ...SLOT_RANKS],
    );
  }
}
