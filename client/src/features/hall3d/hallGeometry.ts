/**
 * The hall's walkable geometry, shared by the 3D scene, the minimap and the tests:
 * which way a booth opens, its walls, collision against them, and which booth or block a point is in.
 * Pure functions over plain numbers — no three.js here, so the rules are unit-tested in node.
 */
import { type Booth, HALL_GRID, slotFootprint } from '@pavilion/shared';

/** Wall height and thickness of a booth shell (metres). */
export const WALL = { height: 2.6, thickness: 0.16 } as const;
/** How far a visitor's body keeps from walls (metres). */
export const BODY_RADIUS = 0.35;
/** Eye height of the first-person camera (metres). */
export const EYE_HEIGHT = 1.65;

/** Axis-aligned rectangle on the floor. */
export interface Rect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** The booth fields geometry needs (`package` absent = standard). */
export type BoothShape = Pick<Booth, 'id' | 'slot' | 'x' | 'z' | 'width' | 'depth'> & Partial<Pick<Booth, 'package'>>;

/** An island's central wall leaves this much open floor at each end (metres), so it can be walked round. */
export const ISLAND_WALL_INSET = 2;
/** How far in front of an island's central wall its viewpoint stands (metres). */
export const ISLAND_VIEW_DISTANCE = 6.5;

/** The central wall of an island booth: across its width at its middle, open at both ends. */
export function islandWall(b: BoothShape): Rect {
  const half = WALL.thickness / 2;
  return { minX: b.x - b.width / 2 + ISLAND_WALL_INSET, maxX: b.x + b.width / 2 - ISLAND_WALL_INSET, minZ: b.z - half, maxZ: b.z + half };
}

/**
 * The side a booth opens to: +1 (towards +z, the hall entrance) or -1.
 * Rows alternate, so every other aisle is lined with booth fronts on both sides.
 */
export function boothFacing(slot: number): 1 | -1 {
  return Math.floor(slot / HALL_GRID.cols) % 2 === 1 ? 1 : -1;
}

/**
 * The walls of a booth: a standard or double booth has a shell of three (the back wall and the two side walls; the
 * front stays open); an island is open on all sides round one central wall.
 */
export function boothWalls(b: BoothShape): Rect[] {
  if (b.package === 'island') return [islandWall(b)];
  const facing = boothFacing(b.slot);
  const hw = b.width / 2;
  const hd = b.depth / 2;
  const t = WALL.thickness;
  const backZ = b.z - facing * hd; // the edge opposite the opening
  const back: Rect = {
    minX: b.x - hw,
    maxX: b.x + hw,
    minZ: Math.min(backZ, backZ + facing * t),
    maxZ: Math.max(backZ, backZ + facing * t),
  };
  const side = (x0: number, x1: number): Rect => ({ minX: x0, maxX: x1, minZ: b.z - hd, maxZ: b.z + hd });
  return [back, side(b.x - hw, b.x - hw + t), side(b.x + hw - t, b.x + hw)];
}

/** A point just inside the booth's opening: where click-to-walk sends you. */
export function boothEntrance(b: BoothShape): { x: number; z: number } {
  const facing = boothFacing(b.slot);
  return { x: b.x, z: b.z + facing * (b.depth / 2 - 1.6) };
}

/** Where a teleport lands: the aisle in front of the booth, looking into it. */
export function boothViewpoint(b: BoothShape): { x: number; z: number; heading: number } {
  const facing = boothFacing(b.slot);
  // heading 0 looks towards -z; the camera looks back into the booth, against its facing. An island's exhibits stand
  // at its central wall, not at the back of a deep booth: it is viewed from as far from them as a standard booth's
  // (inside its open front half, not from the aisle 10 m away).
  const out = b.package === 'island' ? ISLAND_VIEW_DISTANCE : b.depth / 2 + 3.4;
  return { x: b.x, z: b.z + facing * out, heading: facing === 1 ? 0 : Math.PI };
}

