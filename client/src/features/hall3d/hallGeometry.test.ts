import { HALL_DEPTH, HALL_GRID, HALL_WIDTH, packageFootprint, slotFootprint } from '@pavilion/shared';
import {
  angleDelta,
  BODY_RADIUS,
  BoothGrid,
  boothEntrance,
  boothFacing,
  boothViewpoint,
  boothWalls,
  damp,
  nearestLiveBooth,
  stepTowards,
  zoneAt,
} from './hallGeometry';

const booth = (slot: number, id = `b${slot}`) => ({ id, slot, ...slotFootprint(slot) });

describe('booth layout', () => {
  test('slot → world position: slot 0 is the far-left corner and the last slot the near-right corner, inside the hall', () => {
    const first = booth(0);
    const last = booth(HALL_GRID.cols * HALL_GRID.rows - 1);
    expect(first.x).toBeLessThan(0);
    expect(first.z).toBeLessThan(0);
    expect(last.x).toBeGreaterThan(0);
    expect(last.z).toBeGreaterThan(0);
    for (const b of [first, last]) {
      expect(Math.abs(b.x) + b.width / 2).toBeLessThanOrEqual(HALL_WIDTH / 2);
      expect(Math.abs(b.z) + b.depth / 2).toBeLessThanOrEqual(HALL_DEPTH / 2);
    }
  });

  test('rows alternate their opening so every other aisle has booth fronts on both sides', () => {
    expect(boothFacing(0)).toBe(-1);
    expect(boothFacing(HALL_GRID.cols)).toBe(1);
    expect(boothFacing(2 * HALL_GRID.cols)).toBe(-1);
  });

  test('a booth has a back wall opposite its opening and two side walls; the opening itself is free', () => {
    const b = booth(HALL_GRID.cols + 3); // row 1 opens towards +z
    const walls = boothWalls(b);
    expect(walls).toHaveLength(3);
    const back = walls[0];
    expect(back?.minZ).toBeCloseTo(b.z - b.depth / 2);
    const frontZ = b.z + b.depth / 2;
    for (const w of walls) expect(w.minZ <= frontZ && w.maxZ >= frontZ && w.minX <= b.x && w.maxX >= b.x).toBe(false);
  });

  test('the entrance point is inside the booth and the teleport viewpoint is in the aisle in front, looking in', () => {
    const b = booth(HALL_GRID.cols + 3);
    const grid = new BoothGrid([b]);
    const e = boothEntrance(b);
    expect(grid.boothAt(e.x, e.z)?.id).toBe(b.id);
    const v = boothViewpoint(b);
    expect(grid.boothAt(v.x, v.z)).toBeNull();
    expect(v.z).toBeGreaterThan(b.z + b.depth / 2);
    // heading 0 looks towards -z, i.e. back into a booth that opens towards +z
    expect(v.heading).toBe(0);
  });

  test('an island is viewed from inside its open front half, as near its exhibits as a standard booth’s viewpoint is to its own', () => {
    const island = { id: 'isl', slot: 0, package: 'island' as const, ...packageFootprint(0, 'island') };
    const facing = boothFacing(island.slot);
    const v = boothViewpoint(island);
    expect(v.heading).toBe(facing === 1 ? 0 : Math.PI);
    const out = facing * (v.z - island.z); // from the central wall towards the island's front
    expect(out).toBeGreaterThan(2);
    expect(out).toBeLessThan(island.depth / 2);
    const standard = booth(HALL_GRID.cols + 3);
    const standardToBack = boothViewpoint(standard).z - (standard.z - standard.depth / 2);
    expect(out).toBeLessThanOrEqual(standardToBack);
  });
});

