import { HALL_DEPTH } from '@pavilion/shared';
import { emitAck, nextEvent, type TestNode, type TestSocket, useTestCluster } from '../../testing/harness.js';

const front = HALL_DEPTH / 2 - 6;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Moved = { id: string; x: number; z: number; heading: number };
type Batch = { joined: Moved[]; moved: Moved[]; left: string[] };

// A crowd of two: above two visitors around a cell, its neighbours' moves come at the reduced rate.
describe('presence in a crowd (two nodes)', () => {
  const cluster = useTestCluster({ nodes: 2, presenceFullRateNeighbours: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];

  async function visitorAt(node: TestNode, hallId: string, x: number): Promise<TestSocket> {
    const s = (await cluster.userWithSocket(node)).socket;
    await emitAck(s, 'hall:join', { hallId });
    s.emit('hall:move', { x, z: front, heading: 0 });
    return s;
  }

  /** Every pose of `id` a socket is sent, as a move or a join, in order. */
  function posesOf(socket: TestSocket, id: string): Moved[] {
    const got: Moved[] = [];
    socket.on('hall:presence', (p: Batch) => {
      for (const e of [...p.joined, ...p.moved]) if (e.id === id) got.push(e);
    });
    return got;
  }

  test("a crowded cell gets a neighbouring cell's mover less often than that cell does, in order, ending on its newest pose", async () => {
    // Cells are 20 m wide: x = 5 and x = 25 are neighbouring cells of the front row.
    const watcherFar = await visitorAt(b, 'patents', 5);
    const mover = await visitorAt(a, 'patents', 25);
    const watcherNear = await visitorAt(b, 'patents', 26);
    await visitorAt(a, 'patents', 27);
    // The crowd is noticed at the next reduced-rate flush.
    await pause(800);
    const far = posesOf(watcherFar, mover.id as string);
    const near = posesOf(watcherNear, mover.id as string);
    const last = { x: 36, z: front, heading: 1.5 };
    const lastOf = (p: Batch) => p.moved.some((m) => m.id === mover.id && m.x === last.x);
    const farDone = nextEvent<Batch>(watcherFar, 'hall:presence', lastOf, 15_000);
    const nearDone = nextEvent<Batch>(watcherNear, 'hall:presence', lastOf, 15_000);
    for (let i = 1; i <= 14; i++) {
      mover.emit('hall:move', { x: 21 + i, z: front, heading: i / 10 });
      await pause(100);
    }
    // Moves that reach a busy server closer than 80 ms apart are dropped: the last pose is sent until it lands.
    for (let i = 0; i < 3; i++) {
      mover.emit('hall:move', last);
      await pause(150);
    }
    await Promise.all([farDone, nearDone]);
    expect(near.at(-1)).toMatchObject(last);
    expect(far.at(-1)).toMatchObject(last);
    expect(far.length).toBeLessThan(near.length);
    // Never an older pose after a newer one.
    for (const seen of [far, near]) {
      for (let i = 1; i < seen.length; i++) expect((seen[i] as Moved).x).toBeGreaterThanOrEqual((seen[i - 1] as Moved).x);
    }
  });

  test('a cell that is not crowded gets every move of its neighbours', async () => {
    const watcher = await visitorAt(a, 'trademarks', 5);
    const mover = await visitorAt(b, 'trademarks', 25);
    await pause(800);
    const got = posesOf(watcher, mover.id as string);
    const last = { x: 30, z: front, heading: 0.5 };
    const done = nextEvent<Batch>(watcher, 'hall:presence', (p) => p.moved.some((m) => m.id === mover.id && m.x === last.x), 15_000);
    for (let i = 1; i <= 4; i++) {
      mover.emit('hall:move', { x: 25 + i, z: front, heading: i / 10 });
      await pause(250);
    }
    mover.emit('hall:move', last);
    await done;
    expect(got.map((p) => p.x)).toEqual([26, 27, 28, 29, 30]);
  });
});
