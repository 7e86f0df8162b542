import type {
  Contract,
  ContractSignature,
  DealStageBody,
  LedgerDeal,
  OfferTerms,
  PaymentMilestone,
  SignContractBody,
  TradeMode,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { FANOUT_LUA } from '../../realtime/orderedFanout.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript, SHA256_LUA } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import { type AuditEntryBody, GENESIS_HASH, unstampedEntryJson } from '../negotiations/auditChain.js';
import { type ContractFacts, issueContract } from './contract.js';
import type { DealsService } from './dealsService.js';

const here = import.meta.url;
const issueScript = LuaScript.fromFile('./issueContract.lua', here);
const script = LuaScript.family(here, [
  FANOUT_LUA,
  SHA256_LUA,
  { file: '../negotiations/negotiationLib.lua', base: here },
  { file: './dealLib.lua', base: here },
]);
const signScript = script('signContract');
const stageScript = script('dealStage');

/** How many times a step retries when another step moved the chain head first. */
const MAX_ATTEMPTS = 10;

/** The caller's part in a deal. */
export type DealRole = 'buyer' | 'seller' | 'organizer';

/** Where a deal's steps are chained: its negotiation's audit trail, or (auction deals) its own. */
interface Chain {
  holder: string;
  audit: string;
}

/**
 * After agreement: the contract (issued once from the trade mode's template), both parties' signatures over its
 * hash, and the settlement steps the organizer confirms as escrow agent. Every step is one Lua script that checks
 * the stage machine, extends the deal's SHA-256 audit chain (compare-and-set on its head, like negotiation steps)
 * and announces the deal to both parties (`deal:updated`).
 */
export class SettlementService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
  ) {}

  /** The caller's role in the deal: NOT_FOUND for unknown ids, FORBIDDEN for anyone else. */
  async role(user: Principal, dealId: string): Promise<{ role: DealRole; deal: LedgerDeal }> {
    const deal = await this.deals.deal(dealId);
    if (!deal) throw fail.notFound('deal');
    if (user.id === deal.buyerId) return { role: 'buyer', deal };
    if (user.orgId && user.orgId === deal.sellerOrgId) return { role: 'seller', deal };
    if (user.role === 'organizer') return { role: 'organizer', deal };
    throw fail.forbidden('only the buyer, the seller organization and the organizer see this deal', 'notParty');
  }

  async get(user: Principal, dealId: string): Promise<LedgerDeal> {
    return (await this.role(user, dealId)).deal;
  }

  async contract(user: Principal, dealId: string): Promise<Contract> {
    const { deal } = await this.role(user, dealId);
    await this.ensureContract(deal);
    return this.readContract(dealId);
  }

  /** A party signs by typing its representative's full name over the contract's hash. */
  async sign(user: Principal, dealId: string, body: SignContractBody): Promise<Contract> {
    const { role, deal } = await this.role(user, dealId);
    if (role === 'organizer') throw fail.forbidden('the organizer is escrow agent, not a party to the contract', 'organizerObserves');
    await this.ensureContract(deal);
    const chain = this.chainOf(deal);
    await this.chained(chain, 'sign', user.id, { dealId, side: role, name: body.name, sha256: body.sha256 }, (entry) =>
      signScript.run(
        this.redis,
        [keys.deal(dealId), keys.dealContract(dealId), chain.holder, chain.audit, keys.ledgerTotals, keys.dealsAwaitingEscrow],
        [entry, body.sha256, user.id, body.name, role],
      ),
    );
    return this.readContract(dealId);
  }

  /** One settlement step (see dealStage.lua for who may take which). */
  async stage(user: Principal, dealId: string, body: DealStageBody): Promise<LedgerDeal> {
    const { role, deal } = await this.role(user, dealId);
    // The contract carries the mode and milestones a step acts on; a deal cancelled before anyone read it has one too.
    await this.ensureContract(deal);
    const chain = this.chainOf(deal);
    const payload = { dealId, stage: body.stage, reference: body.reference, milestone: body.milestone };
    await this.chained(chain, 'stage', user.id, payload, (entry) =>
      stageScript.run(
        this.redis,
        [
          keys.deal(dealId),
          keys.dealContract(dealId),
          chain.holder,
          chain.audit,
          keys.ledgerTotals,
          keys.exhibit(deal.exhibitId),
          keys.exhibitExclusiveLicences(deal.exhibitId),
          keys.dealsAwaitingEscrow,
        ],
        [entry, body.stage, role, user.id, body.reference ?? '', body.milestone ?? ''],
      ),
    );
    const after = await this.deals.deal(dealId);
    if (!after) throw fail.notFound('deal');
    return after;
  }

  /** Deals waiting for the escrow agent: signed (payments), paid (recordal), recorded (release). Oldest first. */
  async awaitingEscrow(limit: number): Promise<LedgerDeal[]> {
    const ids = await this.redis.zRange(keys.dealsAwaitingEscrow, 0, limit - 1);
    const deals = await Promise.all(ids.map((id) => this.deals.deal(id)));
    return deals.filter((d): d is LedgerDeal => d !== null);
  }

  private chainOf(deal: LedgerDeal): Chain {
    return deal.source === 'negotiation'
      ? { holder: keys.negotiation(deal.sourceId), audit: keys.negotiationAudit(deal.sourceId) }
      : { holder: keys.deal(deal.id), audit: keys.dealAudit(deal.id) };
  }

  /** Issues the contract from the accepted terms and the parties as they are now, unless it was issued before. */
  private async ensureContract(deal: LedgerDeal): Promise<void> {
    if (await this.redis.exists(keys.dealContract(deal.id))) return;
    const facts = await this.facts(deal);
    const issued = issueContract(facts);
    await issueScript.run(
      this.redis,
      [keys.dealContract(deal.id), keys.deal(deal.id)],
      [
        issued.sha256,
        issued.text.en,
        issued.text.zh,
        JSON.stringify(issued.milestones.map((m) => ({ id: m.id, percent: m.percent, due: m.due, amount: String(m.amount.amount) }))),
        facts.mode,
        JSON.stringify(facts.territory),
      ],
    );
  }

  private async facts(deal: LedgerDeal): Promise<ContractFacts> {
    const [exhibit, sellerName, buyer] = await Promise.all([
      this.redis.hmGet(keys.exhibit(deal.exhibitId), ['title', 'registrationNumber', 'jurisdiction']),
      this.redis.hGet(keys.org(deal.sellerOrgId), 'name'),
      this.redis.hmGet(keys.user(deal.buyerId), ['displayName', 'orgId']),
    ]);
    const buyerOrgName = buyer[1] ? await this.redis.hGet(keys.org(buyer[1]), 'name') : null;
    // An auction sells the exhibit outright, everywhere; a negotiation's deal follows the accepted offer.
    let terms: Pick<OfferTerms, 'licenseType' | 'territory' | 'termMonths' | 'royaltyPercent'> = {
      licenseType: 'assignment',
      territory: 'WORLDWIDE',
    };
    if (deal.source === 'negotiation') {
      const agreedOfferId = await this.redis.hGet(keys.negotiation(deal.sourceId), 'agreedOfferId');
      const offers = await this.redis.lRange(keys.negotiationOffers(deal.sourceId), 0, -1);
      const agreed = offers.map((o) => JSON.parse(o) as { id: string; terms: OfferTerms }).find((o) => o.id === agreedOfferId);
      if (!agreed) throw new Error(`deal ${deal.id}: the negotiation's agreed offer is missing`);
      terms = agreed.terms;
    }
    const facts: ContractFacts = {
      dealId: deal.id,
      agreedAt: deal.at,
      mode: terms.licenseType as TradeMode,
      territory: terms.territory,
      price: deal.amount.amount,
      sellerName: sellerName ?? deal.sellerOrgId,
      buyerName: buyer[0] ?? deal.buyerId,
      exhibitTitle: exhibit[0] ?? deal.exhibitId,
      ipType: deal.ipType,
      registrationNumber: exhibit[1] ?? '',
      jurisdiction: exhibit[2] ?? '',
    };
    if (terms.termMonths !== undefined) facts.termMonths = terms.termMonths;
    if (terms.royaltyPercent !== undefined) facts.royaltyPercent = terms.royaltyPercent;
    if (buyerOrgName) facts.buyerOrgName = buyerOrgName;
    return facts;
  }

  private async readContract(dealId: string): Promise<Contract> {
    const c = await this.redis.hGetAll(keys.dealContract(dealId));
    if (!c.sha256) throw fail.notFound('deal');
    const signatures = JSON.parse(c.signatures ?? '[]') as (Omit<ContractSignature, 'at'> & { at: string })[];
    const milestones = JSON.parse(c.milestones ?? '[]') as (Omit<PaymentMilestone, 'amount' | 'confirmedAt'> & {
      amount: string;
      confirmedAt?: string;
    })[];
    return {
      dealId,
      sha256: c.sha256,
      text: { en: c.en ?? '', zh: c.zh ?? '' },
      signatures: signatures.map((s) => ({ by: s.by, name: s.name, at: Number(s.at), side: s.side })),
      mode: (c.mode ?? 'assignment') as TradeMode,
      milestones: milestones.map((m) => {
        const out: PaymentMilestone = { id: m.id, percent: m.percent, due: m.due, amount: { amount: Number(m.amount), currency: 'CNY' } };
        if (m.confirmedAt) out.confirmedAt = Number(m.confirmedAt);
        if (m.confirmedBy) out.confirmedBy = m.confirmedBy;
        if (m.reference) out.reference = m.reference;
        return out;
      }),
      issuedAt: Number(c.issuedAt ?? 0),
    };
  }

  /** Runs one chained step: writes the entry against the current head; retries when another step moved it first. */
  private async chained(
    chain: Chain,
    type: AuditEntryBody['type'],
    by: string,
    payload: unknown,
    run: (entryJson: string) => Promise<unknown>,
  ): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [head, len] = await this.redis.hmGet(chain.holder, ['auditHead', 'auditLen']);
      const result = await run(unstampedEntryJson({ seq: Number(len ?? 0) + 1, type, by, payload }, head || GENESIS_HASH));
      if (Array.isArray(result) && result[0] === 'retry') continue;
      return;
    }
    throw fail.conflict('the deal is busy; try again', 'busy');
  }
}
