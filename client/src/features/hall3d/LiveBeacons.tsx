import type { Booth } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  CanvasTexture,
  CylinderGeometry,
  DoubleSide,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  PlaneGeometry,
  Quaternion,
  RingGeometry,
  SRGBColorSpace,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { FASCIA } from './boothParts';
import { hallRuntime } from './runtime';

/** The beacon's parts (metres, at scale 1): a "LIVE" sign on a light column rising from a halo on the booth's roof line. */
const SIGN = { width: 4, height: 1.5 } as const;
const COLUMN = { height: 9, top: 0.12, bottom: 0.3 } as const;
const GAP = 0.1;
/** Where the column starts: just above the fascia and the region badge. */
const BASE_Y = FASCIA.bottom + FASCIA.height + 0.9;
/** From the sign's centre (the instance origin) down to the column's foot. */
const DROP = SIGN.height / 2 + GAP + COLUMN.height;
/** Far beacons grow (up to this much) so a sign across the hall stays a readable size on screen. */
const MAX_GROWTH = 3.5;
const GROWTH_FROM_M = 30;

/** The texture: the sign on top (v 0.25–1), a strip below (v ≈ 0.1) whose x runs from the column's foot (bright) to its top. */
const ATLAS = { w: 512, h: 256, signH: 192, stripV: 0.1 } as const;

/** One geometry for the whole beacon (one draw call for every live booth), its parts mapped onto the atlas. */
function beaconGeometry() {
  const sign = new PlaneGeometry(SIGN.width, SIGN.height);
  const su = sign.getAttribute('uv');
  for (let i = 0; i < su.count; i++) su.setY(i, 0.25 + su.getY(i) * 0.75);

  const column = new CylinderGeometry(COLUMN.top, COLUMN.bottom, COLUMN.height, 12, 1, true);
  const cu = column.getAttribute('uv');
  // Cylinder v runs 0 (foot) → 1 (top): lay it along the strip.
  for (let i = 0; i < cu.count; i++) cu.setXY(i, 0.02 + cu.getY(i) * 0.96, ATLAS.stripV);
  column.translate(0, -SIGN.height / 2 - GAP - COLUMN.height / 2, 0);

  const halo = new RingGeometry(0.7, 1.15, 32).rotateX(-Math.PI / 2);
  const hu = halo.getAttribute('uv');
  for (let i = 0; i < hu.count; i++) hu.setXY(i, 0.02, ATLAS.stripV);
  halo.translate(0, -DROP, 0);

  const merged = mergeGeometries([sign, column, halo]);
  for (const g of [sign, column, halo]) g.dispose();
  if (!merged) throw new Error('beacon parts do not merge');
  return merged;
}

function paintAtlas(canvas: HTMLCanvasElement, word: string): void {
  const g = canvas.getContext('2d');
  if (!g) return;
  g.clearRect(0, 0, ATLAS.w, ATLAS.h);
  // The sign: a red board with a white rim, a dot and the word.
  const pad = 6;
  g.fillStyle = '#ffffff';
  g.beginPath();
  g.roundRect(pad, pad, ATLAS.w - 2 * pad, ATLAS.signH - 2 * pad, 34);
  g.fill();
  g.fillStyle = '#e11d48';
  g.beginPath();
  g.roundRect(pad + 8, pad + 8, ATLAS.w - 2 * pad - 16, ATLAS.signH - 2 * pad - 16, 28);
  g.fill();
  const font = 'system-ui, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  let size = 104;
  g.font = `800 ${size}px ${font}`;
  const room = ATLAS.w - 2 * pad - 16 - 120;
  while (g.measureText(word).width > room && size > 40) {
    size -= 4;
    g.font = `800 ${size}px ${font}`;
  }
  const textW = g.measureText(word).width;
  const dotR = 20;
  const x0 = (ATLAS.w - (textW + dotR * 2 + 22)) / 2;
  g.fillStyle = '#ffffff';
  g.beginPath();
  g.arc(x0 + dotR, ATLAS.signH / 2, dotR, 0, Math.PI * 2);
  g.fill();
  g.textBaseline = 'middle';
  g.fillText(word, x0 + dotR * 2 + 22, ATLAS.signH / 2 + size * 0.04);
  // The strip: the column's light, strongest at its foot.
  const strip = g.createLinearGradient(0, 0, ATLAS.w, 0);
  strip.addColorStop(0, 'rgba(255, 59, 92, 0.95)');
  strip.addColorStop(1, 'rgba(255, 59, 92, 0.35)');
  g.fillStyle = strip;
  g.fillRect(0, ATLAS.signH + 8, ATLAS.w, ATLAS.h - ATLAS.signH - 8);
}

const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const s = new Vector3();
const up = new Vector3(0, 1, 0);

/**
 * A "LIVE" beacon over every booth hosting a live session, visible across the hall: one InstancedMesh (one draw
 * call however many booths are live). Each frame, refs only: signs turn to face the camera, far ones grow, and the
 * whole set pulses; nothing here re-renders React.
 */
export function LiveBeacons({ booths, word }: { booths: Booth[]; word: string }) {
  const live = useMemo(() => booths.filter((b) => b.live), [booths]);
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(beaconGeometry, []);
  const { canvas, texture, material } = useMemo(() => {
    const c = document.createElement('canvas');
    c.width = ATLAS.w;
    c.height = ATLAS.h;
    const t = new CanvasTexture(c);
    t.colorSpace = SRGBColorSpace;
    t.anisotropy = 4;
    // Seen from across the hall through the fog: the beacon ignores fog and tone mapping on purpose. Transparent
    // double-sided materials are drawn in two passes unless told otherwise: one pass keeps it at one draw call.
    const mat = new MeshBasicMaterial({
      map: t,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      forceSinglePass: true,
      fog: false,
      toneMapped: false,
    });
    return { canvas: c, texture: t, material: mat };
  }, []);
  useEffect(
    () => () => {
      geometry.dispose();
      texture.dispose();
      material.dispose();
    },
    [geometry, texture, material],
  );
  useLayoutEffect(() => {
    paintAtlas(canvas, word);
    texture.needsUpdate = true;
  }, [canvas, texture, word]);
  useLayoutEffect(() => {
    hallRuntime.liveBeaconBoothIds = live.map((b) => b.id);
    if (mesh.current) mesh.current.count = live.length;
    return () => {
      hallRuntime.liveBeaconBoothIds = [];
    };
  }, [live]);

  useFrame((state) => {
    const beacons = mesh.current;
    if (!beacons || live.length === 0) return;
    const cam = state.camera.position;
    live.forEach((b, i) => {
      const dx = cam.x - b.x;
      const dz = cam.z - b.z;
      const growth = Math.min(MAX_GROWTH, Math.max(1, Math.hypot(dx, dz) / GROWTH_FROM_M));
      q.setFromAxisAngle(up, Math.atan2(dx, dz));
      p.set(b.x, BASE_Y + DROP * growth, b.z);
      s.setScalar(growth);
      beacons.setMatrixAt(i, m.compose(p, q, s));
    });
    beacons.instanceMatrix.needsUpdate = true;
    material.opacity = 0.88 + 0.12 * Math.sin(state.clock.elapsedTime * 3.2);
  });

  return (
    <instancedMesh
      ref={mesh}
      args={[geometry, material, Math.max(1, booths.length)]}
      count={live.length}
      frustumCulled={false}
      visible={live.length > 0}
      renderOrder={2}
    />
  );
}
