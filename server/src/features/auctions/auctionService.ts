import {
  AccessReason,
  type Auction,
  AuctionReason,
  type Bid,
  type CreateAuctionBody,
  type Deal,
  type ErrorCode,
  type IpType,
  type Money,
} from '@pavilion/shared';
import type { Logger } from 'pino';
import { AppError, fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import { FANOUT_LUA } from '../../realtime/orderedFanout.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { textFields } from '../../redis/hashFields.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RATE_LIMIT_LUA } from '../../redis/rateLimiter.js';
import type { Principal } from '../auth/authService.js';
import { LEGAL_STATUS_LUA } from '../catalog/legalStatus.js';
import type { DealsService } from '../deals/dealsService.js';
import { dealKeys, RECORD_DEAL_LUA } from '../deals/ledger.js';
import { EXCLUSIVE_LICENCES_LUA } from '../negotiations/exclusiveLicences.js';

const script = LuaScript.family(import.meta.url, [{ file: './auctionLib.lua', base: import.meta.url }]);
const createScript = script('createAuction', EXCLUSIVE_LICENCES_LUA, LEGAL_STATUS_LUA);
const bidScript = script('placeBid', FANOUT_LUA, RATE_LIMIT_LUA);
const closeScript = script('closeAuction', FANOUT_LUA, RECORD_DEAL_LUA);

/** Default soft-close window (docs/protocol.md: 120 s) and hard-end margin (1 h). */
export const SOFT_CLOSE_MS = 120_000;

/** How long a refused bid's answer is kept for a client retrying the same bidId (accepted ones are kept for good). */
export const REFUSED_BID_TTL_MS = 10 * 60_000;

/** Bid attempts allowed per bidder per auction per window (0 = no limit): far above what a person types. */
export interface BidLimits {
  attemptsPerWindow: number;
  windowMs: number;
}
export const DEFAULT_BID_LIMITS: BidLimits = { attemptsPerWindow: 30, windowMs: 10_000 };

/** The fanout kinds the auction scripts announce (see realtime/orderedFanout.ts). */
export const AUCTION_FANOUT = { bid: 'auction:bid', closed: 'auction:closed' } as const;

/** What placeBid.lua announces: the snapshot it produced and who lost the lead ('' nobody). */
export interface AnnouncedBid {
  auction: AuctionSnapshot;
  outbid: string;
}
/** What closeAuction.lua announces (numbers as strings). */
export interface AnnouncedClose {
  auction: AuctionSnapshot;
  deal?: Record<string, string>;
}
/** The public fields of an auction hash as the scripts read them (`public_auction` in auctionLib.lua). */
export type AuctionSnapshot = Record<string, string>;

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

/** What placing a bid did, for acks and notifications. */
export interface BidResult {
  auction: Auction;
  leading: boolean;
  /** False when the bid only raised the leader's own maximum (no visible bid). */
  placed: boolean;
  /** The bidder who lost the lead through this bid (for an outbid notice). */
  outbid: string | null;
  extended: boolean;
  duplicate: boolean;
}

/** A close that happened now (exactly one caller across the cluster sees it). */
export interface ClosedAuction {
  auction: Auction;
  deal?: Deal;
}

/**
 * English auctions with proxy bids, a secret reserve, soft close and exactly-once closing. Every bid
 * and every close is one Lua script judged by Redis's clock; deadlines live in a sorted set that every
 * node polls, so an auction closes on time whichever nodes are alive.
 */