describe('collision', () => {
  const b = booth(HALL_GRID.cols + 3); // opens towards +z; back wall at z - depth/2
  const grid = new BoothGrid([b]);

  test('walking into a back wall stops the body outside it', () => {
    const backZ = b.z - b.depth / 2;
    const p = grid.resolve(b.x, backZ - 0.1, HALL_WIDTH, HALL_DEPTH);
    expect(p.z).toBeLessThanOrEqual(backZ - BODY_RADIUS + 1e-9);
    expect(p.x).toBeCloseTo(b.x);
  });

  test('walking through the open front into the booth is not blocked', () => {
    const inside = { x: b.x, z: b.z + 1 };
    expect(grid.resolve(inside.x, inside.z, HALL_WIDTH, HALL_DEPTH)).toEqual(inside);
    expect(grid.boothAt(inside.x, inside.z)?.id).toBe(b.id);
  });

  test('a side wall pushes the body sideways so it slides along instead of sticking', () => {
    const wallX = b.x + b.width / 2;
    const p = grid.resolve(wallX + 0.1, b.z, HALL_WIDTH, HALL_DEPTH);
    expect(p.x).toBeGreaterThanOrEqual(wallX + BODY_RADIUS - 1e-9);
    expect(p.z).toBeCloseTo(b.z);
  });

  test('the body never leaves the hall', () => {
    const p = grid.resolve(HALL_WIDTH, -HALL_DEPTH, HALL_WIDTH, HALL_DEPTH);
    expect(p.x).toBeCloseTo(HALL_WIDTH / 2 - BODY_RADIUS);
    expect(p.z).toBeCloseTo(-HALL_DEPTH / 2 + BODY_RADIUS);
  });
});

describe('spatial queries', () => {
  const all = Array.from({ length: HALL_GRID.cols * HALL_GRID.rows }, (_, i) => booth(i));
  const grid = new BoothGrid(all);

  test('nearest returns the closest booths first and never more than asked', () => {
    const target = all[95] as (typeof all)[number];
    const list = grid.nearest(target.x, target.z, 30, 8);
    expect(list).toHaveLength(8);
    expect(list[0]?.id).toBe(target.id);
  });

  test('an empty hall answers every query with nothing', () => {
    const empty = new BoothGrid([]);
    expect(empty.near(0, 0, 50)).toEqual([]);
    expect(empty.boothAt(0, 0)).toBeNull();
    expect(empty.resolve(1, 2, HALL_WIDTH, HALL_DEPTH)).toEqual({ x: 1, z: 2 });
  });

  test('zones name the hall block: A1 at the far-left corner, D5 at the entrance-right corner', () => {
    expect(zoneAt(-HALL_WIDTH / 2 + 1, -HALL_DEPTH / 2 + 1)).toBe('A1');
    expect(zoneAt(HALL_WIDTH / 2 - 1, HALL_DEPTH / 2 - 1)).toBe('D5');
  });
});

describe('frame-rate independent motion', () => {
  test('stepTowards never overshoots the target', () => {
    expect(stepTowards(0, 1, 5)).toBe(1);
    expect(stepTowards(0, 10, 2)).toBe(2);
    expect(stepTowards(0, -10, 2)).toBe(-2);
  });

  test('damping over one long frame equals damping over two half frames', () => {
    const one = damp(4, 0.1);
    const half = damp(4, 0.05);
    expect(1 - one).toBeCloseTo((1 - half) * (1 - half));
  });

  test('angleDelta takes the short way round', () => {
    expect(angleDelta(0.1, 2 * Math.PI - 0.1)).toBeCloseTo(-0.2);
    expect(angleDelta(-3, 3)).toBeCloseTo(6 - 2 * Math.PI);
  });
});

describe('the floor arrow towards a live session', () => {
  const live = (x: number, z: number) => ({ x, z, live: true });
  const quiet = (x: number, z: number) => ({ x, z, live: false });

  test('points to the nearest live booth, never a quiet one', () => {
    const far = live(100, 0);
    const near = live(0, -40);
    expect(nearestLiveBooth([quiet(0, -12), far, near], 0, 0, 10)).toBe(near);
  });

  test('is hidden when nothing is live or a live booth is already close by', () => {
    expect(nearestLiveBooth([quiet(0, -20)], 0, 0, 10)).toBeNull();
    expect(nearestLiveBooth([live(100, 0), live(0, 5)], 0, 0, 10)).toBeNull();
  });
});
