import type {
  IceServer,
  LiveSession,
  SessionJoinAnswer,
  SessionQuestion,
  SessionStart,
  SessionsQuery,
  SpotlightCard,
} from '@pavilion/shared';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import { FANOUT_LUA, type OrderedFanout } from '../../realtime/orderedFanout.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RATE_LIMIT_LUA } from '../../redis/rateLimiter.js';
import type { Principal } from '../auth/authService.js';
import { toExhibit } from '../catalog/catalogService.js';
import type { ChatRoomPolicy, ChatService } from '../chat/chatService.js';
import { boothRoom } from '../presence/boothRooms.js';
import { hallRoom } from '../presence/presenceGrid.js';
import { PRESENCE } from '../presence/presenceService.js';

const lib = { file: './sessionLib.lua', base: import.meta.url };
const announcing = (name: string) => LuaScript.compose(name, [FANOUT_LUA, lib, { file: `./${name}.lua`, base: import.meta.url }]);
const startScript = announcing('startSession');
const endScript = announcing('endSession');
const updateScript = announcing('updateLive');
const viewersScript = announcing('announceViewers');
const questionScript = LuaScript.compose('questions', [
  FANOUT_LUA,
  RATE_LIMIT_LUA,
  lib,
  { file: './questions.lua', base: import.meta.url },
]);
const indexScript = LuaScript.fromFile('./indexQuestions.lua', import.meta.url);
const touchScript = LuaScript.fromFile('../presence/touchPresence.lua', import.meta.url);
const sweepScript = LuaScript.fromFile('../presence/sweepPresence.lua', import.meta.url);

/** The Socket.IO room of a session's viewers (and its chat room's name). */
export function sessionRoom(id: string): string {
  return `session:${id}`;
}
/** The room of the sockets sending a session's video. */
export function sessionHostRoom(id: string): string {
  return `session-host:${id}`;
}
/** Sockets following the expo-wide programme (`sessions:subscribe`). */
export const PROGRAMME_ROOM = 'programme';

/** Viewer-count pushes per session are coalesced to at most one per this many ms. */
export const VIEWER_PUSH_MS = 1_000;

/** How many questions `session:join` carries (the rest are paged with `session:questions`). */
export const QUESTION_PAGE = 50;

/** Per user per session (0 = no limit): unanswered questions at once, and questions asked per minute. */
export interface QuestionLimits {
  openPerUser: number;
  perMinute: number;
}
export const DEFAULT_QUESTION_LIMITS: QuestionLimits = { openPerUser: 5, perMinute: 5 };

/** What the session scripts announce (fanout kind `session:updated`): the public snapshot, and to whom. */
export interface AnnouncedSession {
  session: SessionSnapshot;
  /** `all`: the hall, the booth, the viewers and the programme; `viewers`: a viewer count, for viewers and the programme. */
  to: 'all' | 'viewers';
}
/** The public fields of a session hash as the scripts read them (`public_session` in sessionLib.lua), as strings. */
export type SessionSnapshot = Record<string, string>;

/** One page of a session's Q&A, in the order it shows. */
export interface QuestionPage {
  questions: SessionQuestion[];
  total: number;
}

type Actor = Pick<Principal, 'id' | 'displayName' | 'role' | 'orgId'>;

/**
 * Live sessions in booths: lifecycle, spotlight and Q&A through atomic scripts (all state in Redis, so
 * a node restart loses nothing), viewers counted across nodes (a dead node's viewers expire), and the
 * relay of WebRTC signalling between a host and each viewer.
 */
