import type { Booth, Hall } from '@pavilion/shared';
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { cleanUpAll, listen } from '../../lib/listen';
import { type FloorPose, INTRO, introPoseAt, STANDING_PITCH } from './arrival';
import { angleDelta, type BoothGrid, boothViewpoint, damp, EYE_HEIGHT, zoneAt } from './hallGeometry';
import { followSpot, poseChanged } from './presence';
import { hallRuntime } from './runtime';

/** Walking speed (m/s); Shift runs. */
const WALK_SPEED = 4.5;
const RUN_SPEED = 10;
/** Turning speed with the arrow keys (rad/s) and mouse/touch look sensitivity (rad/px). */
const TURN_SPEED = 1.9;
const LOOK_PER_PX = 0.0042;
const MAX_PITCH = 0.9;
/** A teleport glides over the booths instead of jumping (seconds, and peak height in metres). */
const TELEPORT_SECONDS = 1.4;
const TELEPORT_LIFT = 16;
/** Longest collision sub-step (metres). */
const MAX_STEP = 0.25;

/** What the controller reports back to React — only when the value changes, never per frame. */
export interface ControllerEvents {
  onEnterBooth: (booth: Booth) => void;
  onLeaveBooth: (booth: Booth) => void;
  onZone: (zone: string) => void;
  onMoved: (pose: { x: number; z: number; heading: number }) => void;
  onTeleported: (nonce: number) => void;
  /** The fly-in started (true) or ended, played out or skipped (false). */
  onIntro: (playing: boolean) => void;
}

/** Where the visitor starts in this hall, and whether the fly-in plays first. */
export interface HallStart {
  pose: FloorPose;
  intro: boolean;
}

