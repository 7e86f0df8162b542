import type { Server as HttpServer } from 'node:http';
import { PROTOCOL_VERSION } from '@pavilion/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import type { AuthService } from '../features/auth/authService.js';
import { tokenFrom } from '../http/requestAuth.js';
import type { Redis } from '../redis/client.js';
import { ADAPTER_KEY } from '../redis/keys.js';
import type { RealtimeContext } from './socketHandler.js';
import type { AppServer, SocketRegistrar } from './types.js';

/** What the realtime side needs. */
export interface RealtimeDeps extends RealtimeContext {
  auth: AuthService;
  /** Two dedicated connections for the Redis adapter (publishing, subscribing). */
  adapterPub: Redis;
  adapterSub: Redis;
}

/** Largest accepted socket message: payloads are small JSON; anything bigger is abuse. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * Socket.IO on the HTTP server, joined to every other node through the Redis adapter, with the
 * handshake authenticated by token (`auth.token`) or the `sid` cookie. Guests may connect (to walk
 * halls and watch); events that need an account say so through their handler's audience.
 */
export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps, registrars: SocketRegistrar[]): AppServer {
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    serveClient: false,
    adapter: createAdapter(deps.adapterPub, deps.adapterSub, { key: ADAPTER_KEY }),
  });

  io.use(async (socket, next) => {
    try {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; protocol?: unknown };
      if (auth.protocol !== undefined && auth.protocol !== PROTOCOL_VERSION) {
        return next(
          Object.assign(new Error('PROTOCOL_MISMATCH'), {
            data: { code: 'INVALID_INPUT', message: `protocol ${PROTOCOL_VERSION} required` },
          }),
        );
      }
      const explicit = typeof auth.token === 'string' ? auth.token : undefined;
      const token = explicit ?? tokenFrom(undefined, socket.handshake.headers.cookie);
      const principal = token ? await deps.auth.authenticate(token) : null;
      if (explicit && !principal) {
        return next(
          Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED', message: 'invalid or expired token' } }),
        );
      }
      socket.data = principal
        ? { userId: principal.id, displayName: principal.displayName, role: principal.role, orgId: principal.orgId }
        : { userId: null, displayName: 'Guest', role: 'guest', orgId: null };
      next();
    } catch (err) {
      deps.logger.warn({ err }, 'socket handshake failed');
      next(Object.assign(new Error('UNAVAILABLE'), { data: { code: 'UNAVAILABLE', message: 'try again shortly' } }));
    }
  });

  io.on('connection', (socket) => {
    deps.metrics.socketsConnected.inc();
    socket.on('disconnect', () => deps.metrics.socketsConnected.dec());
    if (socket.data.userId) void socket.join(`user:${socket.data.userId}`);
    // Staff of an organization hear about their booth (occupancy, leads) wherever they are.
    if (socket.data.orgId) void socket.join(`org:${socket.data.orgId}`);
    for (const register of registrars) register(io, socket);
  });
  return io;
}
