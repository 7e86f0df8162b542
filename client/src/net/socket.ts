import { type AckAnswer, type ClientToServerEvents, PROTOCOL_VERSION, type ServerToClientEvents } from '@pavilion/shared';
import { io, type Socket } from 'socket.io-client';
import { ApiError } from './ApiError';
import { localNow, recordClockSample } from './clock';

/** The one Socket.IO connection of the app, typed by the shared event maps. */
export type PavilionSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Where the connection stands: `connecting` until the first connect (or while a deliberate reset
 * reconnects with a new session), `online`, and `reconnecting` after an unplanned drop.
 */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting';

let socket: PavilionSocket | null = null;
let state: ConnectionState = 'connecting';
let resetting = false;
const stateListeners = new Set<(s: ConnectionState) => void>();

function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener(next);
}

/** The socket, connected on first use (same origin; the httpOnly `sid` cookie authenticates it). */
export function getSocket(): PavilionSocket {
  if (!socket) {
    const s: PavilionSocket = io({
      path: '/socket.io',
      withCredentials: true,
      auth: { protocol: PROTOCOL_VERSION },
      transports: ['websocket', 'polling'],
    });
    s.on('connect', () => {
      resetting = false;
      setState('online');
    });
    s.on('disconnect', (reason) => {
      // Our own reset reconnects at once with the new session: not worth a banner.
      if (reason === 'io client disconnect' && resetting) return setState('connecting');
      setState('reconnecting');
      // The client reconnects by itself after every drop except one the server asked for.
      if (reason === 'io server disconnect') s.connect();
    });
    // A first connection that cannot be made is as much "disconnected" as a dropped one.
    s.on('connect_error', () => {
      if (!resetting) setState('reconnecting');
    });
    socket = s;
  }
  return socket;
}

/** Reconnects so the handshake carries the new session cookie (after login, register or logout). */
export function resetSocket(): void {
  if (!socket) return;
  resetting = true;
  socket.disconnect();
  socket.connect();
}

/** The connection state now. */
export function connectionState(): ConnectionState {
  return state;
}

/** Calls `fn` whenever the connection state changes; returns the unsubscribe function. */
export function onConnectionState(fn: (s: ConnectionState) => void): () => void {
  getSocket();
  stateListeners.add(fn);
  return () => {
    stateListeners.delete(fn);
  };
}

/** Whether the socket is connected right now. */
export function isConnected(): boolean {
  return socket?.connected ?? false;
}

/** This connection's id: the server's presence id for us (it changes on every reconnect). */
export function socketId(): string | null {
  return socket?.connected ? (socket.id ?? null) : null;
}

type EventName = keyof ClientToServerEvents;
type AnswerOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends ((a: AckAnswer<infer T>) => void) | undefined
  ? T
  : never;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];

/** The answer of a client → server event (without `ok`), as {@link request} resolves it. */
export type SocketAnswer<E extends EventName> = AnswerOf<E> & { serverTime: number };

/** Emits with an ack (timing the round trip for the server clock) and resolves with the answer's fields, or rejects with the ack's typed error (or a timeout). */
export function request<E extends EventName>(event: E, payload: PayloadOf<E>, timeoutMs = 8000): Promise<SocketAnswer<E>> {
  const s = getSocket();
  const sentAt = localNow();
  return new Promise((resolve, reject) => {
    // The event map's generic emit signature is too wide for TypeScript to narrow per event here.
    const timed = s.timeout(timeoutMs) as unknown as {
      emit(e: string, p: unknown, cb: (err: Error | null, answer: AckAnswer<object>) => void): void;
    };
    timed.emit(event, payload, (err, answer) => {
      if (err) return reject(new ApiError('NETWORK', `${event}: no answer within ${timeoutMs} ms`));
      // Every ack is a round trip the one server clock learns from.
      if (answer?.ok === true) recordClockSample(sentAt, localNow(), answer.serverTime);
      if (answer?.ok !== true) {
        const e = answer?.ok === false ? answer.error : { code: 'INTERNAL' as const, message: 'malformed ack' };
        return reject(new ApiError(e.code, e.message, 0, 'details' in e ? e.details : undefined, 'reason' in e ? e.reason : undefined));
      }
      resolve(answer as unknown as SocketAnswer<E>);
    });
  });
}

/** Sends a pose update; volatile because a newer pose replaces a lost one. */
export function sendMove(payload: PayloadOf<'hall:move'>): void {
  const s = getSocket();
  if (s.connected) s.volatile.emit('hall:move', payload);
}

/** Tells a chat room we are typing; volatile and unacknowledged: a lost hint costs nothing. */
export function sendTyping(room: string): void {
  const s = getSocket();
  if (s.connected) s.volatile.emit('chat:typing', { room });
}

/** Subscribes to a server event; returns the unsubscribe function. */
export function onServer<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
  const s = getSocket();
  // Same generic-width issue as emit: the map guarantees the handler's type.
  (s.on as (e: string, h: unknown) => void)(event, handler);
  return () => (s.off as (e: string, h: unknown) => void)(event, handler);
}

/** Runs `fn` now if connected and again after every reconnect (rooms are lost on reconnect). */
export function onConnected(fn: () => void): () => void {
  const s = getSocket();
  if (s.connected) fn();
  s.on('connect', fn);
  return () => {
    s.off('connect', fn);
  };
}
