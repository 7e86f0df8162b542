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

// ---------- booth packages ----------

/** The booth packages an organization can rent: one slot, two side by side, or a 2×2 island. */
export const BOOTH_PACKAGES = ['standard', 'double', 'island'] as const;
/** One of {@link BOOTH_PACKAGES}. */
export type BoothPackage = (typeof BOOTH_PACKAGES)[number];

/** Slots a package spans across (cols) and along (rows) the hall. */
export const PACKAGE_SPAN: Readonly<Record<BoothPackage, { cols: number; rows: number }>> = {
  standard: { cols: 1, rows: 1 },
  double: { cols: 2, rows: 1 },
  island: { cols: 2, rows: 2 },
};

/** How many slots a package covers. */
export function packageSize(pkg: BoothPackage): number {
  return PACKAGE_SPAN[pkg].cols * PACKAGE_SPAN[pkg].rows;
}

/**
 * The anchor (top-left slot) of the one placement of `pkg` that covers `slot`, or null when none can. Bigger
 * packages sit on aligned pairs inside one block (columns 0–1, 2–3, 4–5; island rows 0–1, 2–3), so they never
 * straddle a cross aisle and never leave a gap only a fraction of a package wide. The Lua scripts
 * (server catalog `boothSlots.lua`) implement the same rule.
 */
export function placementCovering(slot: number, pkg: BoothPackage): number | null {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_HALL) return null;
  const span = PACKAGE_SPAN[pkg];
  const col = slot % HALL_GRID.cols;
  const row = Math.floor(slot / HALL_GRID.cols);
  const colInBlock = col % HALL_GRID.blockCols;
  const rowInBlock = row % HALL_GRID.blockRows;
  const c0 = col - (colInBlock % span.cols);
  const r0 = row - (rowInBlock % span.rows);
  if ((c0 % HALL_GRID.blockCols) + span.cols > HALL_GRID.blockCols || c0 + span.cols > HALL_GRID.cols) return null;
  if ((r0 % HALL_GRID.blockRows) + span.rows > HALL_GRID.blockRows || r0 + span.rows > HALL_GRID.rows) return null;
  return r0 * HALL_GRID.cols + c0;
}

/** The slots a booth of `pkg` anchored at `anchor` covers (anchor first, row-major), or null if it is not a valid anchor. */
export function packageSlots(anchor: number, pkg: BoothPackage): number[] | null {
  if (placementCovering(anchor, pkg) !== anchor) return null;
  const span = PACKAGE_SPAN[pkg];
  const out: number[] = [];
  for (let r = 0; r < span.rows; r++) for (let c = 0; c < span.cols; c++) out.push(anchor + r * HALL_GRID.cols + c);
  return out;
}

/** The whole footprint of a booth of `pkg` anchored at `anchor`: the aisles between its slots become booth floor. */
export function packageFootprint(anchor: number, pkg: BoothPackage): BoothFootprint {
  const slots = packageSlots(anchor, pkg);
  if (!slots) throw new RangeError(`slot ${anchor} cannot anchor a ${pkg} booth`);
  const first = slotFootprint(anchor);
  const last = slotFootprint(slots[slots.length - 1] as number);
  const minX = first.x - first.width / 2;
  const maxX = last.x + last.width / 2;
  const minZ = first.z - first.depth / 2;
  const maxZ = last.z + last.depth / 2;
  return { x: (minX + maxX) / 2, z: (minZ + maxZ) / 2, width: maxX - minX, depth: maxZ - minZ };
}

/**
 * Where a new booth of `pkg` goes: the placement holding the free slot nearest the entrance among those whose
 * slots are all free, as its anchor; null when the hall has no room for it. `isFree` answers per slot.
 */
export function findPlacement(isFree: (slot: number) => boolean, pkg: BoothPackage): number | null {
  for (const slot of SLOTS_FROM_ENTRANCE) {
    if (!isFree(slot)) continue;
    const anchor = placementCovering(slot, pkg);
    if (anchor === null) continue;
    if ((packageSlots(anchor, pkg) as number[]).every(isFree)) return anchor;
  }
  return null;
}
