import { HALL_WIDTH } from '@pavilion/shared';
import {
  connectSocket,
  emitAck,
  emitOk,
  nextEvent,
  registerUser,
  type TestNode,
  type TestSocket,
  useTestCluster,
} from '../../testing/harness.js';

type Pose = { id: string; name: string | null; org: string | null; dnd: boolean; x: number };
type Batch = { joined: Pose[]; moved: { id: string; x: number }[]; left: string[] };

describe('others as people across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const visitor = async (node: TestNode, kind: 'visitor' | 'exhibitor' = 'visitor') => (await cluster.userWithSocket(node, kind)).socket;

  /** Joins `hallId` and resolves once `watcher` (already in the hall) has seen the newcomer: both mirrors know both. */
  async function joinSeenBy(watcher: TestSocket, newcomer: TestSocket, hallId: string): Promise<void> {
    const seen = nextEvent<Batch>(watcher, 'hall:presence', (p) => p.joined.some((v) => v.id === newcomer.id));
    await emitOk(newcomer, 'hall:join', { hallId });
    await seen;
  }

  /** Moves `s` far from `other` and resolves once its node has applied the move (`s` is told `other` is out of view). */
  async function walkAwayFrom(s: TestSocket, other: TestSocket, x: number, z: number): Promise<void> {
    const outOfView = nextEvent<Batch>(s, 'hall:presence', (p) => p.left.includes(other.id as string));
    s.emit('hall:move', { x, z, heading: 0 });
    await outOfView;
  }

  const leave = (hallId: string, ...sockets: TestSocket[]) => Promise.all(sockets.map((s) => emitAck(s, 'hall:leave', { hallId })));

  test('guests appear as anonymous visitors; signed-in people show their name and organization', async () => {
    const exhibitor = await cluster.userWithSocket(a, 'exhibitor');
    await emitOk(exhibitor.socket, 'hall:join', { hallId: 'international' });
    const guest = await connectSocket(b.url);
    try {
      const seenGuest = nextEvent<Batch>(exhibitor.socket, 'hall:presence', (p) => p.joined.some((v) => v.id === guest.id));
      const joined = await emitOk<{ visitors: Pose[] }>(guest, 'hall:join', { hallId: 'international' });
      const me = joined.visitors.find((v) => v.id === exhibitor.socket.id);
      expect(me).toMatchObject({ name: exhibitor.user.displayName, dnd: false });
      expect(me?.org).toMatch(/^Test Org /);
      expect((await seenGuest).joined.find((v) => v.id === guest.id)).toMatchObject({ name: null, org: null, dnd: false });
    } finally {
      guest.disconnect();
      await leave('international', exhibitor.socket);
    }
  });

  test('a wave reaches a nearby visitor on the other node, and is refused as notNearby once they are far apart', async () => {
    const alice = await visitor(a);
    const bob = await visitor(b);
    await emitOk(bob, 'hall:join', { hallId: 'patents' });
    await joinSeenBy(bob, alice, 'patents');
    const waved = nextEvent<{ hallId: string; from: { id: string; name: string } }>(bob, 'hall:wave');
    await emitOk(alice, 'hall:wave', { hallId: 'patents', to: bob.id });
    expect(await waved).toMatchObject({ hallId: 'patents', from: { id: alice.id, name: expect.stringMatching(/^visitor /) } });

    await walkAwayFrom(alice, bob, HALL_WIDTH / 2 - 1, 0);
    const far = await emitAck(alice, 'hall:wave', { hallId: 'patents', to: bob.id });
    expect(far).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'notNearby' } });
    // Not in that hall at all: also not nearby.
    expect(await emitAck(alice, 'hall:wave', { hallId: 'gba', to: bob.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await leave('patents', alice, bob);
  });

  test('do-not-disturb travels in presence and refuses waves and follow invitations', async () => {
    const alice = await visitor(a);
    const bob = await visitor(b);
    await emitOk(alice, 'hall:join', { hallId: 'trademarks' });
    await joinSeenBy(alice, bob, 'trademarks');
    const dndSeen = nextEvent<Batch>(alice, 'hall:presence', (p) => p.joined.some((v) => v.id === bob.id && v.dnd));
    expect(await emitOk(bob, 'hall:dnd', { hallId: 'trademarks', on: true })).toMatchObject({ dnd: true });
    await dndSeen;
    expect(await emitAck(alice, 'hall:wave', { hallId: 'trademarks', to: bob.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'doNotDisturb' },
    });
    expect(await emitAck(alice, 'follow:start', { hallId: 'trademarks', to: bob.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'doNotDisturb' },
    });
    const dndOff = nextEvent<Batch>(alice, 'hall:presence', (p) => p.joined.some((v) => v.id === bob.id && !v.dnd));
    await emitOk(bob, 'hall:dnd', { hallId: 'trademarks', on: false });
    await dndOff;
    await emitOk(alice, 'hall:wave', { hallId: 'trademarks', to: bob.id });
    // A visitor whose status was re-announced and who then leaves is still told as a leave.
    const gone = nextEvent<Batch>(alice, 'hall:presence', (p) => p.left.includes(bob.id as string));
    await emitOk(bob, 'hall:dnd', { hallId: 'trademarks', on: true });
    await leave('trademarks', bob);
    await gone;
    await leave('trademarks', alice);
  });

  test('follow-me: an invitation on one node is accepted on the other, and either side ends it', async () => {
    const host = await visitor(a);
    const follower = await visitor(b);
    await emitOk(host, 'hall:join', { hallId: 'copyrights' });
    await joinSeenBy(host, follower, 'copyrights');

    // Without an invitation there is nothing to accept.
    expect(await emitAck(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'notInvited' },
    });
    const invited = nextEvent<{ from: { id: string }; expiresAt: number }>(follower, 'follow:invite');
    const started = await emitOk<{ expiresAt: number; serverTime: number }>(host, 'follow:start', {
      hallId: 'copyrights',
      to: follower.id,
    });
    expect(started.expiresAt).toBeGreaterThan(started.serverTime);
    expect(await invited).toMatchObject({ from: { id: host.id }, expiresAt: started.expiresAt });

    const joined = nextEvent<{ follower: { id: string } }>(host, 'follow:joined');
    expect(await emitOk(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id })).toMatchObject({ host: { id: host.id } });
    expect((await joined).follower.id).toBe(follower.id);
    // Accepting again answers the same, and a follower cannot lead a group of their own.
    await emitOk(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id });
    expect(await emitAck(follower, 'follow:start', { hallId: 'copyrights', to: host.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'inGroup' },
    });

    const ended = nextEvent<{ reason: string; followerId: string }>(host, 'follow:end');
    expect(await emitOk(follower, 'follow:stop', { hallId: 'copyrights' })).toMatchObject({ role: 'follower', ended: [host.id] });
    expect(await ended).toMatchObject({ reason: 'stopped', followerId: follower.id });
    expect(await emitAck(follower, 'follow:stop', { hallId: 'copyrights' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'notLeading' },
    });
    // The used invitation is gone.
    expect(await emitAck(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'notInvited' },
    });

    // The host ends the group.
    await emitOk(host, 'follow:start', { hallId: 'copyrights', to: follower.id });
    await emitOk(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id });
    const hostEnded = nextEvent<{ reason: string; hostId: string }>(follower, 'follow:end');
    expect(await emitOk(host, 'follow:stop', { hallId: 'copyrights' })).toMatchObject({ role: 'host', ended: [follower.id] });
    expect(await hostEnded).toMatchObject({ reason: 'ended', hostId: host.id });

    // Leaving the hall ends one's group too.
    await emitOk(host, 'follow:start', { hallId: 'copyrights', to: follower.id });
    await emitOk(follower, 'follow:accept', { hallId: 'copyrights', hostId: host.id });
    const hostLeft = nextEvent<{ reason: string }>(follower, 'follow:end');
    await leave('copyrights', host);
    expect(await hostLeft).toMatchObject({ reason: 'left' });
    expect(await emitAck(follower, 'follow:stop', { hallId: 'copyrights' })).toMatchObject({ ok: false, error: { reason: 'notLeading' } });
    await leave('copyrights', follower);
  });

  test('bad input is refused as INVALID_INPUT naming the field, and one cannot wave at or follow oneself', async () => {
    const { token } = await registerUser(a.url, 'visitor');
    const s = await cluster.connect(a, token);
    await emitOk(s, 'hall:join', { hallId: 'gba' });
    expect(await emitAck(s, 'hall:wave', { hallId: 'gba', to: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: ['to'] } },
    });
    expect(await emitAck(s, 'hall:dnd', { hallId: 'gba', on: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: ['on'] } },
    });
    expect(await emitAck(s, 'follow:accept', { hallId: 'gba' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: ['hostId'] } },
    });
    expect(await emitAck(s, 'hall:wave', { hallId: 'gba', to: s.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: ['to'] } },
    });
    expect(await emitAck(s, 'follow:accept', { hallId: 'gba', hostId: s.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: ['hostId'] } },
    });
    // Not in the hall named: join it first.
    expect(await emitAck(s, 'hall:dnd', { hallId: 'patents', on: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'notJoined' },
    });
    await leave('gba', s);
  });
});
