/** Closed sets of the expo's domain, as objects made by `enumOf` with derived types (no enums). */

/** The key of a value in a closed set: the value in camelCase (`research-institute` → `researchInstitute`). */
type KeyOf<V extends string> = V extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<KeyOf<Tail>>}` : V;

/**
 * A closed set from its values, in order: an object with each value under its camelCase key, typed like the
 * `as const` object written out (`enumOf('available', 'in-auction')` is `{ available: 'available', inAuction: 'in-auction' }`).
 */
export function enumOf<const V extends string>(...values: V[]): { readonly [K in V as KeyOf<K>]: K } {
  return Object.fromEntries(values.map((v) => [v.replace(/-(.)/g, (_, c: string) => c.toUpperCase()), v])) as {
    readonly [K in V as KeyOf<K>]: K;
  };
}

/** One of the values of a closed set (`ValueOf<typeof Role>`). */
export type ValueOf<T> = T[keyof T];

/** Account roles. */
export const Role = enumOf('visitor', 'exhibitor', 'organizer');
/** One of {@link Role}. */
export type Role = ValueOf<typeof Role>;

/** Where an organization is based; drives the "overseas exhibitors" figure and the region badge. */
export const Region = enumOf('GD', 'HK', 'MO', 'MAINLAND', 'OVERSEAS');
/** One of {@link Region}. */
export type Region = ValueOf<typeof Region>;
/** All regions in display order. */
export const REGIONS = Object.values(Region);

/** What kind of institution an organization is. */
export const OrgKind = enumOf('enterprise', 'university', 'research-institute', 'ip-service', 'high-tech-park', 'individual');
/** One of {@link OrgKind}. */
export type OrgKind = ValueOf<typeof OrgKind>;
/** All organization kinds. */
export const ORG_KINDS = Object.values(OrgKind);

/** The three kinds of intellectual property traded. */
export const IpType = enumOf('patent', 'trademark', 'copyright');
/** One of {@link IpType}. */
export type IpType = ValueOf<typeof IpType>;
/** All IP types. */
export const IP_TYPES = Object.values(IpType);

/** How an exhibit may be traded. */
export const TradeMode = enumOf('assignment', 'exclusive', 'non-exclusive');
/** One of {@link TradeMode}. */
export type TradeMode = ValueOf<typeof TradeMode>;
/** All trade modes. */
export const TRADE_MODES = Object.values(TradeMode);

/** An exhibit's trading status. */
export const ExhibitStatus = enumOf('available', 'negotiating', 'in-auction', 'sold');
/** One of {@link ExhibitStatus}. */
export type ExhibitStatus = ValueOf<typeof ExhibitStatus>;
/** All exhibit statuses. */
export const EXHIBIT_STATUSES = Object.values(ExhibitStatus);

/** Themes of the halls; each hall has one and the 3D scene styles itself after it. */
export const HallCategory = enumOf('patent', 'trademark', 'copyright', 'regional', 'international');
/** One of {@link HallCategory}. */
export type HallCategory = ValueOf<typeof HallCategory>;

/** Where a deal came from. */
export const DealSource = enumOf('auction', 'negotiation');
/** One of {@link DealSource}. */
export type DealSource = ValueOf<typeof DealSource>;
