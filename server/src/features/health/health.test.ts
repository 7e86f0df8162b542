import { api, startTestNode, startTestRedis } from '../../testing/harness.js';

describe('health and metrics', () => {
  test('/api/health is ok with Redis up and 503 while Redis is down, then ok again after it returns', async () => {
    const redis = await startTestRedis();
    const node = await startTestNode(redis.url);
    try {
      expect(await api(node.url, 'GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok', redis: 'ok' } });
      redis.kill();
      await new Promise((r) => setTimeout(r, 200));
      const down = await api(node.url, 'GET', '/api/health');
      expect(down.status).toBe(503);
      expect(down.body.redis).toBe('down');
      const write = await api(node.url, 'POST', '/api/auth/register', {
        body: { email: 'while-down@example.com', password: 'long enough', displayName: 'D', role: 'visitor' },
      });
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('UNAVAILABLE');
      await redis.restart();
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await api(node.url, 'GET', '/api/health')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
    } finally {
      await node.close();
      await redis.stop();
    }
  });

  test('/metrics serves Prometheus text with HTTP latency, sockets and Redis errors', async () => {
    const redis = await startTestRedis();
    const node = await startTestNode(redis.url);
    try {
      await api(node.url, 'GET', '/api/expo');
      const res = await fetch(`${node.url}/metrics`);
      const text = await res.text();
      expect(res.headers.get('content-type')).toMatch(/text\/plain/);
      expect(text).toContain('pavilion_http_request_duration_seconds_bucket');
      expect(text).toMatch(/route="\/api\/expo"/);
      expect(text).toContain('pavilion_sockets_connected');
      expect(text).toContain('pavilion_redis_errors_total');
    } finally {
      await node.close();
      await redis.stop();
    }
  });
});
