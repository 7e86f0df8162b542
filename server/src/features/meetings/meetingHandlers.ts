import { MeetingRef, MeetingSignal, MeetingWant } from '@pavilion/shared';
import type { RealtimeContext, SocketRegistrar } from '../../realtime/eventTable.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import type { MeetingRoom } from './meetingRoom.js';

/** `meeting:join|leave|want|signal`; leaving every meeting room on disconnect. */
export function meetingHandlers(rt: RealtimeContext, room: MeetingRoom, pending: PendingWork): SocketRegistrar {
  return (t) => {
    t.on('meeting:join', MeetingRef, 'user', async ({ meetingId }, { socket, userId }) => room.join(socket, userId as string, meetingId));
    t.on('meeting:leave', MeetingRef, 'user', async ({ meetingId }, { socket }) => {
      await room.leave(socket, meetingId);
      return {};
    });
    t.on('meeting:want', MeetingWant, 'user', ({ meetingId, stream }, { socket }) => {
      room.want(socket, meetingId, stream);
      return {};
    });
    // Two connections (one per camera) trickle ICE candidates in bursts.
    t.on(
      'meeting:signal',
      MeetingSignal,
      'user',
      async (p, { socket }) => {
        await room.signal(socket, p);
        return {};
      },
      { rate: { perSecond: 100, burst: 300 } },
    );
    t.onDisconnect((socket) => {
      pending.track(room.leaveAll(socket), (err) => rt.logger.debug({ err: err.message }, 'meeting leave on disconnect failed'));
    });
  };
}
