import type { SessionJoinAnswer, SessionQuestion } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import type { OrderedFanout } from '../../realtime/orderedFanout.js';
import { rooms } from '../../realtime/rooms.js';
import { Roster } from '../../realtime/roster.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RATE_LIMIT_LUA } from '../../redis/rateLimiter.js';
import type { IceServersFor } from '../../sfu/iceServers.js';
import type { ChatRoomPolicy, ChatService } from '../chat/chatService.js';
import { assertMayWatch } from './sessionAccess.js';
import { type Actor, type SessionLifecycle, sessionScript } from './sessionLifecycle.js';

const viewersScript = sessionScript('announceViewers');
const questionScript = sessionScript('questions', [RATE_LIMIT_LUA]);
const indexScript = LuaScript.fromFile('./indexQuestions.lua', import.meta.url);

/** Viewer-count pushes per session are coalesced to at most one per this many ms. */
const VIEWER_PUSH_MS = 1_000;

/** How many questions `session:join` carries (the rest are paged with `session:questions`). */
export const QUESTION_PAGE = 50;

/** Per user per session (0 = no limit): unanswered questions at once, and questions asked per minute. */
export interface QuestionLimits {
  openPerUser: number;
  perMinute: number;
}
export const DEFAULT_QUESTION_LIMITS: QuestionLimits = { openPerUser: 5, perMinute: 5 };

/** One page of a session's Q&A, in the order it shows. */
export interface QuestionPage {
  questions: SessionQuestion[];
  total: number;
}

/**
 * A live session's audience: its viewers, counted across nodes (a dead node's viewers expire), their
 * reactions and chat, and the Q&A (each change announced by the questions script).
 */
export class SessionAudience {
  /** sessionId → viewer sockets. */
  private readonly viewers: Roster<AppSocket>;
  private readonly viewerPush = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly chat: ChatService,
    private readonly logger: Logger,
    private readonly lifecycle: SessionLifecycle,
    /** The ICE servers of one viewer or host (TURN credentials are made per user and join). */
    private readonly iceServers: IceServersFor,
    /** Someone asked a question in a booth's session (analytics makes them a lead of the booth). */
    private readonly onAsked: (boothId: string, userId: string, orgId: string | null) => void,
    private readonly questionLimits: QuestionLimits = DEFAULT_QUESTION_LIMITS,
  ) {
    this.viewers = new Roster(redis, logger, {
      name: 'session viewers',
      entries: keys.liveSessionViewers,
      seen: keys.liveSessionViewersSeen,
      sweeps: { activeSet: keys.sessionsWatched },
      store: () => '1',
      onExpired: (id, gone) => {
        for (const from of gone) this.io.to(rooms.sessionHost(id)).emit('rtc:gone', { sessionId: id, from });
        this.viewersChanged(id);
      },
    });
    lifecycle.onUpdated((session) => {
      if (session.audience === 'registered') {
        this.dropGuests(session.id).catch((err: Error) => this.logger.debug({ err: err.message }, 'guests not dropped'));
      }
    });
  }

  /**
   * A session that became for signed-in visitors only (started so after being scheduled public): this node's guest
   * viewers leave it — its room, so they hear no more of its chat or Q&A, and its viewer roster. Their pages already
   * have the snapshot saying so and ask them to sign in.
   */
  private async dropGuests(id: string): Promise<void> {
    for (const [socketId, socket] of [...this.viewers.members(id)]) {
      if (!socket.data.userId && this.viewers.has(id, socketId)) await this.leave(socket, id);
    }
  }

  // ---------- viewers ----------

  async join(socket: AppSocket, id: string): Promise<SessionJoinAnswer> {
    const [exists, audience] = await this.redis.hmGet(keys.liveSession(id), ['id', 'audience']);
    if (!exists) throw fail.notFound('session');
    assertMayWatch(audience, socket.data.userId);
    const tracked = this.viewers.track(id, socket.id, socket);
    await socket.join(rooms.session(id));
    await tracked;
    const userId = socket.data.userId;
    const [session, page, messages] = await Promise.all([
      this.lifecycle.session(id),
      this.questions(id),
      this.chat.history(rooms.session(id), {}),
    ]);
    const myVotes = userId ? await this.votesOf(id, userId, page.questions) : [];
    this.viewersChanged(id);
    return {
      session,
      questions: page.questions,
      questionCount: page.total,
      myVotes,
      messages,
      iceServers: this.iceServers(userId ?? `guest-${socket.id}`),
      media: session.transport,
    };
  }

  async leave(socket: AppSocket, id: string): Promise<void> {
    if (!(await this.viewers.untrack(id, socket.id))) return;
    if (socket.connected) await socket.leave(rooms.session(id));
    this.io.to(rooms.sessionHost(id)).emit('rtc:gone', { sessionId: id, from: socket.id });
    this.viewersChanged(id);
  }

  /** On disconnect: leaves every session watched. */
  async leaveAll(socket: AppSocket): Promise<void> {
    for (const id of this.viewers.scopesOf(socket.id)) await this.leave(socket, id);
  }

  /** Whether this socket watches the session (on this node). */
  isViewer(socket: AppSocket, id: string): boolean {
    return this.viewers.has(id, socket.id);
  }

  /** Whether a socket (on any node) watches the session. */
  async isViewerAnywhere(socketId: string, id: string): Promise<boolean> {
    return this.viewers.isMember(id, socketId);
  }

  react(socket: AppSocket, id: string, emoji: string): void {
    if (!this.isViewer(socket, id)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
    this.io.to(rooms.session(id)).volatile.emit('session:reaction', { sessionId: id, emoji: emoji as never });
  }

  // ---------- Q&A (each change is announced by the questions script) ----------

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

  /** A later page of the Q&A (the join ack carries the first), with the caller's votes among it. */
  async questionPage(socket: AppSocket, id: string, offset: number, limit: number): Promise<QuestionPage & { myVotes: string[] }> {
    const [exists, audience] = await this.redis.hmGet(keys.liveSession(id), ['id', 'audience']);
    if (!exists) throw fail.notFound('session');
    assertMayWatch(audience, socket.data.userId);
    const page = await this.questions(id, offset, limit);
    const userId = socket.data.userId;
    return { ...page, myVotes: userId ? await this.votesOf(id, userId, page.questions) : [] };
  }

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

  /**
   * Chat rules for `session:<id>` rooms: anyone reads a public session's chat, signed-in accounts a registered one's;
   * signed-in viewers post until it ends; the booth's staff and organizers moderate.
   */
  chatPolicy(): ChatRoomPolicy {
    return {
      assertCanRead: async (id, who) => {
        const [exists, audience] = await this.redis.hmGet(keys.liveSession(id), ['id', 'audience']);
        if (!exists) throw fail.notFound('session');
        assertMayWatch(audience, who.userId);
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

  /** Q&A changes (the script announced them), to this node's viewers, in the order they happened. */
  follow(fanout: OrderedFanout): void {
    fanout.on('session:question', (data) => {
      const question = JSON.parse((data as { question: string }).question) as SessionQuestion;
      this.io.local.to(rooms.session(question.sessionId)).emit('session:question', { question });
    });
  }

  stop(): void {
    this.stopped = true;
    this.viewers.stop();
    for (const t of this.viewerPush.values()) clearTimeout(t);
    this.viewerPush.clear();
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
}
