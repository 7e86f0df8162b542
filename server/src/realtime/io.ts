import type { Server as HttpServer } from 'node:http';
import { PROTOCOL_VERSION, type SocketData } from '@pavilion/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import { type AuthService, type SessionRevocation, sessionTag } from '../features/auth/authService.js';
import type { ClientAddressResolver } from '../http/clientAddress.js';
import { tokenFrom } from '../http/requestAuth.js';
import type { Redis } from '../redis/client.js';
import { ADAPTER_KEY } from '../redis/keys.js';
import type { EventTable, RealtimeContext } from './eventTable.js';
import type { HandshakeOriginPolicy } from './handshakeOrigin.js';
import { rooms } from './rooms.js';
import type { AppServer } from './types.js';

/** What the realtime side needs. */
export interface RealtimeDeps extends RealtimeContext {
  auth: AuthService;
  /** Two dedicated connections for the Redis adapter (publishing, subscribing). */
  adapterPub: Redis;
  adapterSub: Redis;
  /** Open sockets one IP may hold on this node (0 = unlimited, for load tests). */
  socketsPerIp: number;
  /** The client address behind the trusted proxies: the same rule Express uses for `req.ip`. */
  addresses: ClientAddressResolver;
  /** Which pages may open a cookie-authenticated socket. */
  origins: HandshakeOriginPolicy;
}

/** Largest accepted socket message: payloads are small JSON; anything bigger is abuse. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * Socket.IO on the HTTP server, joined to every other node through the Redis adapter, with the
 * handshake checked for its Origin (HandshakeOriginPolicy), then authenticated by token (`auth.token`)
 * or the `sid` cookie. Guests may connect (to walk halls and watch); events that need an account say
 * so through their handler's audience.
 */
export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps, events: EventTable): AppServer {
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    serveClient: false,
    adapter: createAdapter(deps.adapterPub, deps.adapterSub, { key: ADAPTER_KEY }),
  });

  // What every guest socket carries: one frozen object for all of them rather than a copy each (guests are most
  // sockets; nothing writes socket.data after the handshake).
  const GUEST: SocketData = Object.freeze({ userId: null, displayName: 'Guest', role: 'guest', orgId: null, sessionTag: null });

  // The token a socket authenticated with, from its handshake to its first moment in the session's room.
  const handshakeTokens = new WeakMap<object, string>();

  // Before anything else: a foreign page must not ride on the visitor's cookie (cross-site WebSocket hijacking).
  io.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown };
    const refusal = deps.origins.check(socket.request, typeof auth.token === 'string');
    if (!refusal) return next();
    next(Object.assign(new Error(refusal.code), { data: refusal }));
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
      if (principal && token) handshakeTokens.set(socket, token);
      socket.data = principal
        ? {
            userId: principal.id,
            displayName: principal.displayName,
            role: principal.role,
            orgId: principal.orgId,
            sessionTag: sessionTag(token as string),
          }
        : GUEST;
      next();
    } catch (err) {
      deps.logger.warn({ err }, 'socket handshake failed');
      next(Object.assign(new Error('UNAVAILABLE'), { data: { code: 'UNAVAILABLE', message: 'try again shortly' } }));
    }
  });

  // Per-IP connection cap: one address cannot exhaust this node's sockets. Last in the chain, so a
  // handshake another check refuses never holds a place; the place is given back when the socket
  // disconnects or, if it never gets that far, when its connection closes.
  const perIp = new Map<string, number>();
  io.use((socket, next) => {
    if (deps.socketsPerIp === 0) return next();
    // Gone while the checks above awaited Redis: its 'close' has fired already and would never release.
    if (socket.conn.readyState !== 'open') return next(new Error('connection closed'));
    const ip = deps.addresses.addressOf(socket.request);
    const n = perIp.get(ip) ?? 0;
    if (n >= deps.socketsPerIp) {
      return next(
        Object.assign(new Error('RATE_LIMITED'), { data: { code: 'RATE_LIMITED', message: 'too many connections from this address' } }),
      );
    }
    perIp.set(ip, n + 1);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      socket.conn.off('close', release);
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left <= 0) perIp.delete(ip);
      else perIp.set(ip, left);
    };
    socket.once('disconnect', release);
    socket.conn.once('close', release);
    next();
  });

  events.onDisconnect(() => deps.metrics.socketsConnected.dec());
  io.on('connection', (socket) => {
    deps.metrics.socketsConnected.inc();
    if (socket.data.userId) void socket.join(rooms.user(socket.data.userId));
    // A sign-out or password change reaches this socket through its session's room, on whichever node it is.
    if (socket.data.sessionTag) {
      void socket.join(rooms.signIn(socket.data.sessionTag));
      // One that landed between the handshake's check and this join was announced before the socket was
      // in the room: the session is checked again now that any later announcement will reach it.
      const token = handshakeTokens.get(socket);
      handshakeTokens.delete(socket);
      if (token) {
        deps.auth
          .authenticate(token)
          .then((still) => {
            if (!still) socket.disconnect(true);
          })
          .catch(() => {});
      }
    }
    // Staff of an organization hear about their booth (occupancy, leads) wherever they are.
    if (socket.data.orgId) void socket.join(rooms.org(socket.data.orgId));
    events.attach(socket);
  });
  return io;
}

/**
 * Closes every socket (on every node, through the adapter) of the sessions that just ended, after
 * telling them why; their clients reconnect as guests.
 */
export function disconnectRevokedSessions(io: AppServer, revocation: SessionRevocation): void {
  const target =
    revocation.kind === 'session'
      ? io.in(rooms.signIn(revocation.sessionTag))
      : revocation.keepSessionTag
        ? io.in(rooms.user(revocation.userId)).except(rooms.signIn(revocation.keepSessionTag))
        : io.in(rooms.user(revocation.userId));
  target.emit('auth:revoked', { reason: revocation.reason });
  target.disconnectSockets(true);
}
