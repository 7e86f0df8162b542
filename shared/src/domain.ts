/** Closed sets of the expo's domain, as `as const` objects with derived types (no enums). */

/** Account roles. */
export const Role = { visitor: 'visitor', exhibitor: 'exhibitor', organizer: 'organizer' } as const;
/** One of {@link Role}. */
export type Role = (typeof Role)[keyof typeof Role];

/** Where an organization is based; drives the "overseas exhibitors" figure and the region badge. */
export const Region = { GD: 'GD', HK: 'HK', MO: 'MO', MAINLAND: 'MAINLAND', OVERSEAS: 'OVERSEAS' } as const;
/** One of {@link Region}. */
export type Region = (typeof Region)[keyof typeof Region];
/** All regions in display order. */
export const REGIONS = Object.values(Region);

/** What kind of institution an organization is. */
export const OrgKind = {
  enterprise: 'enterprise',
  university: 'university',
  researchInstitute: 'research-institute',
  ipService: 'ip-service',
  highTechPark: 'high-tech-park',
  individual: 'individual',
} as const;
/** One of {@link OrgKind}. */
export type OrgKind = (typeof OrgKind)[keyof typeof OrgKind];
/** All organization kinds. */
export const ORG_KINDS = Object.values(OrgKind);

/** The three kinds of intellectual property traded. */
export const IpType = { patent: 'patent', trademark: 'trademark', copyright: 'copyright' } as const;
/** One of {@link IpType}. */
export type IpType = (typeof IpType)[keyof typeof IpType];
/** All IP types. */
export const IP_TYPES = Object.values(IpType);

/** How an exhibit may be traded. */
export const TradeMode = { assignment: 'assignment', exclusive: 'exclusive', nonExclusive: 'non-exclusive' } as const;
/** One of {@link TradeMode}. */
export type TradeMode = (typeof TradeMode)[keyof typeof TradeMode];
/** All trade modes. */
export const TRADE_MODES = Object.values(TradeMode);

/** An exhibit's trading status. */
export const ExhibitStatus = {
  available: 'available',
  negotiating: 'negotiating',
  inAuction: 'in-auction',
  sold: 'sold',
} as const;
/** One of {@link ExhibitStatus}. */
export type ExhibitStatus = (typeof ExhibitStatus)[keyof typeof ExhibitStatus];
/** All exhibit statuses. */
export const EXHIBIT_STATUSES = Object.values(ExhibitStatus);

/** Themes of the halls; each hall has one and the 3D scene styles itself after it. */
export const HallCategory = {
  patent: 'patent',
  trademark: 'trademark',
  copyright: 'copyright',
  regional: 'regional',
  international: 'international',
} as const;
/** One of {@link HallCategory}. */
export type HallCategory = (typeof HallCategory)[keyof typeof HallCategory];

/** Where a deal came from. */
export const DealSource = { auction: 'auction', negotiation: 'negotiation' } as const;
/** One of {@link DealSource}. */
export type DealSource = (typeof DealSource)[keyof typeof DealSource];
