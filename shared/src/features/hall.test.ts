import { HallMove, isPlainHallMove } from './hall.js';

describe('hall:move payload check', () => {
  const payloads: unknown[] = [
    { x: 1, z: 2, heading: 0.5 },
    { x: -1e4, z: 1e4, heading: -1e3 },
    { x: 0, z: 0, heading: 0 },
    { x: 1e4 + 1, z: 0, heading: 0 },
    { x: 0, z: 0, heading: 1001 },
    { x: Number.NaN, z: 0, heading: 0 },
    { x: Number.POSITIVE_INFINITY, z: 0, heading: 0 },
    { x: '1', z: 0, heading: 0 },
    { x: 1, z: null, heading: 0 },
    { x: 1, z: 1 },
    { x: 1, z: 1, heading: 0, extra: true },
    { x: 1, z: 1, y: 0 },
    Object.assign(Object.create({ inherited: 1 }), { x: 1, z: 1, heading: 0 }),
    [1, 2, 3],
    null,
    undefined,
    'x',
    42,
  ];

  test('accepts only payloads the schema accepts, and every plain one of them', () => {
    for (const p of payloads) {
      const parsed = HallMove.safeParse(p);
      if (isPlainHallMove(p)) expect(parsed).toEqual({ success: true, data: p });
    }
    expect(payloads.filter(isPlainHallMove)).toHaveLength(3);
  });
});
