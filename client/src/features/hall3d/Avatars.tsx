import { PEOPLE } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  Float32BufferAttribute,
  type InstancedMesh,
  LatheGeometry,
  Object3D,
  PlaneGeometry,
  SphereGeometry,
  Vector2,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { type CanvasSlot, SlotMeshes, useCanvasSlots } from './canvasSlots';
import { assignLabels } from './labelAssignment';
import { INTERPOLATION_DELAY_MS, type PresenceState, samplePose } from './presence';
import { hallRuntime } from './runtime';

/** At most this many nearby visitors are drawn (the server only sends those near you anyway). */
export const MAX_AVATARS = 256;
/** Name tags: a small pool reused for the nearest visitors, like the booth name boards. */
export const AVATAR_TAG_POOL = 8;
/** Only visitors this close get a name tag (metres): names show on approach. */
export const AVATAR_TAG_RADIUS = PEOPLE.tagMetres;
/** A wave plays this long (ms). */
const WAVE_MS = 2000;
const TAG_REASSIGN_EVERY = 0.2;
const TAG_CANVAS_W = 512;
const TAG_CANVAS_H = 150;
/** Tag height in the world (metres); its width follows the name. */
const TAG_HEIGHT = 0.4;
const TAG_Y = 2.16;

/**
 * One merged geometry per avatar, so every visitor is one instance of one mesh: a body, a head and a
 * dark visor that shows where they look. Vertex colours keep the visor dark while the instance colour
 * tints the rest.
 */
function avatarGeometry(): BufferGeometry {
  const paint = (g: BufferGeometry, shade: number) => {
    const n = g.getAttribute('position').count;
    g.setAttribute('color', new Float32BufferAttribute(new Array(n * 3).fill(shade), 3));
    return g;
  };
  // A pawn-like silhouette turned on a lathe: a wide base, a waist, shoulders and a neck.
  const profile = [
    [0.001, 0],
    [0.25, 0.02],
    [0.3, 0.12],
    [0.24, 0.55],
    [0.29, 0.98],
    [0.25, 1.12],
    [0.1, 1.2],
    [0.001, 1.22],
  ].map(([r, y]) => new Vector2(r, y));
  const body = paint(new LatheGeometry(profile, 20).toNonIndexed(), 1);
  const head = paint(new SphereGeometry(0.19, 18, 12).translate(0, 1.43, 0).toNonIndexed(), 1);
  const visor = paint(new BoxGeometry(0.28, 0.08, 0.1).translate(0, 1.46, -0.15).toNonIndexed(), 0.12);
  const merged = mergeGeometries([body, head, visor]);
  if (!merged) throw new Error('avatar geometry could not be merged');
  return merged;
}

const dummy = new Object3D();
const color = new Color();

/** A stable colour per person (by name, so it survives their reconnects). */
function hueOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return (h % 360) / 360;
}

interface TagSlot extends CanvasSlot {
  visitorId: string | null;
  /** What the tag shows now (name, organization, do-not-disturb), to repaint only on a change. */
  painted: string;
}

/** The words a tag needs in the visitor's language. */
export interface AvatarWords {
  /** Shown for guests, who are anonymous. */
  visitor: string;
  /** The do-not-disturb mark. */
  dnd: string;
}

function fitText(g: CanvasRenderingContext2D, s: string, max: number): string {
  let text = s;
  while (g.measureText(text).width > max && text.length > 1) text = text.slice(0, -1);
  return text === s ? s : `${text.slice(0, -1)}…`;
}

/** A two-line tag: the name (or the anonymous visitor's word) and the organization, with a do-not-disturb mark. */
function paintTag(slot: TagSlot, name: string, org: string | null, dnd: string | null, hue: number, key: string): void {
  const g = slot.canvas.getContext('2d');
  if (!g) return;
  const font = 'system-ui, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  g.clearRect(0, 0, TAG_CANVAS_W, TAG_CANVAS_H);
  g.font = `600 44px ${font}`;
  const line1 = fitText(g, dnd ? `${name} · ${dnd}` : name, TAG_CANVAS_W - 80);
  const w1 = g.measureText(line1).width;
  g.font = `400 34px ${font}`;
  const line2 = org ? fitText(g, org, TAG_CANVAS_W - 80) : '';
  const w2 = line2 ? g.measureText(line2).width : 0;
  const w = Math.min(TAG_CANVAS_W, Math.max(w1 + 16, w2) + 64);
  const x0 = (TAG_CANVAS_W - w) / 2;
  const top = line2 ? 8 : 30;
  const h = line2 ? TAG_CANVAS_H - 16 : TAG_CANVAS_H - 60;
  g.fillStyle = dnd ? 'rgba(90, 24, 30, 0.86)' : 'rgba(15, 27, 45, 0.82)';
  g.beginPath();
  g.roundRect(x0, top, w, h, 30);
  g.fill();
  g.fillStyle = color.setHSL(hue, 0.7, 0.62).getStyle();
  g.beginPath();
  g.arc(x0 + 30, top + 44, 9, 0, Math.PI * 2);
  g.fill();
  g.textAlign = 'left';
  g.textBaseline = 'middle';
  g.fillStyle = '#ffffff';
  g.font = `600 44px ${font}`;
  g.fillText(line1, x0 + 48, top + 46);
  if (line2) {
    g.fillStyle = 'rgba(255, 255, 255, 0.78)';
    g.font = `400 34px ${font}`;
    g.fillText(line2, x0 + 48, top + 98);
  }
  slot.texture.needsUpdate = true;
  slot.painted = key;
}

