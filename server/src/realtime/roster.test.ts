import { pino } from 'pino';
import { useTestRedisClients } from '../testing/harness.js';
import { ROSTER, Roster } from './roster.js';

const spec = (expired: [string, string][]) => ({
  name: 'test roster',
  entries: (scope: string) => `test-roster:{${scope}}`,
  seen: (scope: string) => `test-roster:{${scope}}:seen`,
  sweeps: { activeSet: 'test-roster:active' },
  store: (v: { name: string }) => JSON.stringify(v),
  onExpired: (scope: string, gone: string[]) => {
    for (const member of gone) expired.push([scope, member]);
  },
});

describe('a roster shared by three nodes', () => {
  const { client } = useTestRedisClients();
  const logger = pino({ level: 'silent' });

  test("members of a node that stopped refreshing expire once, heard by exactly one node; the live nodes' members stay", async () => {
    const expired: [string, string][] = [];
    const r = await client();
    const [a, b, c] = [
      new Roster(await client(), logger, spec(expired)),
      new Roster(await client(), logger, spec(expired)),
      new Roster(await client(), logger, spec(expired)),
    ];
    expect(await a.track('booth-1', 'sock-a', { name: 'Ann' })).toBe(true);
    expect(await a.track('booth-1', 'sock-a', { name: 'Ann' })).toBe(false);
    await b.track('booth-1', 'sock-b', { name: 'Bo' });
    // Counted across nodes; each node knows only its own members.
    expect(await c.count('booth-1')).toBe(2);
    expect([...b.members('booth-1').keys()]).toEqual(['sock-b']);
    expect(c.scopesOf('sock-a')).toEqual([]);

    a.stop(); // node A dies: its member is left in Redis, never refreshed again
    const deadline = Date.now() + ROSTER.expireMs + 10_000;
    while (expired.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // Every remaining node sweeps; the script hands each stale member to one of them.
    await new Promise((r) => setTimeout(r, 2 * ROSTER.sweepMs));
    expect(expired).toEqual([['booth-1', 'sock-a']]);
    expect(await c.count('booth-1')).toBe(1);
    expect((await b.stored('booth-1')).map((v) => JSON.parse(v).name)).toEqual(['Bo']);
    expect(await c.isMember('booth-1', 'sock-b')).toBe(true);

    // The last member leaves: the scope drops out of the active set at the next sweep.
    expect(await b.untrack('booth-1', 'sock-b')).toEqual({ name: 'Bo' });
    for (let i = 0; i < 50 && (await r.sIsMember('test-roster:active', 'booth-1')); i++) await new Promise((res) => setTimeout(res, 200));
    expect(await r.sIsMember('test-roster:active', 'booth-1')).toBeFalsy();
    expect(expired).toHaveLength(1);
    b.stop();
    c.stop();
  }, 30_000);
});
