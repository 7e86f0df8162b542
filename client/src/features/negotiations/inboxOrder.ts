import type { Negotiation } from '@pavilion/shared';

/** An inbox in the contract's order: last activity first (ties by id, so the order is stable). */
export function sortInbox(items: readonly Negotiation[]): Negotiation[] {
  return [...items].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A pushed negotiation in the inbox: a newer version replaces the listed one (keeping its unread count,
 * which broadcasts do not carry: the re-fetch that follows brings the exact one), an unknown one is
 * added, an older or repeated version changes nothing.
 */
export function applyInboxUpdate(items: readonly Negotiation[], incoming: Negotiation): Negotiation[] {
  const listed = items.find((n) => n.id === incoming.id);
  if (listed && incoming.seq <= listed.seq) return items as Negotiation[];
  const next = listed
    ? items.map((n) => (n.id === incoming.id ? { ...n, ...incoming, unread: incoming.unread ?? n.unread } : n))
    : [...items, incoming];
  return sortInbox(next);
}
