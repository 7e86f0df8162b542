/**
 * Booth slots in a hall: a fixed grid, so a hall's size never depends on how many booths are taken.
 * Coordinates are metres with the hall centred on the origin (x across, z along the depth).
 * Server (slot allocation, booth positions) and client (minimap, collision) share this math.
 */

/** The grid every hall uses. */
export const HALL_GRID = {
  /** Booth columns across the hall. */
  cols: 30,
  /** Booth rows along the hall. */
  rows: 20,
  /** Booth footprint (metres). */
  boothWidth: 8,
  boothDepth: 6,
  /** Aisle between neighbouring booths (metres). */
  aisle: 4,
  /** A wider cross aisle after every this many columns / rows. */
  blockCols: 6,
  blockRows: 5,
  crossAisle: 10,
  /** Free margin around the grid, where visitors enter (metres). */
  margin: 12,
} as const;

/** Number of booth slots in every hall. */
export const SLOTS_PER_HALL = HALL_GRID.cols * HALL_GRID.rows;

function span(count: number, size: number, aisle: number, block: number, cross: number): number {
  return offset(count - 1, size, aisle, block, cross) + size;
}

/** Hall width (x) in metres. */
export const HALL_WIDTH =
  span(HALL_GRID.cols, HALL_GRID.boothWidth, HALL_GRID.aisle, HALL_GRID.blockCols, HALL_GRID.crossAisle) + 2 * HALL_GRID.margin;
/** Hall depth (z) in metres. */
export const HALL_DEPTH =
  span(HALL_GRID.rows, HALL_GRID.boothDepth, HALL_GRID.aisle, HALL_GRID.blockRows, HALL_GRID.crossAisle) + 2 * HALL_GRID.margin;

function offset(index: number, size: number, aisle: number, block: number, cross: number): number {
  // Gap before index j is a cross aisle when j starts a new block, a normal aisle otherwise.
  const crossings = Math.floor(index / block);
  return index * size + (index - crossings) * aisle + crossings * cross;
}

/** A booth's footprint in hall coordinates: centre (x, z) and size. */
export interface BoothFootprint {
  x: number;
  z: number;
  width: number;
  depth: number;
}

/** The footprint of a slot (0 ≤ slot < SLOTS_PER_HALL), row-major from the hall's far-left corner. */
export function slotFootprint(slot: number): BoothFootprint {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_HALL) throw new RangeError(`slot ${slot} out of range`);
  const col = slot % HALL_GRID.cols;
  const row = Math.floor(slot / HALL_GRID.cols);
  const left = -HALL_WIDTH / 2 + HALL_GRID.margin;
  const top = -HALL_DEPTH / 2 + HALL_GRID.margin;
  const x = left + offset(col, HALL_GRID.boothWidth, HALL_GRID.aisle, HALL_GRID.blockCols, HALL_GRID.crossAisle) + HALL_GRID.boothWidth / 2;
  const z = top + offset(row, HALL_GRID.boothDepth, HALL_GRID.aisle, HALL_GRID.blockRows, HALL_GRID.crossAisle) + HALL_GRID.boothDepth / 2;
  return { x, z, width: HALL_GRID.boothWidth, depth: HALL_GRID.boothDepth };
}

/** Clamps a position to the hall's floor. */
export function clampToHall(x: number, z: number, width = HALL_WIDTH, depth = HALL_DEPTH): { x: number; z: number } {
  return {
    x: Math.min(width / 2, Math.max(-width / 2, x)),
    z: Math.min(depth / 2, Math.max(-depth / 2, z)),
  };
}

/** Where visitors come in: the middle of the hall's +z wall, a few steps inside (metres). */
export const HALL_ENTRANCE = { x: 0, z: HALL_DEPTH / 2 - 4 } as const;

/**
 * Every slot, nearest the entrance first (straight-line distance from {@link HALL_ENTRANCE} to the slot's centre;
 * ties by slot number). Halls hand out free slots in this order, so a hall with a dozen booths has them where
 * a visitor stands on arrival, not in the far corner.
 */
export const SLOTS_FROM_ENTRANCE: readonly number[] = (() => {
  const distance = (slot: number) => {
    const f = slotFootprint(slot);
    return Math.hypot(f.x - HALL_ENTRANCE.x, f.z - HALL_ENTRANCE.z);
  };
  const slots = Array.from({ length: SLOTS_PER_HALL }, (_, slot) => slot);
  const d = slots.map(distance);
  return slots.sort((a, b) => (d[a] as number) - (d[b] as number) || a - b);
})();

/** The place of each slot in {@link SLOTS_FROM_ENTRANCE} (0 = the first slot a hall hands out). */
export function entranceRank(slot: number): number {
  return ENTRANCE_RANK[slot] ?? slot;
}

const ENTRANCE_RANK: readonly number[] = (() => {
  const rank = new Array<number>(SLOTS_PER_HALL);
  SLOTS_FROM_ENTRANCE.forEach((slot, i) => {
    rank[slot] = i;
  });
  return rank;
})();
