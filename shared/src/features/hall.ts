import { z } from 'zod';
import { Id } from '../ids.js';

const finite = (name: string, limit: number) =>
  z
    .number({ error: `${name} must be a number` })
    .refine(Number.isFinite, `${name} must be finite`)
    .refine((n) => Math.abs(n) <= limit, `${name} is out of range`);

/** `hall:join` */
export const HallJoin = z.strictObject({ hallId: Id });
/** `hall:move` */
export const HallMove = z.strictObject({ x: finite('x', 1e4), z: finite('z', 1e4), heading: finite('heading', 1e3) });

/**
 * Whether a `hall:move` payload is one {@link HallMove} accepts as it is: the same rules, checked without
 * building anything (every visitor sends ten a second). Anything else goes through the schema, which names
 * what is wrong.
 */
export function isPlainHallMove(p: unknown): p is z.output<typeof HallMove> {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  let fields = 0;
  for (const _ in p) fields += 1;
  if (fields !== 3 || !Object.hasOwn(p, 'x') || !Object.hasOwn(p, 'z') || !Object.hasOwn(p, 'heading')) return false;
  const { x, z: depth, heading } = p as Record<string, unknown>;
  // NaN and ±Infinity fail the range comparisons.
  return (
    typeof x === 'number' &&
    typeof depth === 'number' &&
    typeof heading === 'number' &&
    Math.abs(x) <= 1e4 &&
    Math.abs(depth) <= 1e4 &&
    Math.abs(heading) <= 1e3
  );
}
/** `booth:enter` / `booth:leave` */
export const BoothRef = z.strictObject({ boothId: Id });
