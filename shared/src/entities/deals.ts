import type { DealSource, IpType } from '../domain.js';
import type { Money } from '../money.js';

/** One agreed transaction in the ledger. */
export interface Deal {
  id: string;
  exhibitId: string;
  ipType: IpType;
  amount: Money;
  buyerId: string;
  sellerOrgId: string;
  source: DealSource;
  sourceId: string;
  at: number;
}
