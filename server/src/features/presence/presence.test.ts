import { HALL_DEPTH } from '@pavilion/shared';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { api, emitAck, nextEvent, type TestNode, useTestCluster } from '../../testing/harness.js';

const front = HALL_DEPTH / 2 - 6;

describe('presence across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const visitor = async (node: TestNode) => (await cluster.userWithSocket(node)).socket;

  test('hall:join answers the visitors near you, and a newcomer reaches nearby visitors on the other node', async () => {
    const alice = await visitor(a);
    const first = await emitAck<{ visitors: unknown[] }>(alice, 'hall:join', { hallId: 'patents' });
    expect(first.ok).toBe(true);
    const bob = await visitor(b);
    const seen = nextEvent<{ joined: { id: string }[] }>(alice, 'hall:presence', (p) => p.joined.some((v) => v.id === bob.id));
    const second = await emitAck<{ visitors: { id: string; name: string }[] }>(bob, 'hall:join', { hallId: 'patents' });
    expect(second.ok && second.visitors.map((v) => v.id)).toContain(alice.id);
    expect((await seen).joined.find((v) => v.id === bob.id)).toMatchObject({ x: 0, z: front });
    await emitAck(alice, 'hall:leave', { hallId: 'patents' });
    await emitAck(bob, 'hall:leave', { hallId: 'patents' });
  });

  test('a move on node A reaches a nearby visitor on node B and never a far one', async () => {
    const mover = await visitor(a);
    const near = await visitor(b);
    const far = await visitor(b);
    for (const s of [mover, near, far]) await emitAck(s, 'hall:join', { hallId: 'trademarks' });
    // Walk the far visitor to the back of the hall, well outside the mover's neighbourhood.
    for (let z = front; z > -80; z -= 15) {
      far.emit('hall:move', { x: 0, z, heading: 0 });
      await new Promise((r) => setTimeout(r, 90));
    }
    await new Promise((r) => setTimeout(r, 300));
    const farGot: unknown[] = [];
    far.on('hall:presence', (p) => {
      if (p.moved.some((m) => m.id === mover.id) || p.joined.some((m) => m.id === mover.id)) farGot.push(p);
    });
    const nearGot = nextEvent<{ moved: { id: string; x: number }[] }>(near, 'hall:presence', (p) =>
      p.moved.some((m) => m.id === mover.id && m.x === 3),
    );
    mover.emit('hall:move', { x: 3, z: front - 2, heading: 1.2 });
    const got = await nearGot;
    expect(got.moved.find((m) => m.id === mover.id)).toMatchObject({ x: 3, z: front - 2, heading: 1.2 });
    await new Promise((r) => setTimeout(r, 400));
    expect(farGot).toEqual([]);
  });

  test('moves are clamped to the hall, and batches arrive at most ten times a second', async () => {
    const mover = await visitor(a);
    const watcher = await visitor(b);
    await emitAck(mover, 'hall:join', { hallId: 'copyrights' });
    await emitAck(watcher, 'hall:join', { hallId: 'copyrights' });
    const stamps: number[] = [];
    watcher.on('hall:presence', () => stamps.push(Date.now()));
    const clamped = nextEvent<{ moved: { id: string; z: number }[] }>(watcher, 'hall:presence', (p) =>
      p.moved.some((m) => m.id === mover.id && m.z === HALL_DEPTH / 2),
    );
    // 50 moves in 0.5 s (100 Hz): excess is dropped, the last pose wins.
    for (let i = 0; i < 50; i++) {
      mover.emit('hall:move', { x: 1, z: 5000, heading: 0 });
      await new Promise((r) => setTimeout(r, 10));
    }
    await clamped;
    await new Promise((r) => setTimeout(r, 300));
    // The moves span at least five flush windows: several batches arrived, so there are gaps to check.
    expect(stamps.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < stamps.length; i++) expect((stamps[i] as number) - (stamps[i - 1] as number)).toBeGreaterThanOrEqual(60);
  });

  test('a disconnect is a leave for everyone nearby', async () => {
    const stayer = await visitor(a);
    const quitter = await visitor(b);
    await emitAck(stayer, 'hall:join', { hallId: 'gba' });
    const joined = nextEvent<{ joined: { id: string }[] }>(stayer, 'hall:presence', (p) => p.joined.some((v) => v.id === quitter.id));
    await emitAck(quitter, 'hall:join', { hallId: 'gba' });
    await joined;
    const quitterId = quitter.id as string; // the client forgets its id on disconnect
    const left = nextEvent<{ left: string[] }>(stayer, 'hall:presence', (p) => p.left.includes(quitterId));
    quitter.disconnect();
    expect((await left).left).toContain(quitterId);
    expect(await redis_hExists('gba', quitterId)).toBe(false);
  });

  test('visitors of a node that stopped refreshing them expire from Redis within seconds and are announced as left', async () => {
    const watcher = await visitor(a);
    await emitAck(watcher, 'hall:join', { hallId: 'international' });
    // A visitor that a dead node left behind: in the roster, last refreshed just now, never again. It is
    // seen arriving first (a join and a departure inside one broadcast window are, rightly, never told).
    const ghost = { id: 'ghost-socket', userId: null, name: 'Ghost', x: 1, z: front, heading: 0 };
    const now = await redisNow(a.app.redis);
    await a.app.redis.hSet(keys.presence('international'), ghost.id, JSON.stringify(ghost));
    await a.app.redis.zAdd(keys.presenceSeen('international'), { score: now, value: ghost.id });
    const arrived = nextEvent<{ joined: { id: string }[] }>(
      watcher,
      'hall:presence',
      (p) => p.joined.some((v) => v.id === ghost.id),
      5_000,
    );
    await a.app.redis.publish(
      keys.presenceChannel('international'),
      JSON.stringify({ j: [[ghost.id, null, ghost.name, ghost.x, ghost.z, ghost.heading]], m: [], l: [] }),
    );
    await arrived;
    const gone = await nextEvent<{ left: string[] }>(watcher, 'hall:presence', (p) => p.left.includes(ghost.id), 15_000);
    expect(gone.left).toContain(ghost.id);
    expect(await redis_hExists('international', ghost.id)).toBe(false);
  });

  test('the lobby counts visitors per hall', async () => {
    const s = await visitor(b);
    await emitAck(s, 'hall:join', { hallId: 'patents' });
    const expo = await api(a.url, 'GET', '/api/expo');
    expect(expo.body.halls.find((h: { id: string }) => h.id === 'patents').visitors).toBeGreaterThanOrEqual(1);
  });

  test('bad presence input: moves before joining, NaN or huge values, unknown halls', async () => {
    const s = await visitor(a);
    const before = await emitAck(s, 'hall:move', { x: 1, z: 1, heading: 0 });
    expect(!before.ok && before.error.code).toBe('CONFLICT');
    const unknown = await emitAck(s, 'hall:join', { hallId: 'atlantis' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    await emitAck(s, 'hall:join', { hallId: 'patents' });
    for (const bad of [
      { x: 'NaN', z: 0, heading: 0 },
      { x: 1e300, z: 0, heading: 0 },
      { x: 1, z: null, heading: 0 },
      { x: 1, z: 1 },
    ]) {
      const ack = await emitAck(s, 'hall:move', bad);
      expect(!ack.ok && ack.error.code).toBe('INVALID_INPUT');
    }
  });

  async function redis_hExists(hallId: string, id: string): Promise<boolean> {
    return (await a.app.redis.hExists(keys.presence(hallId), id)) === 1;
  }
});
