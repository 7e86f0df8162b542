import type { AckAnswer, ClientToServerEvents } from '@pavilion/shared';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError, fail, toAppError } from '../http/appError.js';
import { parseInput } from '../http/validate.js';
import type { Metrics } from '../metrics.js';
import type { AppSocket } from './types.js';

type EventName = keyof ClientToServerEvents;
type AckOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1];
/** The fields an event's successful ack carries (beside `ok` and `serverTime`). */
export type AckFields<E extends EventName> =
  NonNullable<AckOf<E>> extends (a: infer A) => void ? Omit<Extract<A, { ok: true }>, 'ok' | 'serverTime'> : never;

/** What the wrapper reports to. */
export interface RealtimeContext {
  metrics: Metrics;
  logger: Logger;
}

/** Who may send an event. */
export type Audience = 'anyone' | 'user';

/** What a handler knows about its caller. */
export interface HandlerContext {
  socket: AppSocket;
  /** The signed-in user's id; null for guests (only on `anyone` events). */
  userId: string | null;
}

/**
 * A token bucket per socket: a burst of `burst` events, refilled at `perSecond`. Per node on purpose —
 * it protects this process; per-user business limits (chat, login) live in Redis.
 */
export class SocketRateLimit {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const limits = new WeakMap<AppSocket, SocketRateLimit>();

/** An event's own per-socket budget instead of the shared one (e.g. bursts of WebRTC ICE candidates). */
export interface EventOptions {
  rate?: { perSecond: number; burst: number };
}

/** Per-socket limits: 30 events/s sustained, bursts of 60. */
export const SOCKET_EVENT_RATE = { perSecond: 30, burst: 60 } as const;

/**
 * Registers one client → server event through the single wrapper every event uses:
 * rate-limit → validate with the shared schema → authorize → run the feature → ack
 * `{ ok: true, serverTime, … }` or a typed error. A handler never parses input by hand, and no
 * payload can crash the process.
 */
export function onEvent<E extends EventName, S extends z.ZodType>(
  socket: AppSocket,
  rt: RealtimeContext,
  event: E,
  schema: S,
  audience: Audience,
  handler: (payload: z.output<S>, ctx: HandlerContext) => Promise<AckFields<E>> | AckFields<E>,
  options: EventOptions = {},
): void {
  let limit = limits.get(socket);
  if (!limit) {
    limit = new SocketRateLimit(SOCKET_EVENT_RATE.perSecond, SOCKET_EVENT_RATE.burst);
    limits.set(socket, limit);
  }
  // An event with its own budget gets its own bucket (held by its listener), not the socket's shared one.
  const bucket = options.rate ? new SocketRateLimit(options.rate.perSecond, options.rate.burst) : limit;
  const listener = async (...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (a: AckAnswer) => void) : undefined;
    const payload = args.length > (ack ? 1 : 0) ? args[0] : undefined;
    try {
      if (!bucket.take()) throw fail.rateLimited(1000);
      const data = parseInput(schema, payload, 'payload');
      const userId = socket.data.userId;
      if (audience === 'user' && !userId) throw fail.unauthenticated();
      const result = await handler(data, { socket, userId });
      rt.metrics.socketEvents.inc({ event, outcome: 'ok' });
      ack?.({ ok: true, serverTime: Date.now(), ...(result as object) });
    } catch (err) {
      const appErr = err instanceof AppError ? err : toAppError(err);
      rt.metrics.socketEvents.inc({ event, outcome: appErr.code });
      if (appErr.code === 'INTERNAL') rt.logger.error({ err, event }, 'socket handler failed');
      ack?.({ ok: false, error: appErr.toBody() });
    }
  };
  socket.on(event as never, listener as never);
}
