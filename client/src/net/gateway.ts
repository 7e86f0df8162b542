/**
 * The one gateway to the server: REST under /api and the Socket.IO connection.
 * Components and stores import from here; nothing else calls fetch or emits.
 */
export { ApiError, isNotFound } from './ApiError';
export { localNow, serverNow, serverNowOrLocal, useClockSynced, useServerNow } from './clock';
export type { BoothVisitor, RequestOptions } from './rest';
export { rest } from './rest';
export type { ConnectionState, SocketAnswer } from './socket';
export {
  connectionState,
  getSocket,
  isConnected,
  onConnected,
  onConnectionState,
  onServer,
  request as socketRequest,
  resetSocket,
  sendMove,
  sendTyping,
  socketId,
} from './socket';
