import { createHash } from 'node:crypto';
import type { AccessLogEntry, AccessLogType } from '@pavilion/shared';
import { canonicalJson } from '../negotiations/auditChain.js';

/** The prevHash of an access log's first entry. */
export const ACCESS_GENESIS = '0'.repeat(64);

/** What an access-log entry says (the part that is hashed). */
export interface AccessEntryBody {
  seq: number;
  type: AccessLogType;
  by: string;
  at: number;
  documentId?: string;
}

/**
 * The canonical form of an entry (docs/protocol.md, "Access log"): JSON with the keys `at`, `by`,
 * `documentId` (only when there is one), `seq`, `type` in that (sorted) order, no spaces.
 */
export function canonicalAccessEntry(e: AccessEntryBody): string {
  return canonicalJson({ seq: e.seq, type: e.type, by: e.by, at: e.at, documentId: e.documentId });
}

/** hash_n = SHA-256(hash_{n-1} ‖ canonical entry n), hex. */
export function accessHash(prevHash: string, e: AccessEntryBody): string {
  return createHash('sha256')
    .update(prevHash + canonicalAccessEntry(e))
    .digest('hex');
}

/**
 * Recomputes a chain from `startHash` (the genesis hash for a whole log): valid only if every entry links to
 * the one before, numbers follow on, and each hashes to what it claims.
 */
export function verifyAccessChain(entries: readonly AccessLogEntry[], startHash = ACCESS_GENESIS, startSeq = 1): boolean {
  let prev = startHash;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== startSeq + i || e.prevHash !== prev || accessHash(prev, e) !== e.hash) return false;
    prev = e.hash;
  }
  return true;
}
