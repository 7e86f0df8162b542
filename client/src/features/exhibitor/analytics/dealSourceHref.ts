import type { Deal } from '@pavilion/shared';

/**
 * Where a deal was struck: its auction or negotiation page. There is no page per exhibit and a deal does not
 * name its booth; both of these show the exhibit and link to its booth.
 */
export function dealSourceHref(deal: Pick<Deal, 'source' | 'sourceId'>): string | null {
  if (!deal.sourceId) return null;
  const id = encodeURIComponent(deal.sourceId);
  return deal.source === 'auction' ? `/auctions/${id}` : `/negotiations/${id}`;
}
