import {
  type BookMeeting,
  type LeadAction,
  MEETING_EARLY_JOIN_MS,
  type Meeting,
  type MeetingSlot,
  type MeetingStatus,
  type PublishedSlot,
  type PublishSlots,
  SLOT_QUERY_MAX_MS,
  SLOTS_PER_BOOTH,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RateLimit } from '../../redis/rateLimiter.js';
import type { Principal } from '../auth/authService.js';
import type { CatalogService } from '../catalog/catalogService.js';

function meetingScript(name: string): LuaScript {
  return LuaScript.compose(name, [
    { file: './meetingLib.lua', base: import.meta.url },
    { file: `./${name}.lua`, base: import.meta.url },
  ]);
}

const publishScript = meetingScript('publishSlots');
const withdrawScript = meetingScript('withdrawSlot');
const bookScript = meetingScript('bookMeeting');
const cancelScript = meetingScript('cancelMeeting');
const rescheduleScript = meetingScript('rescheduleMeeting');
const joinScript = meetingScript('joinMeeting');
const settleScript = meetingScript('settleMeeting');
const claimReminderScript = meetingScript('claimReminder');

/** How far ahead a slot may be published. */
export const SLOT_FURTHEST_AHEAD_MS = 366 * 86_400_000;
/** Meetings that still hold their time (booked or held, not ended) one user may have. */
export const MAX_ACTIVE_MEETINGS = 50;
/** Meetings `GET /api/meetings` lists at most (most recent start first). */
export const MEETING_LIST_LIMIT = 200;
/** Slots one `GET /api/booths/:id/slots` answers at most. */
export const SLOT_LIST_LIMIT = 500;
/** Default window of the slot list: from now, two weeks ahead. */
const DEFAULT_SLOT_WINDOW_MS = 14 * 86_400_000;
/** Bookings, cancellations and reschedules one user may make per 10 minutes (across the cluster). */
export const MEETING_CHANGES_PER_10_MIN = 30;
/** Slot-publishing requests one user may make per 10 minutes. */
export const SLOT_PUBLISHES_PER_10_MIN = 30;
/** Due reminders or settlements one sweep handles at most (the rest wait for the next sweep). */
const SWEEP_BATCH = 100;

/** Hooks the meetings feature calls when a meeting changes. */
export interface MeetingHooks {
  /** A meeting changed (booked, rescheduled, cancelled, held, settled): tell both parties. */
  changed(meeting: Meeting): void;
  /** A meeting starts now. */
  starting(meeting: Meeting): void;
  /** A meeting's visitor did something the booth's leads count. */
  lead(boothId: string, visitorId: string, action: LeadAction): void;
}

/**
 * Bookable 1:1 meetings: booths publish slots, visitors book them, either side cancels or reschedules; every
 * change is one atomic script deciding by Redis's clock. A sweep on every node sends start reminders and
 * settles ended meetings (held, or no-show), each exactly once whichever node gets there.
 */
export class MeetingService {
  private readonly changeLimit: RateLimit;
  private readonly publishLimit: RateLimit;

  constructor(
    private readonly redis: Redis,
    private readonly catalog: CatalogService,
    private readonly hooks: MeetingHooks,
  ) {
    this.changeLimit = RateLimit.cluster(redis, 'meeting-changes', { points: MEETING_CHANGES_PER_10_MIN, durationMs: 600_000 });
    this.publishLimit = RateLimit.cluster(redis, 'slot-publishes', { points: SLOT_PUBLISHES_PER_10_MIN, durationMs: 600_000 });
  }

  // ---------- slots ----------

  async publishSlots(user: Principal, boothId: string, body: PublishSlots): Promise<PublishedSlot[]> {
    if (!user.orgId) throw fail.forbidden("only staff of this booth's organization may publish its slots", 'notStaff');
    await this.publishLimit.consume(user.id);
    const slots = body.slots.map((s) => ({ id: newId('slot'), startsAt: s.startsAt, endsAt: s.endsAt, staffId: s.staffId ?? user.id }));
    await publishScript.run(
      this.redis,
      [
        keys.booth(boothId),
        keys.boothSlots(boothId),
        ...slots.flatMap((s) => [keys.meetingSlot(s.id), keys.staffSlotTimes(s.staffId), keys.user(s.staffId)]),
      ],
      [
        user.orgId,
        boothId,
        slots.length,
        SLOTS_PER_BOOTH,
        0,
        SLOT_FURTHEST_AHEAD_MS,
        ...slots.flatMap((s) => [s.id, s.startsAt, s.endsAt, s.staffId]),
      ],
    );
    return slots.map((s) => ({ ...s, boothId, status: 'free' as const }));
  }

  async withdrawSlot(user: Principal, boothId: string, slotId: string): Promise<void> {
    const staffId = await this.redis.hGet(keys.meetingSlot(slotId), 'staffId');
    if (!staffId) throw fail.notFound('slot');
    await withdrawScript.run(
      this.redis,
      [keys.meetingSlot(slotId), keys.boothSlots(boothId), keys.staffSlotTimes(staffId)],
      [user.orgId ?? '', boothId],
    );
  }

