/**
 * The one gateway to the server: REST under /api and the Socket.IO connection.
 * Components and stores import from here; nothing else calls fetch or emits.
 */
export { ApiError, isNotFound } from './ApiError';
export type { RequestOptions } from './rest';
export { rest } from './rest';
export { getSocket, onConnected, onServer, request as socketRequest, resetSocket, sendMove } from './socket';
