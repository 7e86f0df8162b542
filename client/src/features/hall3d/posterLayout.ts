/**
 * Where a booth's exhibit posters hang: on the inner faces of its walls, facing into the booth. Pure (no three.js),
 * computed from the booth's footprint (centre x/z, width, depth) and the side it opens to, so it holds for any
 * booth size. Posters go on the back wall first (behind the stands), then on the side walls near the back.
 */
import { ISLAND_WALL_INSET, WALL } from './hallGeometry';

/** A poster's size and how high it hangs (metres): portrait, its upper part (the title) above the exhibits on the stands. */
export const POSTER = { width: 0.98, height: 1.3, centreY: 1.88, gap: 0.3, margin: 0.35, offWall: 0.012 } as const;
/** Posters per booth at most (its top exhibits). */
export const MAX_POSTERS_PER_BOOTH = 3;

export interface PosterFootprint {
  x: number;
  z: number;
  width: number;
  depth: number;
  /** An island has no back or side walls: its posters hang on the front face of its central wall. */
  package?: 'standard' | 'double' | 'island';
}

/** One poster: its centre, the turn about y that makes the plane (facing +z unturned) face into the booth, and size. */
export interface PosterSpot {
  x: number;
  y: number;
  z: number;
  rotationY: number;
  width: number;
  height: number;
}

/** How many posters fit side by side along a wall `length` metres long (inside its end margins). */
export function postersAlong(length: number): number {
  const usable = length - 2 * POSTER.margin;
  if (usable < POSTER.width) return 0;
  return Math.floor((usable + POSTER.gap) / (POSTER.width + POSTER.gap));
}

/**
 * Spots for `count` posters (at most {@link MAX_POSTERS_PER_BOOTH}) of a booth opening towards `facing` (+1: +z).
 * Fewer spots come back when the walls are too small for them all.
 */
export function posterSpots(b: PosterFootprint, facing: 1 | -1, count: number): PosterSpot[] {
  const n = Math.max(0, Math.min(MAX_POSTERS_PER_BOOTH, Math.floor(count)));
  const t = WALL.thickness;
  const spots: PosterSpot[] = [];
  const base = { y: POSTER.centreY, width: POSTER.width, height: POSTER.height };
  if (b.package === 'island') {
    // The central wall (ISLAND_WALL_INSET in from each end), posters side by side on its face towards `facing`.
    const length = b.width - 2 * ISLAND_WALL_INSET;
    const along = Math.min(n, postersAlong(length));
    const faceZ = b.z + facing * (t / 2 + POSTER.offWall);
    const pitch = Math.min(2.2, (length - 2 * POSTER.margin - POSTER.width) / Math.max(1, along - 1));
    for (let k = 0; k < along; k++) {
      spots.push({ ...base, x: b.x + (k - (along - 1) / 2) * pitch, z: faceZ, rotationY: facing === 1 ? 0 : Math.PI });
    }
    return spots;
  }
  // Back wall: its inner face, centred rows like the stands in front of it (2.2 m apart where there is room).
  const back = Math.min(n, postersAlong(b.width - 2 * t));
  if (back > 0) {
    const innerZ = b.z - facing * (b.depth / 2 - t - POSTER.offWall);
    const pitch = Math.min(2.2, (b.width - 2 * t - 2 * POSTER.margin - POSTER.width) / Math.max(1, back - 1));
    for (let k = 0; k < back; k++) {
      spots.push({ ...base, x: b.x + (k - (back - 1) / 2) * pitch, z: innerZ, rotationY: facing === 1 ? 0 : Math.PI });
    }
  }
  // The rest: side walls, alternating left and right, as near the back as the margin allows.
  const sideFits = postersAlong(b.depth - t) > 0;
  for (let k = 0; spots.length < n && sideFits && k < 2; k++) {
    const left = k === 0;
    const z = b.z - facing * (b.depth / 2 - t - POSTER.margin - POSTER.width / 2);
    const x = left ? b.x - b.width / 2 + t + POSTER.offWall : b.x + b.width / 2 - t - POSTER.offWall;
    // The left wall's inner face looks towards +x (a quarter turn), the right one towards -x.
    spots.push({ ...base, x, z, rotationY: left ? Math.PI / 2 : -Math.PI / 2 });
  }
  return spots;
}

/** The fields a poster shows and ranks by. */
export interface PosterExhibit {
  id: string;
  status: string;
  licences?: readonly unknown[];
}

/** Trading statuses, most worth a poster first (an exhibit that can still be bought leads; a sold one comes last). */
const STATUS_RANK: Record<string, number> = { available: 0, 'in-auction': 1, negotiating: 2, sold: 3 };

/**
 * A booth's top exhibits for its posters: the ones still on offer first, then the most licensed, then in the
 * booth's own order (the order its panel lists them). At most {@link MAX_POSTERS_PER_BOOTH}.
 */
export function topExhibits<E extends PosterExhibit>(exhibits: readonly E[]): E[] {
  return exhibits
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        (STATUS_RANK[a.e.status] ?? 4) - (STATUS_RANK[b.e.status] ?? 4) ||
        (b.e.licences?.length ?? 0) - (a.e.licences?.length ?? 0) ||
        a.i - b.i,
    )
    .slice(0, MAX_POSTERS_PER_BOOTH)
    .map((x) => x.e);
}
