import { BoothRef } from '@pavilion/shared';
import { onEvent, type RealtimeContext } from '../../realtime/socketHandler.js';
import type { SocketRegistrar } from '../../realtime/types.js';
import type { BoothRooms } from './boothRooms.js';

/** `booth:enter`, `booth:leave`; leaving every booth on disconnect. */
export function boothHandlers(rt: RealtimeContext, rooms: BoothRooms): SocketRegistrar {
  return (_io, socket) => {
    onEvent(socket, rt, 'booth:enter', BoothRef, 'anyone', ({ boothId }) => rooms.enter(socket, boothId));
    onEvent(socket, rt, 'booth:leave', BoothRef, 'anyone', async ({ boothId }) => {
      await rooms.leave(socket, boothId);
      return {};
    });
    socket.on('disconnect', () => {
      rooms.leaveAll(socket).catch((err: Error) => rt.logger.debug({ err: err.message }, 'booth leave failed'));
    });
  };
}
