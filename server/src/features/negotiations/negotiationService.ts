import {
  type Deal,
  type Negotiation,
  type NegotiationHeader,
  type NegotiationUpdated,
  OFFER_PAGE,
  type Offer,
  type OfferTerms,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import { FANOUT_LUA } from '../../realtime/orderedFanout.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript, SHA256_LUA } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import { LEGAL_STATUS_LUA } from '../catalog/legalStatus.js';
import type { DealsService } from '../deals/dealsService.js';
import { dealKeys, RECORD_DEAL_LUA } from '../deals/ledger.js';
import { type AuditEntry, type AuditEntryBody, GENESIS_HASH, unstampedEntryJson, verifyChain } from './auditChain.js';
import { EXCLUSIVE_LICENCES_LUA } from './exclusiveLicences.js';
import { updateFromScript } from './negotiationUpdate.js';

const script = LuaScript.family(import.meta.url, [SHA256_LUA, { file: './negotiationLib.lua', base: import.meta.url }]);
const openScript = script('openNegotiation', FANOUT_LUA, LEGAL_STATUS_LUA, EXCLUSIVE_LICENCES_LUA);
const offerScript = script('makeOffer', FANOUT_LUA, EXCLUSIVE_LICENCES_LUA);
const decideScript = script('decideNegotiation', RECORD_DEAL_LUA, FANOUT_LUA, EXCLUSIVE_LICENCES_LUA, LEGAL_STATUS_LUA);
const auditScript = script('appendAudit');

/** How many times a step retries when another step moved the chain head first. */
const MAX_ATTEMPTS = 10;

/** How many offers may be made; 0 = unlimited (load tests). */
export interface NegotiationLimits {
  /** Offers one negotiation may receive per hour, both sides together. */
  offersPerNegotiationPerHour: number;
  /** Offers one user may make per minute, across all their negotiations. */
  offersPerUserPerMinute: number;
}

/**
 * A real negotiation is a few counter-offers a day; these leave room for a lively hour and stop a
 * script that floods its counterpart (`OFFERS_PER_NEGOTIATION_PER_HOUR`, `OFFERS_PER_USER_PER_MINUTE`).
 */
export const DEFAULT_NEGOTIATION_LIMITS: NegotiationLimits = { offersPerNegotiationPerHour: 60, offersPerUserPerMinute: 20 };

/** How long a `clientOfferId` is remembered for resends (seconds after the negotiation's latest offer). */
export const CLIENT_OFFER_KEY_TTL_S = 24 * 60 * 60;

/** Which part of the offer history a read returns: the `limit` offers before version `before` (default: the newest). */
export interface OfferPage {
  before?: number;
  limit: number;
}

/** The caller's part in a negotiation. */
export type Side = 'buyer' | 'seller' | 'observer';

interface Parties {
  side: Side;
  buyerId: string;
  sellerOrgId: string;
  exhibitId: string;
}

/** The result of a step, for its ack (its broadcast is the script's own announcement). */
export interface StepResult {
  /** The header after the step and the offer it added: the ack's body. */
  update: NegotiationUpdated;
  deal?: Deal;
  /** The exhibit's status may have changed (negotiating, sold). */
  exhibitId: string;
  parties: { buyerId: string; sellerOrgId: string };
}

/**
 * Private negotiations: open → (offer/counter)* → agreed | rejected | withdrawn. Each step is one Lua
 * script (state, offers, inboxes, the exhibit and — on acceptance — the ledger) and each is appended
 * to a SHA-256 hash chain in a Redis Stream. The node writes the entry; the script stamps it with its own
 * Redis TIME, hashes it and appends it only if the chain head is unchanged (compare-and-set), so concurrent
 * steps never fork the chain.
 */
export class NegotiationService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
    private readonly limits: NegotiationLimits = DEFAULT_NEGOTIATION_LIMITS,
  ) {}

  /** The caller's side; NOT_FOUND for unknown ids, FORBIDDEN for anyone who is neither party nor organizer. */
  async parties(user: Principal, negotiationId: string): Promise<Parties> {
    const [buyerId, sellerOrgId, exhibitId] = await this.redis.hmGet(keys.negotiation(negotiationId), [
      'buyerId',
      'sellerOrgId',
      'exhibitId',
    ]);
    if (!buyerId || !sellerOrgId || !exhibitId) throw fail.notFound('negotiation');
    let side: Side | null = null;
    if (user.id === buyerId) side = 'buyer';
    else if (user.orgId && user.orgId === sellerOrgId) side = 'seller';
    else if (user.role === 'organizer') side = 'observer';
    if (!side) throw fail.forbidden('only the buyer and the seller organization take part in this negotiation', 'notParty');
    return { side, buyerId, sellerOrgId, exhibitId };
  }

  private async party(user: Principal, negotiationId: string): Promise<Parties & { side: 'buyer' | 'seller' }> {
    const p = await this.parties(user, negotiationId);
    if (p.side === 'observer') throw fail.forbidden('organizers may read negotiations, not act in them', 'organizerObserves');
    return p as Parties & { side: 'buyer' | 'seller' };
  }

  /**
   * Opens a negotiation with `user` as the buyer. `answering` is set when the seller's staff open it in answer to
   * the buyer's published need: the audit entry then names the staff member and the need.
   */
  async open(user: Principal, exhibitId: string, answering?: { by: string; needId: string }): Promise<StepResult & { created: boolean }> {
    if (user.role === 'organizer') throw fail.forbidden('organizers may read negotiations, not open them', 'organizerObserves');
    const sellerOrgId = await this.redis.hGet(keys.exhibit(exhibitId), 'orgId');
    if (!sellerOrgId) throw fail.notFound('exhibit');
    const id = newId('neg');
    const by = answering?.by ?? user.id;
    const payload = answering ? { exhibitId, needId: answering.needId } : { exhibitId };
    const [kind, negotiationId, updateJson] = (await this.chained(id, 'open', by, payload, true, (entry) =>
      openScript.run(
        this.redis,
        [
          keys.exhibit(exhibitId),
          keys.openNegotiation(user.id, exhibitId),
          keys.negotiation(id),
          keys.negotiationAudit(id),
          keys.buyerNegotiations(user.id),
          keys.orgNegotiations(sellerOrgId),
          keys.negotiationOffers(id),
          keys.org(sellerOrgId),
          keys.exhibitExclusiveLicences(exhibitId),
        ],
        [id, user.id, user.orgId ?? '', entry, user.displayName],
      ),
    )) as [string, string, string?];
    const created = kind === 'new';
    const update = created ? updateFromScript(updateJson) : { negotiation: await this.header(negotiationId) };
    return { update, created, exhibitId, parties: { buyerId: user.id, sellerOrgId } };
  }

  async offer(user: Principal, negotiationId: string, clientOfferId: string, terms: OfferTerms): Promise<StepResult> {
    const p = await this.party(user, negotiationId);
    // An `expiresAt` already past is refused by the script, against its own clock.
    const offerId = newId('off');
    // The version is read per attempt: a concurrent offer moves the chain head, so this one retries
    // with the next version.
    let version = 0;
    const payload = async () => {
      version = (await this.redis.lLen(keys.negotiationOffers(negotiationId))) + 1;
      return { offerId, version, side: p.side, terms };
    };
    const [, , updateJson] = (await this.chained(negotiationId, 'offer', user.id, payload, false, (entry) => {
      // The script adds the offer's time (`at`, its last key).
      const offer: Omit<Offer, 'at'> = { id: offerId, version, by: user.id, side: p.side, terms };
      return offerScript.run(
        this.redis,
        [
          keys.negotiation(negotiationId),
          keys.negotiationOffers(negotiationId),
          keys.negotiationAudit(negotiationId),
          keys.negotiationOfferKeys(negotiationId),
          keys.exhibit(p.exhibitId),
          keys.buyerNegotiations(p.buyerId),
          keys.orgNegotiations(p.sellerOrgId),
          keys.org(p.sellerOrgId),
          keys.exhibitExclusiveLicences(p.exhibitId),
          keys.rateLimit('offers-negotiation', negotiationId),
          keys.rateLimit('offers-user', user.id),
        ],
        [
          entry,
          JSON.stringify(offer),
          offerId,
          clientOfferId,
          terms.licenseType,
          this.limits.offersPerNegotiationPerHour,
          60 * 60_000,
          this.limits.offersPerUserPerMinute,
          60_000,
          CLIENT_OFFER_KEY_TTL_S,
        ],
      );
    })) as [string, string, string];
    return { update: updateFromScript(updateJson), exhibitId: p.exhibitId, parties: p };
  }

  /** Accepts or rejects the latest offer (the other side's), or withdraws. */
  async decide(user: Principal, negotiationId: string, action: 'accept' | 'reject' | 'withdraw', offerId = ''): Promise<StepResult> {
    const p = await this.party(user, negotiationId);
    const dealId = newId('deal');
    const payload = action === 'withdraw' ? { side: p.side } : action === 'accept' ? { offerId, dealId } : { offerId };
    const [outcome, resultDealId, updateJson] = (await this.chained(negotiationId, action, user.id, payload, false, (entry) =>
      decideScript.run(
        this.redis,
        [
          keys.negotiation(negotiationId),
          keys.negotiationOffers(negotiationId),
          keys.negotiationAudit(negotiationId),
          keys.exhibit(p.exhibitId),
          keys.exhibitExclusiveLicences(p.exhibitId),
          keys.buyerNegotiations(p.buyerId),
          keys.orgNegotiations(p.sellerOrgId),
          keys.openNegotiation(p.buyerId, p.exhibitId),
          keys.org(p.sellerOrgId),
          ...dealKeys({ id: dealId, source: 'negotiation', sourceId: negotiationId, buyerId: p.buyerId, sellerOrgId: p.sellerOrgId }),
        ],
        [
          entry,
          action,
          offerId,
          p.side,
          JSON.stringify({
            id: dealId,
            exhibitId: p.exhibitId,
            buyerId: p.buyerId,
            sellerOrgId: p.sellerOrgId,
            source: 'negotiation',
            sourceId: negotiationId,
          }),
        ],
      ),
    )) as [string, string, string];
    const result: StepResult = { update: updateFromScript(updateJson), exhibitId: p.exhibitId, parties: p };
    if ((outcome === 'agreed' || outcome === 'done') && resultDealId) {
      const deal = await this.deals.deal(resultDealId);
      if (deal) result.deal = deal;
    }
    return result;
  }

  /** Appends a chat message's hash to the chain (the text itself stays in the chat stream). */
  async recordChat(negotiationId: string, by: string, messageId: string, sha256: string): Promise<void> {
    await this.chained(negotiationId, 'chat', by, { messageId, sha256 }, false, (entry) =>
      auditScript.run(this.redis, [keys.negotiation(negotiationId), keys.negotiationAudit(negotiationId)], [entry]),
    );
  }

  /** One negotiation as its participants (and organizers) see it, with one page of its offers. */
  async get(user: Principal, negotiationId: string, page: OfferPage = { limit: OFFER_PAGE.default }): Promise<Negotiation> {
    await this.parties(user, negotiationId);
    return this.negotiation(negotiationId, user.id, page);
  }

  /** A negotiation with its latest offer only (no access check, no unread count). */
  async header(negotiationId: string): Promise<NegotiationHeader> {
    return this.negotiation(negotiationId, null, { limit: 1 });
  }

  /** The caller's negotiations — as buyer and for their organization — by last activity, with unread counts. */
  async inbox(user: Principal): Promise<Negotiation[]> {
    const [mine, org] = await Promise.all([
      this.redis.zRange(keys.buyerNegotiations(user.id), 0, 199, { REV: true }),
      user.orgId ? this.redis.zRange(keys.orgNegotiations(user.orgId), 0, 199, { REV: true }) : Promise.resolve([]),
    ]);
    const ids = [...new Set([...mine, ...org])];
    // Inbox rows show the latest offer; the history stays on the negotiation's own page.
    const all = await Promise.all(ids.map((id) => this.negotiation(id, user.id, { limit: 1 })));
    return all.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Marks everything up to the current version as read for the caller. */
  async markRead(user: Principal, negotiationId: string): Promise<void> {
    await this.parties(user, negotiationId);
    const seq = await this.redis.hGet(keys.negotiation(negotiationId), 'seq');
    await this.redis.hSet(keys.negotiationReads(negotiationId), user.id, seq ?? '0');
  }

  /** The audit trail with the chain recomputed: `valid` is false if any stored entry was altered. */
  async audit(user: Principal, negotiationId: string): Promise<{ entries: AuditEntry[]; valid: boolean }> {
    await this.parties(user, negotiationId);
    const rows = await this.redis.xRange(keys.negotiationAudit(negotiationId), '-', '+');
    const entries: AuditEntry[] = rows.map((r) => {
      const m = r.message as Record<string, string>;
      let payload: unknown = null;
      try {
        payload = JSON.parse(m.payload ?? 'null');
      } catch {
        payload = m.payload;
      }
      return {
        seq: Number(m.seq),
        type: m.type as AuditEntry['type'],
        at: Number(m.at),
        by: m.by ?? '',
        payload,
        hash: m.hash ?? '',
        prevHash: m.prevHash ?? '',
      };
    });
    return { entries, valid: verifyChain(entries) };
  }

  /**
   * Reads a negotiation (no access check) with display fields, one page of offers and the viewer's unread
   * count. Offer `version` n sits at index n - 1 of the offers list (offers are only ever appended).
   */
  async negotiation(id: string, viewerId: string | null, page: OfferPage): Promise<Negotiation> {
    const offersKey = keys.negotiationOffers(id);
    const [n, offerCount, read] = await Promise.all([
      this.redis.hGetAll(keys.negotiation(id)),
      this.redis.lLen(offersKey),
      viewerId ? this.redis.hGet(keys.negotiationReads(id), viewerId) : Promise.resolve(null),
    ]);
    const end = page.before === undefined ? offerCount : Math.min(offerCount, page.before - 1);
    const start = Math.max(0, end - page.limit);
    if (!n.id) throw fail.notFound('negotiation');
    const offers = end > start ? await this.redis.lRange(offersKey, start, end - 1) : [];
    const [exhibitTitle, ipType] = await this.redis.hmGet(keys.exhibit(n.exhibitId ?? ''), ['title', 'type']);
    const sellerOrgName = await this.redis.hGet(keys.org(n.sellerOrgId ?? ''), 'name');
    const seq = Number(n.seq ?? 0);
    const out: Negotiation = {
      id: n.id,
      exhibitId: n.exhibitId ?? '',
      buyerId: n.buyerId ?? '',
      sellerOrgId: n.sellerOrgId ?? '',
      status: (n.status ?? 'open') as Negotiation['status'],
      offers: offers.map((o) => JSON.parse(o) as Offer),
      offerCount,
      seq,
      createdAt: Number(n.createdAt ?? 0),
      updatedAt: Number(n.updatedAt ?? 0),
      buyerName: n.buyerName ?? '',
    };
    if (viewerId) out.unread = Math.max(0, seq - Number(read ?? 0));
    if (n.dealId) out.dealId = n.dealId;
    if (exhibitTitle) out.exhibitTitle = exhibitTitle;
    if (ipType) out.ipType = ipType as Negotiation['ipType'];
    if (sellerOrgName) out.sellerOrgName = sellerOrgName;
    return out;
  }

  /**
   * Runs one chained step: writes the entry, without its time, against the current head; the script stamps it with
   * Redis's clock (the step's one time, read inside the script), hashes it and appends it if the head is unchanged.
   * When another step moved the head first, re-reads and tries again.
   */
  private async chained(
    negotiationId: string,
    type: AuditEntryBody['type'],
    by: string,
    payload: unknown | (() => Promise<unknown>),
    fresh: boolean,
    run: (entryJson: string) => Promise<unknown>,
  ): Promise<unknown> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [head, len] = fresh ? [GENESIS_HASH, '0'] : await this.redis.hmGet(keys.negotiation(negotiationId), ['auditHead', 'auditLen']);
      const prevHash = head || GENESIS_HASH;
      const content = typeof payload === 'function' ? await (payload as () => Promise<unknown>)() : payload;
      const result = await run(unstampedEntryJson({ seq: Number(len ?? 0) + 1, type, by, payload: content }, prevHash));
      if (Array.isArray(result) && result[0] === 'retry') continue;
      if (result === 'retry') continue;
      return result;
    }
    throw fail.conflict('the negotiation is busy; try again', 'busy');
  }
}