/** Moves a circle of `radius` at (x, z) out of `rect` if they overlap; returns the corrected position. */
export function pushOutOfRect(x: number, z: number, radius: number, rect: Rect): { x: number; z: number } {
  const cx = Math.max(rect.minX, Math.min(x, rect.maxX));
  const cz = Math.max(rect.minZ, Math.min(z, rect.maxZ));
  const dx = x - cx;
  const dz = z - cz;
  const d2 = dx * dx + dz * dz;
  if (d2 >= radius * radius) return { x, z };
  if (d2 > 1e-12) {
    const d = Math.sqrt(d2);
    const push = (radius - d) / d;
    return { x: x + dx * push, z: z + dz * push };
  }
  // Centre inside the wall: leave by the nearest side.
  const exits = [
    { x: rect.minX - radius, z, cost: x - rect.minX },
    { x: rect.maxX + radius, z, cost: rect.maxX - x },
    { x, z: rect.minZ - radius, cost: z - rect.minZ },
    { x, z: rect.maxZ + radius, cost: rect.maxZ - z },
  ];
  exits.sort((a, b) => a.cost - b.cost);
  const best = exits[0] as { x: number; z: number };
  return { x: best.x, z: best.z };
}

/**
 * A uniform grid over the hall that answers "which booths are near here" in O(1),
 * so collision, labels and walk-in checks never scan all ~600 booths per frame.
 */
export class BoothGrid<B extends BoothShape = BoothShape> {
  readonly cell: number;
  private readonly cells = new Map<string, B[]>();
  private readonly wallsOf = new Map<string, Rect[]>();

  constructor(
    readonly booths: readonly B[],
    cell = 16,
  ) {
    this.cell = cell;
    for (const b of booths) {
      this.wallsOf.set(b.id, boothWalls(b));
      const x0 = Math.floor((b.x - b.width / 2) / cell);
      const x1 = Math.floor((b.x + b.width / 2) / cell);
      const z0 = Math.floor((b.z - b.depth / 2) / cell);
      const z1 = Math.floor((b.z + b.depth / 2) / cell);
      for (let i = x0; i <= x1; i++)
        for (let j = z0; j <= z1; j++) {
          const key = `${i},${j}`;
          const list = this.cells.get(key);
          if (list) list.push(b);
          else this.cells.set(key, [b]);
        }
    }
  }

  /** Booths with any part within `radius` of (x, z), each once. */
  near(x: number, z: number, radius: number, out: B[] = []): B[] {
    out.length = 0;
    const seen = new Set<string>();
    const c = this.cell;
    for (let i = Math.floor((x - radius) / c); i <= Math.floor((x + radius) / c); i++)
      for (let j = Math.floor((z - radius) / c); j <= Math.floor((z + radius) / c); j++) {
        for (const b of this.cells.get(`${i},${j}`) ?? []) {
          if (seen.has(b.id)) continue;
          seen.add(b.id);
          const dx = Math.max(Math.abs(x - b.x) - b.width / 2, 0);
          const dz = Math.max(Math.abs(z - b.z) - b.depth / 2, 0);
          if (dx * dx + dz * dz <= radius * radius) out.push(b);
        }
      }
    return out;
  }

  /** The `count` booths whose centres are closest to (x, z) within `radius`, nearest first. */
  nearest(x: number, z: number, radius: number, count: number): B[] {
    const list = this.near(x, z, radius);
    const d = (b: B) => (b.x - x) ** 2 + (b.z - z) ** 2;
    return list.sort((a, b) => d(a) - d(b)).slice(0, count);
  }

  /** The booth whose floor (inside its walls) contains (x, z), if any. */
  boothAt(x: number, z: number): B | null {
    for (const b of this.near(x, z, 0.01)) {
      const inset = WALL.thickness;
      if (Math.abs(x - b.x) <= b.width / 2 - inset && Math.abs(z - b.z) <= b.depth / 2 - inset) return b;
    }
    return null;
  }

