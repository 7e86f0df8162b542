import { MAX_ATLAS_SIDE, packGrid, textureBytes, tilePixels, tileUv } from './atlas';

describe('texture atlas packing', () => {
  test('600 logo tiles of 64 px pack into one 2048-wide atlas with no empty rows', () => {
    const grid = packGrid(600, 64, 64);
    expect(grid.columns).toBe(32);
    expect(grid.rows).toBe(19);
    expect(grid.width).toBe(2048);
    expect(grid.height).toBe(19 * 64);
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(600);
  });

  test('a few tiles make a narrow atlas, not a 2048 one', () => {
    const grid = packGrid(3, 192, 256);
    expect(grid).toMatchObject({ columns: 3, rows: 1, width: 576, height: 256 });
  });

  test('tiles never overlap and stay inside the canvas', () => {
    const grid = packGrid(15, 192, 256, 1024);
    const seen = new Set<string>();
    for (let i = 0; i < 15; i++) {
      const p = tilePixels(grid, i);
      expect(p.x + p.width).toBeLessThanOrEqual(grid.width);
      expect(p.y + p.height).toBeLessThanOrEqual(grid.height);
      seen.add(`${p.x},${p.y}`);
    }
    expect(seen.size).toBe(15);
  });

  test('tile UVs are flipped to the texture’s bottom-up v and inset by half a texel', () => {
    const grid = packGrid(4, 64, 64, 128); // 2 × 2
    const [u, v, du, dv] = tileUv(grid, 0); // top-left tile = top half of the texture
    expect(u).toBeCloseTo(0.5 / 128);
    expect(v).toBeCloseTo(0.5 + 0.5 / 128);
    expect(du).toBeCloseTo(63 / 128);
    expect(dv).toBeCloseTo(63 / 128);
    const [u3, v3] = tileUv(grid, 3); // bottom-right tile
    expect(u3).toBeCloseTo(64.5 / 128);
    expect(v3).toBeCloseTo(0.5 / 128);
  });

  test('more tiles than one 2048 atlas holds, or a tile index outside it, are refused', () => {
    expect(() => packGrid(33 * 32, 64, 64)).toThrow(RangeError);
    expect(packGrid(32 * 32, 64, 64).height).toBe(MAX_ATLAS_SIDE);
    expect(() => tilePixels(packGrid(4, 64, 64, 128), 4)).toThrow(RangeError);
  });

  test('texture bytes count RGBA8 plus a third for the mipmap chain', () => {
    expect(textureBytes(256, 256, false)).toBe(262_144);
    expect(textureBytes(256, 256)).toBe(349_526);
  });
});
