import type { Negotiation, Offer, User } from '@pavilion/shared';

/** The viewer's part in a negotiation: a party, an organizer reading it, or nobody. */
export type NegotiationRole = 'buyer' | 'seller' | 'observer' | 'none';

/** Who the signed-in user is in this negotiation (the server enforces the same rule). */
export function roleIn(
  negotiation: Pick<Negotiation, 'buyerId' | 'sellerOrgId'>,
  user: Pick<User, 'id' | 'role' | 'orgId'> | null,
): NegotiationRole {
  if (!user) return 'none';
  if (user.id === negotiation.buyerId) return 'buyer';
  if (user.orgId && user.orgId === negotiation.sellerOrgId) return 'seller';
  return user.role === 'organizer' ? 'observer' : 'none';
}

/** Whether an offer's own deadline has passed (by the server's clock as best we know it). */
export function isExpired(offer: Offer | undefined, now: number): boolean {
  return offer?.terms.expiresAt !== undefined && offer.terms.expiresAt <= now;
}

/** What the viewer may do now. The rules are the server's; the UI only offers what would be accepted. */
export interface NegotiationActions {
  /** Make an offer, a counter-offer, or revise one's own latest offer. */
  offer: boolean;
  /** Accept / reject the latest offer: only the other side's, and (to accept) only before it expires. */
  accept: boolean;
  reject: boolean;
  withdraw: boolean;
  /** The latest offer is the viewer's own: the other side is to answer. */
  waitingForOtherSide: boolean;
}

export function actionsFor(negotiation: Pick<Negotiation, 'status' | 'offers'>, role: NegotiationRole, now: number): NegotiationActions {
  const party = role === 'buyer' || role === 'seller';
  const open = negotiation.status === 'open';
  const latest = negotiation.offers.at(-1);
  const theirs = Boolean(latest && party && latest.side !== role);
  return {
    offer: party && open,
    accept: open && theirs && !isExpired(latest, now),
    reject: open && theirs,
    withdraw: party && open,
    waitingForOtherSide: open && party && Boolean(latest) && !theirs,
  };
}

/**
 * A pushed negotiation replacing the one on screen. Broadcasts leave out the viewer's `unread` count
 * (it is per reader), so the screen keeps the one it has.
 */
export function mergeNegotiation(current: Negotiation | null, incoming: Negotiation): Negotiation {
  if (!current) return incoming;
  return { ...current, ...incoming, unread: incoming.unread ?? current.unread };
}

/** The name to show for whoever made an offer: the buyer's name or the selling organization's. */
export function offerAuthor(negotiation: Pick<Negotiation, 'buyerName' | 'sellerOrgName'>, offer: Pick<Offer, 'side'>): string | undefined {
  return offer.side === 'buyer' ? negotiation.buyerName || undefined : negotiation.sellerOrgName || undefined;
}
