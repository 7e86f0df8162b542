import type {
  Booth,
  BoothPackage,
  DealsAnswer,
  Exhibit,
  LedgerFilters,
  LegalQueueAnswer,
  ModerationAnswer,
  OrganizationsAnswer,
  Region,
  VerifyAnswer,
} from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';
import { ledgerPath } from './ledgerQuery';

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
    return request<OrganizationsAnswer>('GET', `/organizations${s ? `?${s}` : ''}`, undefined, opts);
  },
  /** Verifies (or withdraws the verification of) an organization: its booth shows the verified badge. */
  setVerified: (orgId: string, verified: boolean) =>
    request<VerifyAnswer>('POST', `/organizations/${encodeURIComponent(orgId)}/verify`, { verified }),
  /** Exhibits whose stated legal status nobody has checked against the register yet. */
  legalQueue: (opts?: RequestOptions) => request<LegalQueueAnswer>('GET', '/legal-status/queue?limit=100', undefined, opts),
  /** Marks the version read of an exhibit's legal status as verified against the register. */
  verifyLegalStatus: (exhibitId: string, version: number) =>
    request<{ exhibit: Exhibit }>('POST', `/exhibits/${encodeURIComponent(exhibitId)}/legal-status/verify`, { version }),
  /** Gives a booth another package; the server places it or refuses (`noRoomForPackage`). */
  setBoothPackage: (boothId: string, pkg: BoothPackage) =>
    request<{ booth: Booth }>('PUT', `/booths/${encodeURIComponent(boothId)}/package`, { package: pkg }),
  moderation: (opts?: RequestOptions) => request<ModerationAnswer>('GET', '/moderation', undefined, opts),
  /** The whole ledger, filtered, newest first. */
  ledger: (filters: LedgerFilters, opts?: RequestOptions) => request<DealsAnswer>('GET', ledgerPath(filters), undefined, opts),
};

/** The console's reads in the query cache; a prefix (`all`, `ledgers`) invalidates every filter of it at once. */
export const organizerKeys = {
  all: ['organizer'] as const,
  halls: () => [...organizerKeys.all, 'halls'] as const,
  organizations: (filter: OrganizationFilter) => [...organizerKeys.all, 'organizations', filter] as const,
  ledgers: () => [...organizerKeys.all, 'ledger'] as const,
  ledger: (filters: LedgerFilters) => [...organizerKeys.ledgers(), filters] as const,
  moderation: () => [...organizerKeys.all, 'moderation'] as const,
  legalQueue: () => [...organizerKeys.all, 'legal-queue'] as const,
  packageHalls: () => [...organizerKeys.all, 'package-halls'] as const,
  packageHall: (hallId: string) => [...organizerKeys.all, 'package-hall', hallId] as const,
};
