/**
 * Instance transforms for every booth part, computed once per hall as flat Float32Arrays:
 * the scene copies them into InstancedMeshes, so booth count never changes the number of draw calls.
 * Pure (no three.js), so the layout rules are unit-tested.
 */
import type { Booth } from '@pavilion/shared';
import { boothFacing, ISLAND_WALL_INSET, islandWall, WALL } from './hallGeometry';

/** Fascia (the name board over a booth's opening): height and depth in metres. */
export const FASCIA = { height: 0.7, depth: 0.14, bottom: WALL.height - 0.05 } as const;
/** Exhibit stands shown per booth at most (they stand for the exhibits; the panel lists them all). */
export const MAX_STANDS = 3;

/** One box instance: centre and size (metres). */
export interface BoxInstance {
  boothIndex: number;
  x: number;
  y: number;
  z: number;
  sx: number;
  sy: number;
  sz: number;
}

/**
 * Back and side walls: three boxes per booth, in booth order (instance i belongs to booth ⌊i/3⌋; the first of the
 * three is the wall that carries the brand colour). An island has its central wall first and two empty boxes, so
 * the stride stays three and the hall still takes one draw call for all walls.
 */
export function wallBoxes(booths: readonly Booth[]): BoxInstance[] {
  const out: BoxInstance[] = [];
  booths.forEach((b, i) => {
    if (b.package === 'island') {
      const w = islandWall(b);
      out.push({ boothIndex: i, x: b.x, y: WALL.height / 2, z: b.z, sx: w.maxX - w.minX, sy: WALL.height, sz: w.maxZ - w.minZ });
      out.push({ boothIndex: i, x: b.x, y: 0, z: b.z, sx: 0, sy: 0, sz: 0 });
      out.push({ boothIndex: i, x: b.x, y: 0, z: b.z, sx: 0, sy: 0, sz: 0 });
      return;
    }
    const facing = boothFacing(b.slot);
    const t = WALL.thickness;
    const h = WALL.height;
    const backZ = b.z - facing * (b.depth / 2 - t / 2);
    out.push({ boothIndex: i, x: b.x, y: h / 2, z: backZ, sx: b.width, sy: h, sz: t });
    out.push({ boothIndex: i, x: b.x - b.width / 2 + t / 2, y: h / 2, z: b.z, sx: t, sy: h, sz: b.depth });
    out.push({ boothIndex: i, x: b.x + b.width / 2 - t / 2, y: h / 2, z: b.z, sx: t, sy: h, sz: b.depth });
  });
  return out;
}

/**
 * Where a booth's fascia board stands (centre x/z, width): over the opening of a shell booth, side wall to side
 * wall; on top of an island's central wall, as long as the wall.
 */
export function fasciaSpot(b: Booth): { x: number; z: number; width: number } {
  if (b.package === 'island') return { x: b.x, z: b.z, width: b.width - 2 * ISLAND_WALL_INSET };
  return { x: b.x, z: b.z + boothFacing(b.slot) * (b.depth / 2 - FASCIA.depth / 2), width: b.width };
}

/** The fascia over each booth's opening (an island's: on its central wall). */
export function fasciaBoxes(booths: readonly Booth[]): BoxInstance[] {
  return booths.map((b, i) => {
    const spot = fasciaSpot(b);
    return {
      boothIndex: i,
      x: spot.x,
      y: FASCIA.bottom + FASCIA.height / 2,
      z: spot.z,
      sx: spot.width,
      sy: FASCIA.height,
      sz: FASCIA.depth,
    };
  });
}

/** Where a booth's label plane goes: just in front of its fascia, facing the aisle. */
export function labelPlacement(b: Booth): { x: number; y: number; z: number; rotationY: number; width: number; height: number } {
  const facing = boothFacing(b.slot);
  const spot = fasciaSpot(b);
  return {
    x: spot.x,
    y: FASCIA.bottom + FASCIA.height / 2,
    z: spot.z + facing * (FASCIA.depth / 2 + 0.01),
    rotationY: facing === 1 ? 0 : Math.PI,
    width: spot.width - 0.1,
    height: FASCIA.height - 0.04,
  };
}

/** Display stands: one per exhibit up to {@link MAX_STANDS}, in a row across the middle of the booth. */
export function standBoxes(booths: readonly Booth[]): BoxInstance[] {
  const out: BoxInstance[] = [];
  booths.forEach((b, i) => {
    const n = Math.min(MAX_STANDS, Math.max(0, b.exhibitCount));
    const facing = boothFacing(b.slot);
    // Towards the back, leaving room to step in; on an island, in front of its central wall.
    const z = b.package === 'island' ? b.z + facing * 1.2 : b.z - facing * 0.9;
    for (let k = 0; k < n; k++) {
      const x = b.x + (k - (n - 1) / 2) * 2.2;
      out.push({ boothIndex: i, x, y: 0.5, z, sx: 0.7, sy: 1.0, sz: 0.7 });
    }
  });
  return out;
}

/** The region badge: a disc on the fascia's left end. */
export function badgeSpots(booths: readonly Booth[]): BoxInstance[] {
  return booths.map((b, i) => {
    const facing = boothFacing(b.slot);
    // "Left" as seen from the aisle: for a booth facing +z the viewer looks towards -z, so left is -x.
    const side = facing === 1 ? -1 : 1;
    const spot = fasciaSpot(b);
    return {
      boothIndex: i,
      x: spot.x + side * (spot.width / 2 - 0.55),
      y: FASCIA.bottom + FASCIA.height + 0.42,
      z: spot.z,
      sx: 0.8,
      sy: 0.8,
      sz: 0.08,
    };
  });
}

/** The gold of a booth that matches the user's needs (its carpet and back wall, as instance colours). */
export const NEEDS_MATCH_COLOR = '#f2b544';

/** A booth's carpet: gold when it matches the user's needs, else red-tinted while live, else the hall's. */
export function carpetColor(booth: Booth | undefined, matching: ReadonlySet<string>, carpet: string, liveCarpet: string): string {
  if (booth && matching.has(booth.id)) return NEEDS_MATCH_COLOR;
  return booth?.live ? liveCarpet : carpet;
}
