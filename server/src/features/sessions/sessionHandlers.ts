import {
  RtcSignal,
  RtcWant,
  SessionAsk,
  SessionBroadcast,
  SessionQuestionRef,
  SessionReact,
  SessionRef,
  SessionSpotlight,
  SessionStart,
  SessionsSubscribe,
} from '@pavilion/shared';
import { fail } from '../../http/appError.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import { onEvent, type RealtimeContext } from '../../realtime/socketHandler.js';
import type { AppSocket, SocketRegistrar } from '../../realtime/types.js';
import { PROGRAMME_ROOM, type SessionService } from './sessionService.js';

function actor(socket: AppSocket) {
  const d = socket.data;
  if (!d.userId) throw fail.unauthenticated();
  return { id: d.userId, displayName: d.displayName, role: d.role === 'guest' ? ('visitor' as const) : d.role, orgId: d.orgId };
}

/** `session:*`, `sessions:subscribe`, `rtc:*`; leaving every session (and stopping hosted video) on disconnect. */
export function sessionHandlers(rt: RealtimeContext, sessions: SessionService, pending: PendingWork): SocketRegistrar {
  return (_io, socket) => {
    onEvent(socket, rt, 'session:start', SessionStart, 'user', async (p) => ({ session: await sessions.start(actor(socket), p) }));
    onEvent(socket, rt, 'session:end', SessionRef, 'user', async ({ sessionId }) => ({
      session: await sessions.end(actor(socket), sessionId),
    }));
    onEvent(socket, rt, 'session:spotlight', SessionSpotlight, 'user', async ({ sessionId, exhibitId }) => ({
      session: await sessions.spotlight(actor(socket), sessionId, exhibitId),
    }));
    onEvent(socket, rt, 'session:broadcast', SessionBroadcast, 'user', async ({ sessionId, on }) => ({
      session: await sessions.broadcast(actor(socket), socket, sessionId, on),
    }));
    onEvent(socket, rt, 'session:ask', SessionAsk, 'user', async ({ sessionId, text }) => ({
      question: await sessions.ask(actor(socket), sessionId, text),
    }));
    onEvent(socket, rt, 'session:upvote', SessionQuestionRef, 'user', async ({ sessionId, questionId }) => ({
      question: await sessions.upvote(actor(socket), sessionId, questionId),
    }));
    onEvent(socket, rt, 'session:answer', SessionQuestionRef, 'user', async ({ sessionId, questionId }) => ({
      question: await sessions.answer(actor(socket), sessionId, questionId),
    }));
    onEvent(socket, rt, 'session:join', SessionRef, 'anyone', ({ sessionId }) => sessions.join(socket, sessionId));
    onEvent(socket, rt, 'session:leave', SessionRef, 'anyone', async ({ sessionId }) => {
      await sessions.leave(socket, sessionId);
      return {};
    });
    onEvent(
      socket,
      rt,
      'session:react',
      SessionReact,
      'anyone',
      ({ sessionId, emoji }) => {
        sessions.react(socket, sessionId, emoji);
        return {};
      },
      { rate: { perSecond: 2, burst: 6 } },
    );
    onEvent(socket, rt, 'sessions:subscribe', SessionsSubscribe, 'anyone', async () => {
      await socket.join(PROGRAMME_ROOM);
      const [live, upcoming] = await Promise.all([
        sessions.list({ status: 'live', limit: 500 }),
        sessions.list({ status: 'upcoming', limit: 500 }),
      ]);
      return { live, upcoming };
    });
    onEvent(socket, rt, 'rtc:want', RtcWant, 'anyone', async ({ sessionId }) => {
      await sessions.want(socket, sessionId);
      return {};
    });
    // A host negotiating with 20 viewers trickles hundreds of ICE candidates in a few seconds.
    onEvent(
      socket,
      rt,
      'rtc:signal',
      RtcSignal,
      'anyone',
      async (p) => {
        await sessions.signal(socket, p);
        return {};
      },
      { rate: { perSecond: 200, burst: 600 } },
    );
    socket.on('disconnect', () => {
      pending.track(sessions.leaveAll(socket), (err) => rt.logger.debug({ err: err.message }, 'session leave on disconnect failed'));
    });
  };
}
