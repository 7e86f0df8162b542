import type { Hall } from '@pavilion/shared';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import { HALL_THEMES } from '../../app/ui/theme/palette';
import { hallBlocks } from './hallGeometry';

/** The sign atlas: one canvas holding the entrance banner (top strip) and a cell per block sign below it. */
export const SIGN_ATLAS = { width: 1024, height: 1024, bannerHeight: 224, cellWidth: 256, cellHeight: 128 } as const;
/** Sizes and heights in the hall (metres): high enough to read over the booths, low enough to see from the aisle. */
const BANNER = { width: 24, height: 24 * (SIGN_ATLAS.bannerHeight / SIGN_ATLAS.width), y: 14.5, ahead: 48 };
const BLOCK_SIGN = { width: 7, height: 3.5, y: 6.2 };

const FONT = 'system-ui, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function fitFont(g: CanvasRenderingContext2D, text: string, weight: number, size: number, maxWidth: number): void {
  let px = size;
  g.font = `${weight} ${px}px ${FONT}`;
  while (px > 12 && g.measureText(text).width > maxWidth) {
    px -= 2;
    g.font = `${weight} ${px}px ${FONT}`;
  }
}

/** Paints every sign of the hall once into the atlas; returns where each block's cell is (by zone). */
function paintAtlas(
  hall: Hall,
  title: string,
  theme: string,
  blockLabel: (zone: string) => string,
): { canvas: HTMLCanvasElement; cells: Map<string, { u0: number; v0: number; u1: number; v1: number }> } {
  const colours = HALL_THEMES[hall.category];
  const canvas = document.createElement('canvas');
  canvas.width = SIGN_ATLAS.width;
  canvas.height = SIGN_ATLAS.height;
  const cells = new Map<string, { u0: number; v0: number; u1: number; v1: number }>();
  const g = canvas.getContext('2d');
  if (!g) return { canvas, cells };
  // The entrance banner: the hall's name and what it is about, on its accent colour.
  g.fillStyle = '#0f1b2d';
  g.fillRect(0, 0, SIGN_ATLAS.width, SIGN_ATLAS.bannerHeight);
  g.fillStyle = colours.accent;
  g.fillRect(0, SIGN_ATLAS.bannerHeight - 18, SIGN_ATLAS.width, 18);
  g.fillStyle = '#ffffff';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  fitFont(g, title, 800, 76, SIGN_ATLAS.width - 60);
  g.fillText(title, SIGN_ATLAS.width / 2, 78);
  g.fillStyle = '#d3dcea';
  fitFont(g, theme, 500, 34, SIGN_ATLAS.width - 60);
  g.fillText(theme, SIGN_ATLAS.width / 2, 160);
  cells.set('', { u0: 0, v0: 1 - SIGN_ATLAS.bannerHeight / SIGN_ATLAS.height, u1: 1, v1: 1 });
  // Block signs, four to a row.
  const perRow = SIGN_ATLAS.width / SIGN_ATLAS.cellWidth;
  hallBlocks().forEach(({ zone }, i) => {
    const x = (i % perRow) * SIGN_ATLAS.cellWidth;
    const y = SIGN_ATLAS.bannerHeight + Math.floor(i / perRow) * SIGN_ATLAS.cellHeight;
    g.fillStyle = colours.accent;
    g.fillRect(x + 4, y + 4, SIGN_ATLAS.cellWidth - 8, SIGN_ATLAS.cellHeight - 8);
    g.fillStyle = '#0f1b2d';
    g.fillRect(x + 10, y + 10, SIGN_ATLAS.cellWidth - 20, SIGN_ATLAS.cellHeight - 20);
    g.fillStyle = '#ffffff';
    const label = blockLabel(zone);
    fitFont(g, label, 800, 56, SIGN_ATLAS.cellWidth - 36);
    g.fillText(label, x + SIGN_ATLAS.cellWidth / 2, y + SIGN_ATLAS.cellHeight / 2 + 2);
    cells.set(zone, {
      u0: x / SIGN_ATLAS.width,
      v0: 1 - (y + SIGN_ATLAS.cellHeight) / SIGN_ATLAS.height,
      u1: (x + SIGN_ATLAS.cellWidth) / SIGN_ATLAS.width,
      v1: 1 - y / SIGN_ATLAS.height,
    });
  });
  return { canvas, cells };
}

/** A quad of `w` × `h` centred at (x, y, z), facing +z (facing = 1) or -z (facing = -1), showing the atlas cell `uv`. */
function pushQuad(
  positions: number[],
  uvs: number[],
  indices: number[],
  at: { x: number; y: number; z: number; w: number; h: number; facing: 1 | -1 },
  uv: { u0: number; v0: number; u1: number; v1: number },
): void {
  const base = positions.length / 3;
  const hw = (at.w / 2) * at.facing;
  const hh = at.h / 2;
  // Counter-clockwise seen from the side it faces.
  positions.push(at.x - hw, at.y - hh, at.z, at.x + hw, at.y - hh, at.z, at.x + hw, at.y + hh, at.z, at.x - hw, at.y + hh, at.z);
  uvs.push(uv.u0, uv.v0, uv.u1, uv.v0, uv.u1, uv.v1, uv.u0, uv.v1);
  indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
}

/**
 * The hall's signs: its name and theme on a banner facing the entrance, and a hanging sign over every block
 * (readable from both sides). All of them are one geometry over one atlas texture — a single draw call,
 * painted once per hall and language.
 */
export function Signage({
  hall,
  title,
  theme,
  blockLabel,
}: {
  hall: Hall;
  title: string;
  theme: string;
  blockLabel: (zone: string) => string;
}) {
  const { geometry, texture } = useMemo(() => {
    const { canvas, cells } = paintAtlas(hall, title, theme, blockLabel);
    const positions: number[] = [];
    const uvs: number[] = [];
    const indices: number[] = [];
    const banner = cells.get('');
    if (banner)
      pushQuad(
        positions,
        uvs,
        indices,
        { x: 0, y: BANNER.y, z: hall.depth / 2 - BANNER.ahead, w: BANNER.width, h: BANNER.height, facing: 1 },
        banner,
      );
    for (const block of hallBlocks()) {
      const uv = cells.get(block.zone);
      if (!uv) continue;
      const at = { x: block.x, y: BLOCK_SIGN.y, z: block.z, w: BLOCK_SIGN.width, h: BLOCK_SIGN.height };
      pushQuad(positions, uvs, indices, { ...at, z: at.z + 0.05, facing: 1 }, uv);
      pushQuad(positions, uvs, indices, { ...at, z: at.z - 0.05, facing: -1 }, uv);
    }
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
    geometry.setAttribute('uv', new BufferAttribute(new Float32Array(uvs), 2));
    geometry.setIndex(indices);
    geometry.computeBoundingSphere();
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    texture.minFilter = LinearMipmapLinearFilter;
    return { geometry, texture };
  }, [hall, title, theme, blockLabel]);
  useEffect(
    () => () => {
      geometry.dispose();
      texture.dispose();
    },
    [geometry, texture],
  );
  return (
    <mesh geometry={geometry} frustumCulled={false}>
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
