import { HALL_DEPTH } from '@pavilion/shared';
import { emitAck, nextEvent, type TestNode, useTestCluster } from '../../testing/harness.js';
import { CELL_SIZE } from './presenceGrid.js';

type Presence = { joined: { id: string }[]; moved: { id: string; x: number }[]; left: string[] };

/** Where hall:join puts everyone (the spawn point), and the x of a point one and two interest cells to its east. */
const spawn = { x: 0, z: HALL_DEPTH / 2 - 6 };
const oneCellAway = spawn.x + CELL_SIZE;
const twoCellsAway = spawn.x + 2 * CELL_SIZE;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A visitor sees its own interest cell and the eight around it, nothing further: a change that widens the area
 * (5 × 5 cells, or cells two apart seeing each other) multiplies what every client is sent, and must fail here.
 */
describe('the interest area is the 3 × 3 cells around a visitor', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const visitor = async (node: TestNode) => (await cluster.userWithSocket(node)).socket;

  /**
   * A watcher at the spawn point on `watcherNode`; a visitor one cell away and one two cells away on `othersNode`.
   * Checks that walking two cells away is leaving the watcher's view and walking back is entering it, that the far
   * one's moves never reach the watcher (nor the watcher's reach it) while the near one's do, and that a newcomer at
   * the spawn point is told of the near one only.
   */
  async function checkTwoCellsAwayIsUnseen(hallId: string, watcherNode: TestNode, othersNode: TestNode) {
    const watcher = await visitor(watcherNode);
    const near = await visitor(othersNode);
    const far = await visitor(othersNode);
    for (const s of [watcher, near, far]) await emitAck(s, 'hall:join', { hallId });
    // The joins flushed (every 100 ms) and relayed: the watcher has seen the far visitor at the spawn point.
    await pause(300);
    // Walking two cells away from the watcher is leaving its view.
    const farLeft = nextEvent<Presence>(watcher, 'hall:presence', (p) => p.left.includes(far.id as string));
    near.emit('hall:move', { x: oneCellAway, z: spawn.z, heading: 0 });
    far.emit('hall:move', { x: twoCellsAway, z: spawn.z, heading: 0 });
    await farLeft;
    await pause(300);

    const watcherSawFar: Presence[] = [];
    watcher.on('hall:presence', (p: Presence) => {
      if (p.joined.some((v) => v.id === far.id) || p.moved.some((v) => v.id === far.id)) watcherSawFar.push(p);
    });
    const farSawWatcher: Presence[] = [];
    far.on('hall:presence', (p: Presence) => {
      if (p.joined.some((v) => v.id === watcher.id) || p.moved.some((v) => v.id === watcher.id)) farSawWatcher.push(p);
    });
    // The far visitor walks about inside its cell; the watcher turns on the spot.
    for (let step = 1; step <= 4; step++) {
      far.emit('hall:move', { x: twoCellsAway + step, z: spawn.z, heading: step / 10 });
      watcher.emit('hall:move', { x: spawn.x, z: spawn.z, heading: step / 10 });
      await pause(100);
    }
    // The near visitor's move arriving shows the watcher's batches flow; the far one's moves were sent before it.
    const nearMoveSeen = nextEvent<Presence>(watcher, 'hall:presence', (p) =>
      p.moved.some((v) => v.id === near.id && v.x === oneCellAway + 1),
    );
    near.emit('hall:move', { x: oneCellAway + 1, z: spawn.z, heading: 0 });
    await nearMoveSeen;
    await pause(300);
    expect(watcherSawFar).toEqual([]);
    expect(farSawWatcher).toEqual([]);

    const newcomer = await visitor(watcherNode);
    const answer = await emitAck<{ visitors: { id: string }[] }>(newcomer, 'hall:join', { hallId });
    const told = answer.ok ? answer.visitors.map((v) => v.id) : [];
    expect(told).toEqual(expect.arrayContaining([watcher.id, near.id]));
    expect(told).not.toContain(far.id);

    // Walking back within one cell is coming into view: the watcher is told who it is (joined, with the name).
    const farBack = nextEvent<Presence>(watcher, 'hall:presence', (p) => p.joined.some((v) => v.id === far.id));
    far.emit('hall:move', { x: oneCellAway, z: spawn.z, heading: 0 });
    await farBack;
  }

  test('on one node, a visitor two cells away is out of view (leaves on walking there, gets and sends no presence, comes back as joined)', async () => {
    await checkTwoCellsAwayIsUnseen('international', a, a);
  });

  test('across two nodes, a visitor two cells away is out of view (leaves on walking there, gets and sends no presence, comes back as joined)', async () => {
    await checkTwoCellsAwayIsUnseen('gba', a, b);
  });
});
