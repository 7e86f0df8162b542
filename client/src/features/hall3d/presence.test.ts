import { applyPresence, createPresence, poseChanged } from './presence';

describe('presence', () => {
  test('joined visitors appear, moves update them, left ones disappear', () => {
    const s = createPresence();
    applyPresence(s, { joined: [{ id: 'u1', name: 'Ada', x: 1, z: 2, heading: 0 }] }, null);
    applyPresence(s, { moved: [{ id: 'u1', x: 5, z: 6, heading: 1 }] }, null);
    expect(s.visitors.get('u1')).toMatchObject({ name: 'Ada', x: 5, z: 6, heading: 1 });
    applyPresence(s, { left: ['u1'] }, null);
    expect(s.visitors.size).toBe(0);
  });

  test('our own pose echoed back is not drawn as another visitor', () => {
    const s = createPresence();
    applyPresence(s, { joined: [{ id: 'me', name: 'Me', x: 0, z: 0, heading: 0 }] }, 'me');
    expect(s.visitors.size).toBe(0);
  });

  test('standing still sends nothing; a step or a turn does', () => {
    const p = { x: 0, z: 0, heading: 0 };
    expect(poseChanged(p, { x: 0.01, z: 0, heading: 0.01 })).toBe(false);
    expect(poseChanged(p, { x: 0.2, z: 0, heading: 0 })).toBe(true);
    expect(poseChanged(p, { x: 0, z: 0, heading: 0.3 })).toBe(true);
  });
});
