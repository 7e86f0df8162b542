import type { VisitorPose } from '@pavilion/shared';

/** Other visitors near you, kept in a mutable map (updated by socket events, read per frame by the avatars). */
export interface PresenceState {
  visitors: Map<string, { name: string; x: number; z: number; heading: number; shownX: number; shownZ: number }>;
}

/** An empty presence state. */
export function createPresence(): PresenceState {
  return { visitors: new Map() };
}

/** Applies a `hall:join` answer or a `hall:presence` batch; `selfId` (our own pose) is skipped. */
export function applyPresence(
  state: PresenceState,
  batch: { joined?: VisitorPose[]; moved?: Omit<VisitorPose, 'name'>[]; left?: string[] },
  selfId: string | null,
): void {
  for (const v of batch.joined ?? []) {
    if (v.id === selfId) continue;
    const known = state.visitors.get(v.id);
    state.visitors.set(v.id, {
      name: v.name,
      x: v.x,
      z: v.z,
      heading: v.heading,
      shownX: known?.shownX ?? v.x,
      shownZ: known?.shownZ ?? v.z,
    });
  }
  for (const m of batch.moved ?? []) {
    const v = state.visitors.get(m.id);
    if (!v) continue; // moves of someone we never saw join: the next join batch brings their name
    v.x = m.x;
    v.z = m.z;
    v.heading = m.heading;
  }
  for (const id of batch.left ?? []) state.visitors.delete(id);
}

/** Whether a pose changed enough to be worth sending (saves bandwidth when standing still). */
export function poseChanged(a: { x: number; z: number; heading: number }, b: { x: number; z: number; heading: number }): boolean {
  return Math.abs(a.x - b.x) > 0.05 || Math.abs(a.z - b.z) > 0.05 || Math.abs(a.heading - b.heading) > 0.05;
}
