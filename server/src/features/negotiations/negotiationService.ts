import type { Deal, Negotiation, Offer, OfferTerms } from '@pavilion/shared';
import { fail, fromScriptError } from '../../http/appError.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import type { DealsService } from '../deals/dealsService.js';
import { dealKeys, RECORD_DEAL_LUA } from '../deals/ledger.js';
import { type AuditEntry, type AuditEntryBody, canonicalJson, chainHash, GENESIS_HASH, verifyChain } from './auditChain.js';

const here = import.meta.url;
const lib = { file: './negotiationLib.lua', base: here };
const openScript = LuaScript.compose('openNegotiation', [lib, { file: './openNegotiation.lua', base: here }]);
const offerScript = LuaScript.compose('makeOffer', [lib, { file: './makeOffer.lua', base: here }]);
const decideScript = LuaScript.compose('decideNegotiation', [RECORD_DEAL_LUA, lib, { file: './decideNegotiation.lua', base: here }]);
const auditScript = LuaScript.compose('appendAudit', [lib, { file: './appendAudit.lua', base: here }]);

/** How many times a step retries when another step moved the chain head first. */
const MAX_ATTEMPTS = 10;

/** The caller's part in a negotiation. */
export type Side = 'buyer' | 'seller' | 'observer';

interface Parties {
  side: Side;
  buyerId: string;
  sellerOrgId: string;
  exhibitId: string;
}

/** The result of a step, for acks and broadcasts. */
export interface StepResult {
  negotiation: Negotiation;
  deal?: Deal;
  /** The exhibit's status may have changed (negotiating, sold). */
  exhibitId: string;
  parties: { buyerId: string; sellerOrgId: string };
}

/**
 * Private negotiations: open → (offer/counter)* → agreed | rejected | withdrawn. Each step is one Lua
 * script (state, offers, inboxes, the exhibit and — on acceptance — the ledger) and each is appended
 * to a SHA-256 hash chain in a Redis Stream. The node hashes the entry; the script appends it only if
 * the chain head is unchanged (compare-and-set), so concurrent steps never fork the chain.
 */
