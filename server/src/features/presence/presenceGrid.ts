import { HALL_DEPTH, HALL_WIDTH } from '@pavilion/shared';

/** Side of one interest cell (metres). A visitor sees its own cell and the eight around it: ~60 × 60 m. */
export const CELL_SIZE = 20;

const COLS = Math.ceil(HALL_WIDTH / CELL_SIZE);
const ROWS = Math.ceil(HALL_DEPTH / CELL_SIZE);

/** How many cells a hall has; a cell is a number in [0, CELL_COUNT). */
export const CELL_COUNT = COLS * ROWS;

/**
 * The cell a hall position falls in. Cells are numbers (`cx * ROWS + cz`), not strings: the flush looks
 * them up for every pose it indexes, and a number costs no parsing and no allocation.
 */
export function cellOf(x: number, z: number): number {
  const cx = Math.min(COLS - 1, Math.max(0, Math.floor((x + HALL_WIDTH / 2) / CELL_SIZE)));
  const cz = Math.min(ROWS - 1, Math.max(0, Math.floor((z + HALL_DEPTH / 2) / CELL_SIZE)));
  return cx * ROWS + cz;
}

/** The cell's name in room names, `"cx:cz"` (made once per cell). */
const LABELS: readonly string[] = Array.from({ length: CELL_COUNT }, (_, c) => `${Math.floor(c / ROWS)}:${c % ROWS}`);
export const cellLabel = (cell: number): string => LABELS[cell] as string;

const NEIGHBOURS: readonly (readonly number[])[] = Array.from({ length: CELL_COUNT }, (_, c) => {
  const cx = Math.floor(c / ROWS);
  const cz = c % ROWS;
  const out: number[] = [];
  for (let dx = -1; dx <= 1; dx++) {
    for (let dz = -1; dz <= 1; dz++) {
      const x = cx + dx;
      const z = cz + dz;
      if (x >= 0 && z >= 0 && x < COLS && z < ROWS) out.push(x * ROWS + z);
    }
  }
  return out;
});

/** A cell and its (up to) eight neighbours inside the hall. */
export function neighbourhood(cell: number): readonly number[] {
  return NEIGHBOURS[cell] ?? [];
}

/** Whether two cells see each other (same cell or adjacent). */
export function cellsSeeEachOther(a: number, b: number): boolean {
  return Math.abs(Math.floor(a / ROWS) - Math.floor(b / ROWS)) <= 1 && Math.abs((a % ROWS) - (b % ROWS)) <= 1;
}

/** Where visitors appear when they join: the middle of the hall's front margin. */
export function spawnPoint(): { x: number; z: number; heading: number } {
  return { x: 0, z: HALL_DEPTH / 2 - 6, heading: Math.PI };
}
