import type { Deal, DealStage, DealStageEntry, DealsQuery, IpType, LedgerDeal, Region } from '@pavilion/shared';
import { toCsv } from '../../http/csv.js';
import type { Redis } from '../../redis/client.js';
import { textFields } from '../../redis/hashFields.js';
import { keys } from '../../redis/keys.js';
import type { Principal } from '../auth/authService.js';

/** A deal hash (or a deal script's view of one) as clients see it. */
export function toDeal(r: Record<string, string>): LedgerDeal {
  const at = Number(r.at ?? 0);
  const stages = r.stages
    ? (JSON.parse(r.stages) as { stage: DealStage; at: string; by: string; reference?: string }[]).map((s) => {
        const entry: DealStageEntry = { stage: s.stage, at: Number(s.at), by: s.by };
        if (s.reference) entry.reference = s.reference;
        return entry;
      })
    : [{ stage: 'agreed' as const, at, by: 'system' }];
  return {
    ...textFields(r, ['id', 'exhibitId', 'buyerId', 'sellerOrgId', 'sourceId', 'hallId']),
    ipType: (r.ipType ?? 'patent') as IpType,
    amount: { amount: Number(r.amount ?? 0), currency: 'CNY' },
    source: (r.source ?? 'negotiation') as Deal['source'],
    at,
    stage: (r.stage ?? 'agreed') as DealStage,
    stages,
    sellerRegion: (r.sellerRegion ?? '') as Region | '',
    exhibitTitle: '',
    sellerOrgName: '',
  };
}

/** Totals recomputed from the append-only ledger stream (to check the running totals). */
export interface LedgerTotals {
  count: number;
  amount: number;
  byType: Record<string, { count: number; amount: number }>;
}

/** Reads of the ledger. Deals are written only by `record_deal` inside other features' scripts. */
export class DealsService {
  constructor(private readonly redis: Redis) {}

  /** The caller's deals (as buyer or seller organization); organizers see all, filtered. Newest first. */
  async list(user: Principal, q: DealsQuery): Promise<LedgerDeal[]> {
    const fromMs = q.from ? Date.parse(`${q.from}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
    const toMs = q.to ? Date.parse(`${q.to}T23:59:59.999Z`) : Number.POSITIVE_INFINITY;
    let ids: string[];
    if (user.role === 'organizer') {
      ids = await this.redis.zRange(keys.dealsByTime, '+inf', '-inf', { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 100_000 } });
    } else {
      const [mine, org] = await Promise.all([
        this.redis.zRange(keys.buyerDeals(user.id), 0, -1, { REV: true }),
        user.orgId ? this.redis.zRange(keys.orgDeals(user.orgId), 0, -1, { REV: true }) : Promise.resolve([]),
      ]);
      ids = [...new Set([...mine, ...org])];
    }
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.deal(id))));
    const deals = rows
      .filter((r) => r.id)
      .map(toDeal)
      .filter(
        (d) =>
          (!q.type || d.ipType === q.type) &&
          (!q.region || d.sellerRegion === q.region) &&
          (!q.source || d.source === q.source) &&
          d.at >= fromMs &&
          d.at <= toMs,
      )
      .sort((a, b) => b.at - a.at)
      .slice(0, q.limit);
    return this.named(deals);
  }

  /** Fills in exhibit titles and seller names (one read per distinct exhibit and organization). */
  private async named(deals: LedgerDeal[]): Promise<LedgerDeal[]> {
    const exhibitIds = [...new Set(deals.map((d) => d.exhibitId))];
    const orgIds = [...new Set(deals.map((d) => d.sellerOrgId))];
    const [titles, names] = await Promise.all([
      Promise.all(exhibitIds.map((id) => this.redis.hGet(keys.exhibit(id), 'title'))),
      Promise.all(orgIds.map((id) => this.redis.hGet(keys.org(id), 'name'))),
    ]);
    const title = new Map(exhibitIds.map((id, i) => [id, titles[i] ?? '']));
    const name = new Map(orgIds.map((id, i) => [id, names[i] ?? '']));
    for (const d of deals) {
      d.exhibitTitle = title.get(d.exhibitId) ?? '';
      d.sellerOrgName = name.get(d.sellerOrgId) ?? '';
    }
    return deals;
  }

  /** An organization's deals as seller, newest first. */
  async forOrg(orgId: string): Promise<LedgerDeal[]> {
    const ids = await this.redis.zRange(keys.orgDeals(orgId), 0, -1, { REV: true });
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.deal(id))));
    return this.named(rows.filter((r) => r.id).map(toDeal));
  }

  async deal(id: string): Promise<LedgerDeal | null> {
    const r = await this.redis.hGetAll(keys.deal(id));
    return r.id ? ((await this.named([toDeal(r)]))[0] ?? null) : null;
  }

  /** Sums the ledger stream from the start. */
  async recomputeTotals(): Promise<LedgerTotals> {
    const totals: LedgerTotals = { count: 0, amount: 0, byType: {} };
    let cursor = '-';
    for (;;) {
      const rows = await this.redis.xRange(keys.ledger, cursor, '+', { COUNT: 1000 });
      for (const r of rows) {
        const m = r.message as Record<string, string>;
        if (m.kind !== 'deal') continue;
        const amount = Number(m.amount ?? 0);
        totals.count += 1;
        totals.amount += amount;
        const type = m.ipType ?? '';
        const t = totals.byType[type] ?? { count: 0, amount: 0 };
        totals.byType[type] = t;
        t.count += 1;
        t.amount += amount;
      }
      if (rows.length < 1000) break;
      cursor = `(${rows[rows.length - 1]?.id}`;
    }
    return totals;
  }
}

const CSV_COLUMNS = [
  'id',
  'at',
  'source',
  'sourceId',
  'exhibitId',
  'ipType',
  'amountYuan',
  'currency',
  'buyerId',
  'sellerOrgId',
  'sellerRegion',
  'hallId',
  'exhibitTitle',
  'sellerOrgName',
] as const;

/** Deals as CSV (amounts in yuan with two decimals; times ISO 8601). */
export function dealsToCsv(deals: LedgerDeal[]): string {
  return toCsv(
    CSV_COLUMNS,
    deals.map((d) => [
      d.id,
      new Date(d.at).toISOString(),
      d.source,
      d.sourceId,
      d.exhibitId,
      d.ipType,
      (d.amount.amount / 100).toFixed(2),
      d.amount.currency,
      d.buyerId,
      d.sellerOrgId,
      d.sellerRegion,
      d.hallId,
      d.exhibitTitle,
      d.sellerOrgName,
    ]),
  );
}
