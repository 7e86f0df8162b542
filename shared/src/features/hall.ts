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
/** `booth:enter` / `booth:leave` */
export const BoothRef = z.strictObject({ boothId: Id });
