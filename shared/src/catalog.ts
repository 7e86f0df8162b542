import { z } from 'zod';
import { CLASS_SCHEMES, type ClassScheme, classScheme } from './classification/classCodes.js';
import type { ClassNode } from './classification/classification.js';
import { ClassCode, ClassCodeList } from './classification/classSchemas.js';
import type { ClassTitles } from './classification/classTitles.js';
import { ISO_COUNTRIES } from './countries.js';
import {
  type DealSource,
  EXHIBIT_STATUSES,
  type ExhibitStatus,
  type HallCategory,
  IP_TYPES,
  type IpType,
  ORG_KINDS,
  REGIONS,
  type Region,
  type Role,
  TRADE_MODES,
  type TradeMode,
} from './domain.js';
import type { ExhibitLicence } from './entities/deals.js';
import { FieldReason } from './errors.js';
import { BOOTH_PACKAGES, type BoothPackage } from './hallLayout.js';
import { Id } from './ids.js';
import { checkRegistrationNumber } from './ipNumbers/ipNumbers.js';
import { type LegalStatus, LegalStatusInput, legalStateFits, legalStateIssue } from './ipNumbers/legalStatus.js';
import { MAX_PRICE_MINOR, type Money, PositiveMoney } from './money.js';
import { boundedText, displayNameText, nameText, optionalText } from './text.js';

// ---------- entities (server → client shapes) ----------

/** The signed-in user as clients see it. */
export interface User {
  id: string;
  displayName: string;
  role: Role;
  email?: string;
  orgId?: string;
  orgName?: string;
  /** The organization's booth, once it has set one up (exhibitors). */
  boothId?: string;
}

/** An exhibiting institution. */
export interface Organization {
  id: string;
  name: string;
  kind: (typeof ORG_KINDS)[number];
  region: (typeof REGIONS)[number];
  country: string;
  verified: boolean;
  createdAt: number;
}

/** A hall as listed by `GET /api/expo`. */
export interface HallSummary {
  id: string;
  name: string;
  category: HallCategory;
  boothCount: number;
  /** Booth slots in the hall (600). */
  capacity: number;
  /** Slots no booth covers: a double takes 2 slots and an island 4, so a full hall holds fewer than `capacity` booths. */
  freeSlots: number;
  /** Visitors walking the hall right now (all nodes). */
  visitors: number;
  /** Booths in this hall hosting a live session now. */
  liveBooths: number;
}

/** A hall's geometry (metres, centred on the origin). */
export interface Hall {
  id: string;
  name: string;
  category: HallCategory;
  width: number;
  depth: number;
  capacity: number;
}

/** A booth as placed in a hall. */
export interface Booth {
  id: string;
  hallId: string;
  orgId: string;
  orgName: string;
  orgKind: Organization['kind'];
  region: Organization['region'];
  country: string;
  verified: boolean;
  name: string;
  tagline?: string;
  /**
   * The organization's logo as uploaded by booth staff (a 256-pixel square PNG made on the server), versioned by
   * its content: `/api/booths/<id>/logo?v=<hash>`. Absent when none was uploaded (clients draw a monogram).
   */
  logoUrl?: string;
  /** The booth's anchor slot: the first (top-left) of the slots its package covers. */
  slot: number;
  /** What the organization rents: one slot, a double (two side by side) or a 2×2 island. */
  package: BoothPackage;
  /** Centre and size of the whole footprint (all the package's slots and the aisles between them). */
  x: number;
  z: number;
  width: number;
  depth: number;
  exhibitCount: number;
  /** Exhibits per IP type, so a booth can be styled by what it shows. */
  typeCounts: { patent: number; trademark: number; copyright: number };
  /** True while the booth hosts a live session. */
  live: boolean;
  createdAt: number;
}

/** The largest logo upload accepted (PNG or JPEG), before the server resizes it. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** `POST /api/booths/:id/logo` (multipart, one part `file`: PNG or JPEG): the booth with its new `logoUrl`. */
export interface BoothLogoUploaded {
  booth: Booth;
}

/** One IP asset on show. */
export interface Exhibit {
  id: string;
  boothId: string;
  orgId: string;
  hallId: string;
  orgName: string;
  region: Organization['region'];
  type: (typeof IP_TYPES)[number];
  title: string;
  registrationNumber: string;
  jurisdiction: string;
  /** Canonical IPC (patents), Nice (trademarks) or Locarno (designs) classes; see `normaliseClass`. */
  classes: string[];
  summary?: string;
  askingPrice: Money;
  tradeModes: (typeof TRADE_MODES)[number][];
  status: ExhibitStatus;
  /** Where the right stands in the register, as stated by the exhibitor and verified by the organizer. */
  legalStatus: LegalStatus;
  createdAt: number;
  /** Licences granted through Pavilion (deals completed), oldest first. */
  licences?: ExhibitLicence[];
}

