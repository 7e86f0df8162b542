import type { AuctionInvitation, AuctionInvitationsAnswer, RankedBidder } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { numberFields, textFields } from '../../redis/hashFields.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import type { NegotiationService } from '../negotiations/negotiationService.js';

const inviteScript = LuaScript.fromFile('./inviteBidders.lua', import.meta.url);
const answerScript = LuaScript.fromFile('./answerInvitation.lua', import.meta.url);

/** The most bids read to rank an auction's bidders (a closed auction's log never changes). */
const MAX_BIDS_READ = 10_000;
/** The most invitations a bidder's inbox lists. */
const INBOX_LIMIT = 100;

/** Where invitation changes go: the bidder's sockets in full, the seller organization's anonymised. */
export type InvitationAnnouncer = (invitation: AuctionInvitation) => void;

function toInvitation(r: Record<string, string>): AuctionInvitation {
  const inv: AuctionInvitation = {
    ...textFields(r, ['id', 'auctionId', 'exhibitId', 'exhibitTitle', 'sellerOrgId', 'bidderId']),
    ...numberFields(r, ['rank', 'createdAt']),
    amount: { amount: Number(r.amount ?? 0), currency: 'CNY' },
    status: (r.status ?? 'pending') as AuctionInvitation['status'],
  };
  if (r.answeredAt) inv.answeredAt = Number(r.answeredAt);
  if (r.negotiationId) inv.negotiationId = r.negotiationId;
  return inv;
}

/** An invitation as the seller sees it: who the bidder is only once they accepted. */
export function forSeller(inv: AuctionInvitation): AuctionInvitation {
  if (inv.status === 'accepted') return inv;
  const { bidderId: _hidden, bidderName: _name, ...anonymous } = inv;
  return anonymous;
}

/**
 * Invitations to negotiate after an auction closed below its reserve (the seller invites bidders by rank;
 * the bidder accepts — a negotiation opens with their last visible bid as its first offer — or declines).
 */
export class InvitationService {
  constructor(
    private readonly redis: Redis,
    private readonly negotiations: NegotiationService,
    private readonly announce: InvitationAnnouncer,
  ) {}

  /** The auction's distinct bidders by last visible bid, highest first (rank 1). */
  private async ranking(auctionId: string): Promise<{ bidderId: string; amount: number }[]> {
    const rows = await this.redis.xRevRange(keys.auctionBids(auctionId), '+', '-', { COUNT: MAX_BIDS_READ });
    const seen = new Set<string>();
    const ranked: { bidderId: string; amount: number }[] = [];
    for (const r of rows) {
      const m = r.message as Record<string, string>;
      const bidderId = m.bidderId ?? '';
      if (!bidderId || seen.has(bidderId)) continue;
      seen.add(bidderId);
      ranked.push({ bidderId, amount: Number(m.amount) });
    }
    return ranked;
  }

  /** Reads the auction and refuses what the script would refuse, in the order a caller can act on. */
  private async sellersClosedAuction(user: Principal, auctionId: string): Promise<void> {
    const [id, sellerOrgId, status, dealId] = await this.redis.hmGet(keys.auction(auctionId), ['id', 'sellerOrgId', 'status', 'dealId']);
    if (!id) throw fail.notFound('auction');
    if (!user.orgId || user.orgId !== sellerOrgId) throw fail.forbidden('only the seller may invite bidders', 'notStaff');
    if (status !== 'closed') throw fail.conflict('the auction has not closed', 'notClosed');
    if (dealId) throw fail.conflict('the auction sold the exhibit', 'sold');
  }

