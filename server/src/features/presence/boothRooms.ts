import type { BoothEnterAnswer, BoothVisitor, LiveSession } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { AnalyticsService } from '../analytics/analyticsService.js';
import type { CatalogService } from '../catalog/catalogService.js';
import type { ChatRoomPolicy, ChatService } from '../chat/chatService.js';
import { PRESENCE } from './presenceService.js';

const sweepScript = LuaScript.fromFile('./sweepPresence.lua', import.meta.url);
const touchScript = LuaScript.fromFile('./touchPresence.lua', import.meta.url);

/** Someone in a booth now, as its exhibitors see them (a lead). */
export type BoothOccupant = BoothVisitor;

/** The room of a booth (chat, occupancy, later its live session). */
export function boothRoom(boothId: string): string {
  return `booth:${boothId}`;
}

/** The room of an organization's signed-in staff. */
export function orgRoom(orgId: string): string {
  return `org:${orgId}`;
}

/**
 * Booth rooms: entering joins the booth's socket room and its occupant roster in Redis (so every node
 * and the booth's exhibitors see who is there, and a dead node's occupants expire), counts the visit
 * and records the visitor as a lead.
 */
export class BoothRooms {
  private readonly local = new Map<string, Map<string, BoothOccupant>>(); // boothId → socketId → occupant
  /** The booth's live session now (the sessions feature provides it). */
  liveSession: (boothId: string) => Promise<LiveSession | null> = async () => null;
  private readonly timers: NodeJS.Timeout[] = [];
  /** Set by stop(): a sweep still in flight then announces nothing (the Redis clients are closing). */
  private stopped = false;

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly catalog: CatalogService,
    private readonly chat: ChatService,
    private readonly logger: Logger,
    private readonly analytics: AnalyticsService,
  ) {
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => f().catch((err: Error) => this.logger.debug({ err: err.message }, 'booth tick failed')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(PRESENCE.refreshMs, () => this.refresh());
    every(PRESENCE.sweepMs, () => this.sweep());
  }

  async enter(socket: AppSocket, boothId: string): Promise<BoothEnterAnswer> {
    const { booth, exhibits } = await this.catalog.booth(boothId);
    const room = boothRoom(boothId);
    const user = socket.data;
    const orgName = user.orgId ? await this.redis.hGet(keys.org(user.orgId), 'name') : null;
    const occupant: BoothOccupant = {
      socketId: socket.id,
      userId: user.userId,
      name: user.displayName,
      orgName: orgName ?? null,
      enteredAt: Date.now(),
    };
    await this.redis.sAdd(keys.occupiedBooths, boothId);
    let mine = this.local.get(boothId);
    if (!mine) {
      mine = new Map();
      this.local.set(boothId, mine);
    }
    const already = mine.has(socket.id);
    mine.set(socket.id, occupant);
    await socket.join(room);
    await touchScript.run(
      this.redis,
      [keys.boothOccupants(boothId), keys.boothOccupantsSeen(boothId)],
      [socket.id, '--', socket.id, JSON.stringify(occupant)],
    );
    if (!already && user.userId && user.orgId !== booth.orgId) {
      const day = new Date().toISOString().slice(0, 10);
      await Promise.all([
        this.redis.hIncrBy(keys.boothStats(boothId), 'visits', 1),
        this.redis.pfAdd(keys.boothUniqueVisitors(boothId, day), user.userId),
        this.analytics.record(boothId, user.userId, user.orgId, 'entered'),
      ]);
    }
    const [messages, occupants, liveSession] = await Promise.all([
      this.chat.history(room, {}),
      this.occupantCount(boothId),
      this.liveSession(boothId),
    ]);
    this.announce(booth.id, booth.orgId, occupants);
    return { booth, exhibits, messages, liveSession, occupants };
  }

  async leave(socket: AppSocket, boothId: string): Promise<void> {
    const occupant = this.local.get(boothId)?.get(socket.id);
    if (!occupant) return;
    this.local.get(boothId)?.delete(socket.id);
    if (socket.connected) await socket.leave(boothRoom(boothId));
    await Promise.all([
      this.redis.hDel(keys.boothOccupants(boothId), socket.id),
      this.redis.zRem(keys.boothOccupantsSeen(boothId), socket.id),
      occupant.userId ? this.redis.hIncrBy(keys.boothStats(boothId), 'dwellMs', Date.now() - occupant.enteredAt) : Promise.resolve(0),
    ]);
    const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
    this.announce(boothId, orgId ?? null, await this.occupantCount(boothId));
  }

  /** Leaves every booth a socket is in (on disconnect). */
  async leaveAll(socket: AppSocket): Promise<void> {
    for (const [boothId, occupants] of this.local) if (occupants.has(socket.id)) await this.leave(socket, boothId);
  }

  /** Whether this socket has entered the booth. */
  isInside(socket: AppSocket, boothId: string): boolean {
    return this.local.get(boothId)?.has(socket.id) ?? false;
  }

  async occupantCount(boothId: string): Promise<number> {
    return this.redis.hLen(keys.boothOccupants(boothId));
  }

  /** Who is in the booth now — for the booth's own staff (and organizers) only. */
  async occupants(boothId: string, viewer: { orgId: string | null; role: string }): Promise<BoothOccupant[]> {
    const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
    if (!orgId) throw fail.notFound('booth');
    if (viewer.orgId !== orgId && viewer.role !== 'organizer') throw fail.forbidden("only this booth's staff see who is in it", 'notStaff');
    const rows = Object.values(await this.redis.hGetAll(keys.boothOccupants(boothId)));
    return rows.map((r) => JSON.parse(r) as BoothOccupant).sort((a, b) => a.enteredAt - b.enteredAt);
  }

  /** Chat rules for `booth:<id>` rooms: anyone reads an existing booth; signed-in people inside it post; its staff and organizers moderate. */
  chatPolicy(): ChatRoomPolicy {
    return {
      assertCanRead: async (boothId) => {
        if (!(await this.redis.exists(keys.booth(boothId)))) throw fail.notFound('booth');
      },
      assertCanPost: async (boothId, who) => {
        if (!(await this.redis.exists(keys.booth(boothId)))) throw fail.notFound('booth');
        if (!this.isInside(who.socket, boothId)) throw fail.forbidden('enter the booth first (booth:enter)', 'notJoined');
      },
      afterPost: async (boothId, message) => {
        const orgId = await this.redis.hGet(keys.user(message.userId), 'orgId');
        await this.analytics.record(boothId, message.userId, orgId ?? null, 'chatted');
      },
      isModerator: async (boothId, who) => {
        if (who.role === 'organizer') return true;
        const owner = await this.redis.hGet(keys.booth(boothId), 'orgId');
        return Boolean(owner) && owner === who.orgId;
      },
    };
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
  }

  private announce(boothId: string, orgId: string | null, occupants: number): void {
    const rooms = [boothRoom(boothId)];
    if (orgId) rooms.push(orgRoom(orgId));
    this.io.to(rooms).emit('booth:occupancy', { boothId, occupants });
  }

  private async refresh(): Promise<void> {
    for (const [boothId, occupants] of this.local) {
      if (occupants.size === 0) {
        this.local.delete(boothId);
        continue;
      }
      await this.redis.sAdd(keys.occupiedBooths, boothId);
      await touchScript.run(this.redis, [keys.boothOccupants(boothId), keys.boothOccupantsSeen(boothId)], [...occupants.keys(), '--']);
    }
  }

  /** Occupants whose node stopped refreshing them are removed (any node may do it; the script makes it once). */
  private async sweep(): Promise<void> {
    for (const boothId of await this.redis.sMembers(keys.occupiedBooths)) {
      const gone = (await sweepScript.run(
        this.redis,
        [keys.boothOccupants(boothId), keys.boothOccupantsSeen(boothId)],
        [PRESENCE.expireMs],
      )) as string[];
      const left = await this.occupantCount(boothId);
      if (left === 0) await this.redis.sRem(keys.occupiedBooths, boothId);
      if (gone.length > 0) {
        const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
        if (!this.stopped) this.announce(boothId, orgId ?? null, left);
      }
    }
  }
}
