import type { Deal, IpType, Region } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';

/** The ledger's Lua library; features that create deals compose it in front of their script. */
export const RECORD_DEAL_LUA = { file: './recordDeal.lua', base: import.meta.url };

/** What a feature knows about a deal it is about to create (its script fills in id and time). */
export interface DealDraft {
  id: string;
  exhibitId: string;
  ipType: IpType;
  buyerId: string;
  sellerOrgId: string;
  sellerRegion: Region;
  hallId: string;
  source: Deal['source'];
  sourceId: string;
}

/**
 * The keys `record_deal` writes, in the order a composing script receives them after its own keys.
 * Scripts pass them as KEYS so the whole step stays declared (and movable to Cluster via an outbox).
 */
export function dealKeys(d: Pick<DealDraft, 'id' | 'source' | 'sourceId' | 'buyerId' | 'sellerOrgId'>): string[] {
  return [
    keys.deal(d.id),
    keys.dealBySource(d.source, d.sourceId),
    keys.ledger,
    keys.ledgerTotals,
    keys.buyerDeals(d.buyerId),
    keys.orgDeals(d.sellerOrgId),
    keys.dealsByTime,
    keys.ledgerCopyrights,
    keys.ledgerSeries,
    keys.ledgerByHall,
    keys.ledgerByOrg,
    keys.ledgerTopOrgs,
  ];
}

/** Number of keys {@link dealKeys} returns. */
export const DEAL_KEY_COUNT = 12;
