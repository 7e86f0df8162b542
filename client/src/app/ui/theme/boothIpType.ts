import { IP_TYPES, type IpType } from '@pavilion/shared';

/** Exhibits per IP type, as `Booth.typeCounts` carries them. */
export type TypeCounts = Record<IpType, number>;

/** The IP type a booth shows most of (ties go to the earlier of patent, trademark, copyright); null when it shows nothing yet. */
export function dominantIpType(counts: TypeCounts | undefined): IpType | null {
  if (!counts) return null;
  let best: IpType | null = null;
  for (const type of IP_TYPES) if ((counts[type] ?? 0) > 0 && (best === null || counts[type] > counts[best])) best = type;
  return best;
}

/**
 * The IP type of each of a booth's `n` display stands, the most shown type first: every type it shows gets a
 * stand while there are enough, the rest go by highest exhibits per stand (D'Hondt), so 5 patents and
 * 1 trademark on 3 stands → patent, patent, trademark.
 */
export function standTypes(counts: TypeCounts | undefined, n: number): IpType[] {
  if (!counts || n <= 0) return [];
  const present = IP_TYPES.filter((t) => (counts[t] ?? 0) > 0).sort((a, b) => counts[b] - counts[a]);
  if (present.length === 0) return [];
  const stands = new Map<IpType, number>(present.slice(0, n).map((t) => [t, 1]));
  for (let left = n - stands.size; left > 0; left--) {
    let best = present[0] as IpType;
    for (const t of present) if (counts[t] / ((stands.get(t) ?? 0) + 1) > counts[best] / ((stands.get(best) ?? 0) + 1)) best = t;
    stands.set(best, (stands.get(best) ?? 0) + 1);
  }
  return present.flatMap((t) => Array<IpType>(stands.get(t) ?? 0).fill(t));
}
