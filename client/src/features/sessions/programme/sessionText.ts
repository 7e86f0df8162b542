import type { LiveSession } from '@pavilion/shared';

/** Who presents: "booth · organization", or just the booth when the organization has the same name. */
export function presenterText(s: Pick<LiveSession, 'boothName' | 'orgName'>): string {
  const same = !s.orgName || s.boothName.trim().toLowerCase() === s.orgName.trim().toLowerCase();
  return same ? s.boothName : `${s.boothName} · ${s.orgName}`;
}
