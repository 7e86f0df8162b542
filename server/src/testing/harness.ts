import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AckAnswer, ClientToServerEvents, ServerToClientEvents } from '@pavilion/shared';
import { type Logger, pino } from 'pino';
import { io as ioClient, type Socket } from 'socket.io-client';
import { type Application, createApplication } from '../app.js';
import type { ScryptCost } from '../features/auth/password.js';
import type { TrustProxySetting } from '../http/clientAddress.js';
import { closeRedis, connectRedis, type Redis } from '../redis/client.js';
import { type LocalRedis, startLocalRedis } from '../redis/localRedis.js';

/** A throwaway redis-server for one test file: its own port, nothing on disk. */
export async function startTestRedis(): Promise<LocalRedis & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-test-redis-'));
  const redis = await startLocalRedis({ dir, persistent: false });
  const stop = redis.stop;
  return Object.assign(redis, {
    dir,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** The cheap scrypt cost test nodes hash with unless told otherwise (production uses 2^17). */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

/** A node of the real application on 127.0.0.1 and a free port. */
export interface TestNode {
  app: Application;
  url: string;
  close(): Promise<void>;
}

/** Starts one application node against a Redis URL (limits off unless given). */
export async function startTestNode(
  redisUrl: string,
  opts: {
    registerPerHour?: number;
    loginPerIpPer5Min?: number;
    freeLoginFailures?: number;
    maxLoginDelayS?: number;
    clientDist?: string;
    socketsPerIp?: number;
    searchPerIpPerMin?: number;
    trustProxy?: TrustProxySetting;
    allowedOrigins?: string[];
    metricsToken?: string;
    /** Where the node logs (silent by default). */
    logger?: Logger;
    offersPerNegotiationPerHour?: number;
    offersPerUserPerMinute?: number;
    /** Bid attempts per bidder per auction per 10 s (default unlimited). */
    bidAttemptsPer10s?: number;
    /** Unanswered questions per user per session, and questions per user per minute (default unlimited). */
    openQuestionsPerUser?: number;
    questionsPerMinute?: number;
    passwordCost?: ScryptCost;
  } = {},
): Promise<TestNode> {
  const app = await createApplication({
    redisUrl,
    logger: opts.logger ?? pino({ level: 'silent' }),
    authLimits: {
      registerPerHour: opts.registerPerHour ?? 0,
      loginPerIpPer5Min: opts.loginPerIpPer5Min ?? 0,
      freeFailuresPerAccountAndIp: opts.freeLoginFailures ?? 0,
      maxFailureDelayS: opts.maxLoginDelayS ?? 900,
    },
    // Test suites register hundreds of accounts: production's cost would make them crawl.
    passwordCost: opts.passwordCost ?? TEST_PASSWORD_COST,
    clientDist: opts.clientDist,
    socketsPerIp: opts.socketsPerIp ?? 0,
    searchPerIpPerMin: opts.searchPerIpPerMin ?? 0,
    trustProxy: opts.trustProxy,
    allowedOrigins: opts.allowedOrigins,
    metricsToken: opts.metricsToken,
    negotiationLimits: {
      offersPerNegotiationPerHour: opts.offersPerNegotiationPerHour ?? 0,
      offersPerUserPerMinute: opts.offersPerUserPerMinute ?? 0,
    },
    bidLimits: { attemptsPerWindow: opts.bidAttemptsPer10s ?? 0, windowMs: 10_000 },
    questionLimits: { openPerUser: opts.openQuestionsPerUser ?? 0, perMinute: opts.questionsPerMinute ?? 0 },
  });
  const port = await app.listen(0);
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A JSON answer from the API. */
export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API with JSON (or a raw string body) and an optional bearer token. */
export async function api<T = any>(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

let counter = 0;
/** Registers a fresh account and returns its token and user. */
export async function registerUser(
  base: string,
  kind: 'visitor' | 'exhibitor',
  overrides: Record<string, unknown> = {},
): Promise<{ token: string; user: any; email: string; password: string }> {
  counter += 1;
  const email = `${kind}-${Date.now()}-${counter}@test.pavilion`;
  const password = 'correct horse battery';
  const body: Record<string, unknown> = { email, password, displayName: `${kind} ${counter}`, role: kind, ...overrides };
  if (kind === 'exhibitor' && !('organization' in overrides)) {
    body.organization = { name: `Test Org ${counter}`, kind: 'enterprise', region: 'GD', country: 'CN' };
  }
  const res = await api(base, 'POST', '/api/auth/register', { body });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.token, user: res.body.user, email, password };
}

/** A typed socket.io client. */
export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects a websocket-only client, resolved once connected. */
export function connectSocket(base: string, token?: string): Promise<TestSocket> {
  const socket: TestSocket = ioClient(base, {
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((res, rej) => {
    socket.once('connect', () => res(socket));
    socket.once('connect_error', (err) => rej(err));
  });
}

/** Emits an event and resolves with its ack. */
export function emitAck<T extends object = any>(socket: TestSocket, event: string, payload: unknown): Promise<AckAnswer<T>> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no ack for ${event}`)), 5000);
    (socket.emit as (...a: unknown[]) => void)(event, payload, (answer: AckAnswer<T>) => {
      clearTimeout(timer);
      res(answer);
    });
  });
}

/** Resolves with the next payload of a server event that satisfies `match` (rejects after a timeout). */
export function nextEvent<T = any>(socket: TestSocket, event: string, match: (p: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  const s = socket as unknown as { on: (e: string, f: (p: T) => void) => void; off: (e: string, f: (p: T) => void) => void };
  return new Promise((res, rej) => {
    const listener = (p: T) => {
      if (!match(p)) return;
      clearTimeout(timer);
      s.off(event, listener);
      res(p);
    };
    const timer = setTimeout(() => {
      s.off(event, listener);
      rej(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    s.on(event, listener);
  });
}

/** One Redis and one node for a test file; call in the describe body. */
export function useTestStack(opts: Parameters<typeof startTestNode>[1] = {}): { redis: () => LocalRedis; node: () => TestNode } {
  let redis: LocalRedis | undefined;
  let node: TestNode | undefined;
  beforeAll(async () => {
    redis = await startTestRedis();
    node = await startTestNode(redis.url, opts);
  });
  afterAll(async () => {
    await node?.close();
    await redis?.stop();
  });
  return {
    redis: () => redis as LocalRedis,
    node: () => node as TestNode,
  };
}

/** One Redis for a test file and plain clients of it (`client()` connects another), closed after it; call in the describe body. */
export function useTestRedisClients(): { client: () => Promise<Redis> } {
  let redis: LocalRedis | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map(closeRedis));
    await redis?.stop();
  });
  return {
    client: async () => {
      const c = await connectRedis({ url: (redis as LocalRedis).url });
      clients.push(c);
      return c;
    },
  };
}