/**
 * Other visitors as one InstancedMesh. Each is drawn a little in the past, between the two snapshots
 * around that moment, so 10 Hz updates look like continuous walking; name tags go to the nearest few.
 */
export function Avatars({ presence, words }: { presence: PresenceState; words: AvatarWords }) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => avatarGeometry(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const slots: TagSlot[] = useCanvasSlots(
    AVATAR_TAG_POOL,
    { width: TAG_CANVAS_W, height: TAG_CANVAS_H },
    { material: { transparent: true, depthWrite: false, toneMapped: false } },
    () => ({ visitorId: null as string | null, painted: '' }),
  );

  useLayoutEffect(() => {
    // Create the colour buffer before the first render so the shader is compiled with per-instance colour.
    const m = mesh.current;
    if (!m) return;
    m.setColorAt(0, color.set('#ffffff'));
    m.count = 0;
  }, []);

  const sinceTags = useRef(TAG_REASSIGN_EVERY);
  useFrame((state, delta) => {
    const m = mesh.current;
    if (!m) return;
    const renderTime = performance.now() - INTERPOLATION_DELAY_MS;
    let i = 0;
    for (const v of presence.visitors.values()) {
      if (i >= MAX_AVATARS) break;
      const p = samplePose(v.snapshots, renderTime);
      const step = Math.hypot(p.x - v.shown.x, p.z - v.shown.z);
      // Speed, smoothed: drives a slight walking bob.
      v.shown.speed += (step / Math.max(delta, 1e-3) - v.shown.speed) * Math.min(1, delta * 8);
      v.shown.x = p.x;
      v.shown.z = p.z;
      v.shown.heading = p.heading;
      const bob = Math.min(1, v.shown.speed / 3) * Math.abs(Math.sin(state.clock.elapsedTime * 9 + i)) * 0.05;
      // A wave: a few little hops with a sway, for a moment after they waved at us.
      const wavedAt = hallRuntime.waves.get(v.id);
      const since = wavedAt === undefined ? WAVE_MS : performance.now() - wavedAt;
      const wave = since < WAVE_MS ? Math.sin((since / WAVE_MS) * Math.PI) : 0;
      dummy.position.set(p.x, bob + wave * Math.abs(Math.sin(since / 90)) * 0.18, p.z);
      dummy.rotation.set(0, p.heading, wave * Math.sin(since / 70) * 0.25);
      dummy.updateMatrix();
      m.setMatrixAt(i, dummy.matrix);
      m.setColorAt(i, color.setHSL(hueOf(v.name ?? v.id), 0.62, 0.42));
      i++;
    }
    m.count = i;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;

    // Name tags: re-pick the nearest few now and then; follow and face the camera every frame.
    const cam = hallRuntime.camera;
    sinceTags.current += delta;
    if (sinceTags.current >= TAG_REASSIGN_EVERY) {
      sinceTags.current = 0;
      const near = [...presence.visitors.values()]
        .map((v) => ({ id: v.id, d: Math.hypot(v.shown.x - cam.x, v.shown.z - cam.z) }))
        .filter((e) => e.d <= AVATAR_TAG_RADIUS)
        .sort((a, b) => a.d - b.d);
      const next = assignLabels(
        slots.map((s) => s.visitorId),
        near.map((e) => e.id),
      );
      next.forEach((id, k) => {
        const slot = slots[k] as TagSlot;
        slot.visitorId = id;
      });
      hallRuntime.taggedVisitorIds = next.filter((id): id is string => id !== null);
    }
    for (const slot of slots) {
      const v = slot.visitorId ? presence.visitors.get(slot.visitorId) : undefined;
      if (!slot.mesh) continue;
      if (!v) {
        slot.mesh.visible = false;
        slot.visitorId = null;
        continue;
      }
      const name = v.name ?? words.visitor;
      const key = `${name}\n${v.org ?? ''}\n${v.dnd ? 1 : 0}\n${words.dnd}`;
      if (slot.painted !== key) paintTag(slot, name, v.name ? v.org : null, v.dnd ? words.dnd : null, hueOf(v.name ?? v.id), key);
      slot.mesh.visible = true;
      slot.mesh.position.set(v.shown.x, TAG_Y, v.shown.z);
      slot.mesh.quaternion.copy(state.camera.quaternion);
      slot.mesh.scale.set((TAG_HEIGHT * TAG_CANVAS_W) / TAG_CANVAS_H, TAG_HEIGHT, 1);
    }
  });

  return (
    <group>
      <instancedMesh ref={mesh} args={[geometry, undefined, MAX_AVATARS]} frustumCulled={false}>
        <meshLambertMaterial vertexColors />
      </instancedMesh>
      <SlotMeshes slots={slots} geometry={tagPlane} renderOrder={2} />
    </group>
  );
}

const tagPlane = new PlaneGeometry(1, 1);
