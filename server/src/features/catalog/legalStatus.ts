import type { LegalStatus, LegalStatusInput } from '@pavilion/shared';

/** The Lua library that refuses trades on lapsed or expired rights; scripts that start a trade compose it in. */
export const LEGAL_STATUS_LUA = { file: './legalStatus.lua', base: import.meta.url };

/** Field/value pairs of an exhibit hash for a stated legal status (absent parts are stored empty). */
export function legalStatusFields(s: LegalStatusInput): string[] {
  return [
    'legalState',
    s.state,
    'legalExpiresAt',
    s.expiresAt === undefined ? '' : String(s.expiresAt),
    'legalOwner',
    s.ownerOfRecord ?? '',
    'legalEncumbrances',
    s.encumbrances && s.encumbrances.length > 0 ? JSON.stringify(s.encumbrances) : '',
  ];
}

/** The legal status of an exhibit hash; one written before legal statuses existed reads as pending. */
export function toLegalStatus(r: Record<string, string>): LegalStatus {
  const s: LegalStatus = { state: (r.legalState || 'pending') as LegalStatus['state'], version: Number(r.legalVersion ?? 0) };
  if (r.legalExpiresAt) s.expiresAt = Number(r.legalExpiresAt);
  if (r.legalOwner) s.ownerOfRecord = r.legalOwner;
  if (r.legalEncumbrances) s.encumbrances = JSON.parse(r.legalEncumbrances) as string[];
  if (r.legalVerifiedAt) {
    s.verifiedAt = Number(r.legalVerifiedAt);
    s.verifiedBy = r.legalVerifiedBy ?? '';
  }
  return s;
}