  /**
   * Where a body moving from its current spot wants to be at (x, z) actually ends up:
   * pushed out of booth walls (sliding along them) and kept inside the hall.
   */
  resolve(x: number, z: number, hallWidth: number, hallDepth: number, radius = BODY_RADIUS): { x: number; z: number } {
    let p = { x, z };
    // Two passes settle corners where two walls meet.
    for (let pass = 0; pass < 2; pass++) {
      for (const b of this.near(p.x, p.z, radius + 0.5)) {
        for (const wall of this.wallsOf.get(b.id) ?? []) p = pushOutOfRect(p.x, p.z, radius, wall);
      }
    }
    const hx = hallWidth / 2 - radius;
    const hz = hallDepth / 2 - radius;
    return { x: Math.max(-hx, Math.min(hx, p.x)), z: Math.max(-hz, Math.min(hz, p.z)) };
  }
}

const ROW_BLOCKS = Math.ceil(HALL_GRID.rows / HALL_GRID.blockRows);
const COL_BLOCKS = Math.ceil(HALL_GRID.cols / HALL_GRID.blockCols);

function blockCentres(count: number, perBlock: number, total: number, axis: 'x' | 'z'): number[] {
  const centres: number[] = [];
  for (let b = 0; b < count; b++) {
    const first = b * perBlock;
    const last = Math.min(total, first + perBlock) - 1;
    const a = axis === 'x' ? slotFootprint(first).x : slotFootprint(first * HALL_GRID.cols).z;
    const c = axis === 'x' ? slotFootprint(last).x : slotFootprint(last * HALL_GRID.cols).z;
    centres.push((a + c) / 2);
  }
  return centres;
}

const COL_CENTRES = blockCentres(COL_BLOCKS, HALL_GRID.blockCols, HALL_GRID.cols, 'x');
const ROW_CENTRES = blockCentres(ROW_BLOCKS, HALL_GRID.blockRows, HALL_GRID.rows, 'z');

function nearestIndex(centres: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < centres.length; i++) if (Math.abs(v - (centres[i] as number)) < Math.abs(v - (centres[best] as number))) best = i;
  return best;
}

/** The block of the hall a point is in, e.g. "A1" (far-left) … "D5" (entrance side, right): the breadcrumb's "you are here". */
export function zoneAt(x: number, z: number): string {
  return `${'ABCDEFGH'[nearestIndex(ROW_CENTRES, z)]}${nearestIndex(COL_CENTRES, x) + 1}`;
}

/**
 * The live booth a floor arrow should point to from (x, z): the nearest live one farther than `minDistance`
 * (close by, its beacon is plain to see), or null.
 */
export function nearestLiveBooth<B extends Pick<Booth, 'x' | 'z' | 'live'>>(
  booths: readonly B[],
  x: number,
  z: number,
  minDistance: number,
): B | null {
  let best: B | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const b of booths) {
    if (!b.live) continue;
    const d = Math.hypot(b.x - x, b.z - z);
    if (d < minDistance) return null;
    if (d < bestD) {
      bestD = d;
      best = b;
    }
  }
  return best;
}

/** Every block of the hall with its name and the centre of its footprint (where its hanging sign goes). */
export function hallBlocks(): { zone: string; x: number; z: number }[] {
  const out: { zone: string; x: number; z: number }[] = [];
  ROW_CENTRES.forEach((z, row) => {
    COL_CENTRES.forEach((x, col) => {
      out.push({ zone: `${'ABCDEFGH'[row]}${col + 1}`, x, z });
    });
  });
  return out;
}

/** The block a booth stands in. */
export function zoneOfBooth(b: Pick<Booth, 'x' | 'z'>): string {
  return zoneAt(b.x, b.z);
}

/** Moves `current` towards `target` by at most `maxStep` (frame-rate independent when maxStep = speed × delta). */
export function stepTowards(current: number, target: number, maxStep: number): number {
  const d = target - current;
  return Math.abs(d) <= maxStep ? target : current + Math.sign(d) * maxStep;
}

/** Exponential smoothing factor for a given rate and frame time: same feel at 30 or 144 fps. */
export function damp(rate: number, delta: number): number {
  return 1 - Math.exp(-rate * delta);
}

/** The shortest signed angle from a to b, in (-π, π]. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}
