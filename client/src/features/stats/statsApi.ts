import type { DealProofAnswer, LedgerRootsAnswer, SeriesBucket, StatsSeries } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The statistics routes the page needs beyond `GET /api/stats` (which the store loads). */
export const statsApi = {
  /** Deal value over time; without a bucket the server picks the one that keeps the series short. */
  series: (bucket: SeriesBucket | undefined, opts?: RequestOptions) =>
    request<StatsSeries>('GET', `/stats/series${bucket ? `?bucket=${bucket}` : ''}`, undefined, opts),
  /** The public Merkle roots of the ledger's days, newest first. */
  ledgerRoots: (opts?: RequestOptions) => request<LedgerRootsAnswer>('GET', '/ledger/roots?limit=60', undefined, opts),
  /** A deal's inclusion proof (its parties and the organizer only). */
  dealProof: (dealId: string, opts?: RequestOptions) =>
    request<DealProofAnswer>('GET', `/deals/${encodeURIComponent(dealId)}/proof`, undefined, opts),
};