export class AuctionService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
    private readonly logger: Logger,
    private readonly bidLimits: BidLimits = DEFAULT_BID_LIMITS,
  ) {}

  async create(user: Principal, body: CreateAuctionBody): Promise<Auction> {
    if (!user.orgId) throw fail.forbidden("only staff of the exhibit's organization may auction it", AccessReason.notStaff);
    const id = newId('auc');
    const tiers = body.incrementTiers?.map((t) => ({ from: t.from.amount, step: t.step.amount }));
    await createScript.run(
      this.redis,
      [
        keys.exhibit(body.exhibitId),
        keys.auction(id),
        keys.auctionDeadlines,
        keys.auctionsByStart,
        keys.orgAuctions(user.orgId),
        keys.exhibitExclusiveLicences(body.exhibitId),
      ],
      [
        id,
        user.orgId,
        body.startPrice.amount,
        body.minIncrement.amount,
        tiers ? JSON.stringify(tiers) : '',
        body.reservePrice?.amount ?? 0,
        body.startsAt ?? '',
        body.endsAt,
        body.hardEndsAt ?? '',
        body.softCloseMs ?? SOFT_CLOSE_MS,
        Date.now(),
      ],
    );
    return this.auction(id);
  }

  async bid(user: Principal, auctionId: string, bidId: string, amount: Money, maxAmount?: Money): Promise<BidResult> {
    if (user.role === 'organizer') throw fail.forbidden('organizers do not bid', AuctionReason.organizerBid);
    const reply = (await bidScript.run(
      this.redis,
      [
        keys.auction(auctionId),
        keys.auctionBids(auctionId),
        keys.auctionOutcomes(auctionId),
        keys.auctionDeadlines,
        keys.auctionRefusedBid(auctionId, bidId),
        keys.rateLimit('auction-bids', `${auctionId}:${user.id}`),
      ],
      [
        bidId,
        user.id,
        user.orgId ?? '',
        amount.amount,
        maxAmount?.amount ?? '',
        REFUSED_BID_TTL_MS,
        this.bidLimits.attemptsPerWindow,
        this.bidLimits.windowMs,
      ],
    )) as [string, string, string?];
    const outcome = JSON.parse(reply[1]) as {
      ok: boolean;
      code?: ErrorCode;
      reason?: AuctionReason;
      message?: string;
      minimum?: string;
      retryAfterMs?: string;
      leading?: boolean;
      placed?: boolean;
      outbid?: string;
      extended?: boolean;
    };
    if (!outcome.ok) {
      if (outcome.code === 'RATE_LIMITED') throw fail.rateLimited(Number(outcome.retryAfterMs ?? 0), AccessReason.tooFast, 'bids');
      throw new AppError(outcome.code ?? 'CONFLICT', outcome.message ?? 'bid refused', {
        reason: outcome.reason,
        details: outcome.minimum ? { minimum: cny(Number(outcome.minimum)) } : undefined,
      });
    }
    return {
      auction: fromSnapshot(JSON.parse(reply[2] ?? '{}') as AuctionSnapshot),
      leading: outcome.leading === true,
      placed: outcome.placed !== false,
      outbid: outcome.outbid ? outcome.outbid : null,
      extended: outcome.extended === true,
      duplicate: reply[0] === 'dup',
    };
  }

  /** Closes every auction whose deadline has passed (by Redis's clock); returns those this call closed. */
  async closeDue(limit = 100): Promise<ClosedAuction[]> {
    const now = await redisNow(this.redis);
    const due = await this.redis.zRangeByScore(keys.auctionDeadlines, '-inf', now, { LIMIT: { offset: 0, count: limit } });
    const closed: ClosedAuction[] = [];
    for (const id of due) {
      const result = await this.close(id);
      if (result) closed.push(result);
    }
    return closed;
  }

  /** Runs the idempotent close script for one auction; the result only when this call closed it. */
  async close(auctionId: string): Promise<ClosedAuction | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [leaderId, sellerOrgId] = await this.redis.hmGet(keys.auction(auctionId), ['leaderId', 'sellerOrgId']);
      const dealId = newId('deal');
      const [outcome, value, snapshot] = (await closeScript.run(
        this.redis,
        [
          keys.auction(auctionId),
          keys.auctionDeadlines,
          keys.exhibit((await this.redis.hGet(keys.auction(auctionId), 'exhibitId')) ?? '-'),
          ...dealKeys({ id: dealId, source: 'auction', sourceId: auctionId, buyerId: leaderId || '-', sellerOrgId: sellerOrgId ?? '-' }),
        ],
        [JSON.stringify({ id: dealId }), leaderId ?? ''],
      )) as [string, string, string?];
      if (outcome === 'retry') continue;
      if (outcome !== 'sold' && outcome !== 'unsold') return null;
      const auction = fromSnapshot(JSON.parse(snapshot ?? '{}') as AuctionSnapshot);
      const deal = outcome === 'sold' ? await this.deals.deal(value) : null;
      return deal ? { auction, deal } : { auction };
    }
    this.logger.warn({ auctionId }, 'auction close kept racing with bids; will retry on the next poll');
    return null;
  }

  async auction(id: string): Promise<Auction> {
    const a = await this.redis.hGetAll(keys.auction(id));
    if (!a.id) throw fail.notFound('auction');
    return toAuction(a, await redisNow(this.redis));
  }

  /** The bid log, newest first. */
  async bids(id: string, limit = 200): Promise<Bid[]> {
    const rows = await this.redis.xRevRange(keys.auctionBids(id), '+', '-', { COUNT: limit });
    return rows.map((r) => {
      const m = r.message as Record<string, string>;
      return {
        id: m.bidId ?? r.id,
        auctionId: id,
        bidderId: m.bidderId ?? '',
        amount: cny(Number(m.amount)),
        at: Number(m.at),
        proxy: m.proxy === '1',
      };
    });
  }

  /** Auctions live now, upcoming and recently closed. */
  /** The expo's latest 500 auctions (or every auction of one organization) as live, upcoming and closed. */
  async list(orgId?: string): Promise<{ live: Auction[]; upcoming: Auction[]; closed: Auction[] }> {
    const ids = orgId
      ? await this.redis.zRange(keys.orgAuctions(orgId), 0, -1, { REV: true })
      : await this.redis.zRange(keys.auctionsByStart, 0, 499, { REV: true });
    const now = await redisNow(this.redis);
    const all = (await Promise.all(ids.map((id) => this.redis.hGetAll(keys.auction(id)))))
      .filter((a) => a.id)
      .map((a) => toAuction(a, now));
    return {
      live: all.filter((a) => a.status === 'open').sort((x, y) => x.endsAt - y.endsAt),
      upcoming: all.filter((a) => a.status === 'scheduled').sort((x, y) => x.startsAt - y.startsAt),
      closed: all.filter((a) => a.status === 'closed').slice(0, orgId ? undefined : 50),
    };
  }
}

