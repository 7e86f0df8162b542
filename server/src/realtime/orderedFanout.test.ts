import { readFileSync } from 'node:fs';
import { LuaScript } from '../redis/luaScript.js';
import { useTestRedisClients } from '../testing/harness.js';
import { FANOUT_LUA, OrderedFanout } from './orderedFanout.js';

// A counter that announces each value it reaches, like an auction announcing its seq.
const bump = new LuaScript(
  'bumpAndAnnounce',
  `${readFileSync(new URL(FANOUT_LUA.file, FANOUT_LUA.base), 'utf8')}
local n = redis.call('INCR', KEYS[1])
announce('counter', { seq = tostring(n) })
return n`,
);

describe('ordered fanout', () => {
  const { client } = useTestRedisClients();

  test('announcements from scripts run by two connections reach every subscriber in script order, each once', async () => {
    const [a, b, subA, subB] = await Promise.all([client(), client(), client(), client()]);
    const seen: Record<'A' | 'B', number[]> = { A: [], B: [] };
    const errors: unknown[] = [];
    for (const [name, sub] of [
      ['A', subA],
      ['B', subB],
    ] as const) {
      const fanout = new OrderedFanout((err) => errors.push(err));
      fanout.on('counter', (d) => seen[name].push(Number((d as { seq: string }).seq)));
      await fanout.follow(sub);
    }
    const runs = 400;
    await Promise.all(Array.from({ length: runs }, (_, i) => bump.run(i % 2 ? a : b, ['counter'], [])));
    // Delivery is asynchronous: wait until both subscribers have every message.
    for (let i = 0; i < 100 && (seen.A.length < runs || seen.B.length < runs); i++) await new Promise((r) => setTimeout(r, 20));
    const expected = Array.from({ length: runs }, (_, i) => i + 1);
    expect(seen.A).toEqual(expected);
    expect(seen.B).toEqual(expected);
    expect(errors).toEqual([]);
  });

  test('a malformed message or a failing handler is reported and does not stop later deliveries', () => {
    const errors: string[] = [];
    const got: unknown[] = [];
    const fanout = new OrderedFanout((_err, kind) => errors.push(kind));
    fanout.on('boom', () => {
      throw new Error('handler failed');
    });
    fanout.on('ok', (d) => got.push(d));
    fanout.deliver('{not json');
    fanout.deliver(JSON.stringify({ k: 'boom', d: {} }));
    fanout.deliver(JSON.stringify({ k: 'ok', d: { n: '1' } }));
    expect(errors).toEqual(['?', 'boom']);
    expect(got).toEqual([{ n: '1' }]);
  });
});
