import type { QueryClient } from '@tanstack/react-query';
import { analyticsKeys, exhibitorKeys } from '../features/exhibitor';
import { organizerKeys } from '../features/organizer';
import { boothKeys } from '../net/boothQuery';
import { connectionState, onConnectionState, onServer } from '../net/socket';

/** Occupancy reports closer together than this re-read a booth's visitor list once (ms). */
const OCCUPANCY_COALESCE_MS = 250;

/**
 * The server's pushes that make cached reads stale. Invalidating re-reads only what a screen shows now; the
 * rest is read afresh when a screen next needs it.
 */
export function bindQueryInvalidation(client: QueryClient): () => void {
  const stale = (queryKey: readonly unknown[]) => void client.invalidateQueries({ queryKey });
  let dealsSeen: number | null = null;
  let everOnline = connectionState() === 'online';
  const occupancyTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const offs = [
    // Visitors and deals move the hall figures; only a new deal changes the ledger.
    onServer('stats:updated', ({ stats }) => {
      stale(organizerKeys.halls());
      if (stats.deals !== dealsSeen) stale(organizerKeys.ledgers());
      dealsSeen = stats.deals;
    }),
    // To the buyer's and the seller organization's sockets: negotiation counts by status, and a deal if it closed;
    // the exhibit's status moves with it (negotiating, sold), which the booth records on screen show.
    onServer('negotiation:updated', () => {
      stale(analyticsKeys.all);
      stale(boothKeys.all);
    }),
    onServer('auction:updated', () => stale(analyticsKeys.auctionLists())),
    // Reaches the booth's organization wherever its staff are: who is in the booth now.
    onServer('booth:occupancy', ({ boothId }) => {
      if (occupancyTimers.has(boothId)) return;
      occupancyTimers.set(
        boothId,
        setTimeout(() => {
          occupancyTimers.delete(boothId);
          stale(exhibitorKeys.boothVisitors(boothId));
        }, OCCUPANCY_COALESCE_MS),
      );
    }),
    // Pushes missed while offline are lost (and a reconnect after sign-in or sign-out changes who reads): back
    // online, every read on screen is read again. The first connection follows the first reads.
    onConnectionState((state) => {
      if (state !== 'online') return;
      if (everOnline) void client.invalidateQueries();
      everOnline = true;
    }),
    // The exhibit leaves the auction, sold or back on offer.
    onServer('auction:closed', () => {
      stale(analyticsKeys.all);
      stale(boothKeys.all);
      stale(organizerKeys.ledgers());
    }),
  ];
  return () => {
    for (const timer of occupancyTimers.values()) clearTimeout(timer);
    for (const off of offs) off();
  };
}
