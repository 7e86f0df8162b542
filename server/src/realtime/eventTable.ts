import type { AckAnswer, ClientToServerEvents } from '@pavilion/shared';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError, fail, toAppError } from '../errors/appError.js';
import { parseInput } from '../http/validate.js';
import type { Metrics } from '../metrics.js';
import { type BurstRate, RateLimit } from '../redis/rateLimiter.js';
import type { AppServer, AppSocket } from './types.js';

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
 * An event's limits: `rate`, its own per-socket budget instead of the shared one (e.g. bursts of WebRTC ICE
 * candidates); `limit`, a limit it also counts against, shared with other paths such as a REST route
 * (counted per user, per socket for guests).
 */
export interface EventOptions {
  rate?: BurstRate;
  limit?: RateLimit;
  /**
   * A cheap check of payloads the schema accepts unchanged, for events sent many times a second: those
   * skip the schema; anything else is still parsed by it (for its error).
   */
  accepts?: (payload: unknown) => boolean;
}

/** Per-socket limits: 30 events/s sustained, bursts of 60. */
export const SOCKET_EVENT_RATE = { perSecond: 30, burst: 60 } as const;

/**
 * The shared per-socket budget. Per process on purpose — it protects this process; per-user business
 * limits (chat, login) live in Redis.
 */
const socketEvents = RateLimit.local('socket-events', SOCKET_EVENT_RATE);

interface Entry {
  event: string;
  schema: z.ZodType;
  audience: Audience;
  handler: (payload: unknown, ctx: HandlerContext) => Promise<object> | object;
  /** Per socket: the shared budget, or the event's own. */
  perSocket: RateLimit;
  limit?: RateLimit;
  accepts?: (payload: unknown) => boolean;
}

/** Each feature registers its socket events in the table through one of these, called once per process. */
export type SocketRegistrar = (table: EventTable, io: AppServer) => void;

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
    const perSocket = options.rate ? RateLimit.local(`socket-event:${event}`, options.rate) : socketEvents;
    this.entries.set(event, {
      event,
      schema,
      audience,
      handler: handler as Entry['handler'],
      perSocket,
      limit: options.limit,
      accepts: options.accepts,
    });
  }

  /** Every registered event and who may send it, in registration order. */
  registered(): { event: string; audience: Audience }[] {
    return [...this.entries.values()].map(({ event, audience }) => ({ event, audience }));
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

  private async run(socket: AppSocket, event: string, args: unknown[]): Promise<void> {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (a: AckAnswer) => void) : undefined;
    const payload = args.length > (ack ? 1 : 0) ? args[0] : undefined;
    const entry = this.entries.get(event);
    const label = entry ? event : 'unknown';
    try {
      if (!entry) throw fail.notFound('event', `event ${String(event).slice(0, 64)} not found`);
      await entry.perSocket.consume(socket.id);
      const userId = socket.data.userId;
      await entry.limit?.consume(userId ?? socket.id);
      const data = entry.accepts?.(payload) ? payload : parseInput(entry.schema, payload, 'payload');
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
