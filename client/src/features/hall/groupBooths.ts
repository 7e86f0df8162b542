import type { Booth } from '@pavilion/shared';
import { zoneOfBooth } from '../hall3d';

/** Booths grouped by hall block (A1, A2, … D5), blocks and booths in walking order (by slot). */
export function groupBoothsByZone<B extends Pick<Booth, 'x' | 'z' | 'slot'>>(booths: readonly B[]): { zone: string; booths: B[] }[] {
  const byZone = new Map<string, B[]>();
  for (const b of [...booths].sort((a, c) => a.slot - c.slot)) {
    const zone = zoneOfBooth(b);
    const list = byZone.get(zone);
    if (list) list.push(b);
    else byZone.set(zone, [b]);
  }
  return [...byZone.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([zone, list]) => ({ zone, booths: list }));
}