/** An auction as a script announced or returned it (`public_auction`: no reserve, no maxima, `now` included). */
export function fromSnapshot(s: AuctionSnapshot): Auction {
  return toAuction(s, Number(s.now ?? 0));
}

/** A deal as closeAuction.lua announces it (the contract's fields, numbers as strings). */
export function dealFromAnnouncement(d: Record<string, string>): Deal {
  const at = Number(d.at ?? 0);
  return {
    ...textFields(d, ['id', 'exhibitId', 'buyerId', 'sellerOrgId', 'sourceId']),
    ipType: (d.ipType ?? 'patent') as IpType,
    amount: cny(Number(d.amount ?? 0)),
    source: 'auction',
    at,
    // A closing auction has just made the deal: nothing has happened to it since.
    stage: 'agreed',
    stages: [{ stage: 'agreed', at, by: 'system' }],
  };
}

/**
 * An auction hash (or a script's public snapshot, which carries `reserveMet` instead of the reserve) as
 * clients see it; the reserve and every maximum stay secret.
 */
export function toAuction(a: Record<string, string>, now: number): Auction {
  const price = Number(a.currentPrice ?? 0);
  const reserve = Number(a.reservePrice ?? 0);
  const hasBids = (a.leaderId ?? '') !== '';
  const tiers = a.tiers ? (JSON.parse(a.tiers) as { from: number; step: number }[]) : undefined;
  let step = Number(a.minIncrement ?? 0);
  for (const t of tiers ?? []) if (price >= t.from) step = t.step;
  const status: Auction['status'] = a.status === 'closed' ? 'closed' : now < Number(a.startsAt) ? 'scheduled' : 'open';
  const out: Auction = {
    id: a.id ?? '',
    exhibitId: a.exhibitId ?? '',
    status,
    startPrice: cny(Number(a.startPrice ?? 0)),
    minIncrement: cny(Number(a.minIncrement ?? 0)),
    bidCount: Number(a.bidCount ?? 0),
    startsAt: Number(a.startsAt ?? 0),
    endsAt: Number(a.endsAt ?? 0),
    hardEndsAt: Number(a.hardEndsAt ?? 0),
    softCloseMs: Number(a.softCloseMs ?? SOFT_CLOSE_MS),
    reserveMet: a.reserveMet !== undefined ? a.reserveMet === '1' : reserve === 0 || (hasBids && price >= reserve),
    seq: Number(a.seq ?? 0),
    nextMinimum: cny(hasBids ? price + step : Number(a.startPrice ?? 0)),
    exhibitTitle: a.exhibitTitle ?? '',
    ipType: (a.ipType ?? 'patent') as IpType,
    sellerOrgId: a.sellerOrgId ?? '',
    boothId: a.boothId ?? '',
    hallId: a.hallId ?? '',
  };
  if (hasBids) {
    out.currentPrice = cny(price);
    out.leaderId = a.leaderId;
  }
  if (tiers) out.incrementTiers = tiers.map((t) => ({ from: cny(t.from), step: cny(t.step) }));
  if (a.dealId) out.dealId = a.dealId;
  return out;
}