/** A teleport request from outside the canvas (search result, minimap, `?booth=`). */
export interface TeleportRequest {
  boothId: string;
  nonce: number;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

const MOVE_KEYS = new Set([
  'KeyW',
  'KeyA',
  'KeyS',
  'KeyD',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'KeyQ',
  'KeyE',
  'ShiftLeft',
  'ShiftRight',
]);

/**
 * First-person movement: keys, drag-to-look, click/tap-to-walk, collision with booth walls, smooth teleports.
 * All state is in refs and `hallRuntime`; motion is scaled by the frame's delta.
 */
export function VisitorController({
  hall,
  grid,
  element,
  teleport,
  events,
  start,
}: {
  hall: Hall;
  grid: BoothGrid<Booth>;
  element: HTMLElement | null;
  teleport: TeleportRequest | null;
  events: ControllerEvents;
  start: HallStart;
}) {
  const camera = useThree((s) => s.camera);
  const keys = useRef(new Set<string>());
  const velocity = useRef({ x: 0, z: 0 });
  const look = useRef({ dragging: false, lastX: 0, lastY: 0, pointerId: -1 });
  const flight = useRef<null | {
    fromX: number;
    fromZ: number;
    fromHeading: number;
    toX: number;
    toZ: number;
    toHeading: number;
    t: number;
    nonce: number;
  }>(null);
  const stuck = useRef({ time: 0 });
  const inside = useRef<Booth | null>(null);
  const zone = useRef<string | null>(null);
  const lastSent = useRef({ x: Number.NaN, z: Number.NaN, heading: Number.NaN, since: 0 });
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const intro = useRef<{ t: number; arrival: FloorPose } | null>(null);
  const startRef = useRef(start);
  startRef.current = start;

  /** Ends the fly-in at once: the visitor stands at the arrival pose, free to move. */
  const finishIntro = useCallback(() => {
    const i = intro.current;
    if (!i) return;
    intro.current = null;
    hallRuntime.introPlaying = false;
    hallRuntime.skipIntro = false;
    const c = hallRuntime.camera;
    c.x = i.arrival.x;
    c.z = i.arrival.z;
    c.heading = i.arrival.heading;
    c.pitch = STANDING_PITCH;
    eventsRef.current.onIntro(false);
  }, []);

  // Arrive: where the visitor left off, or at the entrance facing the booths (after the fly-in, unless skipped).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new hall is a new arrival; the start is read from its ref
  useEffect(() => {
    const { pose, intro: playIntro } = startRef.current;
    const c = hallRuntime.camera;
    c.x = pose.x;
    c.z = pose.z;
    c.heading = pose.heading;
    c.pitch = STANDING_PITCH;
    hallRuntime.walkTarget = null;
    hallRuntime.skipIntro = false;
    velocity.current = { x: 0, z: 0 };
    inside.current = null;
    zone.current = null;
    intro.current = playIntro ? { t: 0, arrival: pose } : null;
    hallRuntime.introPlaying = playIntro;
    eventsRef.current.onIntro(playIntro);
    return () => {
      intro.current = null;
      hallRuntime.introPlaying = false;
    };
  }, [hall]);

  // Keyboard: on window, so walking keeps working while a panel button has focus; never while typing.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (!MOVE_KEYS.has(e.code)) return;
      keys.current.add(e.code);
      hallRuntime.walkTarget = null;
      finishIntro();
      // Arrow keys would otherwise scroll the page behind the canvas.
      if (e.code.startsWith('Arrow')) e.preventDefault();
    };
    const up = (e: KeyboardEvent) => keys.current.delete(e.code);
    const clear = () => keys.current.clear();
    return cleanUpAll(listen(window, 'keydown', down), listen(window, 'keyup', up), listen(window, 'blur', clear));
  }, [finishIntro]);

  // Drag to look (mouse and touch alike); a short press without movement stays a click/tap for R3F.
  useEffect(() => {
    if (!element) return;
    const down = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      finishIntro();
      look.current = { dragging: true, lastX: e.clientX, lastY: e.clientY, pointerId: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      const l = look.current;
      if (!l.dragging || e.pointerId !== l.pointerId) return;
      const dx = e.clientX - l.lastX;
      const dy = e.clientY - l.lastY;
      l.lastX = e.clientX;
      l.lastY = e.clientY;
      const c = hallRuntime.camera;
      c.heading -= dx * LOOK_PER_PX;
      c.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, c.pitch - dy * LOOK_PER_PX));
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId === look.current.pointerId) look.current.dragging = false;
    };
    return cleanUpAll(
      listen(element, 'pointerdown', down),
      listen(window, 'pointermove', move),
      listen(window, 'pointerup', up),
      listen(window, 'pointercancel', up),
    );
  }, [element, finishIntro]);

  // A new teleport request starts a glide from wherever we are.
  useEffect(() => {
    if (!teleport) return;
    const booth = grid.booths.find((b) => b.id === teleport.boothId);
    if (!booth) return;
    finishIntro();
    const v = boothViewpoint(booth);
    const c = hallRuntime.camera;
    hallRuntime.walkTarget = null;
    velocity.current = { x: 0, z: 0 };
    flight.current = {
      fromX: c.x,
      fromZ: c.z,
      fromHeading: c.heading,
      toX: v.x,
      toZ: v.z,
      toHeading: v.heading,
      t: 0,
      nonce: teleport.nonce,
    };
  }, [teleport, grid, finishIntro]);

  useFrame((_, rawDelta) => {
    // A long stall (tab switch, GC) must not turn into a leap; slow software renderers still move at full speed.
    const delta = Math.min(rawDelta, 0.25);
    const c = hallRuntime.camera;
    const k = keys.current;
    let lift = 0;

    const i = intro.current;
    if (i && (hallRuntime.skipIntro || hallRuntime.walkTarget)) finishIntro();
    else if (i) {
      i.t = Math.min(1, i.t + delta / INTRO.seconds);
      const p = introPoseAt(i.t, i.arrival);
      c.x = p.x;
      c.z = p.z;
      c.heading = p.heading;
      c.pitch = p.pitch;
      lift = p.lift;
      if (i.t >= 1) finishIntro();
    }

    const f = flight.current;
    if (intro.current) {
      // Flying in: no walking, no collisions.
    } else if (f) {
      f.t = Math.min(1, f.t + delta / TELEPORT_SECONDS);
      const e = f.t < 0.5 ? 4 * f.t ** 3 : 1 - (-2 * f.t + 2) ** 3 / 2; // ease in-out
      c.x = f.fromX + (f.toX - f.fromX) * e;
      c.z = f.fromZ + (f.toZ - f.fromZ) * e;
      c.heading = f.fromHeading + angleDelta(f.fromHeading, f.toHeading) * e;
      const dist = Math.hypot(f.toX - f.fromX, f.toZ - f.fromZ);
      lift = Math.sin(Math.PI * f.t) * Math.min(TELEPORT_LIFT, dist * 0.25);
      c.pitch += (-0.06 - Math.min(0.5, lift * 0.04) - c.pitch) * damp(6, delta);
      if (f.t >= 1) {
        flight.current = null;
        eventsRef.current.onTeleported(f.nonce);
      }
    } else {
      // Turning with arrows / Q E.
      const turn = (k.has('ArrowLeft') || k.has('KeyQ') ? 1 : 0) - (k.has('ArrowRight') || k.has('KeyE') ? 1 : 0);
      c.heading += turn * TURN_SPEED * delta;

      const keyFwd = (k.has('KeyW') || k.has('ArrowUp') ? 1 : 0) - (k.has('KeyS') || k.has('ArrowDown') ? 1 : 0);
      const keyStrafe = (k.has('KeyD') ? 1 : 0) - (k.has('KeyA') ? 1 : 0);
      // The touch joystick is analogue: a small push walks slowly.
      const stick = hallRuntime.stick;
      const fwd = keyFwd !== 0 || keyStrafe !== 0 ? keyFwd : stick.y;
      const strafe = keyFwd !== 0 || keyStrafe !== 0 ? keyStrafe : stick.x;
      const speed = k.has('ShiftLeft') || k.has('ShiftRight') ? RUN_SPEED : WALK_SPEED;
      const sin = Math.sin(c.heading);
      const cos = Math.cos(c.heading);
      let wantX = (-sin * fwd + cos * strafe) * speed;
      let wantZ = (-cos * fwd - sin * strafe) * speed;
      if (keyFwd !== 0 && keyStrafe !== 0) {
        wantX /= Math.SQRT2;
        wantZ /= Math.SQRT2;
      }

      const target = hallRuntime.walkTarget;
      if (target && fwd === 0 && strafe === 0) {
        const dx = target.x - c.x;
        const dz = target.z - c.z;
        const dist = Math.hypot(dx, dz);
        if (dist < 0.25) {
          hallRuntime.walkTarget = null;
        } else {
          const s = Math.min(WALK_SPEED * 1.4, dist * 2.2);
          wantX = (dx / dist) * s;
          wantZ = (dz / dist) * s;
          // Turn gently towards where we are walking, so a click feels like being led there.
          if (dist > 1.5) c.heading += angleDelta(c.heading, Math.atan2(-dx, -dz)) * damp(2.5, delta);
        }
      }

      // Follow-me: walk to a spot behind the host, unless the visitor steers by hand (which ends following).
      const hostId = hallRuntime.followHostId;
      if (hostId) {
        if (fwd !== 0 || strafe !== 0 || turn !== 0) hallRuntime.followOverridden = true;
        else {
          const host = hallRuntime.presence?.visitors.get(hostId);
          if (host) {
            const spot = followSpot(host.shown);
            const dx = spot.x - c.x;
            const dz = spot.z - c.z;
            const dist = Math.hypot(dx, dz);
            if (dist > 0.3) {
              const s = Math.min(RUN_SPEED, dist * 2.2);
              wantX = (dx / dist) * s;
              wantZ = (dz / dist) * s;
            }
            // Look where the host is.
            c.heading += angleDelta(c.heading, Math.atan2(-(host.shown.x - c.x), -(host.shown.z - c.z))) * damp(3, delta);
          }
        }
      }

      const v = velocity.current;
      const a = damp(9, delta);
      v.x += (wantX - v.x) * a;
      v.z += (wantZ - v.z) * a;
      if (Math.abs(v.x) < 1e-3 && Math.abs(v.z) < 1e-3 && wantX === 0 && wantZ === 0) {
        v.x = 0;
        v.z = 0;
      }
      if (v.x !== 0 || v.z !== 0) {
        const intended = Math.hypot(v.x, v.z) * delta;
        // Sub-steps no longer than a wall is thick plus the body radius, so no speed tunnels through a wall.
        const steps = Math.max(1, Math.ceil(intended / MAX_STEP));
        const startX = c.x;
        const startZ = c.z;
        for (let i = 0; i < steps; i++) {
          const p = grid.resolve(c.x + (v.x * delta) / steps, c.z + (v.z * delta) / steps, hall.width, hall.depth);
          c.x = p.x;
          c.z = p.z;
        }
        const moved = Math.hypot(c.x - startX, c.z - startZ);
        // A click-walk that runs into a wall gives up instead of pushing forever.
        if (hallRuntime.walkTarget && moved < intended * 0.25) {
          stuck.current.time += delta;
          if (stuck.current.time > 0.5) hallRuntime.walkTarget = null;
        } else stuck.current.time = 0;
      }
    }

    camera.position.set(c.x, EYE_HEIGHT + lift, c.z);
    camera.rotation.set(c.pitch, c.heading, 0, 'YXZ');

    // Booth entry/exit and block changes: reported only when they change.
    if (!f && !intro.current) {
      const here = grid.boothAt(c.x, c.z);
      if (here?.id !== inside.current?.id) {
        if (inside.current) eventsRef.current.onLeaveBooth(inside.current);
        inside.current = here;
        if (here) eventsRef.current.onEnterBooth(here);
      }
    }
    const z = zoneAt(c.x, c.z);
    if (z !== zone.current) {
      zone.current = z;
      eventsRef.current.onZone(z);
    }

    // Pose to the server at ≤ 10 Hz, and only when it changed.
    const ls = lastSent.current;
    ls.since += delta;
    if (ls.since >= 0.1 && (Number.isNaN(ls.x) || poseChanged(ls, c))) {
      ls.since = 0;
      ls.x = c.x;
      ls.z = c.z;
      ls.heading = c.heading;
      eventsRef.current.onMoved({ x: c.x, z: c.z, heading: c.heading });
    }
  });

  return null;
}
