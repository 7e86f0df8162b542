import { ISLAND_WALL_INSET, WALL } from './hallGeometry';
import { MAX_POSTERS_PER_BOOTH, POSTER, posterSpots, postersAlong, topExhibits } from './posterLayout';

const standard = { x: 10, z: -20, width: 8, depth: 6 };

describe('poster placement on booth walls', () => {
  test('a standard booth hangs three posters on its back wall, facing into the booth, inside its walls', () => {
    for (const facing of [1, -1] as const) {
      const spots = posterSpots(standard, facing, 3);
      expect(spots).toHaveLength(3);
      const innerBack = standard.z - facing * (standard.depth / 2 - WALL.thickness);
      for (const s of spots) {
        // On the back wall's inner face, a hair in front of it.
        expect(Math.abs(s.z - innerBack)).toBeLessThan(0.05);
        expect(facing * (s.z - innerBack)).toBeGreaterThan(0);
        expect(s.rotationY).toBeCloseTo(facing === 1 ? 0 : Math.PI);
        expect(s.x - s.width / 2).toBeGreaterThanOrEqual(standard.x - standard.width / 2 + WALL.thickness);
        expect(s.x + s.width / 2).toBeLessThanOrEqual(standard.x + standard.width / 2 - WALL.thickness);
        // Clear of the floor and below the wall top (the fascia starts there).
        expect(s.y - s.height / 2).toBeGreaterThan(0.5);
        expect(s.y + s.height / 2).toBeLessThan(WALL.height);
      }
    }
  });

  test('an island hangs its posters on the face of its central wall towards its front, within the wall’s length', () => {
    const island = { x: 0, z: 0, width: 17, depth: 13, package: 'island' as const };
    for (const facing of [1, -1] as const) {
      const spots = posterSpots(island, facing, 3);
      expect(spots).toHaveLength(3);
      for (const s of spots) {
        expect(facing * (s.z - island.z)).toBeGreaterThan(WALL.thickness / 2);
        expect(facing * (s.z - island.z)).toBeLessThan(WALL.thickness / 2 + 0.05);
        expect(s.rotationY).toBeCloseTo(facing === 1 ? 0 : Math.PI);
        expect(s.x - s.width / 2).toBeGreaterThanOrEqual(island.x - island.width / 2 + ISLAND_WALL_INSET);
        expect(s.x + s.width / 2).toBeLessThanOrEqual(island.x + island.width / 2 - ISLAND_WALL_INSET);
      }
    }
  });

  test('posters never overlap one another', () => {
    for (const b of [standard, { ...standard, width: 16 }, { ...standard, width: 4 }, { x: 0, z: 0, width: 12, depth: 12 }]) {
      const spots = posterSpots(b, 1, 3);
      for (let i = 0; i < spots.length; i++)
        for (let j = i + 1; j < spots.length; j++) {
          const a = spots[i];
          const c = spots[j];
          if (!a || !c || a.rotationY !== c.rotationY) continue;
          expect(Math.abs(a.x - c.x) + Math.abs(a.z - c.z)).toBeGreaterThanOrEqual(POSTER.width);
        }
    }
  });

  test('a narrow booth puts what the back wall cannot hold on its side walls, facing inwards', () => {
    const narrow = { x: 0, z: 0, width: 3, depth: 6 };
    expect(postersAlong(narrow.width - 2 * WALL.thickness)).toBe(1);
    const spots = posterSpots(narrow, -1, 3);
    expect(spots).toHaveLength(3);
    const [, left, right] = spots;
    expect(left?.rotationY).toBeCloseTo(Math.PI / 2);
    expect(left?.x).toBeLessThan(narrow.x);
    expect(right?.rotationY).toBeCloseTo(-Math.PI / 2);
    expect(right?.x).toBeGreaterThan(narrow.x);
    // Near the back (facing -1: the back is at +z).
    expect(left?.z).toBeGreaterThan(narrow.z);
  });

  test('a double-width booth spreads its posters but hangs no more than three', () => {
    const spots = posterSpots({ ...standard, width: 16 }, 1, 7);
    expect(spots).toHaveLength(MAX_POSTERS_PER_BOOTH);
    expect(new Set(spots.map((s) => s.rotationY)).size).toBe(1);
  });

  test('fewer exhibits, fewer posters; none for an empty booth or a footprint too small for one', () => {
    expect(posterSpots(standard, 1, 1)).toHaveLength(1);
    expect(posterSpots(standard, 1, 1)[0]?.x).toBeCloseTo(standard.x);
    expect(posterSpots(standard, 1, 0)).toHaveLength(0);
    expect(posterSpots({ x: 0, z: 0, width: 1, depth: 1 }, 1, 3)).toHaveLength(0);
  });
});

describe('which exhibits get a poster', () => {
  test('on-offer exhibits lead, then the most licensed, then the booth’s own order; three at most', () => {
    const e = (id: string, status: string, licences = 0) => ({ id, status, licences: Array.from({ length: licences }) });
    const picked = topExhibits([
      e('sold', 'sold', 5),
      e('a', 'available'),
      e('b', 'available', 2),
      e('auction', 'in-auction'),
      e('c', 'available'),
    ]);
    expect(picked.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(topExhibits([e('sold', 'sold'), e('neg', 'negotiating')]).map((x) => x.id)).toEqual(['neg', 'sold']);
    expect(topExhibits([])).toEqual([]);
  });
});
