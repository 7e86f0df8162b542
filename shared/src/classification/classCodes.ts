import { IPC_CODES } from './ipcCodes.js';

/**
 * The three classifications exhibits carry, each with one canonical spelling:
 * - `ipc` (patents): section `H`, class `H01`, subclass `H01M`, or a group `H01M 10/052`
 *   (a group is accepted when its subclass is known; the scheme data stops at subclasses);
 * - `nice` (trademarks): the bare class number `9` (1–45);
 * - `locarno` (designs): `LOC 2` (classes 1–32), so it never collides with a Nice number.
 *
 * This module knows the codes only; titles and the tree are in `classification.ts`.
 */
export const CLASS_SCHEMES = ['ipc', 'nice', 'locarno'] as const;
export type ClassScheme = (typeof CLASS_SCHEMES)[number];

export const LOCARNO_PREFIX = 'LOC ';
/** Nice has 45 classes, Locarno 32 (the data files hold one entry for each). */
export const NICE_CLASS_COUNT = 45;
export const LOCARNO_CLASS_COUNT = 32;

let ipcCodes: Set<string> | undefined;
function isIpcCode(code: string): boolean {
  ipcCodes ??= new Set(IPC_CODES.split(' '));
  return ipcCodes.has(code);
}

const IPC_GROUP = /^([A-H][0-9]{2}[A-Z])\s*([0-9]{1,4})\s*\/\s*([0-9]{2,6})$/;
const IPC_LEVEL = /^[A-H]([0-9]{2}([A-Z])?)?$/;
const NICE = /^(?:NCL|NICE)?\s*\(?\s*0?([1-9][0-9]?)\s*\)?$/;
const LOCARNO = /^(?:LOC|LOCARNO)\s*\(?\s*0?([1-9][0-9]?)\s*\)?$/;

/**
 * The canonical spelling of a class code, or null when it is not a real IPC, Nice or Locarno class.
 * Case and spacing are forgiven: `h01m10/052` → `H01M 10/052`, `NCL 09` → `9`, `loc 02` → `LOC 2`.
 */
export function normaliseClass(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 24) return null;
  const code = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (IPC_LEVEL.test(code)) return isIpcCode(code) ? code : null;
  const group = IPC_GROUP.exec(code);
  if (group) {
    const [, subclass, main, sub] = group as unknown as [string, string, string, string];
    return isIpcCode(subclass) ? `${subclass} ${Number(main)}/${sub}` : null;
  }
  const locarno = LOCARNO.exec(code);
  if (locarno) {
    const n = Number(locarno[1]);
    return n <= LOCARNO_CLASS_COUNT ? `${LOCARNO_PREFIX}${n}` : null;
  }
  const nice = NICE.exec(code);
  if (nice) {
    const n = Number(nice[1]);
    return n <= NICE_CLASS_COUNT ? String(n) : null;
  }
  return null;
}

/** Whether the code (in any accepted spelling) is a real class. */
export function isKnownClass(code: string): boolean {
  return normaliseClass(code) !== null;
}

/** Which classification a code belongs to, or null for an unknown code. */
export function classScheme(code: string): ClassScheme | null {
  const canonical = normaliseClass(code);
  return canonical === null ? null : schemeOfCanonical(canonical);
}

function schemeOfCanonical(canonical: string): ClassScheme {
  if (canonical.startsWith(LOCARNO_PREFIX)) return 'locarno';
  return /^[A-H]/.test(canonical) ? 'ipc' : 'nice';
}

/**
 * The levels a code belongs to, broadest first and ending with the code itself:
 * `H01M 10/052` → `H`, `H01`, `H01M`, `H01M 10/052`. A class filter matches an exhibit when the filter is one
 * of these for one of the exhibit's classes (so `H01` finds `H01M`, and Nice `1` never finds `12`).
 */
export function classAncestors(code: string): string[] {
  const canonical = normaliseClass(code);
  if (canonical === null) return [];
  if (schemeOfCanonical(canonical) !== 'ipc') return [canonical];
  const subclass = canonical.slice(0, 4);
  const chain = [canonical.slice(0, 1)];
  if (canonical.length >= 3) chain.push(canonical.slice(0, 3));
  if (canonical.length >= 4) chain.push(subclass);
  if (canonical.length > 4) chain.push(canonical);
  return chain;
}

/** How many classes one exhibit (or one filter) may name. */
export const MAX_CLASSES = 12;
