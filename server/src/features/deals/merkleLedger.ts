import { createHash } from 'node:crypto';
import type { CanonicalDealRecord, DealProofAnswer, LedgerRoot, MerkleStep } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { Redis } from '../../redis/client.js';
import { textFields } from '../../redis/hashFields.js';
import { keys } from '../../redis/keys.js';
import type { Principal } from '../auth/authService.js';

const DAY_MS = 86_400_000;

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `YYYY-MM-DD` of an epoch-ms time, in UTC. */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The canonical record of a deal hash: fixed key order, no spaces, no buyer (see {@link CanonicalDealRecord}). */
export function canonicalDealRecord(d: Record<string, string>): string {
  const agreedAt = Number(d.at ?? 0);
  const record: CanonicalDealRecord = {
    dealId: d.id ?? '',
    day: utcDay(agreedAt),
    ...textFields(d, ['exhibitId', 'ipType', 'jurisdiction', 'registrationNumber', 'sellerOrgId', 'sellerOrgName', 'tradeMode']),
    amount: Number(d.amount ?? 0),
    currency: d.currency || 'CNY',
    source: d.source ?? '',
    agreedAt,
  };
  return JSON.stringify(record);
}

/** The levels of a Merkle tree, leaves first: parents hash `left + right` (hex), an odd node pairs with itself. */
function levelsOf(leaves: string[]): string[][] {
  const levels = [leaves];
  let level = leaves;
  while (level.length > 1) {
    const up: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as string;
      up.push(sha256Hex(left + (level[i + 1] ?? left)));
    }
    levels.push(up);
    level = up;
  }
  return levels;
}

/** The root over `leaves` (the leaf itself for one; none for none). */
export function merkleRoot(leaves: string[]): string {
  if (leaves.length === 0) throw new Error('a day without deals has no tree');
  return levelsOf(leaves).at(-1)?.[0] as string;
}

/** The siblings from leaf `index` up to the root. */
export function merkleProof(leaves: string[], index: number): MerkleStep[] {
  const steps: MerkleStep[] = [];
  const levels = levelsOf(leaves);
  let i = index;
  for (const level of levels.slice(0, -1)) {
    const mate = i % 2 === 0 ? (level[i + 1] ?? level[i]) : level[i - 1];
    steps.push({ side: i % 2 === 0 ? 'right' : 'left', hash: mate as string });
    i = Math.floor(i / 2);
  }
  return steps;
}

/**
 * The public Merkle ledger: each UTC day's deals (in `deals:by-time` order: time, then id) form a tree over
 * their canonical records. Roots are kept in Redis per day with the count they cover, so a root is
 * recomputed only when its day gained a deal (today), and past days are read, not rebuilt.
 */
export class MerkleLedger {
  constructor(private readonly redis: Redis) {}

  /** The days that hold deals, newest first, at most `limit`. */
  async roots(limit: number): Promise<LedgerRoot[]> {
    const [first, last] = await Promise.all([
      this.redis.zRangeWithScores(keys.dealsByTime, 0, 0),
      this.redis.zRangeWithScores(keys.dealsByTime, -1, -1),
    ]);
    if (!first[0] || !last[0]) return [];
    const firstDay = Math.floor(first[0].score / DAY_MS);
    const items: LedgerRoot[] = [];
    for (let day = Math.floor(last[0].score / DAY_MS); day >= firstDay && items.length < limit; day--) {
      const root = await this.rootOfDay(day);
      if (root) items.push(root);
    }
    return items;
  }

  private async rootOfDay(day: number): Promise<LedgerRoot | null> {
    const name = utcDay(day * DAY_MS);
    const [count, cached] = await Promise.all([
      this.redis.zCount(keys.dealsByTime, day * DAY_MS, day * DAY_MS + DAY_MS - 1),
      this.redis.hGet(keys.ledgerMerkleRoots, name),
    ]);
    if (count === 0) return null;
    const [cachedCount, cachedRoot] = (cached ?? '').split(':');
    if (cachedRoot && Number(cachedCount) === count) return { day: name, root: cachedRoot, count };
    const { leaves } = await this.leavesOfDay(day);
    const root = merkleRoot(leaves);
    await this.redis.hSet(keys.ledgerMerkleRoots, name, `${leaves.length}:${root}`);
    return { day: name, root, count: leaves.length };
  }

  /** The day's deal ids and leaves, in tree order. */
  private async leavesOfDay(day: number): Promise<{ ids: string[]; leaves: string[] }> {
    const ids = await this.redis.zRange(keys.dealsByTime, day * DAY_MS, day * DAY_MS + DAY_MS - 1, { BY: 'SCORE' });
    const records = await Promise.all(ids.map((id) => this.recordOf(id)));
    return { ids, leaves: records.map(sha256Hex) };
  }

  /**
   * A deal's canonical record. Deals agreed before the ledger froze its record fields get them from the
   * exhibit on first read, written once (HSETNX), so their leaf never changes afterwards.
   */
  private async recordOf(dealId: string): Promise<string> {
    const d = await this.redis.hGetAll(keys.deal(dealId));
    if (d.tradeMode === undefined) {
      const [registrationNumber, jurisdiction, orgName] = await this.redis.hmGet(keys.exhibit(d.exhibitId ?? '-'), [
        'registrationNumber',
        'jurisdiction',
        'orgName',
      ]);
      let tradeMode = 'assignment';
      if (d.source === 'negotiation') {
        const agreed = await this.redis.lIndex(keys.negotiationOffers(d.sourceId ?? '-'), -1);
        tradeMode = agreed ? ((JSON.parse(agreed) as { terms?: { licenseType?: string } }).terms?.licenseType ?? '') : '';
      }
      const frozen = {
        registrationNumber: registrationNumber ?? '',
        jurisdiction: jurisdiction ?? '',
        sellerOrgName: orgName ?? '',
        tradeMode,
      };
      for (const [field, value] of Object.entries(frozen)) await this.redis.hSetNX(keys.deal(dealId), field, value);
      return canonicalDealRecord(await this.redis.hGetAll(keys.deal(dealId)));
    }
    return canonicalDealRecord(d);
  }

  /** A deal's inclusion proof, for its buyer, its seller organization's members and the organizer. */
  async proof(user: Principal, dealId: string): Promise<DealProofAnswer> {
    const [buyerId, sellerOrgId, at] = await this.redis.hmGet(keys.deal(dealId), ['buyerId', 'sellerOrgId', 'at']);
    if (!at) throw fail.notFound('deal');
    const party = user.role === 'organizer' || user.id === buyerId || (user.orgId !== undefined && user.orgId === sellerOrgId);
    if (!party) throw fail.forbidden('only the parties to a deal may fetch its proof', 'notParty');
    const day = Math.floor(Number(at) / DAY_MS);
    const { ids, leaves } = await this.leavesOfDay(day);
    const index = ids.indexOf(dealId);
    const root = merkleRoot(leaves);
    await this.redis.hSet(keys.ledgerMerkleRoots, utcDay(day * DAY_MS), `${leaves.length}:${root}`);
    return {
      day: utcDay(day * DAY_MS),
      record: await this.recordOf(dealId),
      leaf: leaves[index] as string,
      proof: merkleProof(leaves, index),
      root,
    };
  }
}
