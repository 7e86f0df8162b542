import type { LiveSession, SessionStart, SessionsQuery, SpotlightChange } from '@pavilion/shared';
import type { z } from 'zod';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import { FANOUT_LUA, type OrderedFanout } from '../../realtime/orderedFanout.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import type { SessionReminders } from './sessionReminders.js';
import { type AnnouncedSession, fromSnapshot, fromSnapshotJson, spotlightCard, storedCard, toSession } from './sessionSnapshot.js';
import type { SfuRelay } from './sfuRelay.js';

type LuaFile = { file: string; base: string };

/** A session script: the fanout library (`announce`), any other libraries, the session library, then its body. */
export function sessionScript(name: string, libraries: LuaFile[] = []): LuaScript {
  const here = (file: string) => ({ file, base: import.meta.url });
  return LuaScript.compose(name, [FANOUT_LUA, ...libraries, here('./sessionLib.lua'), here(`./${name}.lua`)]);
}

const startScript = sessionScript('startSession');
const endScript = sessionScript('endSession');
const updateScript = sessionScript('updateLive');

/** Who acts on a session: the signed-in user. */
export type Actor = Pick<Principal, 'id' | 'displayName' | 'role' | 'orgId'>;

/**
 * Live sessions in booths — reading, the programme, and hosting (start, end, spotlight, video flag) —
 * through atomic scripts that announce each change (all state in Redis, so a node restart loses nothing).
 */
