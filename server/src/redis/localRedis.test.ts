import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRedis, connectRedis } from './client.js';
import { findRunningLocalRedis, forgetLocalRedis, recordLocalRedis, startLocalRedis } from './localRedis.js';

describe('the private redis-server', () => {
  test('with AOF on, data written before a stop is there after the next start on the same directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-aof-'));
    try {
      const first = await startLocalRedis({ dir, persistent: true });
      const c1 = await connectRedis({ url: first.url });
      await c1.set('expo', 'still here');
      await closeRedis(c1);
      await first.stop();
      const second = await startLocalRedis({ dir, persistent: true });
      const c2 = await connectRedis({ url: second.url });
      expect(await c2.get('expo')).toBe('still here');
      expect(await c2.configGet('appendonly')).toEqual({ appendonly: 'yes' });
      await closeRedis(c2);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a running private Redis is found through its record, and forgotten once stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-rec-'));
    try {
      const redis = await startLocalRedis({ dir, persistent: false });
      recordLocalRedis(dir, redis);
      expect(findRunningLocalRedis(dir)).toMatchObject({ url: redis.url, pid: redis.pid });
      await redis.stop();
      expect(findRunningLocalRedis(dir)).toBeNull();
      forgetLocalRedis(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('scripts survive a Redis restart: NOSCRIPT falls back to EVAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-lua-'));
    const { LuaScript } = await import('./luaScript.js');
    const script = new LuaScript('incr', "return redis.call('INCR', KEYS[1])");
    try {
      const redis = await startLocalRedis({ dir, persistent: true });
      const c = await connectRedis({ url: redis.url });
      expect(await script.run(c, ['n'], [])).toBe(1);
      await c.scriptFlush();
      expect(await script.run(c, ['n'], [])).toBe(2);
      await closeRedis(c);
      await redis.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
