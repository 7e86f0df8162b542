import type { DealTick } from '@pavilion/shared';

/** How many deal ids the ticker remembers, so a late, older snapshot never passes its deals off as new. */
const REMEMBERED = 500;

/** The ticker as the page shows it: the latest deals (newest first), and which of them just arrived. */
export interface TickerState {
  deals: DealTick[];
  /** Ids of the deals that arrived with the last update (highlighted and announced). */
  fresh: ReadonlySet<string>;
  /** Ids already shown, newest last, bounded by {@link REMEMBERED}. */
  seen: readonly string[];
}

/**
 * Takes the server's latest deals into the ticker. The first snapshot only fills it (nothing is "new" when
 * the page opens); later ones mark the deals never shown before as fresh, newest first. A snapshot whose
 * deals are all known (a visitor count changed, say) keeps the same state object, so nothing re-renders.
 */
export function mergeTicker(prev: TickerState | null, incoming: readonly DealTick[]): TickerState {
  if (!prev) return { deals: [...incoming], fresh: new Set(), seen: incoming.map((d) => d.id).reverse() };
  const known = new Set(prev.seen);
  const arrived = incoming.filter((d) => !known.has(d.id));
  const sameList = incoming.length === prev.deals.length && incoming.every((d, i) => d.id === prev.deals[i]?.id);
  if (arrived.length === 0 && sameList) return prev;
  const seen = [...prev.seen, ...arrived.map((d) => d.id).reverse()].slice(-REMEMBERED);
  return { deals: [...incoming], fresh: new Set(arrived.map((d) => d.id)), seen };
}

/** The deals that arrived with the last update, newest first (what the live region announces). */
export function freshDeals(state: TickerState): DealTick[] {
  return state.deals.filter((d) => state.fresh.has(d.id));
}
