import type { BoothAnalytics, Lead, LeadAction, ModerationEntry, OrgKind, QueuedOrganization, Region } from '@pavilion/shared';
import { LEAD_ACTIONS } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { toCsv } from '../../http/csv.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import type { Principal } from '../auth/authService.js';
import type { DealsService } from '../deals/dealsService.js';

const DAY_MS = 86_400_000;
/** Days of unique visitors the exhibitor's analytics show (today and the six before). */
export const UNIQUE_VISITOR_DAYS = 7;
/**
 * A day's unique-visitor count is read until it leaves the window; kept one day longer for clocks and
 * time zones. Leads have no expiry: they are the exhibitor's contacts, shown and exported whatever their age.
 */
export const UNIQUE_VISITORS_TTL_MS = (UNIQUE_VISITOR_DAYS + 1) * DAY_MS;

/** Booths entered that a visitor's record keeps (for recommendations). */
export const VISITED_BOOTHS_KEPT = 200;

/** Leads and booth analytics (visits per day, time spent, who did what), and the organizer's organization tools. */
export class AnalyticsService {
  constructor(
    private readonly redis: Redis,
    private readonly deals: DealsService,
  ) {}

  /** Records an action of a signed-in visitor at a booth (staff of the booth's own organization are not leads). */
  async record(boothId: string, userId: string, userOrgId: string | null, action: LeadAction): Promise<void> {
    const owner = await this.redis.hGet(keys.booth(boothId), 'orgId');
    if (owner) await this.recordAt(boothId, owner, userId, userOrgId, action);
  }

  /**
   * {@link record} when the caller already knows the booth's organization (an auction carries its seller's): the
   * lead's writes only, in one round trip.
   */
  async recordAt(boothId: string, ownerOrgId: string, userId: string, userOrgId: string | null, action: LeadAction): Promise<void> {
    if (!boothId || ownerOrgId === userOrgId) return;
    const now = Date.now();
    const key = keys.boothLead(boothId, userId);
    const writes = this.redis
      .multi()
      .hSetNX(key, 'firstSeen', String(now))
      .hSet(key, 'lastSeen', String(now))
      .hIncrBy(key, action, 1)
      .zAdd(keys.boothLeads(boothId), { score: now, value: userId });
    // The booths a visitor entered steer their recommendations; only the latest few are kept.
    if (action === 'entered') {
      const visited = keys.userVisitedBooths(userId);
      writes.zAdd(visited, { score: now, value: boothId }).zRemRangeByRank(visited, 0, -(VISITED_BOOTHS_KEPT + 1));
    }
    await writes.exec();
  }

  /** Counts a signed-in visitor towards the booth's unique visitors of today (UTC). */
  async countVisitor(boothId: string, userId: string): Promise<void> {
    const key = keys.boothUniqueVisitors(boothId, new Date().toISOString().slice(0, 10));
    await this.redis.multi().pfAdd(key, userId).pExpire(key, UNIQUE_VISITORS_TTL_MS).exec();
  }

  /** The booth analytics of the caller's organization. */
  async forExhibitor(user: Principal, days = UNIQUE_VISITOR_DAYS): Promise<BoothAnalytics> {
    if (!user.orgId) throw fail.forbidden('booth analytics are for exhibitors', 'notExhibitor');
    const boothId = await this.redis.hGet(keys.org(user.orgId), 'boothId');
    if (!boothId) throw fail.notFound('booth', 'booth not found (set one up first)');
    const today = Date.now();
    const dayKeys = Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
    const [stats, uv, leads, negotiationIds, deals, meetingIds] = await Promise.all([
      this.redis.hGetAll(keys.boothStats(boothId)),
      Promise.all(dayKeys.map((d) => this.redis.pfCount(keys.boothUniqueVisitors(boothId, d)))),
      this.leads(boothId),
      this.redis.zRange(keys.orgNegotiations(user.orgId), 0, -1),
      this.deals.forOrg(user.orgId),
      this.redis.zRange(keys.boothMeetings(boothId), 0, 4999),
    ]);
    const meetingStatuses = await Promise.all(meetingIds.map((id) => this.redis.hGet(keys.meeting(id), 'status')));
    const meetingsByStatus: Record<string, number> = { booked: 0, held: 0, 'no-show': 0, cancelled: 0 };
    for (const s of meetingStatuses) if (s) meetingsByStatus[s] = (meetingsByStatus[s] ?? 0) + 1;
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
      meetingsByStatus,
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
        for (const a of LEAD_ACTIONS) if (lead[a]) actions[a] = Number(lead[a]);
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
  async organizations(filter: { verified?: boolean; region?: Region }): Promise<QueuedOrganization[]> {
    const ids = await this.redis.sMembers(keys.orgs);
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.org(id))));
    return rows
      .filter((o) => o.id)
      .map((o) => ({
        id: o.id as string,
        name: o.name ?? '',
        region: (o.region ?? '') as Region,
        country: o.country ?? '',
        kind: (o.kind ?? '') as OrgKind,
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
  async moderationLog(limit = 200): Promise<ModerationEntry[]> {
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

/** Leads as CSV (times ISO 8601; counts per action). */
export function leadsToCsv(leads: Lead[]): string {
  return toCsv(
    ['userId', 'name', 'organization', 'email', 'firstSeen', 'lastSeen', ...LEAD_ACTIONS],
    leads.map((l) => [
      l.userId,
      l.name,
      l.orgName ?? '',
      l.email ?? '',
      new Date(l.firstSeen).toISOString(),
      new Date(l.lastSeen).toISOString(),
      ...LEAD_ACTIONS.map((a) => l.actions[a] ?? 0),
    ]),
  );
}
