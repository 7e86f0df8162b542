import {
  applyPresence,
  createPresence,
  FOLLOW_DISTANCE,
  followSpot,
  INTERPOLATION_DELAY_MS,
  poseChanged,
  SNAPSHOT_INTERVAL_MS,
  samplePose,
} from './presence';

const ada = { id: 'sock-ada', name: 'Ada' as string | null, org: null, dnd: false, x: 0, z: 0, heading: 0 };

describe('presence batches', () => {
  test('joined visitors appear, moves update them, left ones disappear', () => {
    const s = createPresence();
    applyPresence(s, { joined: [{ ...ada, x: 1, z: 2 }] }, null, 0);
    applyPresence(s, { moved: [{ id: ada.id, x: 5, z: 6, heading: 1 }] }, null, 100);
    expect(s.visitors.get(ada.id)?.name).toBe('Ada');
    expect(s.visitors.get(ada.id)?.snapshots.at(-1)).toMatchObject({ x: 5, z: 6, heading: 1 });
    applyPresence(s, { left: [ada.id] }, null, 200);
    expect(s.visitors.size).toBe(0);
  });

  test('our own presence id (the socket id) echoed back in a batch is not drawn as another visitor', () => {
    const s = createPresence();
    applyPresence(s, { joined: [{ ...ada, id: 'me' }], moved: [{ id: 'me', x: 1, z: 1, heading: 0 }] }, 'me', 0);
    expect(s.visitors.size).toBe(0);
  });

  test('a move of someone whose join we never saw is ignored until their join brings a name', () => {
    const s = createPresence();
    applyPresence(s, { moved: [{ id: 'ghost', x: 1, z: 1, heading: 0 }] }, null, 0);
    expect(s.visitors.size).toBe(0);
  });

  test('a join for someone already known (they crossed back into view) keeps them and adds a snapshot', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 0);
    applyPresence(s, { joined: [{ ...ada, x: 2 }] }, null, 100);
    expect(s.visitors.get(ada.id)?.snapshots.map((p) => p.x)).toEqual([0, 2]);
  });
});

describe('avatar interpolation', () => {
  test('between two snapshots the avatar is drawn proportionally between them, not stepping at 10 Hz', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 1000);
    applyPresence(s, { moved: [{ id: ada.id, x: 1, z: -2, heading: 0 }] }, null, 1100);
    const snaps = s.visitors.get(ada.id)?.snapshots ?? [];
    expect(samplePose(snaps, 1050)).toMatchObject({ x: 0.5, z: -1 });
    expect(samplePose(snaps, 1025).x).toBeCloseTo(0.25);
  });

  test('the heading turns the short way round across ±π', () => {
    const snaps = [
      { t: 0, x: 0, z: 0, heading: Math.PI - 0.1 },
      { t: 100, x: 0, z: 0, heading: -Math.PI + 0.1 },
    ];
    const mid = samplePose(snaps, 50).heading;
    // Halfway the short way is ±π, not 0 (which would be a spin through the long way).
    expect(Math.abs(Math.abs(mid) - Math.PI)).toBeLessThan(1e-9);
  });

  test('after the last snapshot the avatar holds still: no overshoot when someone stops', () => {
    const snaps = [
      { t: 0, x: 0, z: 0, heading: 0 },
      { t: 100, x: 1, z: 0, heading: 0 },
    ];
    expect(samplePose(snaps, 5000)).toMatchObject({ x: 1, z: 0 });
    expect(samplePose(snaps, -50)).toMatchObject({ x: 0, z: 0 });
  });

  test('someone who starts walking after standing still glides from where they stood, without a jump', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 0);
    // Ten seconds later they take a step.
    const now = 10_000;
    applyPresence(s, { moved: [{ id: ada.id, x: 0.45, z: 0, heading: 0 }] }, null, now);
    const snaps = s.visitors.get(ada.id)?.snapshots ?? [];
    // Drawn with the usual delay, they are still where they stood, and reach the step one interval later.
    expect(samplePose(snaps, now - INTERPOLATION_DELAY_MS).x).toBe(0);
    expect(samplePose(snaps, now - SNAPSHOT_INTERVAL_MS / 2).x).toBeCloseTo(0.225);
    expect(samplePose(snaps, now).x).toBeCloseTo(0.45);
  });

  test('a far jump (a teleport into view) is drawn as a jump, not a slide across the hall', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 0);
    applyPresence(s, { moved: [{ id: ada.id, x: 120, z: 0, heading: 0 }] }, null, 100);
    const snaps = s.visitors.get(ada.id)?.snapshots ?? [];
    expect(samplePose(snaps, 50).x).toBe(120);
  });

  test('snapshots arriving in the same millisecond still order strictly in time', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 100);
    applyPresence(s, { moved: [{ id: ada.id, x: 1, z: 0, heading: 0 }] }, null, 100);
    const t = s.visitors.get(ada.id)?.snapshots.map((p) => p.t) ?? [];
    expect(t[1]).toBeGreaterThan(t[0] as number);
  });

  test('only the latest few snapshots are kept per visitor', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 0);
    for (let i = 1; i <= 50; i++) applyPresence(s, { moved: [{ id: ada.id, x: i * 0.1, z: 0, heading: 0 }] }, null, i * 100);
    expect(s.visitors.get(ada.id)?.snapshots.length).toBeLessThanOrEqual(6);
  });
});

describe('pose sending', () => {
  test('standing still sends nothing; a step or a turn does', () => {
    const p = { x: 0, z: 0, heading: 0 };
    expect(poseChanged(p, { x: 0.01, z: 0, heading: 0.01 })).toBe(false);
    expect(poseChanged(p, { x: 0.2, z: 0, heading: 0 })).toBe(true);
    expect(poseChanged(p, { x: 0, z: 0, heading: 0.3 })).toBe(true);
  });
});

describe('others as people', () => {
  test('a re-announced join updates name, organization and do-not-disturb in place', () => {
    const s = createPresence();
    applyPresence(s, { joined: [ada] }, null, 0);
    applyPresence(s, { joined: [{ ...ada, org: 'Acme', dnd: true }] }, null, 100);
    expect(s.visitors.get(ada.id)).toMatchObject({ name: 'Ada', org: 'Acme', dnd: true });
  });

  test('a follower walks to a spot behind the host, whichever way the host faces', () => {
    // Heading 0 looks towards -z: behind is +z.
    expect(followSpot({ x: 1, z: 1, heading: 0 })).toEqual({ x: 1, z: 1 + FOLLOW_DISTANCE });
    const s = followSpot({ x: 0, z: 0, heading: Math.PI / 2 });
    expect(s.x).toBeCloseTo(FOLLOW_DISTANCE);
    expect(s.z).toBeCloseTo(0);
  });
});
