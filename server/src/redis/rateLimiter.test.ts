import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StatsSubscribe } from '@pavilion/shared';
import express, { type ErrorRequestHandler } from 'express';
import { pino } from 'pino';
import { Server } from 'socket.io';
import { toAppError } from '../errors/appError.js';
import { Metrics } from '../metrics.js';
import { EventTable } from '../realtime/eventTable.js';
import type { AppServer } from '../realtime/types.js';
import { api, connectSocket, emitAck, startTestRedis } from '../testing/harness.js';
import { closeRedis, connectRedis, type Redis } from './client.js';
import type { LocalRedis } from './localRedis.js';
import { RateLimit } from './rateLimiter.js';

/** A REST route that counts each request against `limit` for one user, as a service does. */
function restNode(limit: RateLimit): HttpServer {
  const app = express();
  app.get('/api/probe', async (_req, res) => {
    await limit.consume('u_1');
    res.json({ ok: true });
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const appErr = toAppError(err);
    res.status(appErr.code === 'RATE_LIMITED' ? 429 : 500).json({ ok: false, error: appErr.toBody() });
  };
  app.use(onError);
  return createServer(app);
}

/** A socket node whose `stats:subscribe` also counts against `limit`; every socket is signed in as `u_1`. */
function socketNode(limit: RateLimit): HttpServer {
  const http = createServer();
  const io: AppServer = new Server(http);
  const table = new EventTable({ metrics: new Metrics(), logger: pino({ level: 'silent' }) });
  table.on('stats:subscribe', StatsSubscribe, 'user', () => ({}) as never, { limit });
  io.use((socket, next) => {
    socket.data.userId = 'u_1';
    next();
  });
  io.on('connection', (socket) => table.attach(socket));
  return http;
}

async function listen(server: HttpServer): Promise<string> {
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('one rate-limiting mechanism for REST routes and socket events', () => {
  let redis: LocalRedis;
  const clients: Redis[] = [];
  const servers: HttpServer[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((res) => s.close(res));
    for (const c of clients) await closeRedis(c);
    await redis.stop();
  });

  test('a limit configured once counts REST requests on one node and socket events on another together', async () => {
    // Each node configures the same limit once, on its own Redis connection.
    const budget = { points: 3, durationMs: 60_000 };
    const [redisA, redisB] = await Promise.all([connectRedis({ url: redis.url }), connectRedis({ url: redis.url })]);
    clients.push(redisA, redisB);
    const rest = restNode(RateLimit.cluster(redisA, 'probe', budget));
    const sockets = socketNode(RateLimit.cluster(redisB, 'probe', budget));
    servers.push(rest, sockets);
    const [restUrl, socketUrl] = await Promise.all([listen(rest), listen(sockets)]);
    const socket = await connectSocket(socketUrl);
    try {
      expect((await api(restUrl, 'GET', '/api/probe')).status).toBe(200);
      expect((await api(restUrl, 'GET', '/api/probe')).status).toBe(200);
      expect((await emitAck(socket, 'stats:subscribe', {})).ok).toBe(true);
      // The budget of 3 is spent across both paths: the fourth hit is refused on either.
      const overSocket = await emitAck(socket, 'stats:subscribe', {});
      expect(overSocket.ok ? null : overSocket.error.code).toBe('RATE_LIMITED');
      const overRest = await api(restUrl, 'GET', '/api/probe');
      expect(overRest.status).toBe(429);
      expect(overRest.body.error.code).toBe('RATE_LIMITED');
      expect(overRest.body.error.details.retryAfterMs).toBeGreaterThan(0);
      expect(Number(await redisA.get('rl:probe:u_1'))).toBeGreaterThanOrEqual(4);
    } finally {
      socket.disconnect();
    }
  });
});
