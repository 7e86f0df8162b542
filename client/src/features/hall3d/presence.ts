import type { VisitorPose } from '@pavilion/shared';
import { angleDelta } from './hallGeometry';

/** One pose of another visitor as it arrived (local clock, ms). */
export interface PoseSnapshot {
  t: number;
  x: number;
  z: number;
  heading: number;
}

/** Another visitor near you: their recent snapshots, and where the avatar is drawn this frame. */
export interface RemoteVisitor {
  id: string;
  /** Null for guests: drawn as an anonymous visitor. */
  name: string | null;
  org: string | null;
  /** Do not disturb: no waves or follow invitations. */
  dnd: boolean;
  /** Oldest first, at most {@link MAX_SNAPSHOTS}. */
  snapshots: PoseSnapshot[];
  /** Drawn pose this frame (written by the avatar layer, read by name tags and diagnostics). */
  shown: { x: number; z: number; heading: number; speed: number };
}

/** Other visitors near you, kept in a mutable map (updated by socket events, read per frame by the avatars). */
export interface PresenceState {
  visitors: Map<string, RemoteVisitor>;
}

/** The server sends at most one batch per this many ms. */
export const SNAPSHOT_INTERVAL_MS = 100;
/**
 * Avatars are drawn this far in the past, so there is almost always a newer snapshot to move towards:
 * one batch interval plus room for network jitter. Motion is smooth instead of stepping at 10 Hz.
 */
export const INTERPOLATION_DELAY_MS = 160;
/** Snapshots kept per visitor (enough to cover the delay twice over). */
export const MAX_SNAPSHOTS = 6;
/** A jump longer than this between two snapshots is drawn as a jump, not a slide across the hall (metres). */
export const SNAP_DISTANCE = 30;

/** An empty presence state. */
export function createPresence(): PresenceState {
  return { visitors: new Map() };
}

function addSnapshot(v: RemoteVisitor, s: PoseSnapshot): void {
  const last = v.snapshots.at(-1);
  if (last && Math.hypot(s.x - last.x, s.z - last.z) > SNAP_DISTANCE) {
    v.snapshots = [s];
    return;
  }
  // After standing still (no snapshots for a while), motion starts from where they stood one interval ago,
  // instead of sliding from the old snapshot's time (which would look like a jump).
  if (last && s.t - last.t > 2 * SNAPSHOT_INTERVAL_MS) v.snapshots.push({ ...last, t: s.t - SNAPSHOT_INTERVAL_MS });
  if (last && s.t <= last.t) s = { ...s, t: last.t + 1 };
  v.snapshots.push(s);
  if (v.snapshots.length > MAX_SNAPSHOTS) v.snapshots.splice(0, v.snapshots.length - MAX_SNAPSHOTS);
}

/**
 * Applies a `hall:join` answer or a `hall:presence` batch at local time `now`. `selfId` is our own presence
 * id (the socket id): the server's batches include our own moves, which are not another visitor.
 */
export function applyPresence(
  state: PresenceState,
  batch: { joined?: VisitorPose[]; moved?: Pick<VisitorPose, 'id' | 'x' | 'z' | 'heading'>[]; left?: string[] },
  selfId: string | null,
  now: number,
): void {
  for (const p of batch.joined ?? []) {
    if (p.id === selfId) continue;
    const known = state.visitors.get(p.id);
    const snap = { t: now, x: p.x, z: p.z, heading: p.heading };
    if (known) {
      // A join of someone known is a status change (do-not-disturb) or a reconnect: take the newest.
      known.name = p.name;
      known.org = p.org ?? null;
      known.dnd = p.dnd ?? false;
      addSnapshot(known, snap);
    } else {
      state.visitors.set(p.id, {
        id: p.id,
        name: p.name,
        org: p.org ?? null,
        dnd: p.dnd ?? false,
        snapshots: [snap],
        shown: { x: p.x, z: p.z, heading: p.heading, speed: 0 },
      });
    }
  }
  for (const m of batch.moved ?? []) {
    const v = state.visitors.get(m.id);
    if (!v) continue; // moves of someone we never saw join: the next join batch brings their name
    addSnapshot(v, { t: now, x: m.x, z: m.z, heading: m.heading });
  }
  for (const id of batch.left ?? []) state.visitors.delete(id);
}

/**
 * Where to draw a visitor at `renderTime` (already delayed by {@link INTERPOLATION_DELAY_MS}): between the
 * two snapshots around it, the heading along the shorter way round. Before the first snapshot it stands at
 * the first; after the last it stays at the last (no guessing ahead, so no overshoot when they stop).
 */
export function samplePose(snapshots: readonly PoseSnapshot[], renderTime: number): { x: number; z: number; heading: number } {
  const first = snapshots[0];
  if (!first) return { x: 0, z: 0, heading: 0 };
  if (renderTime <= first.t) return { x: first.x, z: first.z, heading: first.heading };
  for (let i = 1; i < snapshots.length; i++) {
    const b = snapshots[i] as PoseSnapshot;
    if (renderTime <= b.t) {
      const a = snapshots[i - 1] as PoseSnapshot;
      const k = (renderTime - a.t) / (b.t - a.t);
      return { x: a.x + (b.x - a.x) * k, z: a.z + (b.z - a.z) * k, heading: a.heading + angleDelta(a.heading, b.heading) * k };
    }
  }
  const last = snapshots.at(-1) as PoseSnapshot;
  return { x: last.x, z: last.z, heading: last.heading };
}

/** Whether a pose changed enough to be worth sending (saves bandwidth when standing still). */
export function poseChanged(a: { x: number; z: number; heading: number }, b: { x: number; z: number; heading: number }): boolean {
  return Math.abs(a.x - b.x) > 0.05 || Math.abs(a.z - b.z) > 0.05 || Math.abs(a.heading - b.heading) > 0.05;
}

/** A follower keeps this far behind their host (metres). */
export const FOLLOW_DISTANCE = 2.2;

/** Where a follower walks to: a spot {@link FOLLOW_DISTANCE} behind the host (heading 0 looks towards -z). */
export function followSpot(host: { x: number; z: number; heading: number }): { x: number; z: number } {
  return { x: host.x + Math.sin(host.heading) * FOLLOW_DISTANCE, z: host.z + Math.cos(host.heading) * FOLLOW_DISTANCE };
}