  /** A booth's slots in a window (default: the next two weeks), soonest first; never who booked them. */
  async slots(boothId: string, from?: number, to?: number): Promise<MeetingSlot[]> {
    if (!(await this.redis.exists(keys.booth(boothId)))) throw fail.notFound('booth');
    const start = from ?? (await redisNow(this.redis));
    const end = Math.min(to ?? start + DEFAULT_SLOT_WINDOW_MS, start + SLOT_QUERY_MAX_MS);
    const ids = await this.redis.zRangeByScore(keys.boothSlots(boothId), start, end, { LIMIT: { offset: 0, count: SLOT_LIST_LIMIT } });
    const rows = await Promise.all(ids.map((id) => this.redis.hmGet(keys.meetingSlot(id), ['id', 'startsAt', 'endsAt', 'status'])));
    return rows
      .filter((r) => r[0])
      .map((r) => ({ id: r[0] as string, startsAt: Number(r[1]), endsAt: Number(r[2]), status: r[3] === 'booked' ? 'booked' : 'free' }));
  }

  // ---------- meetings ----------

  async book(user: Principal, body: BookMeeting): Promise<Meeting> {
    await this.changeLimit.consume(user.id);
    const staffId = await this.redis.hGet(keys.meetingSlot(body.slotId), 'staffId');
    if (!staffId) throw fail.notFound('slot');
    const id = newId('mtg');
    await bookScript.run(
      this.redis,
      [
        keys.meetingSlot(body.slotId),
        keys.meeting(id),
        keys.userMeetings(user.id),
        keys.userMeetings(staffId),
        keys.boothMeetings(await this.slotBooth(body.slotId)),
        keys.userMeetingTimes(user.id),
        keys.userMeetingTimes(staffId),
        keys.meetingsToRemind,
        keys.meetingsToSettle,
        keys.exhibit(body.exhibitId ?? '-'),
        keys.user(user.id),
      ],
      [id, user.id, body.exhibitId ?? '', body.note ?? '', staffId, MAX_ACTIVE_MEETINGS],
    );
    const meeting = await this.load(id);
    this.hooks.changed(meeting);
    this.hooks.lead(meeting.boothId, meeting.visitorId, 'booked');
    return meeting;
  }

  async cancel(user: Principal, id: string): Promise<Meeting> {
    await this.changeLimit.consume(user.id);
    for (;;) {
      const m = await this.redis.hmGet(keys.meeting(id), ['visitorId', 'staffId', 'slotId']);
      const [visitorId, staffId, slotId] = m;
      if (!visitorId || !staffId || !slotId) throw fail.notFound('meeting');
      const outcome = await cancelScript.run(
        this.redis,
        [
          keys.meeting(id),
          keys.meetingSlot(slotId),
          keys.userMeetingTimes(visitorId),
          keys.userMeetingTimes(staffId),
          keys.meetingsToRemind,
          keys.meetingsToSettle,
        ],
        [user.id, staffId],
      );
      if (outcome === 'retry') continue;
      const meeting = await this.load(id);
      this.hooks.changed(meeting);
      this.hooks.lead(meeting.boothId, meeting.visitorId, 'cancelledMeeting');
      return meeting;
    }
  }

  /** Moves a booked meeting to another free slot of its booth (atomically: the old slot is freed in the same step). */
  async reschedule(user: Principal, id: string, slotId: string): Promise<Meeting> {
    await this.changeLimit.consume(user.id);
    const [m, newStaffId] = await Promise.all([
      this.redis.hmGet(keys.meeting(id), ['visitorId', 'staffId', 'slotId', 'boothId']),
      this.redis.hGet(keys.meetingSlot(slotId), 'staffId'),
    ]);
    const [visitorId, staffId, oldSlotId, boothId] = m;
    if (!visitorId || !staffId || !oldSlotId || !boothId) throw fail.notFound('meeting');
    if (user.id !== visitorId && user.id !== staffId) throw fail.forbidden('only its two parties may reschedule a meeting', 'notParty');
    if (!newStaffId) throw fail.notFound('slot');
    await rescheduleScript.run(
      this.redis,
      [
        keys.meeting(id),
        keys.meetingSlot(oldSlotId),
        keys.meetingSlot(slotId),
        keys.userMeetingTimes(visitorId),
        keys.userMeetingTimes(staffId),
        keys.userMeetingTimes(newStaffId),
        keys.meetingsToRemind,
        keys.meetingsToSettle,
        keys.userMeetings(visitorId),
        keys.userMeetings(staffId),
        keys.userMeetings(newStaffId),
        keys.boothMeetings(boothId),
      ],
      [user.id, slotId, newStaffId],
    );
    const meeting = await this.load(id);
    this.hooks.changed(meeting);
    return meeting;
  }

  /** The caller's meetings, either side, latest start first. */
  async list(user: Principal): Promise<Meeting[]> {
    const ids = await this.redis.zRange(keys.userMeetings(user.id), 0, MEETING_LIST_LIMIT - 1, { REV: true });
    const meetings = await this.loadMany(ids);
    // A rescheduled meeting leaves the old staff member's list lazily: only its parties see it.
    return meetings.filter((m) => m.visitorId === user.id || m.staffId === user.id);
  }

