/**
 * A visitor's first minute in a hall: where they stand on arrival, the short fly-in that shows the hall first,
 * and the pose remembered for their return. Pure functions over plain numbers (plus a small storage wrapper),
 * so the rules are unit-tested in node.
 */
import { HALL_ENTRANCE } from '@pavilion/shared';
import { angleDelta, type BoothShape } from './hallGeometry';

/** A standing pose on the floor (metres, radians; heading 0 looks towards -z). */
export interface FloorPose {
  x: number;
  z: number;
  heading: number;
}

/** How many booths nearest the entrance decide which way a newcomer faces. */
const FACING_SAMPLE = 8;

/**
 * Where a newcomer stands: at the entrance, facing the booths nearest to it (straight into the hall when it is
 * empty). Halls fill from the entrance inward, so this is usually straight ahead; an older hall whose booths sit
 * elsewhere turns the visitor towards them.
 */
export function arrivalPose(booths: readonly Pick<BoothShape, 'x' | 'z'>[]): FloorPose {
  const { x, z } = HALL_ENTRANCE;
  if (booths.length === 0) return { x, z, heading: 0 };
  const nearest = [...booths].sort((a, b) => Math.hypot(a.x - x, a.z - z) - Math.hypot(b.x - x, b.z - z)).slice(0, FACING_SAMPLE);
  const cx = nearest.reduce((s, b) => s + b.x, 0) / nearest.length;
  const cz = nearest.reduce((s, b) => s + b.z, 0) / nearest.length;
  return { x, z, heading: Math.atan2(-(cx - x), -(cz - z)) };
}

/** The fly-in: how long it lasts (seconds), how high it starts (metres above eye height) and its first pitch. */
export const INTRO = { seconds: 4.5, lift: 22, pitch: -0.62, backOff: 2.5, sweep: 0.5 } as const;
/** Pitch of a visitor standing on the floor: a little down, so the booth fronts fill the view. */
export const STANDING_PITCH = -0.08;

/** A camera pose in the air during the fly-in. */
export interface IntroPose extends FloorPose {
  lift: number;
  pitch: number;
}

function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The fly-in at progress `t` (0…1): from high over the entrance, looking down on the hall's blocks and live
 * beacons, gliding down (with a small turn) to the arrival pose. At t = 1 it is exactly `arrival` at eye height.
 */
export function introPoseAt(t: number, arrival: FloorPose): IntroPose {
  if (t >= 1) return { ...arrival, lift: 0, pitch: STANDING_PITCH };
  const k = easeInOut(Math.max(0, t));
  const startHeading = arrival.heading + INTRO.sweep;
  return {
    x: arrival.x,
    z: arrival.z + INTRO.backOff * (1 - k),
    heading: startHeading + angleDelta(startHeading, arrival.heading) * k,
    lift: INTRO.lift * (1 - k),
    pitch: INTRO.pitch + (STANDING_PITCH - INTRO.pitch) * k,
  };
}

/** Whether the visitor asked the system for less motion (then there is no fly-in). */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

const POSE_KEY = (hallId: string) => `pavilion.hallPose.${hallId}`;

/** A remembered pose, if it is a sane one inside a hall of this size. */
export function parsePose(raw: string | null, hallWidth: number, hallDepth: number): FloorPose | null {
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<FloorPose>;
    const { x, z, heading } = p;
    if (typeof x !== 'number' || typeof z !== 'number' || typeof heading !== 'number') return null;
    if (![x, z, heading].every(Number.isFinite)) return null;
    if (Math.abs(x) > hallWidth / 2 || Math.abs(z) > hallDepth / 2) return null;
    return { x, z, heading };
  } catch {
    return null;
  }
}

/** Where this visitor stood when they last left this hall (on this device), or null. */
export function loadPose(hallId: string, hallWidth: number, hallDepth: number): FloorPose | null {
  try {
    return parsePose(localStorage.getItem(POSE_KEY(hallId)), hallWidth, hallDepth);
  } catch {
    return null;
  }
}

/** Remembers where the visitor stands, so coming back to the hall resumes there. */
export function savePose(hallId: string, pose: FloorPose): void {
  try {
    const round = (v: number) => Math.round(v * 100) / 100;
    localStorage.setItem(POSE_KEY(hallId), JSON.stringify({ x: round(pose.x), z: round(pose.z), heading: round(pose.heading) }));
  } catch {
    // Not remembered (private mode, storage full): the next visit starts at the entrance.
  }
}
