import { randomBytes, type ScryptOptions, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((res, rej) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? rej(err) : res(key))));

/** scrypt cost parameters; stored with every hash so they can be raised later. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The production cost: N = 2^17 (about 128 MiB and a few hundred ms per hash). */
export const DEFAULT_PASSWORD_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
/** The largest cost a stored hash may ask for (guards memory against a tampered record). */
const MAX_N = 2 ** 20;
const KEYLEN = 32;

// scrypt needs 128·N·r bytes; Node refuses anything above maxmem, so give it that plus slack.
const maxmemFor = (c: ScryptCost) => 128 * c.N * c.r + 16 * 1024 * 1024;

/** Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...cost, maxmem: maxmemFor(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** The cost a stored hash was made with, or null when it is not a hash this module reads. */
export function storedCost(stored: string): ScryptCost | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 || N > MAX_N || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { N, r, p };
}

/** Whether a stored hash was made with less work than `cost` asks for (and should be redone at sign-in). */
export function needsRehash(stored: string, cost: ScryptCost): boolean {
  const c = storedCost(stored);
  return c !== null && (c.N < cost.N || c.r < cost.r || c.p < cost.p);
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const cost = storedCost(stored);
  if (!cost) return false;
  const [, , , , saltB64, keyB64] = stored.split('$') as [string, string, string, string, string, string];
  const expected = Buffer.from(keyB64, 'base64url');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64url'), expected.length, { ...cost, maxmem: maxmemFor(cost) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Compared against when the email is unknown, so a miss costs the same time as a wrong password.
const decoys = new Map<string, Promise<string>>();
/** A valid hash of a random password at `cost`, for constant-time misses. */
export function decoyHash(cost: ScryptCost = DEFAULT_PASSWORD_COST): Promise<string> {
  const id = `${cost.N}/${cost.r}/${cost.p}`;
  let decoy = decoys.get(id);
  if (!decoy) {
    decoy = hashPassword(randomBytes(12).toString('hex'), cost);
    decoys.set(id, decoy);
  }
  return decoy;
}
