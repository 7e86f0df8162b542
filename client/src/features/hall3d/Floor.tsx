import { HALL_GRID, type Hall, SLOTS_PER_HALL, slotFootprint } from '@pavilion/shared';
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, CanvasTexture, type InstancedMesh, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import { HALL_THEMES } from '../../app/ui/theme/palette';
import { fillInstances } from './fillInstances';

const PX_PER_M = 6;
const CLICK_SLOP_PX = 6;
const unitBox = new BoxGeometry(1, 1, 1);

/** Paints the hall floor once: aisles, free slots outlined, block letters — one texture, one draw call. */
function paintFloor(hall: Hall, entranceLabel: string): HTMLCanvasElement {
  const theme = HALL_THEMES[hall.category];
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(hall.width * PX_PER_M);
  canvas.height = Math.round(hall.depth * PX_PER_M);
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  const toPx = (x: number, z: number) => [(x + hall.width / 2) * PX_PER_M, (z + hall.depth / 2) * PX_PER_M] as const;
  g.fillStyle = theme.floor;
  g.fillRect(0, 0, canvas.width, canvas.height);
  // Subtle tiles so motion reads on the floor.
  g.strokeStyle = 'rgba(0,0,0,0.045)';
  g.lineWidth = 1;
  for (let x = 0; x < canvas.width; x += 2 * PX_PER_M) {
    g.beginPath();
    g.moveTo(x, 0);
    g.lineTo(x, canvas.height);
    g.stroke();
  }
  for (let y = 0; y < canvas.height; y += 2 * PX_PER_M) {
    g.beginPath();
    g.moveTo(0, y);
    g.lineTo(canvas.width, y);
    g.stroke();
  }
  // Every slot outlined: empty ones read as "space to rent", taken ones are covered by booths.
  g.strokeStyle = 'rgba(0,0,0,0.12)';
  g.setLineDash([6, 6]);
  for (let slot = 0; slot < SLOTS_PER_HALL; slot++) {
    const f = slotFootprint(slot);
    const [x, y] = toPx(f.x - f.width / 2, f.z - f.depth / 2);
    g.strokeRect(x, y, f.width * PX_PER_M, f.depth * PX_PER_M);
  }
  g.setLineDash([]);
  // Cross aisles carry the accent colour, so the blocks are easy to tell apart.
  g.fillStyle = theme.accent;
  g.globalAlpha = 0.18;
  for (let col = HALL_GRID.blockCols; col < HALL_GRID.cols; col += HALL_GRID.blockCols) {
    const a = slotFootprint(col - 1);
    const b = slotFootprint(col);
    const [x0] = toPx(a.x + a.width / 2, 0);
    const [x1] = toPx(b.x - b.width / 2, 0);
    g.fillRect(x0 + 6, 0, x1 - x0 - 12, canvas.height);
  }
  for (let row = HALL_GRID.blockRows; row < HALL_GRID.rows; row += HALL_GRID.blockRows) {
    const a = slotFootprint((row - 1) * HALL_GRID.cols);
    const b = slotFootprint(row * HALL_GRID.cols);
    const [, y0] = toPx(0, a.z + a.depth / 2);
    const [, y1] = toPx(0, b.z - b.depth / 2);
    g.fillRect(0, y0 + 6, canvas.width, y1 - y0 - 12);
  }
  g.globalAlpha = 1;
  // Block names in the cross-aisle crossings and an entrance mark near +z.
  g.fillStyle = 'rgba(0,0,0,0.14)';
  g.font = `bold ${3 * PX_PER_M}px system-ui, sans-serif`;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  const [ex, ey] = toPx(0, hall.depth / 2 - 2.5);
  g.fillText(entranceLabel, ex, ey);
  return canvas;
}

/** The floor (click to walk there) and the hall's outer walls. */
export function Floor({
  hall,
  entranceLabel,
  onFloorClick,
}: {
  hall: Hall;
  entranceLabel: string;
  onFloorClick: (x: number, z: number) => void;
}) {
  const texture = useMemo(() => {
    const t = new CanvasTexture(paintFloor(hall, entranceLabel));
    t.colorSpace = SRGBColorSpace;
    t.anisotropy = 4;
    t.minFilter = LinearMipmapLinearFilter;
    return t;
  }, [hall, entranceLabel]);
  useEffect(() => () => texture.dispose(), [texture]);

  const walls = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    if (!walls.current) return;
    const h = 9;
    const t = 0.6;
    const w = hall.width;
    const d = hall.depth;
    fillInstances(walls.current, [
      { boothIndex: -1, x: 0, y: h / 2, z: -d / 2 - t / 2, sx: w + 2 * t, sy: h, sz: t },
      { boothIndex: -1, x: 0, y: h / 2, z: d / 2 + t / 2, sx: w + 2 * t, sy: h, sz: t },
      { boothIndex: -1, x: -w / 2 - t / 2, y: h / 2, z: 0, sx: t, sy: h, sz: d },
      { boothIndex: -1, x: w / 2 + t / 2, y: h / 2, z: 0, sx: t, sy: h, sz: d },
    ]);
  }, [hall]);

  const click = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX) return;
    e.stopPropagation();
    onFloorClick(e.point.x, e.point.z);
  };

  return (
    <group>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element */}
      <mesh rotation-x={-Math.PI / 2} onClick={click}>
        <planeGeometry args={[hall.width, hall.depth]} />
        <meshLambertMaterial map={texture} />
      </mesh>
      <instancedMesh ref={walls} args={[unitBox, undefined, 4]} frustumCulled={false}>
        <meshLambertMaterial color={HALL_THEMES[hall.category].wall} />
      </instancedMesh>
    </group>
  );
}
