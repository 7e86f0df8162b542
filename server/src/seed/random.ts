/**
 * A small seeded PRNG (sfc32) with the helpers the seed generator needs.
 * Deterministic across platforms: only 32-bit integer arithmetic, no Math.random.
 */

/** Mixes any number of integers into one 32-bit seed (splitmix-style), so sub-streams are independent. */
export function deriveSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A seeded random stream. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Log-uniform float in [min, max]: every order of magnitude is equally likely. */
  logUniform(min: number, max: number): number;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements of `items`, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
}

interface WeightTable {
  keys: string[];
  cumulative: number[];
  total: number;
  lastPositive: number;
}

// Weight tables are mostly module constants: prepare each once rather than on every draw.
const weightTables = new WeakMap<object, WeightTable>();

function weightTable(weights: Readonly<Record<string, number>>): WeightTable {
  let table = weightTables.get(weights);
  if (!table) {
    const keys = Object.keys(weights);
    const cumulative: number[] = [];
    let total = 0;
    let lastPositive = -1;
    keys.forEach((key, i) => {
      const w = weights[key] ?? 0;
      total += w;
      cumulative.push(total);
      if (w > 0) lastPositive = i;
    });
    if (lastPositive < 0) throw new RangeError('weighted pick with no positive weight');
    table = { keys, cumulative, total, lastPositive };
    weightTables.set(weights, table);
  }
  return table;
}

/** Creates a random stream from a 32-bit seed. */
export function createRandom(seed: number): Random {
  // sfc32 seeded from the one number through splitmix-style mixing; a few warm-up rounds decorrelate close seeds.
  let a = deriveSeed(seed, 1);
  let b = deriveSeed(seed, 2);
  let c = deriveSeed(seed, 3);
  let d = 1;
  const nextUint = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint();

  const next = (): number => nextUint() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const table = weightTable(weights);
      const r = next() * table.total;
      for (let i = 0; i < table.cumulative.length; i++) {
        if (r < (table.cumulative[i] as number)) return table.keys[i] as K;
      }
      // Floating-point leftovers land on the last entry with a weight.
      return table.keys[table.lastPositive] as K;
    },
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = items.slice();
      const out: T[] = [];
      while (out.length < count && pool.length > 0) {
        const j = Math.floor(next() * pool.length);
        out.push(pool[j] as T);
        pool.splice(j, 1);
      }
      return out;
    },
  };
}
