import { createHash } from 'node:crypto';

/** The chain's starting point: the prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One step in a negotiation's audit trail (what is hashed). */
export interface AuditEntryBody {
  seq: number;
  type: 'open' | 'offer' | 'accept' | 'reject' | 'withdraw' | 'chat' | 'sign' | 'stage';
  at: number;
  by: string;
  payload: unknown;
}

/** An entry as stored and served: the body plus its place in the chain. */
export interface AuditEntry extends AuditEntryBody {
  hash: string;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

/** h_n = SHA256(h_{n-1} ‖ canonical JSON of entry n), hex. */
export function chainHash(prevHash: string, entry: AuditEntryBody): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson({ seq: entry.seq, type: entry.type, at: entry.at, by: entry.by, payload: entry.payload }))
    .digest('hex');
}

/**
 * The canonical form of an entry after its time, for a script that stamps the entry with its own clock: the script
 * hashes `prevHash + '{"at":' + at + canonicalAfterAt(entry)`, which is `prevHash + canonicalJson(entry)` since `at`
 * sorts first — the same hash {@link chainHash} gives.
 */
export function canonicalAfterAt(entry: Omit<AuditEntryBody, 'at'>): string {
  return `,${canonicalJson({ seq: entry.seq, type: entry.type, by: entry.by, payload: entry.payload }).slice(1)}`;
}

/**
 * The entry a step script is given: it stamps the entry with its own Redis TIME (the step's one time) and hashes it
 * after `prevHash` (see {@link canonicalAfterAt}); `seq` travels as a string and the payload as canonical JSON.
 */
export function unstampedEntryJson(entry: Omit<AuditEntryBody, 'at'>, prevHash: string): string {
  const { seq, type, by, payload } = entry;
  return JSON.stringify({ seq: String(seq), type, by, payload: canonicalJson(payload), prevHash, rest: canonicalAfterAt(entry) });
}

/** Recomputes the chain: valid only if every entry links to the one before and hashes to what it claims. */
export function verifyChain(entries: AuditEntry[]): boolean {
  let prev = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prev || chainHash(prev, e) !== e.hash) return false;
    prev = e.hash;
  }
  return true;
}
