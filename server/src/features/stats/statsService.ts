import {
  type DealTick,
  type ExpoStats,
  IP_TYPES,
  type IpType,
  type LeaderRow,
  type Money,
  RECENT_DEALS,
  REGIONS,
  type Region,
  SERIES_BUCKETS,
  type SeriesBucket,
  type SeriesPoint,
  type StatsSeries,
  TOP_EXHIBITORS,
  type TypeTotals,
} from '@pavilion/shared';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';

const yuan = (amount: number): Money => ({ amount, currency: 'CNY' });

/** The smallest bucket that keeps a span at most 120 buckets long. */
export function autoBucket(spanMs: number): SeriesBucket {
  if (spanMs <= 120 * SERIES_BUCKETS.minute) return 'minute';
  if (spanMs <= 120 * SERIES_BUCKETS.hour) return 'hour';
  return 'day';
}

function emptyPoint(t: number): SeriesPoint {
  return {
    t,
    byType: Object.fromEntries(IP_TYPES.map((k) => [k, yuan(0)])) as Record<IpType, Money>,
    byRegion: Object.fromEntries(REGIONS.map((k) => [k, yuan(0)])) as Record<Region, Money>,
  };
}

function utcDay(): string {
  return new Date().toISOString().slice(0, 10);
}

/** How often each node reports its connected sockets; a dead node's count expires after 3 periods. */
export const ONLINE_REPORT_MS = 5_000;

/** Expo-wide figures: catalog counts, ledger totals and visitors online across every node. */
export class StatsService {
  constructor(private readonly redis: Redis) {}

  async stats(): Promise<ExpoStats> {
    const [
      exhibitors,
      overseas,
      exhibits,
      totals,
      visitorsOnline,
      copyrightsInvolved,
      uniqueVisitorsToday,
      recentDeals,
      topHalls,
      topExhibitors,
    ] = await Promise.all([
      this.redis.sCard(keys.exhibitors),
      this.redis.sCard(keys.overseasExhibitors),
      this.redis.sCard(keys.exhibits),
      this.redis.hGetAll(keys.ledgerTotals),
      this.visitorsOnline(),
      this.redis.sCard(keys.ledgerCopyrights),
      this.redis.pfCount(keys.uniqueVisitors(utcDay())),
      this.recentDeals(),
      this.topHalls(),
      this.topExhibitors(),
    ]);
    const n = (k: string) => Number(totals[k] ?? 0);
    const byType = (t: string): TypeTotals => ({ count: n(`${t}:count`), amount: { amount: n(`${t}:amount`), currency: 'CNY' } });
    return {
      deals: n('count'),
      totalAmount: { amount: n('amount'), currency: 'CNY' },
      signedValue: { amount: n('signedAmount'), currency: 'CNY' },
      completedValue: { amount: n('completedAmount'), currency: 'CNY' },
      byType: { patent: byType('patent'), trademark: byType('trademark'), copyright: byType('copyright') },
      exhibitors,
      overseasExhibitors: overseas,
      exhibits,
      visitorsOnline,
      byRegion: {
        GD: byType('region:GD'),
        HK: byType('region:HK'),
        MO: byType('region:MO'),
        MAINLAND: byType('region:MAINLAND'),
        OVERSEAS: byType('region:OVERSEAS'),
      },
      copyrightsInvolved,
      uniqueVisitorsToday,
      recentDeals,
      topHalls,
      topExhibitors,
    };
  }

  /** The latest deals from the ledger stream, with the exhibit's title and never the buyer. */
  private async recentDeals(): Promise<DealTick[]> {
    const rows = await this.redis.xRevRange(keys.ledger, '+', '-', { COUNT: RECENT_DEALS * 2 });
    const deals = rows.filter((r) => r.message.kind === 'deal').slice(0, RECENT_DEALS);
    const titles = await Promise.all(deals.map((r) => this.redis.hGet(keys.exhibit(r.message.exhibitId ?? ''), 'title')));
    return deals.map((r, i) => {
      const m = r.message;
      return {
        id: m.dealId ?? '',
        at: Number(m.at),
        ipType: m.ipType as IpType,
        amount: yuan(Number(m.amount)),
        exhibitId: m.exhibitId ?? '',
        exhibitTitle: titles[i] ?? '',
        hallId: m.hallId ?? '',
        sellerRegion: m.sellerRegion as Region,
        source: m.source as DealTick['source'],
      };
    });
  }

