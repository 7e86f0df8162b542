import { type Booth, type BoothPackage, HALL_DEPTH, HALL_GRID, HALL_WIDTH, packageFootprint } from '@pavilion/shared';
import { testBooth } from '../../store/testBooth';
import { type BoxInstance, carpetColor, fasciaBoxes, labelPlacement, NEEDS_MATCH_COLOR, wallBoxes } from './boothParts';
import { BODY_RADIUS, BoothGrid, boothWalls, ISLAND_WALL_INSET, islandWall, WALL } from './hallGeometry';

describe('booth carpets', () => {
  const booth = (id: string, live = false) => ({ id, live }) as Booth;

  test('a booth matching the user’s needs is gold, even while live; others keep their hall or live colour', () => {
    const matching = new Set(['b1']);
    expect(carpetColor(booth('b1'), matching, '#111111', '#ff0000')).toBe(NEEDS_MATCH_COLOR);
    expect(carpetColor(booth('b1', true), matching, '#111111', '#ff0000')).toBe(NEEDS_MATCH_COLOR);
    expect(carpetColor(booth('b2', true), matching, '#111111', '#ff0000')).toBe('#ff0000');
    expect(carpetColor(booth('b2'), matching, '#111111', '#ff0000')).toBe('#111111');
    expect(carpetColor(undefined, matching, '#111111', '#ff0000')).toBe('#111111');
  });
});

describe('booth parts by package', () => {
  const at = (anchor: number, pkg: BoothPackage): Booth => ({ ...testBooth(anchor), package: pkg, ...packageFootprint(anchor, pkg) });
  const double = at(HALL_GRID.cols + 2, 'double'); // row 1 opens towards +z
  const island = at(2, 'island');

  test('every package keeps three wall instances per booth, so one mesh draws every wall of the hall', () => {
    const walls = wallBoxes([testBooth(0), double, island]);
    expect(walls).toHaveLength(9);
    expect(walls.map((w) => w.boothIndex)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  test('a double is walled along its whole footprint: the back wall spans both slots and the aisle between', () => {
    const [back, left, right] = wallBoxes([double]) as [BoxInstance, BoxInstance, BoxInstance];
    expect(back.sx).toBe(double.width);
    expect(double.width).toBe(2 * HALL_GRID.boothWidth + HALL_GRID.aisle);
    expect(left.x).toBeCloseTo(double.x - double.width / 2 + WALL.thickness / 2);
    expect(right.x).toBeCloseTo(double.x + double.width / 2 - WALL.thickness / 2);
    expect(fasciaBoxes([double])[0]?.sx).toBe(double.width);
  });

  test('an island has one central wall, open at its ends, carrying its fascia and label; no side walls', () => {
    const [centre, none1, none2] = wallBoxes([island]) as [BoxInstance, BoxInstance, BoxInstance];
    expect(centre).toMatchObject({ x: island.x, z: island.z, sx: island.width - 2 * ISLAND_WALL_INSET });
    expect([none1.sx * none1.sy * none1.sz, none2.sx * none2.sy * none2.sz]).toEqual([0, 0]);
    expect(fasciaBoxes([island])[0]).toMatchObject({ x: island.x, z: island.z, sx: centre.sx });
    const label = labelPlacement(island);
    expect(Math.abs(label.z - island.z)).toBeLessThan(0.2);
    expect(label.width).toBeLessThan(centre.sx);
    expect(boothWalls(island)).toEqual([islandWall(island)]);
  });

  test('a visitor walks right round an island but not through its central wall', () => {
    const grid = new BoothGrid([island]);
    const end = island.x + island.width / 2 - 0.5; // open floor at the island's end
    expect(grid.resolve(end, island.z, HALL_WIDTH, HALL_DEPTH)).toEqual({ x: end, z: island.z });
    const hit = grid.resolve(island.x, island.z + 0.05, HALL_WIDTH, HALL_DEPTH);
    expect(Math.abs(hit.z - island.z)).toBeGreaterThanOrEqual(BODY_RADIUS + WALL.thickness / 2 - 1e-9);
    expect(grid.boothAt(island.x - island.width / 2 + 1, island.z + island.depth / 2 - 1)?.id).toBe(island.id);
  });
});
