import { nearbyPeople } from './nearbyPeople';

const v = (id: string, x: number, z: number, name: string | null = id) => ({ id, name, org: null, dnd: false, shown: { x, z } });

describe('nearbyPeople', () => {
  test('lists only visitors within waving distance, nearest first, up to the limit', () => {
    const list = nearbyPeople([v('far', 20, 0), v('b', 3, 0), v('a', 0, 1), v('c', 0, 5)], { x: 0, z: 0 }, 2);
    expect(list.map((p) => p.id)).toEqual(['a', 'b']);
  });

  test('keeps guests anonymous (no name)', () => {
    expect(nearbyPeople([v('g', 1, 0, null)], { x: 0, z: 0 })[0]).toMatchObject({ id: 'g', name: null });
  });
});