  private async topHalls(): Promise<LeaderRow[]> {
    const [ids, totals] = await Promise.all([this.redis.zRange(keys.hallIds, 0, -1), this.redis.hGetAll(keys.ledgerByHall)]);
    const names = await Promise.all(ids.map((id) => this.redis.hGet(keys.hall(id), 'name')));
    return ids
      .map((id, i) => ({
        id,
        name: names[i] ?? id,
        count: Number(totals[`${id}:count`] ?? 0),
        amount: yuan(Number(totals[`${id}:amount`] ?? 0)),
      }))
      .sort((a, b) => b.amount.amount - a.amount.amount || a.id.localeCompare(b.id));
  }

  private async topExhibitors(): Promise<LeaderRow[]> {
    const top = await this.redis.zRangeWithScores(keys.ledgerTopOrgs, 0, TOP_EXHIBITORS - 1, { REV: true });
    if (top.length === 0) return [];
    const ids = top.map((t) => t.value);
    const [orgs, counts] = await Promise.all([
      Promise.all(ids.map((id) => this.redis.hmGet(keys.org(id), ['name', 'region']))),
      this.redis.hmGet(keys.ledgerByOrg, ids),
    ]);
    return top.map((t, i) => ({
      id: t.value,
      name: orgs[i]?.[0] ?? t.value,
      region: (orgs[i]?.[1] ?? undefined) as Region | undefined,
      count: Number(counts[i] ?? 0),
      amount: yuan(t.score),
    }));
  }

  /**
   * Deal value over time, by IP type and by seller region, in buckets from the first deal's to now's
   * (empty buckets included). `now` is the caller's notion of the present (the Redis clock in routes).
   */
  async series(bucket: SeriesBucket | undefined, now: number): Promise<StatsSeries> {
    const raw = await this.redis.hGetAll(keys.ledgerSeries);
    let first = Number.POSITIVE_INFINITY;
    const cells: { minute: number; dim: string; amount: number }[] = [];
    for (const [field, value] of Object.entries(raw)) {
      const [m, kind, name] = field.split(':');
      const minute = Number(m);
      if (!Number.isFinite(minute) || !kind || !name) continue;
      cells.push({ minute, dim: `${kind}:${name}`, amount: Number(value) });
      if (minute < first) first = minute;
    }
    const size = bucket ?? autoBucket(cells.length === 0 ? 0 : now - first * 60_000);
    const bucketMs = SERIES_BUCKETS[size];
    if (cells.length === 0) return { bucket: size, bucketMs, points: [] };
    const start = Math.floor((first * 60_000) / bucketMs) * bucketMs;
    const end = Math.max(start, Math.floor(now / bucketMs) * bucketMs);
    // Cap the length (a `minute` series over a week would be 10,080 points): keep the latest 2,000.
    const from = Math.max(start, end - 1_999 * bucketMs);
    const points = new Map<number, SeriesPoint>();
    for (let t = from; t <= end; t += bucketMs) points.set(t, emptyPoint(t));
    for (const c of cells) {
      const t = Math.floor((c.minute * 60_000) / bucketMs) * bucketMs;
      const p = points.get(t);
      if (!p) continue;
      const [kind, name] = c.dim.split(':') as [string, string];
      if (kind === 't' && name in p.byType) p.byType[name as IpType].amount += c.amount;
      else if (kind === 'r' && name in p.byRegion) p.byRegion[name as Region].amount += c.amount;
    }
    return { bucket: size, bucketMs, points: [...points.values()] };
  }

  /** Counts a visitor (an account id, or a guest's connection id) towards today's unique visitors. */
  async countVisitor(id: string): Promise<void> {
    const key = keys.uniqueVisitors(utcDay());
    await this.redis.pfAdd(key, id);
    await this.redis.expire(key, 3 * 24 * 3600);
  }

  /** Records this node's connected-socket count (expires unless refreshed). */
  async reportOnline(nodeId: string, count: number): Promise<void> {
    await Promise.all([
      this.redis.set(keys.nodeOnline(nodeId), String(count), { PX: ONLINE_REPORT_MS * 3 }),
      this.redis.sAdd(keys.onlineNodes, nodeId),
    ]);
  }

  async forgetNode(nodeId: string): Promise<void> {
    await Promise.all([this.redis.del(keys.nodeOnline(nodeId)), this.redis.sRem(keys.onlineNodes, nodeId)]);
  }

  async visitorsOnline(): Promise<number> {
    const nodes = await this.redis.sMembers(keys.onlineNodes);
    if (nodes.length === 0) return 0;
    const counts = await this.redis.mGet(nodes.map(keys.nodeOnline));
    const gone = nodes.filter((_, i) => counts[i] === null);
    if (gone.length > 0) await this.redis.sRem(keys.onlineNodes, gone);
    return counts.reduce((sum, c) => sum + Number(c ?? 0), 0);
  }
}
