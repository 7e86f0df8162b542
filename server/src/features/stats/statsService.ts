import type { ExpoStats, TypeTotals } from '@pavilion/shared';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';

function utcDay(): string {
  return new Date().toISOString().slice(0, 10);
}

/** How often each node reports its connected sockets; a dead node's count expires after 3 periods. */
export const ONLINE_REPORT_MS = 5_000;

/** Expo-wide figures: catalog counts, ledger totals and visitors online across every node. */
export class StatsService {
  constructor(private readonly redis: Redis) {}

  async stats(): Promise<ExpoStats> {
    const [exhibitors, overseas, exhibits, totals, visitorsOnline, copyrightsInvolved, uniqueVisitorsToday] = await Promise.all([
      this.redis.sCard(keys.exhibitors),
      this.redis.sCard(keys.overseasExhibitors),
      this.redis.sCard(keys.exhibits),
      this.redis.hGetAll(keys.ledgerTotals),
      this.visitorsOnline(),
      this.redis.sCard(keys.ledgerCopyrights),
      this.redis.pfCount(keys.uniqueVisitors(utcDay())),
    ]);
    const n = (k: string) => Number(totals[k] ?? 0);
    const byType = (t: string): TypeTotals => ({ count: n(`${t}:count`), amount: { amount: n(`${t}:amount`), currency: 'CNY' } });
    return {
      deals: n('count'),
      totalAmount: { amount: n('amount'), currency: 'CNY' },
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
    };
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
