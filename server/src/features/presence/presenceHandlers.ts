import { HallJoin, HallMove, isPlainHallMove } from '@pavilion/shared';
import type { RealtimeContext, SocketRegistrar } from '../../realtime/eventTable.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import type { PresenceService } from './presenceService.js';

/** `hall:join`, `hall:move`, `hall:leave`; leaving on disconnect. */
export function presenceHandlers(rt: RealtimeContext, presence: PresenceService, pending: PendingWork): SocketRegistrar {
  return (t, _io) => {
    t.on('hall:join', HallJoin, 'anyone', async ({ hallId }, { socket }) => ({ visitors: await presence.join(socket, hallId) }));
    t.on(
      'hall:move',
      HallMove,
      'anyone',
      ({ x, z, heading }, { socket }) => {
        presence.move(socket, x, z, heading);
        return {};
      },
      { accepts: isPlainHallMove },
    );
    t.on('hall:leave', HallJoin, 'anyone', async (_p, { socket }) => {
      await presence.leave(socket);
      return {};
    });
    t.onDisconnect((socket) => {
      pending.track(presence.leave(socket), (err) => rt.logger.debug({ err: err.message }, 'presence leave failed'));
    });
  };
}
