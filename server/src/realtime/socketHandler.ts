import type { AckAnswer, ClientToServerEvents } from '@pavilion/shared';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError, fail, toAppError } from '../errors/appError.js';
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

interface Entry {
  event: string;
  schema: z.ZodType;
  audience: Audience;
  handler: (payload: unknown, ctx: HandlerContext) => Promise<object> | object;
  rate?: { perSecond: number; burst: number };
}

/** Buckets of events that have their own budget, per socket (made on first use). */
const ownLimits = new WeakMap<AppSocket, Map<string, SocketRateLimit>>();

/**
 * Every client → server event, registered once per process, and the single wrapper each goes through:
 * rate-limit → validate with the shared schema → authorize → run the feature → ack
 * `{ ok: true, serverTime, … }` or a typed error. A handler never parses input by hand, and no payload
 * can crash the process.
 *
 * A socket gets one shared `onAny` listener and one shared `disconnect` listener (both read the socket
 * from `this`): no closure per event per socket, which at 10,000 sockets × 40 events was most of the
 * server's memory per connection.
 */
export class EventTable {
  private readonly entries = new Map<string, Entry>();
  private readonly leaves: ((socket: AppSocket) => void)[] = [];
  private readonly arrivals: ((socket: AppSocket) => void)[] = [];
  private readonly dispatch: (this: AppSocket, event: string, ...args: unknown[]) => void;
  private readonly disconnect: (this: AppSocket) => void;

  constructor(private readonly rt: RealtimeContext) {
    const table = this;
    this.dispatch = function (this: AppSocket, event: string, ...args: unknown[]) {
      void table.run(this, event, args);
    };
    this.disconnect = function (this: AppSocket) {
      for (const leave of table.leaves) {
        try {
          leave(this);
        } catch (err) {
          table.rt.logger.warn({ err }, 'disconnect hook failed');
        }
      }
    };
  }

  /** Registers an event (once per process). `options.rate` gives it its own per-socket budget. */
  on<E extends EventName, S extends z.ZodType>(
    event: E,
    schema: S,
    audience: Audience,
    handler: (payload: z.output<S>, ctx: HandlerContext) => Promise<AckFields<E>> | AckFields<E>,
    options: EventOptions = {},
  ): void {
    if (this.entries.has(event)) throw new Error(`event ${event} registered twice`);
    this.entries.set(event, { event, schema, audience, handler: handler as Entry['handler'], rate: options.rate });
  }

  /** Runs when a socket connects (after the handshake). */
  onConnect(arrive: (socket: AppSocket) => void): void {
    this.arrivals.push(arrive);
  }

  /** Runs on every socket's disconnect (leave rooms, stop hosting, …). */
  onDisconnect(leave: (socket: AppSocket) => void): void {
    this.leaves.push(leave);
  }

  /** Wires a new socket to the table. */
  attach(socket: AppSocket): void {
    socket.onAny(this.dispatch);
    socket.on('disconnect', this.disconnect);
    for (const arrive of this.arrivals) arrive(socket);
  }

  private bucketOf(socket: AppSocket, entry: Entry): SocketRateLimit {
    if (entry.rate) {
      let own = ownLimits.get(socket);
      if (!own) {
        own = new Map();
        ownLimits.set(socket, own);
      }
      let bucket = own.get(entry.event);
      if (!bucket) {
        bucket = new SocketRateLimit(entry.rate.perSecond, entry.rate.burst);
        own.set(entry.event, bucket);
      }
      return bucket;
    }
    let bucket = limits.get(socket);
    if (!bucket) {
      bucket = new SocketRateLimit(SOCKET_EVENT_RATE.perSecond, SOCKET_EVENT_RATE.burst);
      limits.set(socket, bucket);
    }
    return bucket;
  }

  private async run(socket: AppSocket, event: string, args: unknown[]): Promise<void> {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (a: AckAnswer) => void) : undefined;
    const payload = args.length > (ack ? 1 : 0) ? args[0] : undefined;
    const entry = this.entries.get(event);
    const label = entry ? event : 'unknown';
    try {
      if (!entry) throw fail.notFound('event', `event ${String(event).slice(0, 64)} not found`);
      if (!this.bucketOf(socket, entry).take()) throw fail.rateLimited(1000);
      const data = parseInput(entry.schema, payload, 'payload');
      const userId = socket.data.userId;
      if (entry.audience === 'user' && !userId) throw fail.unauthenticated();
      const result = await entry.handler(data, { socket, userId });
      this.rt.metrics.socketEvents.inc({ event: label, outcome: 'ok' });
      ack?.({ ok: true, serverTime: Date.now(), ...result });
    } catch (err) {
      const appErr = err instanceof AppError ? err : toAppError(err);
      this.rt.metrics.socketEvents.inc({ event: label, outcome: appErr.code });
      if (appErr.code === 'INTERNAL') this.rt.logger.error({ err, event: label }, 'socket handler failed');
      ack?.({ ok: false, error: appErr.toBody() });
    }
  }
}
