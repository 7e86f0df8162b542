import type { Negotiation, NegotiationUpdated, Offer, User } from '@pavilion/shared';

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

/** Offers from two reads, each once (offers never change), oldest first. */
export function mergeOffers(a: readonly Offer[], b: readonly Offer[]): Offer[] {
  const byVersion = new Map<number, Offer>();
  for (const o of [...a, ...b]) byVersion.set(o.version, o);
  return [...byVersion.values()].sort((x, y) => x.version - y.version);
}

/** The newest run of offers without a missing version: what can be shown as one history. */
function contiguousTail(offers: Offer[]): Offer[] {
  let start = offers.length - 1;
  while (start > 0 && (offers[start - 1] as Offer).version === (offers[start] as Offer).version - 1) start -= 1;
  return start <= 0 ? offers : offers.slice(start);
}

/**
 * A read of the negotiation (its newest page of offers) replacing the one on screen: the offers loaded
 * before stay when they join up with the new page (earlier pages the viewer asked for). Broadcasts
 * leave out the viewer's `unread` count (it is per reader), so the screen keeps the one it has.
 */
export function mergeNegotiation(current: Negotiation | null, incoming: Negotiation): Negotiation {
  if (!current || current.id !== incoming.id) return incoming;
  return {
    ...current,
    ...incoming,
    offers: contiguousTail(mergeOffers(current.offers, incoming.offers)),
    unread: incoming.unread ?? current.unread,
  };
}

/**
 * One step (a push or an ack: the header and the offer it added) applied to the negotiation on screen,
 * whose `seq` it follows. Null when the history on screen would miss an offer: re-read it then.
 */
export function applyStep(current: Negotiation, step: NegotiationUpdated): Negotiation | null {
  const offers = mergeOffers(current.offers, step.offer ? [...step.negotiation.offers, step.offer] : step.negotiation.offers);
  const newest = offers.at(-1)?.version ?? 0;
  if (newest !== step.negotiation.offerCount || contiguousTail(offers).length !== offers.length) return null;
  return { ...current, ...step.negotiation, offers, unread: current.unread };
}

/** The first version not on screen yet, going back (0 when the whole history is loaded). */
export function earlierOffersBefore(negotiation: Pick<Negotiation, 'offers'>): number {
  const first = negotiation.offers[0];
  return first && first.version > 1 ? first.version : 0;
}

/** The name to show for whoever made an offer: the buyer's name or the selling organization's. */
export function offerAuthor(negotiation: Pick<Negotiation, 'buyerName' | 'sellerOrgName'>, offer: Pick<Offer, 'side'>): string | undefined {
  return offer.side === 'buyer' ? negotiation.buyerName || undefined : negotiation.sellerOrgName || undefined;
}