// ---------- REST bodies ----------

const email = z
  .string({ error: 'must be a string' })
  .max(254, 'must be at most 254 characters')
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email({ error: 'must be a valid email address' }));

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string({ error: 'must be a string' }).refine((c) => ISO_COUNTRIES.has(c), {
  message: 'must be an ISO 3166-1 alpha-2 code such as CN or US',
  params: { reason: FieldReason.unknownCountry },
});

/** A password someone chooses (registration, password change). */
export const NewPassword = z
  .string({ error: 'must be a string' })
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters');

/** Body of `POST /api/auth/register`. */
export const RegisterBody = z
  .strictObject({
    email,
    password: NewPassword,
    displayName: displayNameText(60),
    role: z.enum(['visitor', 'exhibitor'], { error: 'must be "visitor" or "exhibitor"' }),
    organization: z
      .strictObject({
        name: nameText(120, 2),
        kind: z.enum(ORG_KINDS, { error: `must be one of ${ORG_KINDS.join(', ')}` }),
        region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` }),
        country: CountryCode,
      })
      .optional(),
    /** Whether the user agrees that exhibitors may see their contact details as a lead. */
    shareContact: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.role === 'exhibitor' && !b.organization) {
      ctx.addIssue({
        code: 'custom',
        path: ['organization'],
        message: 'is required for exhibitors',
        params: { reason: FieldReason.organizationRequired },
      });
    }
    if (b.role === 'visitor' && b.organization) {
      ctx.addIssue({
        code: 'custom',
        path: ['organization'],
        message: 'is only for exhibitors',
        params: { reason: FieldReason.organizationNotAllowed },
      });
    }
    if (b.organization) {
      const { region, country } = b.organization;
      const expected: Record<string, string> = { GD: 'CN', MAINLAND: 'CN', HK: 'HK', MO: 'MO' };
      if (region === 'OVERSEAS' && ['CN', 'HK', 'MO'].includes(country)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organization', 'country'],
          message: 'must be outside CN/HK/MO for OVERSEAS',
          params: { reason: FieldReason.countryNotInRegion },
        });
      } else if (expected[region] && expected[region] !== country) {
        ctx.addIssue({
          code: 'custom',
          path: ['organization', 'country'],
          message: `must be ${expected[region]} for region ${region}`,
          params: { reason: FieldReason.countryNotInRegion, expected: expected[region] },
        });
      }
    }
  });
/** Body of `POST /api/auth/register`. */
export type RegisterBody = z.infer<typeof RegisterBody>;

/** Body of `POST /api/auth/login`. */
export const LoginBody = z.strictObject({
  email,
  password: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(200, 'is too long'),
});
/** Body of `POST /api/auth/login`. */
export type LoginBody = z.infer<typeof LoginBody>;

/** Body of `POST /api/auth/password`. */
export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(200, 'is too long'),
  newPassword: NewPassword,
});
/** Body of `POST /api/auth/password`. */
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;

/** Body of `POST /api/booths`. */
export const CreateBoothBody = z.strictObject({
  hallId: Id,
  name: nameText(80, 2),
  tagline: optionalText(160),
});
/** Body of `POST /api/booths`. */
export type CreateBoothBody = z.infer<typeof CreateBoothBody>;

/** Body of `PUT /api/booths/:id/package` (organizer). */
export const SetBoothPackageBody = z.strictObject({
  package: z.enum(BOOTH_PACKAGES, { error: `must be one of ${BOOTH_PACKAGES.join(', ')}` }),
});
/** Body of `PUT /api/booths/:id/package` (organizer). */
export type SetBoothPackageBody = z.infer<typeof SetBoothPackageBody>;

/** Body of `PATCH /api/booths/:id`. */
export const UpdateBoothBody = z
  .strictObject({ name: nameText(80, 2).optional(), tagline: optionalText(160) })
  .refine((b) => b.name !== undefined || b.tagline !== undefined, {
    message: 'name or tagline is required',
    params: { reason: FieldReason.nothingToChange },
  });
/** Body of `PATCH /api/booths/:id`. */
export type UpdateBoothBody = z.infer<typeof UpdateBoothBody>;

const registrationNumberText = boundedText(40, 2);
const exhibitJurisdiction = z
  .string({ error: 'must be a string' })
  .regex(/^([A-Z]{2}|EP|EU|WO)$/, 'must be a country code (CN, US, HK…) or EP / EU / WO');

/**
 * The refusal of a registration number that is not one of `jurisdiction`'s office for `type` (a wrong check
 * digit included), as a zod issue at `registrationNumber`; null when the number is fine.
 */
export function registrationNumberIssue(
  type: IpType,
  jurisdiction: string,
  registrationNumber: string,
): { message: string; params: { reason: FieldReason; example?: string } } | null {
  const check = checkRegistrationNumber(type, jurisdiction, registrationNumber);
  if (check.ok) return null;
  const reason = check.problem === 'checkDigit' ? FieldReason.checkDigit : FieldReason.registrationFormat;
  return { message: check.message, params: check.example ? { reason, example: check.example } : { reason } };
}

const exhibitFields = {
  title: boundedText(200, 3),
  registrationNumber: registrationNumberText,
  jurisdiction: exhibitJurisdiction,
  classes: ClassCodeList.optional(),
  summary: optionalText(2000),
  askingPrice: PositiveMoney,
  tradeModes: z
    .array(z.enum(TRADE_MODES, { error: `must be one of ${TRADE_MODES.join(', ')}` }))
    .min(1, 'needs at least one trade mode')
    .max(3)
    .refine((a) => new Set(a).size === a.length, { message: 'must not repeat a trade mode', params: { reason: FieldReason.repeated } }),
  /** Omitted on creation: `{ state: "pending" }`. */
  legalStatus: LegalStatusInput.optional(),
};

/** Body of `POST /api/exhibits`; the registration number is checked against the jurisdiction and type. */
export const CreateExhibitBody = z
  .strictObject({
    boothId: Id,
    type: z.enum(IP_TYPES, { error: `must be one of ${IP_TYPES.join(', ')}` }),
    ...exhibitFields,
  })
  .superRefine((b, ctx) => {
    const issue = registrationNumberIssue(b.type, b.jurisdiction, b.registrationNumber);
    if (issue) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], ...issue });
    if (b.legalStatus && !legalStateFits(b.type, b.legalStatus.state))
      ctx.addIssue({ code: 'custom', path: ['legalStatus', 'state'], ...legalStateIssue, params: { ...legalStateIssue.params } });
  });
/** Body of `POST /api/exhibits`. */
export type CreateExhibitBody = z.infer<typeof CreateExhibitBody>;

/**
 * Body of `PATCH /api/exhibits/:id` (booth staff). The type never changes, so the server checks a new
 * registration number (or jurisdiction) and legal state against the exhibit's stored type.
 */
export const UpdateExhibitBody = z
  .strictObject(exhibitFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'at least one field is required', params: { reason: FieldReason.nothingToChange } });
/** Body of `PATCH /api/exhibits/:id`. */
export type UpdateExhibitBody = z.infer<typeof UpdateExhibitBody>;

/** Orders of `GET /api/exhibits`: `relevance` is best match first for a text query and by id otherwise. */
export const SEARCH_SORTS = ['relevance', 'price-asc', 'price-desc', 'newest', 'title'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
/** The largest page `GET /api/exhibits` answers. */
export const MAX_SEARCH_PAGE_SIZE = 100;
/** The deepest page `GET /api/exhibits` answers (a narrower filter finds the rest). */
export const MAX_SEARCH_PAGE = 1_000;

const jurisdictionCode = z
  .string({ error: 'must be a string' })
  .regex(/^([A-Z]{2}|EP|EU|WO)$/, 'must be a country code (CN, US, HK…) or EP / EU / WO');

const minorUnits = z
  .string({ error: 'must be a whole number of minor units' })
  .regex(/^[0-9]{1,13}$/, 'must be a whole number of minor units')
  .transform(Number)
  .pipe(z.number().max(MAX_PRICE_MINOR, 'is larger than any price the expo accepts'));

const positiveInt = (max: number) =>
  z
    .string({ error: 'must be a whole number' })
    .regex(/^[0-9]{1,6}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(max, `must be at most ${max}`));

/** A comma list in a query string (`classes=H01,G06N`), each item trimmed, empty items dropped. */
const commaList = z
  .string({ error: 'must be a comma-separated list' })
  .max(400, 'must be at most 400 characters')
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  );

/**
 * Query of `GET /api/exhibits`. Filters combine with AND; `classes` matches an exhibit holding any of the
 * listed classes or a class below one of them (`H01` finds `H01M 10/052`). Paging is `page` + `pageSize`, or
 * the older `cursor` + `limit` (not both).
 */
export const SearchExhibitsQuery = z
  .strictObject({
    q: z.string({ error: 'must be a string' }).max(200, 'must be at most 200 characters').optional(),
    type: z.enum(IP_TYPES, { error: `must be one of ${IP_TYPES.join(', ')}` }).optional(),
    classes: commaList.pipe(ClassCodeList).optional(),
    jurisdiction: jurisdictionCode.optional(),
    tradeMode: z.enum(TRADE_MODES, { error: `must be one of ${TRADE_MODES.join(', ')}` }).optional(),
    minPrice: minorUnits.optional(),
    maxPrice: minorUnits.optional(),
    status: z.enum(EXHIBIT_STATUSES, { error: `must be one of ${EXHIBIT_STATUSES.join(', ')}` }).optional(),
    region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` }).optional(),
    hallId: Id.optional(),
    boothId: Id.optional(),
    sort: z.enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(', ')}` }).default('relevance'),
    page: positiveInt(MAX_SEARCH_PAGE).optional(),
    pageSize: positiveInt(MAX_SEARCH_PAGE_SIZE).optional(),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(1, 'must be at least 1')
      .max(MAX_SEARCH_PAGE_SIZE, `must be at most ${MAX_SEARCH_PAGE_SIZE}`)
      .optional(),
    cursor: z
      .string()
      .regex(/^[0-9]{1,6}$/, 'is not a cursor this server issued')
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.minPrice !== undefined && q.maxPrice !== undefined && q.minPrice > q.maxPrice) {
      ctx.addIssue({
        code: 'custom',
        path: ['minPrice'],
        message: 'must not be above maxPrice',
        params: { reason: FieldReason.aboveMaximum },
      });
    }
    if (q.page !== undefined && q.cursor !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'page through with page or with cursor, not both' });
    }
    if (q.pageSize !== undefined && q.limit !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['limit'], message: 'give pageSize or limit, not both' });
    }
  });
/** Query of `GET /api/exhibits`. */
export type SearchExhibitsQuery = z.infer<typeof SearchExhibitsQuery>;
/** What a client may send to `GET /api/exhibits` (before defaults), as typed values. */
export interface SearchExhibitsParams {
  q?: string;
  type?: IpType;
  classes?: string[];
  jurisdiction?: string;
  tradeMode?: TradeMode;
  minPrice?: number;
  maxPrice?: number;
  status?: ExhibitStatus;
  region?: Region;
  hallId?: string;
  boothId?: string;
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
  limit?: number;
  cursor?: string;
}

/** Counts per value of each filter, over the whole result of a search (every page), not just the page shown. */
export interface SearchFacets {
  type: Record<string, number>;
  /** IPC subclasses, Nice classes and Locarno classes of the matching exhibits (each exhibit once per value). */
  classes: Record<string, number>;
  jurisdiction: Record<string, number>;
  tradeMode: Record<string, number>;
  status: Record<string, number>;
  region: Record<string, number>;
  hall: Record<string, number>;
}

/** Answer of `GET /api/exhibits`. */
export interface SearchExhibitsAnswer {
  items: Exhibit[];
  total: number;
  /** The page answered (1-based) and its size. */
  page: number;
  pageSize: number;
  /** The next page as a cursor (for `cursor` paging), or null after the last. */
  nextCursor: string | null;
  facets: SearchFacets;
}

/** Query of `GET /api/classes`: one level of a classification tree (the top one without `parent`). */
export const ClassTreeQuery = z
  .strictObject({
    scheme: z.enum(CLASS_SCHEMES, { error: `must be one of ${CLASS_SCHEMES.join(', ')}` }),
    parent: ClassCode.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.parent !== undefined && classScheme(q.parent) !== q.scheme) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: `must be a class of the ${q.scheme} scheme`,
        params: { reason: FieldReason.unknownClass },
      });
    }
  });
/** Query of `GET /api/classes`. */
export type ClassTreeQuery = z.infer<typeof ClassTreeQuery>;

/** One class of a tree level with the number of exhibits filed under it (at any level below). */
export interface ClassTreeItem {
  code: string;
  level: ClassNode['level'];
  /** English, simplified Chinese and traditional Chinese (Hong Kong); pick one with `classTitleIn`. */
  title: ClassTitles;
  count: number;
  /** Whether the tree goes on below this class. */
  hasChildren: boolean;
}

/** Answer of `GET /api/classes`. */
export interface ClassTreeAnswer {
  scheme: ClassScheme;
  /** The class whose children these are, with its own parent (for a breadcrumb); null at the top. */
  parent: { code: string; title: ClassTitles; parent: string | null; count: number } | null;
  items: ClassTreeItem[];
}

/** Answer of `GET /api/expo`. */
export interface ExpoAnswer {
  name: string;
  halls: HallSummary[];
}

/** Answer of `GET /api/halls/:id`. */
export interface HallAnswer {
  hall: Hall;
  booths: Booth[];
}

/** Answer of `GET /api/booths/:id`. */
export interface BoothAnswer {
  booth: Booth;
  exhibits: Exhibit[];
  organization: Organization;
}

/** Answer of `POST /api/auth/register` and `/login`. */
export interface AuthAnswer {
  user: User;
  token: string;
}

/** Per-IP-type deal counters. */
export interface TypeTotals {
  count: number;
  amount: Money;
}

/** Answer of `GET /api/stats` and payload of `stats:updated`. */
export interface ExpoStats {
  deals: number;
  /** The agreed value of every deal (the headline, as the expo announces it). */
  totalAmount: Money;
  /** Value of the deals whose contract both parties signed (and that were not cancelled since). */
  signedValue: Money;
  /** Value of the deals completed: paid, recorded with the IP office and released to the seller. */
  completedValue: Money;
  byType: { patent: TypeTotals; trademark: TypeTotals; copyright: TypeTotals };
  exhibitors: number;
  overseasExhibitors: number;
  exhibits: number;
  visitorsOnline: number;
  /** Deals by the seller's region. */
  byRegion: Record<'GD' | 'HK' | 'MO' | 'MAINLAND' | 'OVERSEAS', TypeTotals>;
  /** Distinct copyrights traded (the expo reported "2,323 copyrights involved"). */
  copyrightsInvolved: number;
  /** Distinct visitors (accounts, or guest connections) since midnight UTC. */
  uniqueVisitorsToday: number;
  /** The latest deals, newest first (at most {@link RECENT_DEALS}); buyers are never named. */
  recentDeals: DealTick[];
  /** Every hall with its deals, by amount (largest first). */
  topHalls: LeaderRow[];
  /** The exhibitors (selling organizations) with the largest deal amounts, at most {@link TOP_EXHIBITORS}. */
  topExhibitors: LeaderRow[];
}

/** How many deals `ExpoStats.recentDeals` carries. */
export const RECENT_DEALS = 12;
/** How many exhibitors `ExpoStats.topExhibitors` carries. */
export const TOP_EXHIBITORS = 10;

/** One deal as the public ticker shows it: what was traded and for how much, never who bought it. */
export interface DealTick {
  id: string;
  at: number;
  ipType: IpType;
  amount: Money;
  exhibitId: string;
  exhibitTitle: string;
  hallId: string;
  sellerRegion: Region;
  source: DealSource;
}

/** A hall or an exhibitor in a leader board. */
export interface LeaderRow {
  id: string;
  name: string;
  /** Exhibitors only: the organization's region. */
  region?: Region;
  count: number;
  amount: Money;
}

/** Bucket sizes of `GET /api/stats/series`. */
export const SERIES_BUCKETS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
export type SeriesBucket = keyof typeof SERIES_BUCKETS;

/** Query of `GET /api/stats/series`. */
export const StatsSeriesQuery = z.strictObject({
  /** Omitted: the smallest bucket that keeps the series at most 120 points long. */
  bucket: z.enum(['minute', 'hour', 'day'], { error: 'must be minute, hour or day' }).optional(),
});

/** One time bucket of deal value (amounts of the deals agreed in it, not cumulative). */
export interface SeriesPoint {
  /** Start of the bucket, epoch ms (UTC). */
  t: number;
  byType: Record<IpType, Money>;
  byRegion: Record<Region, Money>;
}

/** Answer of `GET /api/stats/series`: every bucket from the first deal's to now's, empty ones included. */
export interface StatsSeries {
  bucket: SeriesBucket;
  bucketMs: number;
  points: SeriesPoint[];
}

/** Query of `GET /api/deals`. */
export const DealsQuery = z.strictObject({
  format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).optional(),
  /** `all` is the organizer's whole ledger; others may only ask for their own deals. */
  scope: z.enum(['own', 'all'], { error: 'must be own or all' }).optional(),
  type: z.enum(IP_TYPES, { error: `must be one of ${IP_TYPES.join(', ')}` }).optional(),
  region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` }).optional(),
  source: z.enum(['auction', 'negotiation'], { error: 'must be auction or negotiation' }).optional(),
  from: z.iso.date({ error: 'must be a date like 2026-11-25' }).optional(),
  to: z.iso.date({ error: 'must be a date like 2026-11-25' }).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(10_000).default(1_000),
});
/** Query of `GET /api/deals`. */
export type DealsQuery = z.infer<typeof DealsQuery>;
