import { HallJoin, HallMove } from '@pavilion/shared';
import type { PendingWork } from '../../realtime/pendingWork.js';
import { onEvent, type RealtimeContext } from '../../realtime/socketHandler.js';
import type { SocketRegistrar } from '../../realtime/types.js';
import type { PresenceService } from './presenceService.js';

/** `hall:join`, `hall:move`, `hall:leave`; leaving on disconnect. */
export function presenceHandlers(rt: RealtimeContext, presence: PresenceService, pending: PendingWork): SocketRegistrar {
  return (_io, socket) => {
    onEvent(socket, rt, 'hall:join', HallJoin, 'anyone', async ({ hallId }) => ({ visitors: await presence.join(socket, hallId) }));
    onEvent(socket, rt, 'hall:move', HallMove, 'anyone', ({ x, z, heading }) => {
      presence.move(socket, x, z, heading);
      return {};
    });
    onEvent(socket, rt, 'hall:leave', HallJoin, 'anyone', async () => {
      await presence.leave(socket);
      return {};
    });
    socket.on('disconnect', () => {
      pending.track(presence.leave(socket), (err) => rt.logger.debug({ err: err.message }, 'presence leave failed'));
    });
  };
}
