import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '@pavilion/shared';
import type { Server, Socket } from 'socket.io';

/** The typed Socket.IO server. */
export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
/** A typed socket. */
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
