import { BoothRef } from '@pavilion/shared';
import type { PendingWork } from '../../realtime/pendingWork.js';
import { onEvent, type RealtimeContext } from '../../realtime/socketHandler.js';
import type { SocketRegistrar } from '../../realtime/types.js';
import type { BoothRooms } from './boothRooms.js';

/** `booth:enter`, `booth:leave`; leaving every booth on disconnect. */
export function boothHandlers(rt: RealtimeContext, rooms: BoothRooms, pending: PendingWork): SocketRegistrar {
  return (_io, socket) => {
    onEvent(socket, rt, 'booth:enter', BoothRef, 'anyone', ({ boothId }) => rooms.enter(socket, boothId));
    onEvent(socket, rt, 'booth:leave', BoothRef, 'anyone', async ({ boothId }) => {
      await rooms.leave(socket, boothId);
      return {};
    });
    socket.on('disconnect', () => {
      pending.track(rooms.leaveAll(socket), (err) => rt.logger.debug({ err: err.message }, 'booth leave failed'));
    });
  };
}
