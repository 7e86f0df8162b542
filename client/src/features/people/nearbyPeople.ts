import { PEOPLE } from '@pavilion/shared';

/** Someone near us, as the People panel lists them. */
export interface NearbyPerson {
  id: string;
  name: string | null;
  org: string | null;
  dnd: boolean;
  /** Metres from us. */
  distance: number;
}

/** The visitors within waving distance of `me`, nearest first, at most `limit`. */
export function nearbyPeople(
  visitors: Iterable<{ id: string; name: string | null; org: string | null; dnd: boolean; shown: { x: number; z: number } }>,
  me: { x: number; z: number },
  limit = 12,
): NearbyPerson[] {
  const out: NearbyPerson[] = [];
  for (const v of visitors) {
    const distance = Math.hypot(v.shown.x - me.x, v.shown.z - me.z);
    // A little under the server's radius: what the list offers, the server accepts despite ~0.2 s of lag.
    if (distance <= PEOPLE.nearbyMetres - 0.5) out.push({ id: v.id, name: v.name, org: v.org, dnd: v.dnd, distance });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id)).slice(0, limit);
}
