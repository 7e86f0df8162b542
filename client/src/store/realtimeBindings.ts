import type { StoreApi } from 'zustand';
import { connectionState, onConnectionState, onServer } from '../net/socket';
import type { AppState } from './appStore';

/**
 * Feeds the server's pushes into the store, once for the app: chat, typing and occupancy events, and the
 * connection's ups and downs (a reconnect re-enters the booth room and fetches what was missed).
 */
export function bindRealtime(store: StoreApi<AppState>): () => void {
  const s = () => store.getState();
  const offs = [
    onServer('chat:message', ({ message }) => s().receiveChatMessage(message)),
    onServer('chat:deleted', ({ room, messageId }) => s().receiveChatDeleted(room, messageId)),
    onServer('chat:typing', ({ room, userId, userName }) => s().receiveChatTyping(room, userId, userName)),
    // The server closes the socket right after; it reconnects by itself, as a guest.
    onServer('auth:revoked', ({ reason }) => s().authRevoked(reason)),
    onServer('booth:occupancy', ({ boothId, occupants }) => s().applyOccupancy(boothId, occupants)),
    // The hall's room hears its booths go live and quiet (their beacons, labels and LIVE tags).
    onServer('session:updated', ({ session }) => s().applySessionUpdate(session)),
    onConnectionState((state) => {
      s().setConnection(state);
      if (state === 'online') s().rejoinRooms();
      else s().connectionLost();
    }),
  ];
  s().setConnection(connectionState());
  if (connectionState() === 'online') s().rejoinRooms();
  return () => {
    for (const off of offs) off();
  };
}
