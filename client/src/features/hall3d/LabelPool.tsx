import type { Booth, Hall } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { PlaneGeometry } from 'three';
import { dominantIpType } from '../../app/ui/theme/boothIpType';
import { HALL_THEMES, IP_TYPE_COLORS } from '../../app/ui/theme/palette';
import { labelPlacement } from './boothParts';
import { CANVAS_FONT, fitText, paintBrandTile } from './brandTile';
import { type CanvasSlot, SlotMeshes, useCanvasSlots } from './canvasSlots';
import type { BoothGrid } from './hallGeometry';
import { assignLabels } from './labelAssignment';
import { onLogoLoaded } from './logoImages';
import { hallRuntime } from './runtime';

/** Only booths this close to the camera get a name board (metres). */
export const LABEL_RADIUS = 38;
/** How often the pool is re-assigned (seconds): often enough to feel instant, rare enough to cost nothing. */
const REASSIGN_EVERY = 0.2;
const CANVAS_W = 1024;
const CANVAS_H = 92;

interface Slot extends CanvasSlot {
  boothId: string | null;
}

const plane = new PlaneGeometry(1, 1);

function paintLabel(slot: Slot, booth: Booth, background: string, regionText: string, liveText: string | null): void {
  const g = slot.canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = background;
  g.fillRect(0, 0, CANVAS_W, CANVAS_H);
  g.fillStyle = 'rgba(255,255,255,0.16)';
  g.fillRect(0, CANVAS_H - 6, CANVAS_W, 6);
  const font = CANVAS_FONT;
  g.textBaseline = 'middle';
  g.fillStyle = '#ffffff';
  g.font = `700 40px ${font}`;
  const left = 110;
  g.fillText(fitText(g, booth.orgName, CANVAS_W - left - 24), left, 34);
  if (liveText) {
    // A live booth's second line is its session: "LIVE · title" on a red band.
    g.font = `700 26px ${font}`;
    const text = fitText(g, liveText, CANVAS_W - left - 24 - 40);
    g.fillStyle = '#e11d48';
    g.beginPath();
    g.roundRect(left - 6, 53, g.measureText(text).width + 40, 34, 17);
    g.fill();
    g.fillStyle = '#ffffff';
    g.beginPath();
    g.arc(left + 9, 70, 6, 0, Math.PI * 2);
    g.fill();
    g.fillText(text, left + 22, 71);
  } else {
    g.font = `500 26px ${font}`;
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.fillText(fitText(g, booth.name, CANVAS_W - left - 24), left, 70);
  }
  // The logo tile: the organization's logo on white (or, without one or until it loads, its monogram on its brand
  // colour), and its region as text below (the badge disc above shows the region by colour; this is for those who
  // cannot tell the colours apart).
  paintBrandTile(g, booth, { x: 12, y: 8, width: 84, height: 76, radius: 10 }, { x: 31, y: 10, size: 46 });
  g.textAlign = 'center';
  g.fillStyle = 'rgba(0,0,0,0.3)';
  g.fillRect(12, 60, 84, 24);
  g.fillStyle = '#ffffff';
  g.font = `700 18px ${font}`;
  g.fillText(regionText, 54, 73);
  g.textAlign = 'left';
  slot.texture.needsUpdate = true;
}

/**
 * A small pool of name boards reused as you walk: only the booths nearest the camera get one,
 * so text costs a fixed handful of draw calls and canvas repaints happen only when a board changes booth.
 */
export function LabelPool({
  hall,
  grid,
  regionText,
  liveText,
  poolSize,
}: {
  hall: Hall;
  /** How many booth name boards are drawn at once; each is one draw call (fewer on small GPUs). */
  poolSize: number;
  grid: BoothGrid<Booth>;
  regionText: (b: Booth) => string;
  /** "LIVE · title" for a booth hosting a live session, else null. */
  liveText: (b: Booth) => string | null;
}) {
  const accent = HALL_THEMES[hall.category].accent;
  // Each board wears its booth's colour: the IP type it shows most (the hall's accent while it shows nothing).
  const backgroundOf = useCallback(
    (b: Booth) => {
      const type = dominantIpType(b.typeCounts);
      return type ? IP_TYPE_COLORS[type] : accent;
    },
    [accent],
  );
  const slots: Slot[] = useCanvasSlots(
    poolSize,
    { width: CANVAS_W, height: CANVAS_H },
    { anisotropy: 4, material: { toneMapped: false } },
    () => ({ boothId: null as string | null }),
  );
  // A language switch, another hall or a booth going live (or quiet) repaints every board.
  const paintKey = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new text or colours invalidate every painted board
  useEffect(() => {
    paintKey.current++;
    for (const s of slots) s.boothId = null;
  }, [slots, regionText, liveText, backgroundOf, grid]);

  // A logo that arrives after its board was painted: the boards are painted again (at the next reassignment).
  useEffect(
    () =>
      onLogoLoaded(() => {
        for (const s of slots) s.boothId = null;
      }),
    [slots],
  );

  const since = useRef(REASSIGN_EVERY);
  useFrame((_, delta) => {
    since.current += delta;
    if (since.current < REASSIGN_EVERY) return;
    since.current = 0;
    const { x, z } = hallRuntime.camera;
    const wanted = grid.nearest(x, z, LABEL_RADIUS, poolSize);
    const next = assignLabels(
      slots.map((s) => s.boothId),
      wanted.map((b) => b.id),
    );
    const byId = new Map(wanted.map((b) => [b.id, b]));
    next.forEach((boothId, i) => {
      const slot = slots[i];
      if (!slot?.mesh) return;
      if (boothId === null) {
        slot.mesh.visible = false;
        slot.boothId = null;
        return;
      }
      const booth = byId.get(boothId);
      if (!booth) return;
      if (slot.boothId !== boothId) {
        paintLabel(slot, booth, backgroundOf(booth), regionText(booth), liveText(booth));
        const p = labelPlacement(booth);
        slot.mesh.position.set(p.x, p.y, p.z);
        slot.mesh.rotation.set(0, p.rotationY, 0);
        slot.mesh.scale.set(p.width, p.height, 1);
        slot.boothId = boothId;
      }
      slot.mesh.visible = true;
    });
    hallRuntime.labelledBoothIds = next.filter((id): id is string => id !== null);
  });

  return (
    <group>
      <SlotMeshes slots={slots} geometry={plane} />
    </group>
  );
}
