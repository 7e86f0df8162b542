/**
 * Re-assigns a fixed pool of label slots to the booths that should have a label now.
 * A booth that already has a slot keeps it (no repaint); freed slots take the newcomers; the rest go empty.
 * Returns the booth id per slot (null = hidden).
 */
export function assignLabels(current: readonly (string | null)[], wanted: readonly string[]): (string | null)[] {
  const want = new Set(wanted.slice(0, current.length));
  const next: (string | null)[] = current.map((id) => (id !== null && want.has(id) ? id : null));
  const placed = new Set(next.filter((id): id is string => id !== null));
  let free = 0;
  for (const id of wanted) {
    if (placed.has(id)) continue;
    while (free < next.length && next[free] !== null) free++;
    if (free >= next.length) break;
    next[free] = id;
    placed.add(id);
  }
  return next;
}
