import type { Auction, User } from '@pavilion/shared';

/** Why the viewer cannot bid now, or null when they can. */
export type BidBlock = 'checking' | 'guest' | 'organizer' | 'self' | 'notOpen' | 'closed' | null;

/** The auction's phase by the server's clock: a `scheduled` auction opens at `startsAt`, an open one stops taking bids at `endsAt`. */
export function phaseOf(
  auction: Pick<Auction, 'status' | 'startsAt' | 'endsAt'>,
  now: number | null,
): 'scheduled' | 'open' | 'ending' | 'closed' {
  if (auction.status === 'closed') return 'closed';
  if (now === null) return auction.status === 'scheduled' ? 'scheduled' : 'open';
  if (now < auction.startsAt) return 'scheduled';
  return now < auction.endsAt ? 'open' : 'ending';
}

/** The server's bidding rules, known up front so the screen can say why bidding is off (the server still decides). */
export function bidBlock(
  auction: Pick<Auction, 'status' | 'startsAt' | 'endsAt' | 'sellerOrgId'>,
  user: Pick<User, 'role' | 'orgId'> | null,
  authReady: boolean,
  now: number | null,
): BidBlock {
  const phase = phaseOf(auction, now);
  if (phase === 'closed' || phase === 'ending') return 'closed';
  if (!authReady) return 'checking';
  if (!user) return 'guest';
  if (user.role === 'organizer') return 'organizer';
  if (user.orgId && auction.sellerOrgId && user.orgId === auction.sellerOrgId) return 'self';
  if (phase === 'scheduled') return 'notOpen';
  return null;
}

/** The end moved later between two versions of an open auction (a soft-close extension), or null. */
export function extensionOf(
  prev: Pick<Auction, 'endsAt'> | null,
  next: Pick<Auction, 'endsAt' | 'status'>,
): { from: number; to: number } | null {
  if (!prev || next.status === 'closed' || next.endsAt <= prev.endsAt) return null;
  return { from: prev.endsAt, to: next.endsAt };
}

/** Whether the viewer led before this version and no longer does (they were outbid). */
export function lostLead(prev: Pick<Auction, 'leaderId'> | null, next: Pick<Auction, 'leaderId'>, viewerId: string | null): boolean {
  return Boolean(viewerId && prev?.leaderId === viewerId && next.leaderId !== viewerId);
}

/** Who leads, as the viewer may see it: themselves, a numbered pseudonym, or nobody yet. */
export type Leader = { kind: 'none' } | { kind: 'you' } | { kind: 'bidder'; number: number | null };

export function leaderOf(auction: Pick<Auction, 'leaderId'>, numbers: ReadonlyMap<string, number>, viewerId: string | null): Leader {
  if (!auction.leaderId) return { kind: 'none' };
  if (viewerId && auction.leaderId === viewerId) return { kind: 'you' };
  return { kind: 'bidder', number: numbers.get(auction.leaderId) ?? null };
}
