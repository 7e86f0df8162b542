import { randomBytes } from 'node:crypto';

/** A new random id such as `ex_3kT9qP0aZc1w` (72 random bits). Seeded data uses its own `-s` ids. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}