export class SessionLifecycle {
  private readonly updateListeners: ((session: LiveSession) => void)[] = [];

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly reminders: SessionReminders,
    /** Called after a booth's live flag changed (the hall's cached floor plan must be rebuilt). */
    private readonly onBoothLive: (hallId: string, boothId: string) => void,
    /** The SFU's rooms, when this deployment has Janus; without it every session's video goes peer to peer. */
    private readonly sfu: SfuRelay | null = null,
    /** A session ended: its recording (if any) is made into a replay. */
    private readonly onEnded: (session: LiveSession, room: { url: string; recorded: boolean }) => void = () => {},
  ) {}

  // ---------- reading ----------

  async session(id: string): Promise<LiveSession> {
    const [s] = await this.sessions([id]);
    if (!s) throw fail.notFound('session');
    return s;
  }

  /** Sessions by id, in order; unknown ids are skipped. */
  async sessions(ids: string[]): Promise<LiveSession[]> {
    const rows = await Promise.all(
      ids.map((id) => Promise.all([this.redis.hGetAll(keys.liveSession(id)), this.redis.hLen(keys.liveSessionViewers(id))])),
    );
    // Sessions spotlighted before the card was kept in the session read the exhibit itself.
    const spotIds = rows.map(([r]) => (r.spotlightCard ? '' : (r.spotlightExhibitId ?? '')));
    const spots = await Promise.all(spotIds.map((e) => (e ? this.redis.hGetAll(keys.exhibit(e)) : Promise.resolve(null))));
    const out: LiveSession[] = [];
    rows.forEach(([r, viewers], i) => {
      if (!r.id) return;
      out.push(
        toSession(r, r.status === 'live' ? viewers : 0, r.spotlightCard ? storedCard(r.spotlightCard) : spotlightCard(spots[i] ?? null)),
      );
    });
    return out;
  }

  /** The session's spotlight changes, oldest first, as updateLive.lua recorded them (the latest 200). */
  async spotlights(id: string): Promise<SpotlightChange[]> {
    const rows = await this.redis.lRange(keys.liveSessionSpotlights(id), 0, -1);
    return rows.map((json) => {
      const r = JSON.parse(json) as { exhibitId?: unknown; title?: unknown; at?: unknown };
      return {
        exhibitId: typeof r.exhibitId === 'string' ? r.exhibitId : null,
        title: typeof r.title === 'string' ? r.title : '',
        at: Number(r.at),
      };
    });
  }

  /** The booth's live session now, if any. */
  async liveInBooth(boothId: string): Promise<LiveSession | null> {
    const id = await this.redis.get(keys.boothLiveSession(boothId));
    if (!id) return null;
    const [s] = await this.sessions([id]);
    return s?.status === 'live' ? s : null;
  }

  /** The programme: live now, upcoming (soonest first) or ended (latest first), optionally in one hall or booth. */
  async list(q: SessionsQuery): Promise<LiveSession[]> {
    let ids: string[];
    if (q.boothId) {
      ids = await this.redis.zRange(keys.boothSessions(q.boothId), 0, -1, { REV: true });
    } else if (q.status === 'ended') {
      ids = await this.redis.zRange(keys.sessionsEnded, 0, 999, { REV: true });
    } else if (q.status === 'upcoming') {
      ids = await this.redis.zRange(keys.sessionsUpcoming, 0, -1);
    } else if (q.status === 'live') {
      ids = await this.redis.zRange(keys.sessionsLive, 0, -1);
    } else {
      const [live, upcoming] = await Promise.all([
        this.redis.zRange(keys.sessionsLive, 0, -1),
        this.redis.zRange(keys.sessionsUpcoming, 0, -1),
      ]);
      ids = [...live, ...upcoming];
    }
    const status = q.status === 'upcoming' ? 'scheduled' : q.status;
    const wanted: LiveSession[] = [];
    // Read in pages so a filter that drops most sessions still fills `limit` without reading everything at once.
    for (let i = 0; i < ids.length && wanted.length < q.limit; i += 200) {
      for (const s of await this.sessions(ids.slice(i, i + 200))) {
        if (status && s.status !== status) continue;
        if (q.hallId && s.hallId !== q.hallId) continue;
        wanted.push(s);
        if (wanted.length >= q.limit) break;
      }
    }
    return wanted;
  }

  // ---------- hosting ----------

  async start(user: Actor, body: z.output<typeof SessionStart>): Promise<LiveSession> {
    if (!user.orgId) throw fail.forbidden("only staff of this booth's organization may host its sessions", 'notHost');
    const booth = await this.redis.hmGet(keys.booth(body.boothId), ['hallId', 'name', 'orgId']);
    const [hallId, boothName, orgId] = booth;
    if (!hallId || !orgId) throw fail.notFound('booth');
    const orgName = (await this.redis.hGet(keys.org(orgId), 'name')) ?? '';
    const id = body.sessionId ?? newId('ls');
    const room = await this.roomFor(id, body);
    let session: LiveSession;
    try {
      session = await this.runStart(id, hallId, boothName ?? '', orgName, { ...user, orgId: user.orgId }, body, room);
    } catch (err) {
      if (this.sfu) await this.sfu.closeRoom(id, room);
      throw err;
    }
    if (session.status !== 'live' && this.sfu) await this.sfu.closeRoom(id, room);
    if (session.status === 'live') {
      this.onBoothLive(hallId, body.boothId);
      await this.reminders.remind(session);
    }
    return session;
  }

  /**
   * The VideoRoom for a session that may go live with this request (made before the start script, which then
   * records where it is); none for a session scheduled later, or one that is not scheduled any more.
   */
  private async roomFor(id: string, body: z.output<typeof SessionStart>) {
    const none = { transport: 'p2p' as const, url: '', secret: '', recorded: false };
    if (!this.sfu) return none;
    if (body.sessionId) {
      if ((await this.redis.hGet(keys.liveSession(id), 'status')) !== 'scheduled') return none;
    } else if (body.startsAt !== undefined && body.startsAt > (await redisNow(this.redis)) + 1000) {
      return none;
    }
    return this.sfu.openRoom(id, body.record ?? true);
  }

  private async runStart(
    id: string,
    hallId: string,
    boothName: string,
    orgName: string,
    user: Actor & { orgId: string },
    body: z.output<typeof SessionStart>,
    room: { transport: 'sfu' | 'p2p'; url: string; secret: string; recorded: boolean },
  ): Promise<LiveSession> {
    return fromSnapshotJson(
      (await startScript.run(
        this.redis,
        [
          keys.liveSession(id),
          keys.booth(body.boothId),
          keys.boothLiveSession(body.boothId),
          keys.hallLiveBooths(hallId),
          keys.sessionsLive,
          keys.sessionsUpcoming,
          keys.boothSessions(body.boothId),
          keys.liveSessionViewers(id),
        ],
        [
          body.sessionId ? 'existing' : 'new',
          id,
          user.orgId,
          body.title,
          body.description ?? '',
          body.startsAt ?? '',
          user.id,
          user.displayName,
          boothName,
          orgName,
          hallId,
          body.boothId,
          room.transport,
          room.url,
          room.secret,
          room.recorded ? '1' : '0',
          body.audience ?? '',
        ],
      )) as string,
    );
  }

  async end(user: Actor, id: string): Promise<LiveSession> {
    const head = await this.redis.hmGet(keys.liveSession(id), ['boothId', 'hallId', 'sfuUrl', 'sfuSecret', 'record']);
    const [boothId, hallId, sfuUrl, sfuSecret, record] = head;
    if (!boothId || !hallId) throw fail.notFound('session');
    const session: LiveSession = fromSnapshotJson(
      (await endScript.run(
        this.redis,
        [
          keys.liveSession(id),
          keys.booth(boothId),
          keys.boothLiveSession(boothId),
          keys.hallLiveBooths(hallId),
          keys.sessionsLive,
          keys.sessionsUpcoming,
          keys.sessionsEnded,
          keys.liveSessionViewers(id),
        ],
        [id, user.orgId ?? '', user.role === 'organizer' ? '1' : '0'],
      )) as string,
    );
    this.onBoothLive(hallId, boothId);
    if (sfuUrl && sfuSecret && this.sfu) {
      await this.sfu.closeRoom(id, { url: sfuUrl, secret: sfuSecret });
      this.onEnded(session, { url: sfuUrl, recorded: record === '1' });
    }
    return session;
  }

  async spotlight(user: Actor, id: string, exhibitId: string | null): Promise<LiveSession> {
    const changed = await this.update(user, id, 'spotlight', exhibitId ?? '');
    return changed ?? this.session(id);
  }

  /** The host's video is on or off (the relay keeps which sockets send it). */
  async broadcast(user: Actor, id: string, on: boolean): Promise<LiveSession> {
    const changed = await this.update(user, id, 'broadcasting', on ? '1' : '0');
    return changed ?? this.session(id);
  }

  /** The last socket sending the session's video is gone: the video is off for everyone. */
  async videoOff(id: string): Promise<void> {
    const orgId = (await this.redis.hGet(keys.liveSession(id), 'orgId')) ?? '';
    await updateScript.run(
      this.redis,
      [keys.liveSession(id), keys.liveSessionViewers(id), keys.exhibit('-'), keys.liveSessionSpotlights(id)],
      [orgId, 'broadcasting', '0'],
    );
  }

  /** Runs the host-change script (which announces the change itself); null when nothing changed. */
  private async update(user: Actor, id: string, what: 'spotlight' | 'broadcasting', value: string): Promise<LiveSession | null> {
    const reply = (await updateScript.run(
      this.redis,
      [
        keys.liveSession(id),
        keys.liveSessionViewers(id),
        keys.exhibit(what === 'spotlight' && value ? value : '-'),
        keys.liveSessionSpotlights(id),
      ],
      [user.orgId ?? '', what, value],
    )) as string;
    return reply ? fromSnapshotJson(reply) : null;
  }

  /**
   * Session snapshots as the scripts announced them, to this node's sockets only: every node receives
   * them in script order, so each watcher sees one session's seq strictly increase.
   */
  follow(fanout: OrderedFanout): void {
    fanout.on('session:updated', (data) => {
      const { session: snapshot, to } = data as AnnouncedSession;
      const session = fromSnapshot(snapshot);
      const audience =
        to === 'viewers'
          ? [rooms.session(session.id), rooms.programme]
          : [rooms.hall(session.hallId), rooms.booth(session.boothId), rooms.session(session.id), rooms.programme];
      this.io.local.to(audience).emit('session:updated', { session });
      if (to === 'all') for (const listener of this.updateListeners) listener(session);
    });
  }

  /** Called on every node with each change of a session (not viewer counts), after its sockets were told. */
  onUpdated(listener: (session: LiveSession) => void): void {
    this.updateListeners.push(listener);
  }
}
