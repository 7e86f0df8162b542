import type { QueryClient } from '@tanstack/react-query';
import { analyticsKeys } from '../features/exhibitor/analytics/analyticsApi';
import { organizerKeys } from '../features/organizer/organizerApi';
import { onServer } from '../net/socket';

/**
 * The server's pushes that make cached reads stale. Invalidating re-reads only what a screen shows now; the
 * rest is read afresh when a screen next needs it.
 */
export function bindQueryInvalidation(client: QueryClient): () => void {
  const stale = (queryKey: readonly unknown[]) => void client.invalidateQueries({ queryKey });
  let dealsSeen: number | null = null;
  const offs = [
    // Visitors and deals move the hall figures; only a new deal changes the ledger.
    onServer('stats:updated', ({ stats }) => {
      stale(organizerKeys.halls());
      if (stats.deals !== dealsSeen) stale(organizerKeys.ledgers());
      dealsSeen = stats.deals;
    }),
    // To the buyer's and the seller organization's sockets: negotiation counts by status, and a deal if it closed.
    onServer('negotiation:updated', () => stale(analyticsKeys.all)),
    onServer('auction:updated', () => stale(analyticsKeys.auctionLists())),
    onServer('auction:closed', () => {
      stale(analyticsKeys.all);
      stale(organizerKeys.ledgers());
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