export class NegotiationService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
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
    if (!side) throw fail.forbidden('only the buyer and the seller organization take part in this negotiation');
    return { side, buyerId, sellerOrgId, exhibitId };
  }

  private async party(user: Principal, negotiationId: string): Promise<Parties & { side: 'buyer' | 'seller' }> {
    const p = await this.parties(user, negotiationId);
    if (p.side === 'observer') throw fail.forbidden('organizers may read negotiations, not act in them');
    return p as Parties & { side: 'buyer' | 'seller' };
  }

  async open(user: Principal, exhibitId: string): Promise<StepResult & { created: boolean }> {
    if (user.role === 'organizer') throw fail.forbidden('organizers may read negotiations, not open them');
    const sellerOrgId = await this.redis.hGet(keys.exhibit(exhibitId), 'orgId');
    if (!sellerOrgId) throw fail.notFound('exhibit');
    const id = newId('neg');
    const [kind, negotiationId] = (await this.chained(id, 'open', user.id, { exhibitId }, true, (entry) =>
      openScript.run(
        this.redis,
        [
          keys.exhibit(exhibitId),
          keys.openNegotiation(user.id, exhibitId),
          keys.negotiation(id),
          keys.negotiationAudit(id),
          keys.buyerNegotiations(user.id),
          keys.orgNegotiations(sellerOrgId),
        ],
        [id, user.id, user.orgId ?? '', entry, user.displayName],
      ),
    )) as [string, string];
    const negotiation = await this.negotiation(negotiationId, user.id);
    return { negotiation, created: kind === 'new', exhibitId, parties: { buyerId: user.id, sellerOrgId } };
  }

  async offer(user: Principal, negotiationId: string, clientOfferId: string, terms: OfferTerms): Promise<StepResult> {
    const p = await this.party(user, negotiationId);
    if (terms.expiresAt !== undefined && terms.expiresAt <= Date.now())
      throw fail.invalid('terms.expiresAt: must be in the future', ['terms.expiresAt']);
    const offerId = newId('off');
    // The version is read per attempt: a concurrent offer moves the chain head, so this one retries
    // with the next version.
    let version = 0;
    const payload = async () => {
      version = (await this.redis.lLen(keys.negotiationOffers(negotiationId))) + 1;
      return { offerId, version, side: p.side, terms };
    };
    await this.chained(negotiationId, 'offer', user.id, payload, false, (entry, at) => {
      const offer: Offer = { id: offerId, version, by: user.id, side: p.side, terms, at };
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
        ],
        [entry, JSON.stringify(offer), offerId, clientOfferId, terms.licenseType],
      );
    });
    return { negotiation: await this.negotiation(negotiationId, user.id), exhibitId: p.exhibitId, parties: p };
  }

  /** Accepts or rejects the latest offer (the other side's), or withdraws. */
  async decide(user: Principal, negotiationId: string, action: 'accept' | 'reject' | 'withdraw', offerId = ''): Promise<StepResult> {
    const p = await this.party(user, negotiationId);
    const dealId = newId('deal');
    const payload = action === 'withdraw' ? { side: p.side } : action === 'accept' ? { offerId, dealId } : { offerId };
    const [outcome, resultDealId] = (await this.chained(negotiationId, action, user.id, payload, false, (entry, at) =>
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
            at: String(at),
          }),
        ],
      ),
    )) as [string, string];
    const negotiation = await this.negotiation(negotiationId, user.id);
    const result: StepResult = { negotiation, exhibitId: p.exhibitId, parties: p };
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

  /** One negotiation as its participants (and organizers) see it. */
  async get(user: Principal, negotiationId: string): Promise<Negotiation> {
    await this.parties(user, negotiationId);
    return this.negotiation(negotiationId, user.id);
  }

  /** The caller's negotiations — as buyer and for their organization — by last activity, with unread counts. */
  async inbox(user: Principal): Promise<Negotiation[]> {
    const [mine, org] = await Promise.all([
      this.redis.zRange(keys.buyerNegotiations(user.id), 0, 199, { REV: true }),
      user.orgId ? this.redis.zRange(keys.orgNegotiations(user.orgId), 0, 199, { REV: true }) : Promise.resolve([]),
    ]);
    const ids = [...new Set([...mine, ...org])];
    const all = await Promise.all(ids.map((id) => this.negotiation(id, user.id)));
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

  /** Reads a negotiation (no access check) with display fields and the viewer's unread count. */
  async negotiation(id: string, viewerId: string): Promise<Negotiation> {
    const [n, offers, read] = await Promise.all([
      this.redis.hGetAll(keys.negotiation(id)),
      this.redis.lRange(keys.negotiationOffers(id), 0, -1),
      this.redis.hGet(keys.negotiationReads(id), viewerId),
    ]);
    if (!n.id) throw fail.notFound('negotiation');
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
      seq,
      createdAt: Number(n.createdAt ?? 0),
      updatedAt: Number(n.updatedAt ?? 0),
      buyerName: n.buyerName ?? '',
      unread: Math.max(0, seq - Number(read ?? 0)),
    };
    if (n.dealId) out.dealId = n.dealId;
    if (exhibitTitle) out.exhibitTitle = exhibitTitle;
    if (ipType) out.ipType = ipType as Negotiation['ipType'];
    if (sellerOrgName) out.sellerOrgName = sellerOrgName;
    return out;
  }

  /**
   * Runs one chained step: hashes the entry against the current head and lets the script append it;
   * when another step moved the head first, re-reads and tries again.
   */
  private async chained(
    negotiationId: string,
    type: AuditEntryBody['type'],
    by: string,
    payload: unknown | (() => Promise<unknown>),
    fresh: boolean,
    run: (entryJson: string, at: number) => Promise<unknown>,
  ): Promise<unknown> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [head, len] = fresh ? [GENESIS_HASH, '0'] : await this.redis.hmGet(keys.negotiation(negotiationId), ['auditHead', 'auditLen']);
      const prevHash = head || GENESIS_HASH;
      const at = Date.now();
      const content = typeof payload === 'function' ? await (payload as () => Promise<unknown>)() : payload;
      const body: AuditEntryBody = { seq: Number(len ?? 0) + 1, type, at, by, payload: content };
      const entry = JSON.stringify({
        seq: String(body.seq),
        type,
        at: String(at),
        by,
        payload: canonicalJson(content),
        hash: chainHash(prevHash, body),
        prevHash,
      });
      let result: unknown;
      try {
        result = await run(entry, at);
      } catch (err) {
        throw fromScriptError(err);
      }
      if (Array.isArray(result) && result[0] === 'retry') continue;
      if (result === 'retry') continue;
      return result;
    }
    throw fail.conflict('the negotiation is busy; try again');
  }
}
