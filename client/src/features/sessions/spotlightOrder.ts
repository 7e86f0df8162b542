/** The exhibit "Next" spotlights: the one after the current in the booth's order, wrapping round; the first when none is on. */
export function nextSpotlightId(exhibitIds: readonly string[], current: string | null): string | null {
  if (exhibitIds.length === 0) return null;
  const at = current === null ? -1 : exhibitIds.indexOf(current);
  return exhibitIds[(at + 1) % exhibitIds.length] ?? null;
}
