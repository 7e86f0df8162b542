/**
 * Texture atlases: many small tiles (booth logos, exhibit posters) packed into one canvas, so a whole family of
 * pictures is one texture and one draw call. Pure (no DOM, no three.js): the packing and UV rules are unit-tested.
 */

/** A grid atlas: `columns × rows` tiles of `tileWidth × tileHeight` pixels, row-major from the top-left corner. */
export interface AtlasGrid {
  tileWidth: number;
  tileHeight: number;
  columns: number;
  rows: number;
  /** Canvas size in pixels. */
  width: number;
  height: number;
}

/** The largest canvas side we ask a GPU for: every WebGL implementation supports 2048 (most 4096+). */
export const MAX_ATLAS_SIDE = 2048;

/**
 * The smallest grid that holds `count` tiles, at most `maxWidth` pixels wide. Rows grow as needed; the height is
 * not rounded up to a power of two (WebGL 2 mipmaps any size), so no memory is spent on empty rows.
 * Throws when the tiles cannot fit in a {@link MAX_ATLAS_SIDE} square.
 */
export function packGrid(count: number, tileWidth: number, tileHeight: number, maxWidth = MAX_ATLAS_SIDE): AtlasGrid {
  if (!(tileWidth > 0 && tileHeight > 0) || tileWidth > maxWidth) throw new RangeError('tile larger than the atlas');
  const n = Math.max(1, Math.floor(count));
  const columns = Math.min(n, Math.floor(maxWidth / tileWidth));
  const rows = Math.ceil(n / columns);
  const grid = { tileWidth, tileHeight, columns, rows, width: columns * tileWidth, height: rows * tileHeight };
  if (grid.height > MAX_ATLAS_SIDE) throw new RangeError(`${count} tiles of ${tileWidth}×${tileHeight} do not fit one atlas`);
  return grid;
}

/** Where tile `index` is painted on the canvas (pixels, top-left origin). */
export function tilePixels(grid: AtlasGrid, index: number): { x: number; y: number; width: number; height: number } {
  if (!Number.isInteger(index) || index < 0 || index >= grid.columns * grid.rows) throw new RangeError(`tile ${index} outside the atlas`);
  const col = index % grid.columns;
  const row = Math.floor(index / grid.columns);
  return { x: col * grid.tileWidth, y: row * grid.tileHeight, width: grid.tileWidth, height: grid.tileHeight };
}

/**
 * The UV rectangle of tile `index` as [u offset, v offset, u scale, v scale], for a texture uploaded with flipY
 * (three.js's default for canvases: v = 0 is the canvas's bottom row). A half-texel inset keeps linear filtering
 * from bleeding the neighbouring tile into the edges.
 */
export function tileUv(grid: AtlasGrid, index: number): [number, number, number, number] {
  const p = tilePixels(grid, index);
  const inset = 0.5;
  const u0 = (p.x + inset) / grid.width;
  const u1 = (p.x + p.width - inset) / grid.width;
  const vTop = 1 - (p.y + inset) / grid.height;
  const vBottom = 1 - (p.y + p.height - inset) / grid.height;
  return [u0, vBottom, u1 - u0, vTop - vBottom];
}

/**
 * GPU memory of an RGBA8 texture of this size, with its mipmap chain (a full chain adds one third), in bytes.
 * The texture budget in the debug hook and docs is the sum of these over every atlas the hall holds.
 */
export function textureBytes(width: number, height: number, mipmaps = true): number {
  const base = width * height * 4;
  return mipmaps ? Math.ceil((base * 4) / 3) : base;
}
