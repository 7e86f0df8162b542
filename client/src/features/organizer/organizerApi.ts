import type { OrgKind, Region } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';
import type { LedgerDeal } from '../exhibitor/analytics/analyticsApi';
import { type LedgerFilters, ledgerPath } from './ledgerQuery';

// The organizer answers are declared by the server (features/analytics/analyticsService.ts) and are not
// in `shared/` yet; these mirror them field for field until they move there.

/** An organization as the verification queue lists it. */
export interface QueuedOrganization {
  id: string;
  name: string;
  region: Region;
  country: string;
  kind: OrgKind;
  verified: boolean;
  /** Its booth, once it has set one up. */
  boothId?: string;
}

/** `detail` of a deletion: the message, who wrote it and how it began (its first 120 characters). */
export interface DeletionDetail {
  messageId: string;
  userId: string;
  userName: string;
  excerpt: string;
}

/** `detail` of a mute: who, and for how long. */
export interface MuteDetail {
  userId: string;
  userName: string;
  minutes: number;
}

/** One moderation step, newest first in the log. `by` is the moderator's user id, `byName` their name. */
export interface ModerationEntry {
  id: string;
  at: number;
  action: string;
  room: string;
  by: string;
  byName: string;
  /** By `action`; read it through `readModerationDetail` (entries logged by older servers lack the names). */
  detail: DeletionDetail | MuteDetail | Record<string, unknown>;
}

/** A filter of the verification queue (unset = any). */
export interface OrganizationFilter {
  verified?: boolean;
  region?: Region;
}

/** The organizer-only routes of the console. */
export const organizerApi = {
  organizations: (filter: OrganizationFilter, opts?: RequestOptions) => {
    const q = new URLSearchParams();
    if (filter.verified !== undefined) q.set('verified', String(filter.verified));
    if (filter.region) q.set('region', filter.region);
    const s = q.toString();
    return request<{ items: QueuedOrganization[] }>('GET', `/organizations${s ? `?${s}` : ''}`, undefined, opts);
  },
  /** Verifies (or withdraws the verification of) an organization: its booth shows the verified badge. */
  setVerified: (orgId: string, verified: boolean) =>
    request<{ ok: true; verified: boolean }>('POST', `/organizations/${encodeURIComponent(orgId)}/verify`, { verified }),
  moderation: (opts?: RequestOptions) => request<{ items: ModerationEntry[] }>('GET', '/moderation', undefined, opts),
  /** The whole ledger, filtered, newest first. */
  ledger: (filters: LedgerFilters, opts?: RequestOptions) => request<{ items: LedgerDeal[] }>('GET', ledgerPath(filters), undefined, opts),
};
