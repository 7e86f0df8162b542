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