  async invite(user: Principal, auctionId: string, ranks: number[]): Promise<AuctionInvitation[]> {
    await this.sellersClosedAuction(user, auctionId);
    const ranking = await this.ranking(auctionId);
    const outOfRange = ranks.findIndex((r) => r > ranking.length);
    if (outOfRange >= 0)
      throw fail.invalid(`body.ranks.${outOfRange}: the auction has ${ranking.length} bidder(s)`, [
        { path: `body.ranks.${outOfRange}`, code: 'custom', params: { reason: 'rankOutOfRange', bidders: ranking.length } },
      ]);
    const invitees = ranks.map((rank) => ({ id: newId('inv'), rank, ...(ranking[rank - 1] as { bidderId: string; amount: number }) }));
    await inviteScript.run(
      this.redis,
      [
        keys.auction(auctionId),
        keys.auctionInvited(auctionId),
        ...invitees.flatMap((i) => [keys.invitation(i.id), keys.userInvitations(i.bidderId)]),
      ],
      [user.orgId ?? '', ...invitees.flatMap((i) => [i.id, i.bidderId, i.rank, i.amount])],
    );
    const invitations = await Promise.all(invitees.map((i) => this.load(i.id)));
    for (const inv of invitations) this.announce(inv);
    return invitations.map(forSeller);
  }

  /** The seller's view of a closed auction: its bidders by rank with their last bids and invitations. */
  async forAuction(user: Principal, auctionId: string): Promise<AuctionInvitationsAnswer> {
    const [id, sellerOrgId] = await this.redis.hmGet(keys.auction(auctionId), ['id', 'sellerOrgId']);
    if (!id) throw fail.notFound('auction');
    if (!user.orgId || user.orgId !== sellerOrgId) throw fail.forbidden("only the seller's staff see its bidders' invitations", 'notStaff');
    const [ranking, invited] = await Promise.all([this.ranking(auctionId), this.redis.hGetAll(keys.auctionInvited(auctionId))]);
    const bidders: RankedBidder[] = [];
    for (const [i, b] of ranking.entries()) {
      const row: RankedBidder = { rank: i + 1, amount: { amount: b.amount, currency: 'CNY' } };
      const invitationId = invited[b.bidderId];
      if (invitationId) row.invitation = forSeller(await this.load(invitationId));
      bidders.push(row);
    }
    return { bidders };
  }

  /** The caller's invitations, newest first. */
  async mine(user: Principal): Promise<AuctionInvitation[]> {
    const ids = await this.redis.zRange(keys.userInvitations(user.id), 0, INBOX_LIMIT - 1, { REV: true });
    return Promise.all(ids.map((id) => this.load(id)));
  }

  /**
   * The bidder accepts: the acceptance is recorded once, then a negotiation opens (or the bidder's open one
   * on the exhibit is reused) with their last visible bid as the first offer. If it cannot open (the exhibit
   * sold meanwhile, lapsed…), the acceptance is undone and the refusal passed on.
   */
  async accept(user: Principal, invitationId: string): Promise<AuctionInvitation> {
    const outcome = await answerScript.run(this.redis, [keys.invitation(invitationId)], [user.id, 'accept', '']);
    const inv = await this.load(invitationId);
    if (outcome === 'already' && inv.negotiationId) return inv;
    try {
      const opened = await this.negotiations.open(user, inv.exhibitId);
      const negotiationId = opened.update.negotiation.id;
      await this.negotiations.offer(user, negotiationId, `invitation-${invitationId}`, {
        price: inv.amount,
        licenseType: 'assignment',
        territory: 'WORLDWIDE',
      });
      await answerScript.run(this.redis, [keys.invitation(invitationId)], [user.id, 'link', negotiationId]);
    } catch (err) {
      await answerScript.run(this.redis, [keys.invitation(invitationId)], [user.id, 'revert', '']);
      throw err;
    }
    const accepted = await this.load(invitationId);
    this.announce(accepted);
    return accepted;
  }

  async decline(user: Principal, invitationId: string): Promise<AuctionInvitation> {
    await answerScript.run(this.redis, [keys.invitation(invitationId)], [user.id, 'decline', '']);
    const inv = await this.load(invitationId);
    this.announce(inv);
    return inv;
  }

  private async load(id: string): Promise<AuctionInvitation> {
    const r = await this.redis.hGetAll(keys.invitation(id));
    if (!r.id) throw fail.notFound('invitation');
    const inv = toInvitation(r);
    if (inv.status === 'accepted' && inv.bidderId) {
      const name = await this.redis.hGet(keys.user(inv.bidderId), 'displayName');
      if (name) inv.bidderName = name;
    }
    return inv;
  }
}
