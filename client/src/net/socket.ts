import { type AckAnswer, type ClientToServerEvents, PROTOCOL_VERSION, type ServerToClientEvents } from '@pavilion/shared';
import { io, type Socket } from 'socket.io-client';
import { ApiError } from './ApiError';

/** The one Socket.IO connection of the app, typed by the shared event maps. */
export type PavilionSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PavilionSocket | null = null;

/** The socket, connected on first use (same origin; the httpOnly `sid` cookie authenticates it). */
export function getSocket(): PavilionSocket {
  if (!socket) {
    socket = io({ path: '/socket.io', withCredentials: true, auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket', 'polling'] });
  }
  return socket;
}

/** Reconnects so the handshake carries the new session cookie (after login, register or logout). */
export function resetSocket(): void {
  if (!socket) return;
  socket.disconnect();
  socket.connect();
}

type EventName = keyof ClientToServerEvents;
type AnswerOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends ((a: AckAnswer<infer T>) => void) | undefined
  ? T
  : never;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];

/** Emits with an ack and resolves with the answer's fields, or rejects with the ack's typed error (or a timeout). */
export function request<E extends EventName>(event: E, payload: PayloadOf<E>, timeoutMs = 8000): Promise<AnswerOf<E>> {
  const s = getSocket();
  return new Promise((resolve, reject) => {
    // The event map's generic emit signature is too wide for TypeScript to narrow per event here.
    const timed = s.timeout(timeoutMs) as unknown as {
      emit(e: string, p: unknown, cb: (err: Error | null, answer: AckAnswer<object>) => void): void;
    };
    timed.emit(event, payload, (err, answer) => {
      if (err) return reject(new ApiError('NETWORK', `${event}: no answer within ${timeoutMs} ms`));
      if (answer?.ok !== true) {
        const e = answer?.ok === false ? answer.error : { code: 'INTERNAL' as const, message: 'malformed ack' };
        return reject(new ApiError(e.code, e.message, 0, 'details' in e ? e.details : undefined));
      }
      resolve(answer as unknown as AnswerOf<E>);
    });
  });
}

/** Sends a pose update; volatile because a newer pose replaces a lost one. */
export function sendMove(payload: PayloadOf<'hall:move'>): void {
  const s = getSocket();
  if (s.connected) s.volatile.emit('hall:move', payload);
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
