import { z } from 'zod';
import type { DealsQuery } from '../catalog.js';
import type { Region } from '../domain.js';
import type { Deal } from '../entities/deals.js';

/** A deal as the ledger keeps it: the contract's shape plus the seller's region and hall, and display names. */
export type LedgerDeal = Deal & {
  /** The selling organization's region (`''` if it had none recorded). */
  sellerRegion: Region | '';
  hallId: string;
  /** The exhibit's title when the deal was read (`''` if the exhibit is gone). */
  exhibitTitle: string;
  /** The selling organization's name (`''` if it is gone). */
  sellerOrgName: string;
};

/** Answer of `GET /api/deals` (JSON): the deals asked for, newest first. */
export interface DealsAnswer {
  items: LedgerDeal[];
}

/** The filters of `GET /api/deals` as a form holds them: every one present, `''` meaning "any". */
export type LedgerFilters = { [K in 'type' | 'region' | 'source' | 'from' | 'to']-?: NonNullable<DealsQuery[K]> | '' };

/**
 * The canonical deal record a ledger leaf hashes: `JSON.stringify` of exactly these keys in this order, no
 * spaces. It names what was traded, by whom it was sold and for how much — never the buyer.
 */
export interface CanonicalDealRecord {
  dealId: string;
  /** UTC day of `agreedAt`, `YYYY-MM-DD`: the day whose tree holds the deal. */
  day: string;
  exhibitId: string;
  ipType: string;
  jurisdiction: string;
  registrationNumber: string;
  sellerOrgId: string;
  sellerOrgName: string;
  tradeMode: string;
  /** Minor units. */
  amount: number;
  currency: string;
  source: string;
  /** Epoch ms, Redis's clock at agreement. */
  agreedAt: number;
}

/** One day of the public ledger: its Merkle root over the day's deals. */
export interface LedgerRoot {
  day: string;
  root: string;
  count: number;
}

/** Answer of `GET /api/ledger/roots` (public): newest day first. */
export interface LedgerRootsAnswer {
  items: LedgerRoot[];
}

/** One step up an inclusion proof: the sibling's hash and the side it sits on. */
export interface MerkleStep {
  side: 'left' | 'right';
  hash: string;
}

/**
 * Answer of `GET /api/deals/:id/proof` (the deal's parties and the organizer). `record` is the canonical
 * record as a JSON string; `leaf = sha256(record)`; going up, a `left` sibling gives `sha256(hash + current)`
 * and a `right` one `sha256(current + hash)` (hex strings concatenated); the last value is `root`.
 */
export interface DealProofAnswer {
  day: string;
  record: string;
  leaf: string;
  proof: MerkleStep[];
  root: string;
}

/** Query of `GET /api/ledger/roots`. */
export const LedgerRootsQuery = z.strictObject({
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(366).default(60),
});
