import { HALL_DEPTH, HALL_WIDTH } from '@pavilion/shared';

/** Side of one interest cell (metres). A visitor sees its own cell and the eight around it: ~60 × 60 m. */
export const CELL_SIZE = 20;

const COLS = Math.ceil(HALL_WIDTH / CELL_SIZE);
const ROWS = Math.ceil(HALL_DEPTH / CELL_SIZE);

/** The cell a hall position falls in, as `"cx:cz"`. */
export function cellOf(x: number, z: number): string {
  const cx = Math.min(COLS - 1, Math.max(0, Math.floor((x + HALL_WIDTH / 2) / CELL_SIZE)));
  const cz = Math.min(ROWS - 1, Math.max(0, Math.floor((z + HALL_DEPTH / 2) / CELL_SIZE)));
  return `${cx}:${cz}`;
}

const neighbourCache = new Map<string, string[]>();

/** A cell and its (up to) eight neighbours inside the hall. */
export function neighbourhood(cell: string): string[] {
  const cached = neighbourCache.get(cell);
  if (cached) return cached;
  const [cx, cz] = cell.split(':').map(Number) as [number, number];
  const out: string[] = [];
  for (let dx = -1; dx <= 1; dx++) {
    for (let dz = -1; dz <= 1; dz++) {
      const x = cx + dx;
      const z = cz + dz;
      if (x >= 0 && z >= 0 && x < COLS && z < ROWS) out.push(`${x}:${z}`);
    }
  }
  neighbourCache.set(cell, out);
  return out;
}

/** Whether two cells see each other (same cell or adjacent). */
export function cellsSeeEachOther(a: string, b: string): boolean {
  const [ax, az] = a.split(':').map(Number) as [number, number];
  const [bx, bz] = b.split(':').map(Number) as [number, number];
  return Math.abs(ax - bx) <= 1 && Math.abs(az - bz) <= 1;
}

/** Where visitors appear when they join: the middle of the hall's front margin. */
export function spawnPoint(): { x: number; z: number; heading: number } {
  return { x: 0, z: HALL_DEPTH / 2 - 6, heading: Math.PI };
}
