import { pino } from 'pino';
import { closeRedis, connectRedis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { api, startTestNode, startTestRedis, withTestNode } from '../../testing/harness.js';

describe('health and metrics', () => {
  test('/api/health is ok with Redis up, 503 degraded while Redis is down, and still degraded when Redis returns empty', async () => {
    await withTestNode({}, async (node, redis) => {
      expect(await api(node.url, 'GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok', redis: 'ok' } });
      redis.kill();
      await new Promise((r) => setTimeout(r, 200));
      const down = await api(node.url, 'GET', '/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'degraded', redis: 'down', reason: expect.stringMatching(/unreachable/) });
      const write = await api(node.url, 'POST', '/api/auth/register', {
        body: { email: 'while-down@example.com', password: 'long enough', displayName: 'D', role: 'visitor' },
      });
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('UNAVAILABLE');
      // The test Redis keeps nothing on disk: it comes back reachable but empty.
      await redis.restart();
      let answer = await api(node.url, 'GET', '/api/health');
      for (let i = 0; i < 100 && answer.body.redis !== 'ok'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        answer = await api(node.url, 'GET', '/api/health');
      }
      expect(answer).toMatchObject({
        status: 503,
        body: { status: 'degraded', redis: 'ok', reason: expect.stringMatching(/lost its data/) },
      });
    });
  });

  test('after Redis loses its data (FLUSHALL) /api/health is 503 degraded with a reason, logged once, until a node restarts', async () => {
    const redis = await startTestRedis();
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const node = await startTestNode(redis.url, { logger });
    const admin = await connectRedis({ url: redis.url, name: 'test-admin' });
    try {
      expect((await api(node.url, 'GET', '/api/health')).status).toBe(200);
      await admin.flushAll();
      for (let i = 0; i < 3; i++) {
        const answer = await api(node.url, 'GET', '/api/health');
        expect(answer).toMatchObject({
          status: 503,
          body: { status: 'degraded', redis: 'ok', reason: expect.stringMatching(/lost its data/) },
        });
      }
      // The node does not paper over the loss by itself.
      expect(await admin.exists(keys.sentinel)).toBe(0);
      const errors = lines.filter((l) => l.level === 50 && /health degraded/.test(l.msg));
      expect(errors).toHaveLength(1);
      // Restarting a node (after dealing with the loss) marks the data set again.
      const restarted = await startTestNode(redis.url);
      try {
        expect((await api(node.url, 'GET', '/api/health')).status).toBe(200);
      } finally {
        await restarted.close();
      }
    } finally {
      await closeRedis(admin);
      await node.close();
      await redis.stop();
    }
  });

  test('/metrics serves Prometheus text with HTTP latency, sockets and Redis errors', async () => {
    await withTestNode({}, async (node) => {
      await api(node.url, 'GET', '/api/expo');
      const res = await fetch(`${node.url}/metrics`);
      const text = await res.text();
      expect(res.headers.get('content-type')).toMatch(/text\/plain/);
      expect(text).toContain('pavilion_http_request_duration_seconds_bucket');
      expect(text).toMatch(/route="\/api\/expo"/);
      expect(text).toContain('pavilion_sockets_connected');
      expect(text).toContain('pavilion_redis_errors_total');
    });
  });

  test('with METRICS_TOKEN set, /metrics needs it as a bearer token (401 otherwise)', async () => {
    const metricsToken = 'a-long-enough-metrics-secret';
    await withTestNode({ metricsToken }, async (node) => {
      const scrape = (authorization?: string) => fetch(`${node.url}/metrics`, { headers: authorization ? { authorization } : {} });
      for (const wrong of [undefined, 'Bearer nope', `Bearer ${metricsToken}x`, metricsToken, `Basic ${metricsToken}`]) {
        const res = await scrape(wrong);
        expect({ wrong, status: res.status }).toEqual({ wrong, status: 401 });
        expect(await res.text()).not.toContain('pavilion_');
      }
      const res = await scrape(`Bearer ${metricsToken}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('pavilion_sockets_connected');
      // Health stays open to the load balancer.
      expect((await api(node.url, 'GET', '/api/health')).status).toBe(200);
    });
  });
});
