import {
  clampToHall,
  entranceRank,
  HALL_DEPTH,
  HALL_ENTRANCE,
  HALL_WIDTH,
  SLOTS_FROM_ENTRANCE,
  SLOTS_PER_HALL,
  slotFootprint,
} from './hallLayout.js';

describe('hall layout', () => {
  const all = Array.from({ length: SLOTS_PER_HALL }, (_, s) => slotFootprint(s));

  test('every slot lies inside the hall with room to walk around it', () => {
    for (const b of all) {
      expect(b.x - b.width / 2).toBeGreaterThan(-HALL_WIDTH / 2);
      expect(b.x + b.width / 2).toBeLessThan(HALL_WIDTH / 2);
      expect(b.z - b.depth / 2).toBeGreaterThan(-HALL_DEPTH / 2);
      expect(b.z + b.depth / 2).toBeLessThan(HALL_DEPTH / 2);
    }
  });

  test('no two booths overlap and neighbours keep at least an aisle between them', () => {
    const byRow = new Map<number, number[]>();
    for (const b of all) byRow.set(b.z, [...(byRow.get(b.z) ?? []), b.x]);
    for (const xs of byRow.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(8 + 4);
    }
    expect(new Set(all.map((b) => `${b.x},${b.z}`)).size).toBe(SLOTS_PER_HALL);
  });

  test('the hall is centred on the origin', () => {
    const first = slotFootprint(0);
    const last = slotFootprint(SLOTS_PER_HALL - 1);
    expect(first.x + last.x).toBeCloseTo(0);
    expect(first.z + last.z).toBeCloseTo(0);
  });

  test('slots outside the grid are rejected', () => {
    expect(() => slotFootprint(-1)).toThrow(RangeError);
    expect(() => slotFootprint(SLOTS_PER_HALL)).toThrow(RangeError);
    expect(() => slotFootprint(1.5)).toThrow(RangeError);
  });

  test('positions clamp to the floor', () => {
    expect(clampToHall(1e6, -1e6)).toEqual({ x: HALL_WIDTH / 2, z: -HALL_DEPTH / 2 });
    expect(clampToHall(3, 4)).toEqual({ x: 3, z: 4 });
  });

  test('halls hand out slots from the entrance inward: every slot once, nearest the entrance first', () => {
    expect(new Set(SLOTS_FROM_ENTRANCE).size).toBe(SLOTS_PER_HALL);
    const distance = (slot: number) => {
      const f = slotFootprint(slot);
      return Math.hypot(f.x - HALL_ENTRANCE.x, f.z - HALL_ENTRANCE.z);
    };
    for (let i = 1; i < SLOTS_FROM_ENTRANCE.length; i++)
      expect(distance(SLOTS_FROM_ENTRANCE[i] as number)).toBeGreaterThanOrEqual(distance(SLOTS_FROM_ENTRANCE[i - 1] as number));
    // The first dozen booths stand in the front rows, in front of the entrance.
    for (const slot of SLOTS_FROM_ENTRANCE.slice(0, 12)) {
      const f = slotFootprint(slot);
      expect(f.z).toBeGreaterThan(HALL_DEPTH / 2 - 45);
      expect(Math.abs(f.x)).toBeLessThan(40);
    }
    expect(entranceRank(SLOTS_FROM_ENTRANCE[0] as number)).toBe(0);
    expect(entranceRank(SLOTS_FROM_ENTRANCE[599] as number)).toBe(599);
  });
});
