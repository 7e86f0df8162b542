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
  SfuAnswer,
  SfuLayer,
  SfuPublish,
  SfuSubscribe,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { RealtimeContext, SocketRegistrar } from '../../realtime/eventTable.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import { principalOf } from '../../realtime/principal.js';
import { rooms } from '../../realtime/rooms.js';
import type { RtcRelay } from './rtcRelay.js';
import { QUESTION_PAGE, type SessionAudience } from './sessionAudience.js';
import type { SessionLifecycle } from './sessionLifecycle.js';
import type { SfuRelay } from './sfuRelay.js';

/** The session feature's parts a socket reaches. */
export interface SessionParts {
  lifecycle: SessionLifecycle;
  audience: SessionAudience;
  relay: RtcRelay;
  /** Video through Janus; null where this deployment has none (every session goes peer to peer). */
  sfu: SfuRelay | null;
}

/** `session:*`, `sessions:subscribe`, `rtc:*`; leaving every session (and stopping hosted video) on disconnect. */
export function sessionHandlers(
  rt: RealtimeContext,
  { lifecycle, audience, relay, sfu }: SessionParts,
  pending: PendingWork,
): SocketRegistrar {
  const needSfu = (): SfuRelay => {
    if (!sfu) throw fail.conflict("this session's video goes peer to peer", 'notSfu');
    return sfu;
  };
  return (t) => {
    t.on('session:start', SessionStart, 'user', async (p, { socket }) => ({ session: await lifecycle.start(principalOf(socket), p) }));
    t.on('session:end', SessionRef, 'user', async ({ sessionId }, { socket }) => ({
      session: await lifecycle.end(principalOf(socket), sessionId),
    }));
    t.on('session:spotlight', SessionSpotlight, 'user', async ({ sessionId, exhibitId }, { socket }) => ({
      session: await lifecycle.spotlight(principalOf(socket), sessionId, exhibitId),
    }));
    t.on('session:broadcast', SessionBroadcast, 'user', async ({ sessionId, on }, { socket }) => {
      const session = await lifecycle.broadcast(principalOf(socket), sessionId, on);
      await (on ? relay.host(socket, sessionId) : relay.unhost(socket, sessionId));
      if (!on) await sfu?.drop(socket.id, sessionId);
      return { session };
    });
    t.on('session:ask', SessionAsk, 'user', async ({ sessionId, text }, { socket }) => ({
      question: await audience.ask(principalOf(socket), sessionId, text),
    }));
    t.on('session:upvote', SessionQuestionRef, 'user', async ({ sessionId, questionId }, { socket }) => ({
      question: await audience.upvote(principalOf(socket), sessionId, questionId),
    }));
    t.on('session:answer', SessionQuestionRef, 'user', async ({ sessionId, questionId }, { socket }) => ({
      question: await audience.answer(principalOf(socket), sessionId, questionId),
    }));
    t.on('session:join', SessionRef, 'anyone', ({ sessionId }, { socket }) => audience.join(socket, sessionId));
    t.on('session:questions', SessionQuestionsPage, 'anyone', ({ sessionId, offset, limit }, { socket }) =>
      audience.questionPage(socket, sessionId, offset, limit ?? QUESTION_PAGE),
    );
    t.on('session:leave', SessionRef, 'anyone', async ({ sessionId }, { socket }) => {
      await audience.leave(socket, sessionId);
      await sfu?.drop(socket.id, sessionId);
      return {};
    });
    t.on(
      'session:react',
      SessionReact,
      'anyone',
      ({ sessionId, emoji }, { socket }) => {
        audience.react(socket, sessionId, emoji);
        return {};
      },
      { rate: { perSecond: 2, burst: 6 } },
    );
    t.on('sessions:subscribe', SessionsSubscribe, 'anyone', async (_p, { socket }) => {
      await socket.join(rooms.programme);
      const [live, upcoming] = await Promise.all([
        lifecycle.list({ status: 'live', limit: 500 }),
        lifecycle.list({ status: 'upcoming', limit: 500 }),
      ]);
      return { live, upcoming };
    });
    t.on('rtc:want', RtcWant, 'anyone', async ({ sessionId }, { socket }) => {
      await relay.want(socket, sessionId);
      return {};
    });
    // A host negotiating with 20 viewers trickles hundreds of ICE candidates in a few seconds.
    t.on(
      'rtc:signal',
      RtcSignal,
      'anyone',
      async (p, { socket }) => {
        await relay.signal(socket, p);
        return {};
      },
      { rate: { perSecond: 200, burst: 600 } },
    );
    t.on('sfu:publish', SfuPublish, 'user', async ({ sessionId, description }, { socket }) => ({
      description: await needSfu().publish(socket, sessionId, description),
    }));
    t.on('sfu:subscribe', SfuSubscribe, 'anyone', async ({ sessionId, substream }, { socket }) => ({
      description: await needSfu().subscribe(socket, sessionId, substream),
    }));
    t.on('sfu:answer', SfuAnswer, 'anyone', async ({ sessionId, description }, { socket }) => {
      await needSfu().answer(socket, sessionId, description);
      return {};
    });
    t.on(
      'sfu:layer',
      SfuLayer,
      'anyone',
      async ({ sessionId, substream }, { socket }) => {
        await needSfu().layer(socket, sessionId, substream);
        return {};
      },
      { rate: { perSecond: 2, burst: 5 } },
    );
    t.onDisconnect((socket) => {
      const gone = audience
        .leaveAll(socket)
        .then(() => sfu?.socketGone(socket.id))
        .then(() => relay.hostGone(socket));
      pending.track(gone, (err) => rt.logger.debug({ err: err.message }, 'session leave on disconnect failed'));
    });
  };
}
