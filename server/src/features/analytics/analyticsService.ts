import type { Region } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import type { Principal } from '../auth/authService.js';
import type { DealsService, LedgerDeal } from '../deals/dealsService.js';

/** Things a visitor can do that make them a lead of a booth. */
export type LeadAction = 'entered' | 'chatted' | 'asked' | 'negotiated' | 'bid';

/** A lead as the booth's exhibitors see it. */
export interface Lead {
  userId: string;
  name: string;
  /** The visitor's organization, when they belong to one. */
  orgName?: string;
  /** Only when the visitor agreed to share contact details. */
  email?: string;
  firstSeen: number;
  lastSeen: number;
  actions: Partial<Record<LeadAction, number>>;
}

/** An exhibitor's view of their booth's traffic and business. */
export interface BoothAnalytics {
  boothId: string;
  visits: number;
  dwellMs: number;
  uniqueVisitorsByDay: { day: string; count: number }[];
  leads: Lead[];
  negotiationsByStatus: Record<string, number>;
  deals: LedgerDeal[];
}

const DAY_MS = 86_400_000;

/** Leads and booth analytics (visits per day, time spent, who did what), and the organizer's organization tools. */
export class AnalyticsService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
  ) {}

  /** Records an action of a signed-in visitor at a booth (staff of the booth's own organization are not leads). */
  async record(boothId: string, userId: string, userOrgId: string | null, action: LeadAction): Promise<void> {
    const owner = await this.redis.hGet(keys.booth(boothId), 'orgId');
    if (!owner || owner === userOrgId) return;
    const now = Date.now();
    const key = keys.boothLead(boothId, userId);
    await Promise.all([
      this.redis.hSetNX(key, 'firstSeen', String(now)),
      this.redis.hSet(key, 'lastSeen', String(now)),
      this.redis.hIncrBy(key, action, 1),
      this.redis.zAdd(keys.boothLeads(boothId), { score: now, value: userId }),
    ]);
  }

  /** The booth analytics of the caller's organization. */
  async forExhibitor(user: Principal, days = 7): Promise<BoothAnalytics> {
    if (!user.orgId) throw fail.forbidden('booth analytics are for exhibitors', 'notExhibitor');
    const boothId = await this.redis.hGet(keys.org(user.orgId), 'boothId');
    if (!boothId) throw fail.notFound('booth', 'booth not found (set one up first)');
    const today = Date.now();
    const dayKeys = Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
    const [stats, uv, leads, negotiationIds, deals] = await Promise.all([
      this.redis.hGetAll(keys.boothStats(boothId)),
      Promise.all(dayKeys.map((d) => this.redis.pfCount(keys.boothUniqueVisitors(boothId, d)))),
      this.leads(boothId),
      this.redis.zRange(keys.orgNegotiations(user.orgId), 0, -1),
      this.deals.forOrg(user.orgId),
    ]);
    const statuses = await Promise.all(negotiationIds.map((id) => this.redis.hGet(keys.negotiation(id), 'status')));
    const negotiationsByStatus: Record<string, number> = { open: 0, agreed: 0, rejected: 0, withdrawn: 0 };
    for (const s of statuses) if (s) negotiationsByStatus[s] = (negotiationsByStatus[s] ?? 0) + 1;
    return {
      boothId,
      visits: Number(stats.visits ?? 0),
      dwellMs: Number(stats.dwellMs ?? 0),
      uniqueVisitorsByDay: dayKeys.map((day, i) => ({ day, count: uv[i] ?? 0 })),
      leads,
      negotiationsByStatus,
      deals,
    };
  }

  /** Every lead of a booth, most recent first, with contact details where the visitor consented. */
  async leads(boothId: string): Promise<Lead[]> {
    const ids = await this.redis.zRange(keys.boothLeads(boothId), 0, 4999, { REV: true });
    const rows = await Promise.all(
      ids.map(async (userId) => {
        const [lead, user] = await Promise.all([
          this.redis.hGetAll(keys.boothLead(boothId, userId)),
          this.redis.hmGet(keys.user(userId), ['displayName', 'email', 'shareContact', 'orgId']),
        ]);
        const orgName = user[3] ? await this.redis.hGet(keys.org(user[3]), 'name') : null;
        const actions: Lead['actions'] = {};
        for (const a of ['entered', 'chatted', 'asked', 'negotiated', 'bid'] as const) if (lead[a]) actions[a] = Number(lead[a]);
        const out: Lead = {
          userId,
          name: user[0] ?? '',
          firstSeen: Number(lead.firstSeen ?? 0),
          lastSeen: Number(lead.lastSeen ?? 0),
          actions,
        };
        if (orgName) out.orgName = orgName;
        if (user[2] === '1' && user[1]) out.email = user[1];
        return out;
      }),
    );
    return rows;
  }

  // ---------- organizer tools ----------

  /** Organizations for the organizer's verification queue. */
  async organizations(filter: {
    verified?: boolean;
    region?: Region;
  }): Promise<{ id: string; name: string; region: string; country: string; kind: string; verified: boolean; boothId?: string }[]> {
    const ids = await this.redis.sMembers(keys.orgs);
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.org(id))));
    return rows
      .filter((o) => o.id)
      .map((o) => ({
        id: o.id as string,
        name: o.name ?? '',
        region: o.region ?? '',
        country: o.country ?? '',
        kind: o.kind ?? '',
        verified: o.verified === '1',
        ...(o.boothId ? { boothId: o.boothId } : {}),
      }))
      .filter((o) => (filter.verified === undefined || o.verified === filter.verified) && (!filter.region || o.region === filter.region))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async setVerified(orgId: string, verified: boolean): Promise<void> {
    if (!(await this.redis.exists(keys.org(orgId)))) throw fail.notFound('organization');
    await this.redis.hSet(keys.org(orgId), 'verified', verified ? '1' : '0');
  }

  /** The moderation log, newest first. */
  async moderationLog(
    limit = 200,
  ): Promise<{ id: string; at: number; action: string; room: string; by: string; byName: string; detail: Record<string, unknown> }[]> {
    const rows = await this.redis.xRevRange(keys.moderationLog, '+', '-', { COUNT: limit });
    const entries = rows.map((r) => {
      const m = r.message as Record<string, string>;
      return {
        id: r.id,
        at: Number(r.id.split('-')[0]),
        action: m.action ?? '',
        room: m.room ?? '',
        by: m.by ?? '',
        byName: '',
        detail: (JSON.parse(m.detail ?? 'null') ?? {}) as Record<string, unknown>,
      };
    });
    // Names of the moderators and of muted users, one read per distinct account.
    const userIds = [
      ...new Set(entries.flatMap((e) => [e.by, typeof e.detail.userId === 'string' ? e.detail.userId : ''].filter(Boolean))),
    ];
    const names = await Promise.all(userIds.map((id) => this.redis.hGet(keys.user(id), 'displayName')));
    const nameOf = new Map(userIds.map((id, i) => [id, names[i] ?? '']));
    for (const e of entries) {
      e.byName = nameOf.get(e.by) ?? '';
      if (typeof e.detail.userId === 'string') e.detail.userName = nameOf.get(e.detail.userId) ?? '';
    }
    return entries;
  }
}

/** Leads as CSV (RFC 4180; formula-looking cells quoted). */
export function leadsToCsv(leads: Lead[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const head = ['userId', 'name', 'organization', 'email', 'firstSeen', 'lastSeen', 'entered', 'chatted', 'asked', 'negotiated', 'bid'];
  const lines = [head.join(',')];
  for (const l of leads) {
    lines.push(
      [
        l.userId,
        l.name,
        l.orgName ?? '',
        l.email ?? '',
        new Date(l.firstSeen).toISOString(),
        new Date(l.lastSeen).toISOString(),
        ...(['entered', 'chatted', 'asked', 'negotiated', 'bid'] as const).map((a) => String(l.actions[a] ?? 0)),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