  /** One meeting, for its two parties only. */
  async forParty(user: Pick<Principal, 'id'>, id: string): Promise<Meeting> {
    const meeting = await this.load(id);
    if (meeting.visitorId !== user.id && meeting.staffId !== user.id) {
      throw fail.forbidden('only its two parties may see a meeting', 'notParty');
    }
    return meeting;
  }

  /** A party enters the room: counts as attending from shortly before the start (both → held). */
  async enter(userId: string, id: string): Promise<Meeting> {
    const [, changed] = (await joinScript.run(this.redis, [keys.meeting(id)], [userId, MEETING_EARLY_JOIN_MS])) as [string, number];
    const meeting = await this.load(id);
    if (changed === 1) {
      this.hooks.changed(meeting);
      this.hooks.lead(meeting.boothId, meeting.visitorId, 'met');
    }
    return meeting;
  }

  /** Which side of the meeting a user is, or null. */
  static sideOf(meeting: Meeting, userId: string): 'visitor' | 'staff' | null {
    if (meeting.visitorId === userId) return 'visitor';
    if (meeting.staffId === userId) return 'staff';
    return null;
  }

  // ---------- sweep ----------

  /** Sends due start reminders and settles ended meetings; run on every node, each outcome happens once. */
  async sweep(): Promise<void> {
    const now = await redisNow(this.redis);
    const [due, ended] = await Promise.all([
      this.redis.zRangeByScore(keys.meetingsToRemind, 0, now, { LIMIT: { offset: 0, count: SWEEP_BATCH } }),
      this.redis.zRangeByScore(keys.meetingsToSettle, 0, now, { LIMIT: { offset: 0, count: SWEEP_BATCH } }),
    ]);
    for (const id of due) {
      const claimed = await claimReminderScript.run(this.redis, [keys.meetingsToRemind, keys.meeting(id)], [id]);
      if (claimed === 1) this.hooks.starting(await this.load(id));
    }
    for (const id of ended) await this.settle(id);
  }

  private async settle(id: string): Promise<void> {
    for (;;) {
      const [visitorId, staffId] = await this.redis.hmGet(keys.meeting(id), ['visitorId', 'staffId']);
      const outcome = await settleScript.run(
        this.redis,
        [
          keys.meeting(id),
          keys.meetingsToSettle,
          keys.userMeetingTimes(visitorId ?? '-'),
          keys.userMeetingTimes(staffId ?? '-'),
          keys.meetingsToRemind,
        ],
        [staffId ?? '', id],
      );
      if (outcome === 'retry') continue;
      if (outcome === 'no-show') {
        const meeting = await this.load(id);
        this.hooks.changed(meeting);
        this.hooks.lead(meeting.boothId, meeting.visitorId, 'missedMeeting');
      }
      return;
    }
  }

  // ---------- reading ----------

  private async slotBooth(slotId: string): Promise<string> {
    const boothId = await this.redis.hGet(keys.meetingSlot(slotId), 'boothId');
    if (!boothId) throw fail.notFound('slot');
    return boothId;
  }

  async load(id: string): Promise<Meeting> {
    const [m] = await this.loadMany([id]);
    if (!m) throw fail.notFound('meeting');
    return m;
  }

  /** Meetings by id in order, with the booth's and the parties' names; unknown ids are skipped. */
  async loadMany(ids: string[]): Promise<Meeting[]> {
    const rows = (await Promise.all(ids.map((id) => this.redis.hGetAll(keys.meeting(id))))).filter((r) => r.id);
    const boothIds = [...new Set(rows.map((r) => r.boothId ?? ''))];
    const userIds = [...new Set(rows.flatMap((r) => [r.visitorId ?? '', r.staffId ?? '']))];
    const [booths, names] = await Promise.all([
      this.catalog.booths(boothIds),
      Promise.all(userIds.map((u) => this.redis.hGet(keys.user(u), 'displayName'))),
    ]);
    const boothOf = new Map(booths.map((b) => [b.id, b]));
    const nameOf = new Map(userIds.map((u, i) => [u, names[i] ?? '']));
    return rows.map((r) => {
      const booth = boothOf.get(r.boothId ?? '');
      const meeting: Meeting = {
        id: r.id as string,
        boothId: r.boothId ?? '',
        slotId: r.slotId ?? '',
        startsAt: Number(r.startsAt),
        endsAt: Number(r.endsAt),
        visitorId: r.visitorId ?? '',
        staffId: r.staffId ?? '',
        status: (r.status ?? 'booked') as MeetingStatus,
        boothName: booth?.name ?? '',
        orgName: booth?.orgName ?? '',
        visitorName: nameOf.get(r.visitorId ?? '') ?? '',
        staffName: nameOf.get(r.staffId ?? '') ?? '',
        seq: Number(r.seq ?? 1),
      };
      if (r.exhibitId) meeting.exhibitId = r.exhibitId;
      if (r.note) meeting.note = r.note;
      if (r.absent) meeting.absent = r.absent as Meeting['absent'];
      return meeting;
    });
  }
}
