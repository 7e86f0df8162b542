import type { BoothEnterAnswer, BoothVisitor, LiveSession } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import { Roster } from '../../realtime/roster.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import type { AnalyticsService } from '../analytics/analyticsService.js';
import type { CatalogService } from '../catalog/catalogService.js';
import type { ChatRoomPolicy, ChatService } from '../chat/chatService.js';

/** Someone in a booth now, as its exhibitors see them (a lead). */
export type BoothOccupant = BoothVisitor;

/**
 * Booth rooms: entering joins the booth's socket room and its occupant roster in Redis (so every node
 * and the booth's exhibitors see who is there, and a dead node's occupants expire), counts the visit
 * and records the visitor as a lead.
 */
export class BoothRooms {
  /** boothId → socketId → occupant, on every node. */
  private readonly roster: Roster<BoothOccupant>;

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly catalog: CatalogService,
    private readonly chat: ChatService,
    logger: Logger,
    private readonly analytics: AnalyticsService,
    /** The booth's live session now (the sessions feature knows). */
    private readonly liveSession: (boothId: string) => Promise<LiveSession | null>,
  ) {
    this.roster = new Roster(redis, logger, {
      name: 'booth occupants',
      entries: keys.boothOccupants,
      seen: keys.boothOccupantsSeen,
      sweeps: { activeSet: keys.occupiedBooths },
      store: (occupant) => JSON.stringify(occupant),
      onExpired: async (boothId) => {
        const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
        this.announce(boothId, orgId ?? null, await this.occupantCount(boothId));
      },
    });
  }

  async enter(socket: AppSocket, boothId: string): Promise<BoothEnterAnswer> {
    const { booth, exhibits } = await this.catalog.booth(boothId);
    const room = rooms.booth(boothId);
    const user = socket.data;
    const orgName = user.orgId ? await this.redis.hGet(keys.org(user.orgId), 'name') : null;
    const occupant: BoothOccupant = {
      socketId: socket.id,
      userId: user.userId,
      name: user.displayName,
      orgName: orgName ?? null,
      enteredAt: Date.now(),
    };
    const stored = this.roster.track(boothId, socket.id, occupant);
    await socket.join(room);
    const firstEntry = await stored;
    if (firstEntry && user.userId && user.orgId !== booth.orgId) {
      await Promise.all([
        this.redis.hIncrBy(keys.boothStats(boothId), 'visits', 1),
        this.analytics.countVisitor(boothId, user.userId),
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
    const occupant = await this.roster.untrack(boothId, socket.id);
    if (!occupant) return;
    if (socket.connected) await socket.leave(rooms.booth(boothId));
    if (occupant.userId) await this.redis.hIncrBy(keys.boothStats(boothId), 'dwellMs', Date.now() - occupant.enteredAt);
    const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
    this.announce(boothId, orgId ?? null, await this.occupantCount(boothId));
  }

  /** Leaves every booth a socket is in (on disconnect). */
  async leaveAll(socket: AppSocket): Promise<void> {
    for (const boothId of this.roster.scopesOf(socket.id)) await this.leave(socket, boothId);
  }

  /** Whether this socket has entered the booth. */
  isInside(socket: AppSocket, boothId: string): boolean {
    return this.roster.has(boothId, socket.id);
  }

  async occupantCount(boothId: string): Promise<number> {
    return this.roster.count(boothId);
  }

  /** Who is in the booth now — for the booth's own staff (and organizers) only. */
  async occupants(boothId: string, viewer: { orgId: string | null; role: string }): Promise<BoothOccupant[]> {
    const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
    if (!orgId) throw fail.notFound('booth');
    if (viewer.orgId !== orgId && viewer.role !== 'organizer') throw fail.forbidden("only this booth's staff see who is in it", 'notStaff');
    const rows = await this.roster.stored(boothId);
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
    this.roster.stop();
  }

  private announce(boothId: string, orgId: string | null, occupants: number): void {
    const to = [rooms.booth(boothId)];
    if (orgId) to.push(rooms.org(orgId));
    this.io.to(to).emit('booth:occupancy', { boothId, occupants });
  }
}
