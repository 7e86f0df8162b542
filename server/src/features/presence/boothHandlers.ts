import { BoothRef } from '@pavilion/shared';
import type { RealtimeContext, SocketRegistrar } from '../../realtime/eventTable.js';
import type { PendingWork } from '../../realtime/pendingWork.js';
import type { BoothRooms } from './boothRooms.js';

/** `booth:enter`, `booth:leave`; leaving every booth on disconnect. */
export function boothHandlers(rt: RealtimeContext, rooms: BoothRooms, pending: PendingWork): SocketRegistrar {
  return (t, _io) => {
    t.on('booth:enter', BoothRef, 'anyone', ({ boothId }, { socket }) => rooms.enter(socket, boothId));
    t.on('booth:leave', BoothRef, 'anyone', async ({ boothId }, { socket }) => {
      await rooms.leave(socket, boothId);
      return {};
    });
    t.onDisconnect((socket) => {
      pending.track(rooms.leaveAll(socket), (err) => rt.logger.debug({ err: err.message }, 'booth leave failed'));
    });
  };
}
