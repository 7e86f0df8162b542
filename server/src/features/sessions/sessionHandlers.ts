import {
  RtcSignal,
  RtcWant,
  SessionAsk,
  SessionBroadcast,
  SessionQuestionRef,
  SessionQuestionsPage,
  SessionReact,
  SessionRef,
  SessionSpotlight,
  SessionStart,
  SessionsSubscribe,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import type { RealtimeContext } from '../../realtime/socketHandler.js';
import type { AppSocket, SocketRegistrar } from '../../realtime/types.js';
import { PROGRAMME_ROOM, QUESTION_PAGE, type SessionService } from './sessionService.js';

function actor(socket: AppSocket) {
  const d = socket.data;
  if (!d.userId) throw fail.unauthenticated();
  return { id: d.userId, displayName: d.displayName, role: d.role === 'guest' ? ('visitor' as const) : d.role, orgId: d.orgId };
}

/** `session:*`, `sessions:subscribe`, `rtc:*`; leaving every session (and stopping hosted video) on disconnect. */
export function sessionHandlers(rt: RealtimeContext, sessions: SessionService, pending: PendingWork): SocketRegistrar {
  return (t, _io) => {
    t.on('session:start', SessionStart, 'user', async (p, { socket }) => ({ session: await sessions.start(actor(socket), p) }));
    t.on('session:end', SessionRef, 'user', async ({ sessionId }, { socket }) => ({
      session: await sessions.end(actor(socket), sessionId),
    }));
    t.on('session:spotlight', SessionSpotlight, 'user', async ({ sessionId, exhibitId }, { socket }) => ({
      session: await sessions.spotlight(actor(socket), sessionId, exhibitId),
    }));
    t.on('session:broadcast', SessionBroadcast, 'user', async ({ sessionId, on }, { socket }) => ({
      session: await sessions.broadcast(actor(socket), socket, sessionId, on),
    }));
    t.on('session:ask', SessionAsk, 'user', async ({ sessionId, text }, { socket }) => ({
      question: await sessions.ask(actor(socket), sessionId, text),
    }));
    t.on('session:upvote', SessionQuestionRef, 'user', async ({ sessionId, questionId }, { socket }) => ({
      question: await sessions.upvote(actor(socket), sessionId, questionId),
    }));
    t.on('session:answer', SessionQuestionRef, 'user', async ({ sessionId, questionId }, { socket }) => ({
      question: await sessions.answer(actor(socket), sessionId, questionId),
    }));
    t.on('session:join', SessionRef, 'anyone', ({ sessionId }, { socket }) => sessions.join(socket, sessionId));
    t.on('session:questions', SessionQuestionsPage, 'anyone', ({ sessionId, offset, limit }, { socket }) =>
      sessions.questionPage(socket, sessionId, offset, limit ?? QUESTION_PAGE),
    );
    t.on('session:leave', SessionRef, 'anyone', async ({ sessionId }, { socket }) => {
      await sessions.leave(socket, sessionId);
      return {};
    });
    t.on(
      'session:react',
      SessionReact,
      'anyone',
      ({ sessionId, emoji }, { socket }) => {
        sessions.react(socket, sessionId, emoji);
        return {};
      },
      { rate: { perSecond: 2, burst: 6 } },
    );
    t.on('sessions:subscribe', SessionsSubscribe, 'anyone', async (_p, { socket }) => {
      await socket.join(PROGRAMME_ROOM);
      const [live, upcoming] = await Promise.all([
        sessions.list({ status: 'live', limit: 500 }),
        sessions.list({ status: 'upcoming', limit: 500 }),
      ]);
      return { live, upcoming };
    });
    t.on('rtc:want', RtcWant, 'anyone', async ({ sessionId }, { socket }) => {
      await sessions.want(socket, sessionId);
      return {};
    });
    // A host negotiating with 20 viewers trickles hundreds of ICE candidates in a few seconds.
    t.on(
      'rtc:signal',
      RtcSignal,
      'anyone',
      async (p, { socket }) => {
        await sessions.signal(socket, p);
        return {};
      },
      { rate: { perSecond: 200, burst: 600 } },
    );
    t.onDisconnect((socket) => {
      pending.track(sessions.leaveAll(socket), (err) => rt.logger.debug({ err: err.message }, 'session leave on disconnect failed'));
    });
  };
}