export class SessionService {
  /** sessionId → this node's viewer sockets. */
  private readonly viewers = new Map<string, Map<string, AppSocket>>();
  /** socketId → sessions it hosts (sends video for) on this node. */
  private readonly hosting = new Map<string, Set<string>>();
  private readonly viewerPush = new Map<string, NodeJS.Timeout>();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;
  /** Someone asked a question in a booth's session (analytics makes them a lead of the booth). */
  onAsked: (boothId: string, userId: string, orgId: string | null) => void = () => {};

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly chat: ChatService,
    private readonly logger: Logger,
    private readonly iceServers: IceServer[],
    /** Called after a booth's live flag changed (the hall's cached floor plan must be rebuilt). */
    private readonly onBoothLive: (hallId: string, boothId: string) => void,
    private readonly questionLimits: QuestionLimits = DEFAULT_QUESTION_LIMITS,
  ) {
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => f().catch((err: Error) => this.logger.debug({ err: err.message }, 'session tick failed')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(PRESENCE.refreshMs, () => this.refreshViewers());
    every(PRESENCE.sweepMs, () => this.sweepViewers());
  }

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

  /** One page of the questions, sorted by votes (most first), then by time (oldest first). */
  async questions(id: string, offset = 0, limit = QUESTION_PAGE): Promise<QuestionPage> {
    const [ranked, total, stored] = await Promise.all([
      this.redis.zRangeWithScores(keys.liveSessionQuestionOrder(id), offset, offset + limit - 1, { REV: true }),
      this.redis.zCard(keys.liveSessionQuestionOrder(id)),
      this.redis.hLen(keys.liveSessionQuestions(id)),
    ]);
    if (stored > total) {
      // Questions asked before the order index existed: index them once, then read again.
      await indexScript.run(
        this.redis,
        [keys.liveSession(id), keys.liveSessionQuestions(id), keys.liveSessionVotes(id), keys.liveSessionQuestionOrder(id)],
        [],
      );
      return this.questions(id, offset, limit);
    }
    if (ranked.length === 0) return { questions: [], total };
    const rows = await this.redis.hmGet(
      keys.liveSessionQuestions(id),
      ranked.map((r) => r.value),
    );
    const questions: SessionQuestion[] = [];
    ranked.forEach((r, i) => {
      const json = rows[i];
      // The order index's score is votes · 2^32 + (how early it was asked): the votes are its high part.
      if (json) questions.push({ ...(JSON.parse(json) as SessionQuestion), votes: Math.floor(r.score / 2 ** 32) });
    });
    return { questions, total };
  }

  // ---------- hosting ----------

  async start(user: Actor, body: z.output<typeof SessionStart>): Promise<LiveSession> {
    if (!user.orgId) throw fail.forbidden("only staff of this booth's organization may host its sessions", 'notHost');
    const booth = await this.redis.hmGet(keys.booth(body.boothId), ['hallId', 'name', 'orgId']);
    const [hallId, boothName, orgId] = booth;
    if (!hallId || !orgId) throw fail.notFound('booth');
    const orgName = (await this.redis.hGet(keys.org(orgId), 'name')) ?? '';
    const id = body.sessionId ?? newId('ls');
    const session = fromSnapshotJson(
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
          boothName ?? '',
          orgName,
          hallId,
          body.boothId,
        ],
      )) as string,
    );
    if (session.status === 'live') {
      this.onBoothLive(hallId, body.boothId);
      await this.remind(session);
    }
    return session;
  }

  async end(user: Actor, id: string): Promise<LiveSession> {
    const head = await this.redis.hmGet(keys.liveSession(id), ['boothId', 'hallId']);
    const [boothId, hallId] = head;
    if (!boothId || !hallId) throw fail.notFound('session');
    const session = fromSnapshotJson(
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
    return session;
  }

  async spotlight(user: Actor, id: string, exhibitId: string | null): Promise<LiveSession> {
    const changed = await this.update(user, id, 'spotlight', exhibitId ?? '');
    return changed ?? this.session(id);
  }

  /** The host's video is on or off; the hosting socket receives viewers' `rtc:want`. */
  async broadcast(user: Actor, socket: AppSocket, id: string, on: boolean): Promise<LiveSession> {
    const changed = await this.update(user, id, 'broadcasting', on ? '1' : '0');
    if (on) {
      await socket.join(sessionHostRoom(id));
      await this.redis.sAdd(keys.liveSessionHosts(id), socket.id);
      let mine = this.hosting.get(socket.id);
      if (!mine) {
        mine = new Set();
        this.hosting.set(socket.id, mine);
      }
      mine.add(id);
    } else {
      await this.stopHosting(socket, id);
    }
    return changed ?? this.session(id);
  }

  /** Runs the host-change script (which announces the change itself); null when nothing changed. */
  private async update(user: Actor, id: string, what: 'spotlight' | 'broadcasting', value: string): Promise<LiveSession | null> {
    const reply = (await updateScript.run(
      this.redis,
      [keys.liveSession(id), keys.liveSessionViewers(id), keys.exhibit(what === 'spotlight' && value ? value : '-')],
      [user.orgId ?? '', what, value],
    )) as string;
    return reply ? fromSnapshotJson(reply) : null;
  }

  private async stopHosting(socket: AppSocket, id: string): Promise<void> {
    this.hosting.get(socket.id)?.delete(id);
    if (socket.connected) await socket.leave(sessionHostRoom(id));
    await this.redis.sRem(keys.liveSessionHosts(id), socket.id);
  }

  // ---------- Q&A (each change is announced by the questions script) ----------

  async ask(user: Actor, id: string, text: string): Promise<SessionQuestion> {
    const q = await this.question(id, newId('q'), 'ask', user.id, user.displayName, text);
    const boothId = await this.redis.hGet(keys.liveSession(id), 'boothId');
    if (boothId) this.onAsked(boothId, user.id, user.orgId);
    return q;
  }

  async upvote(user: Actor, id: string, questionId: string): Promise<SessionQuestion> {
    return this.question(id, questionId, 'upvote', user.id, '', '');
  }

  async answer(user: Actor, id: string, questionId: string): Promise<SessionQuestion> {
    return this.question(id, questionId, 'answer', user.id, user.orgId ?? '', user.role === 'organizer' ? '1' : '0');
  }

  private async question(id: string, qid: string, action: string, userId: string, a4: string, a5: string): Promise<SessionQuestion> {
    const json = (await questionScript.run(
      this.redis,
      [
        keys.liveSession(id),
        keys.liveSessionQuestions(id),
        keys.liveSessionVotes(id),
        keys.liveSessionVoters(id, qid),
        keys.liveSessionQuestionOrder(id),
        keys.liveSessionOpenQuestions(id),
        keys.rateLimit('session-questions', `${id}:${userId}`),
      ],
      [action, qid, userId, a4, a5, this.questionLimits.openPerUser, this.questionLimits.perMinute],
    )) as string;
    return JSON.parse(json) as SessionQuestion;
  }

  // ---------- audience ----------

  async join(socket: AppSocket, id: string): Promise<SessionJoinAnswer> {
    const exists = await this.redis.exists(keys.liveSession(id));
    if (!exists) throw fail.notFound('session');
    let mine = this.viewers.get(id);
    if (!mine) {
      mine = new Map();
      this.viewers.set(id, mine);
    }
    mine.set(socket.id, socket);
    await socket.join(sessionRoom(id));
    await Promise.all([
      touchScript.run(this.redis, [keys.liveSessionViewers(id), keys.liveSessionViewersSeen(id)], [socket.id, '--', socket.id, '1']),
      this.redis.sAdd(keys.sessionsWatched, id),
    ]);
    const userId = socket.data.userId;
    const [session, page, messages] = await Promise.all([this.session(id), this.questions(id), this.chat.history(sessionRoom(id), {})]);
    const myVotes = userId ? await this.votesOf(id, userId, page.questions) : [];
    this.viewersChanged(id);
    return {
      session,
      questions: page.questions,
      questionCount: page.total,
      myVotes,
      messages,
      iceServers: this.iceServers,
      media: 'p2p',
    };
  }

  /** A later page of the Q&A (the join ack carries the first), with the caller's votes among it. */
  async questionPage(socket: AppSocket, id: string, offset: number, limit: number): Promise<QuestionPage & { myVotes: string[] }> {
    if (!(await this.redis.exists(keys.liveSession(id)))) throw fail.notFound('session');
    const page = await this.questions(id, offset, limit);
    const userId = socket.data.userId;
    return { ...page, myVotes: userId ? await this.votesOf(id, userId, page.questions) : [] };
  }

  async leave(socket: AppSocket, id: string): Promise<void> {
    const mine = this.viewers.get(id);
    if (!mine?.delete(socket.id)) return;
    if (mine.size === 0) this.viewers.delete(id);
    if (socket.connected) await socket.leave(sessionRoom(id));
    await Promise.all([
      this.redis.hDel(keys.liveSessionViewers(id), socket.id),
      this.redis.zRem(keys.liveSessionViewersSeen(id), socket.id),
    ]);
    this.io.to(sessionHostRoom(id)).emit('rtc:gone', { sessionId: id, from: socket.id });
    this.viewersChanged(id);
  }

  /** On disconnect: leaves every session watched, and stops the video of every session hosted. */
  async leaveAll(socket: AppSocket): Promise<void> {
    for (const [id, sockets] of [...this.viewers]) if (sockets.has(socket.id)) await this.leave(socket, id);
    const hosted = this.hosting.get(socket.id);
    this.hosting.delete(socket.id);
    for (const id of hosted ?? []) {
      await this.redis.sRem(keys.liveSessionHosts(id), socket.id);
      if ((await this.redis.sCard(keys.liveSessionHosts(id))) > 0) continue;
      // The last sending socket is gone: the video is off for everyone.
      const orgId = (await this.redis.hGet(keys.liveSession(id), 'orgId')) ?? '';
      await updateScript.run(
        this.redis,
        [keys.liveSession(id), keys.liveSessionViewers(id), keys.exhibit('-')],
        [orgId, 'broadcasting', '0'],
      );
    }
  }

  isViewer(socket: AppSocket, id: string): boolean {
    return this.viewers.get(id)?.has(socket.id) ?? false;
  }

  react(socket: AppSocket, id: string, emoji: string): void {
    if (!this.isViewer(socket, id)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
    this.io.to(sessionRoom(id)).volatile.emit('session:reaction', { sessionId: id, emoji: emoji as never });
  }

  // ---------- WebRTC signalling ----------

  /** A viewer asks for the host's video: relayed to the sockets sending it. */
  async want(socket: AppSocket, id: string): Promise<void> {
    if (!this.isViewer(socket, id)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
    const broadcasting = await this.redis.hGet(keys.liveSession(id), 'broadcasting');
    if (broadcasting !== '1') throw fail.conflict('the host is not sending video', 'notBroadcasting');
    this.io.to(sessionHostRoom(id)).emit('rtc:want', { sessionId: id, from: socket.id });
  }

  /**
   * Relays an offer / answer / candidate between a host socket and a viewer socket of the same session
   * (on any node). Anything else — viewer to viewer, strangers — is refused.
   */
  async signal(
    socket: AppSocket,
    payload: { sessionId: string; to: string; description?: { type: 'offer' | 'answer'; sdp: string }; candidate?: object },
  ): Promise<void> {
    const id = payload.sessionId;
    const [fromHost, toHost, toViewer] = await Promise.all([
      this.redis.sIsMember(keys.liveSessionHosts(id), socket.id),
      this.redis.sIsMember(keys.liveSessionHosts(id), payload.to),
      this.redis.hExists(keys.liveSessionViewers(id), payload.to),
    ]);
    const fromViewer = this.isViewer(socket, id);
    const allowed = (Boolean(fromHost) && Boolean(toViewer)) || (fromViewer && Boolean(toHost));
    if (!allowed) throw fail.forbidden('signals go only between the session host and its viewers', 'notPeer');
    const relay: { sessionId: string; from: string; description?: { type: 'offer' | 'answer'; sdp: string }; candidate?: never } = {
      sessionId: id,
      from: socket.id,
    };
    if (payload.description) relay.description = payload.description;
    if (payload.candidate) relay.candidate = payload.candidate as never;
    this.io.to(payload.to).emit('rtc:signal', relay);
  }

  // ---------- reminders ----------

  async setReminder(userId: string, id: string, on: boolean): Promise<boolean> {
    const status = await this.redis.hGet(keys.liveSession(id), 'status');
    if (!status) throw fail.notFound('session');
    if (on && status === 'ended') throw fail.conflict('the session has ended', 'ended');
    if (on) {
      await Promise.all([this.redis.sAdd(keys.liveSessionReminders(id), userId), this.redis.sAdd(keys.userReminders(userId), id)]);
    } else {
      await Promise.all([this.redis.sRem(keys.liveSessionReminders(id), userId), this.redis.sRem(keys.userReminders(userId), id)]);
    }
    return on;
  }

  /** The sessions a user asked to be reminded of that have not ended. */
  async reminders(userId: string): Promise<string[]> {
    const ids = await this.redis.sMembers(keys.userReminders(userId));
    const statuses = await Promise.all(ids.map((id) => this.redis.hGet(keys.liveSession(id), 'status')));
    return ids.filter((_, i) => statuses[i] && statuses[i] !== 'ended').sort();
  }

  private async remind(session: LiveSession): Promise<void> {
    const users = await this.redis.sMembers(keys.liveSessionReminders(session.id));
    if (users.length > 0) this.io.to(users.map((u) => `user:${u}`)).emit('session:reminder', { session });
  }

  // ---------- chat ----------

  /** Chat rules for `session:<id>` rooms: anyone reads; signed-in viewers post until it ends; the booth's staff and organizers moderate. */
  chatPolicy(): ChatRoomPolicy {
    return {
      assertCanRead: async (id) => {
        if (!(await this.redis.exists(keys.liveSession(id)))) throw fail.notFound('session');
      },
      assertCanPost: async (id, who) => {
        const status = await this.redis.hGet(keys.liveSession(id), 'status');
        if (!status) throw fail.notFound('session');
        if (!this.isViewer(who.socket, id)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
        if (status === 'ended') throw fail.conflict('the session has ended', 'ended');
      },
      isModerator: async (id, who) => {
        if (who.role === 'organizer') return true;
        const owner = await this.redis.hGet(keys.liveSession(id), 'orgId');
        return Boolean(owner) && owner === who.orgId;
      },
    };
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    for (const t of this.viewerPush.values()) clearTimeout(t);
    this.viewerPush.clear();
  }

  // ---------- fan-out ----------

  /**
   * Session snapshots as the scripts announced them, to this node's sockets only: every node receives
   * them in script order, so each watcher sees one session's seq strictly increase.
   */
  follow(fanout: OrderedFanout): void {
    fanout.on('session:updated', (data) => {
      const { session: snapshot, to } = data as AnnouncedSession;
      const session = fromSnapshot(snapshot);
      const rooms =
        to === 'viewers'
          ? [sessionRoom(session.id), PROGRAMME_ROOM]
          : [hallRoom(session.hallId), boothRoom(session.boothId), sessionRoom(session.id), PROGRAMME_ROOM];
      this.io.local.to(rooms).emit('session:updated', { session });
    });
    // Q&A changes (the script announced them), to this node's viewers, in the order they happened.
    fanout.on('session:question', (data) => {
      const question = JSON.parse((data as { question: string }).question) as SessionQuestion;
      this.io.local.to(sessionRoom(question.sessionId)).emit('session:question', { question });
    });
  }

  /** Viewer counts: coalesced per session, announced as a new seq to the viewers and programme followers. */
  private viewersChanged(id: string): void {
    if (this.viewerPush.has(id) || this.stopped) return;
    const t = setTimeout(() => {
      this.viewerPush.delete(id);
      if (this.stopped) return;
      viewersScript
        .run(this.redis, [keys.liveSession(id), keys.liveSessionViewers(id)], [])
        .catch((err: Error) => this.logger.debug({ err: err.message }, 'viewer push failed'));
    }, VIEWER_PUSH_MS);
    t.unref();
    this.viewerPush.set(id, t);
  }

  private async votesOf(id: string, userId: string, questions: SessionQuestion[]): Promise<string[]> {
    const voted = await Promise.all(questions.map((q) => this.redis.sIsMember(keys.liveSessionVoters(id, q.id), userId)));
    return questions.filter((_, i) => voted[i]).map((q) => q.id);
  }

  private async refreshViewers(): Promise<void> {
    for (const [id, sockets] of this.viewers) {
      if (sockets.size === 0) continue;
      await this.redis.sAdd(keys.sessionsWatched, id);
      await touchScript.run(this.redis, [keys.liveSessionViewers(id), keys.liveSessionViewersSeen(id)], [...sockets.keys(), '--']);
    }
  }

  /** Viewers whose node stopped refreshing them are removed (any node may do it; the script makes it once). */
  private async sweepViewers(): Promise<void> {
    for (const id of await this.redis.sMembers(keys.sessionsWatched)) {
      const gone = (await sweepScript.run(
        this.redis,
        [keys.liveSessionViewers(id), keys.liveSessionViewersSeen(id)],
        [PRESENCE.expireMs],
      )) as string[];
      if ((await this.redis.hLen(keys.liveSessionViewers(id))) === 0) await this.redis.sRem(keys.sessionsWatched, id);
      if (gone.length > 0 && !this.stopped) {
        for (const from of gone) this.io.to(sessionHostRoom(id)).emit('rtc:gone', { sessionId: id, from });
        this.viewersChanged(id);
      }
    }
  }
}

/** Most votes first, then the oldest. */
export function sortQuestions(qs: SessionQuestion[]): SessionQuestion[] {
  return [...qs].sort((a, b) => b.votes - a.votes || a.at - b.at || (a.id < b.id ? -1 : 1));
}

function spotlightCard(r: Record<string, string> | null): SpotlightCard | null {
  if (!r?.id) return null;
  const e = toExhibit(r);
  return {
    id: e.id,
    boothId: e.boothId,
    type: e.type,
    title: e.title,
    registrationNumber: e.registrationNumber,
    askingPrice: e.askingPrice,
    tradeModes: e.tradeModes,
  };
}

/** The card kept in the session when its exhibit was spotlighted (raw exhibit fields, as updateLive.lua stores it). */
function storedCard(json: string): SpotlightCard | null {
  return spotlightCard(JSON.parse(json) as Record<string, string>);
}

/** A session as a script announced or returned it (`public_session`: strings, the viewer count included). */
export function fromSnapshot(s: SessionSnapshot): LiveSession {
  return toSession(s, Number(s.viewers ?? 0), s.spotlightCard ? storedCard(s.spotlightCard) : null);
}

function fromSnapshotJson(json: string): LiveSession {
  return fromSnapshot(JSON.parse(json) as SessionSnapshot);
}

function toSession(r: Record<string, string>, viewers: number, spotlight: SpotlightCard | null): LiveSession {
  const s: LiveSession = {
    id: r.id ?? '',
    boothId: r.boothId ?? '',
    hallId: r.hallId ?? '',
    orgId: r.orgId ?? '',
    boothName: r.boothName ?? '',
    orgName: r.orgName ?? '',
    title: r.title ?? '',
    hostId: r.hostId ?? '',
    hostName: r.hostName ?? '',
    status: (r.status ?? 'scheduled') as LiveSession['status'],
    startsAt: Number(r.startsAt ?? 0),
    spotlight,
    viewers,
    broadcasting: r.broadcasting === '1',
    seq: Number(r.seq ?? 0),
  };
  if (r.description) s.description = r.description;
  if (r.startedAt) s.startedAt = Number(r.startedAt);
  if (r.endedAt) s.endedAt = Number(r.endedAt);
  if (r.spotlightExhibitId) s.spotlightExhibitId = r.spotlightExhibitId;
  return s;
}
