/**
 * The deterministic seed data set: exhibitors, their booths and their IP exhibits, at the scale of the
 * 2020 Greater Bay Area IP Exchange Expo (2,469 exhibitors, 175 overseas, 17,000 exhibits) or as a small
 * demo that is exactly the first 60 exhibitors of the full set. Pure: no I/O, same seed → same data.
 *
 * Two stages keep the demo a prefix of the full set:
 * 1. a plan for every exhibitor (region, kind, main IP type, exhibit count, hall), cheap and global, because
 *    exact totals and hall capacities are properties of the whole set;
 * 2. content (names, titles, numbers, prices) per exhibitor in order, each from its own random stream,
 *    so the demo stops after exhibitor 60 and gets exactly what the full run produces for them.
 */
import type { IpType, LegalState, Money, OrgKind, Region, TradeMode } from '@pavilion/shared';
import { type BoothPackage, cnPatentCheckDigit, MINOR_PER_YUAN, packageSize, SLOTS_PER_HALL } from '@pavilion/shared';
import { createRandom, deriveSeed, type Random } from './random.js';
import {
  BRAND_BLOCKLIST,
  BRAND_CONSONANTS,
  BRAND_HEADS,
  BRAND_TAILS,
  BRAND_VOWELS,
  CANTONESE_SYLLABLES,
  CN_FAMILY,
  CN_GIVEN,
  CN_UNIVERSITIES,
  COPYRIGHT_CATEGORIES,
  type CopyrightCategory,
  FIELDS,
  type FieldVocabulary,
  GD_CITIES,
  GD_DISTRICTS,
  HK_DISTRICTS,
  HK_ENGLISH_BRANDS,
  HK_FAMILY,
  HK_GIVEN,
  HK_PLACES,
  INSTITUTE_TEMPLATES,
  INVENTION_TEMPLATES,
  IP_SERVICE_TEMPLATES,
  KIND_TAGLINES,
  MAINLAND_CITIES,
  MARK_FIRST,
  MARK_SECOND,
  MO_DISTRICTS,
  MO_FAMILY,
  MO_GIVEN,
  MO_PLACES,
  NICE_GOODS,
  OVERSEAS_COUNTRIES,
  OVERSEAS_INSTITUTE_TEMPLATES,
  OVERSEAS_IP_SERVICE_TEMPLATES,
  OVERSEAS_PEOPLE,
  OVERSEAS_ROOTS,
  OVERSEAS_UNIVERSITY_TEMPLATES,
  PARK_TEMPLATES,
  PATENT_NOTES,
  PINYIN_SYLLABLES,
  QUALIFIERS,
  SAR_IP_SERVICE_TEMPLATES,
  SCHOOLS,
  TRADEMARK_NOTES,
  UTILITY_TEMPLATES,
  WORK_FORMS,
  WORK_NOTES,
  WORK_SUBJECTS,
  WORK_THEMES,
} from './vocabulary.js';

/** How much data to generate. */
export type SeedScale = 'demo' | 'full';

/** An exhibiting organization. */
export interface SeedOrg {
  id: string;
  name: string;
  kind: OrgKind;
  region: Region;
  country: string;
  staffName: string;
  staffEmail: string;
  verified: boolean;
}

/** The hall ids the seed places booths in. */
export const SEED_HALL_IDS = ['patents', 'trademarks', 'copyrights', 'gba', 'international'] as const;
/** One of {@link SEED_HALL_IDS}. */
export type HallId = (typeof SEED_HALL_IDS)[number];

/** An organization's booth (one per organization). */
export interface SeedBooth {
  id: string;
  orgId: string;
  hallId: HallId;
  name: string;
  tagline: string;
  package: BoothPackage;
}

/** One IP asset on show. */
export interface SeedExhibit {
  id: string;
  boothId: string;
  orgId: string;
  type: IpType;
  title: string;
  registrationNumber: string;
  jurisdiction: string;
  classes: string[];
  summary: string;
  askingPrice: Money;
  tradeModes: TradeMode[];
  status: 'available';
  legalStatus: SeedLegalStatus;
}

/** An exhibit's legal status as seeded: `verifiedAt` set when the organizer has checked it against the register. */
export interface SeedLegalStatus {
  state: LegalState;
  expiresAt?: number;
  ownerOfRecord: string;
  encumbrances?: string[];
  verifiedAt?: number;
}

/** The generated data set; booths[i] and the first exhibits belong to orgs[i], in order. */
export interface SeedExpo {
  orgs: SeedOrg[];
  booths: SeedBooth[];
  exhibits: SeedExhibit[];
}

/** The figures of the 2020 expo the full scale reproduces. */
const FULL_ORGS = 2469;
const FULL_EXHIBITS = 17_000;
/** Exhibitors per region at full scale (175 overseas as reported; the rest ≈ 55 % GD, 7 % HK, 3 % MO of all). */
const REGION_COUNTS: Readonly<Record<Region, number>> = { GD: 1358, HK: 173, MO: 74, MAINLAND: 689, OVERSEAS: 175 };
/** The demo's exhibitors: a cross-section with every region, kind and hall. */
const DEMO_ORGS = 60;
const DEMO_REGION_COUNTS: Readonly<Record<Region, number>> = { GD: 30, MAINLAND: 18, HK: 5, MO: 3, OVERSEAS: 4 };
const MAX_EXHIBITS_PER_ORG = 30;
/** Bigger booths: islands and doubles among the demo's exhibitors, and shares of all exhibitors at full scale. */
const DEMO_PACKAGES = { island: 5, double: 12 } as const;
const FULL_PACKAGE_SHARES = { island: 0.03, double: 0.1 } as const;
/** Booth slots a hall holds: its slot grid. */
const HALL_CAPACITY = SLOTS_PER_HALL;
const DEFAULT_SEED = 2020;

/** Share of organization kinds per region (apportioned exactly, so the ranking never depends on the seed). */
const KIND_SHARES: Readonly<Record<Region, Readonly<Record<OrgKind, number>>>> = {
  GD: { enterprise: 68, university: 10, 'research-institute': 8, 'ip-service': 7, 'high-tech-park': 5, individual: 2 },
  MAINLAND: { enterprise: 68, university: 10, 'research-institute': 8, 'ip-service': 7, 'high-tech-park': 5, individual: 2 },
  HK: { enterprise: 70, university: 9, 'research-institute': 8, 'ip-service': 7, 'high-tech-park': 4, individual: 2 },
  MO: { enterprise: 68, university: 10, 'research-institute': 8, 'ip-service': 8, 'high-tech-park': 3, individual: 3 },
  OVERSEAS: { enterprise: 72, university: 12, 'research-institute': 10, 'ip-service': 6, 'high-tech-park': 0, individual: 0 },
};

/** An organization's main IP type, by kind. */
const PRIMARY_TYPE_WEIGHTS: Readonly<Record<OrgKind, Readonly<Record<IpType, number>>>> = {
  enterprise: { patent: 52, trademark: 35, copyright: 13 },
  university: { patent: 80, trademark: 5, copyright: 15 },
  'research-institute': { patent: 85, trademark: 5, copyright: 10 },
  'ip-service': { patent: 55, trademark: 30, copyright: 15 },
  'high-tech-park': { patent: 60, trademark: 25, copyright: 15 },
  individual: { patent: 35, trademark: 15, copyright: 50 },
};
/** Share of an organization's further exhibits that are of its main type; the rest follow {@link MIXED_TYPE_WEIGHTS}. */
const PRIMARY_TYPE_SHARE = 0.7;
const MIXED_TYPE_WEIGHTS: Readonly<Record<IpType, number>> = { patent: 56, trademark: 28, copyright: 16 };

/** Exhibit counts per kind: log-uniform ranges before the total is trimmed to 17,000. */
const EXHIBIT_RANGES: Readonly<Record<OrgKind, readonly [number, number]>> = {
  enterprise: [1, 15],
  university: [3, 30],
  'research-institute': [3, 30],
  'ip-service': [3, 30],
  'high-tech-park': [2, 24],
  individual: [1, 3],
};

const TYPE_HALL: Readonly<Record<IpType, HallId>> = { patent: 'patents', trademark: 'trademarks', copyright: 'copyrights' };

/** Asking-price ranges in yuan (inclusive), by IP type. */
const PRICE_RANGES: Readonly<Record<IpType, readonly [number, number]>> = {
  patent: [50_000, 8_000_000],
  trademark: [10_000, 3_000_000],
  copyright: [5_000, 800_000],
};

/** How often each trade mode is offered, by IP type. */
const TRADE_MODE_ODDS: Readonly<Record<IpType, Readonly<Record<TradeMode, number>>>> = {
  patent: { assignment: 0.6, exclusive: 0.45, 'non-exclusive': 0.55 },
  trademark: { assignment: 0.92, exclusive: 0.12, 'non-exclusive': 0.1 },
  copyright: { assignment: 0.3, exclusive: 0.45, 'non-exclusive': 0.7 },
};
const FALLBACK_TRADE_MODE: Readonly<Record<IpType, TradeMode>> = {
  patent: 'assignment',
  trademark: 'assignment',
  copyright: 'non-exclusive',
};

type PatentOffice = 'CN' | 'US' | 'EP' | 'JP' | 'KR' | 'DE' | 'GB' | 'HK' | 'MO' | 'WO';
type TrademarkOffice = 'CN' | 'US' | 'EU' | 'HK' | 'MO' | 'WO';

const DOMESTIC_PATENT_OFFICES: Readonly<Record<Exclude<Region, 'OVERSEAS'>, Partial<Record<PatentOffice, number>>>> = {
  GD: { CN: 91, US: 4, EP: 3, WO: 2 },
  MAINLAND: { CN: 93, US: 3, EP: 2, WO: 2 },
  HK: { HK: 55, CN: 35, US: 10 },
  MO: { MO: 50, CN: 40, HK: 10 },
};
const DOMESTIC_TRADEMARK_OFFICES: Readonly<Record<Exclude<Region, 'OVERSEAS'>, Partial<Record<TrademarkOffice, number>>>> = {
  GD: { CN: 88, HK: 4, US: 3, EU: 2, WO: 3 },
  MAINLAND: { CN: 92, US: 3, EU: 2, WO: 3 },
  HK: { HK: 65, CN: 30, WO: 5 },
  MO: { MO: 55, CN: 30, HK: 15 },
};

// ---------- plan ----------

interface OrgPlan {
  index: number;
  region: Region;
  country: string;
  kind: OrgKind;
  primaryType: IpType;
  exhibitCount: number;
  package: BoothPackage;
  hallId: HallId;
}

/** Splits `total` by `shares` exactly (largest remainder), in key order. */
function apportion<K extends string>(total: number, shares: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const out = {} as Record<K, number>;
  const rest: { key: K; frac: number }[] = [];
  let given = 0;
  for (const key of keys) {
    const exact = (total * shares[key]) / sum;
    out[key] = Math.floor(exact);
    given += out[key];
    rest.push({ key, frac: exact - out[key] });
  }
  rest.sort((a, b) => b.frac - a.frac);
  for (let i = 0; given < total; i++, given++) {
    const r = rest[i % rest.length] as { key: K };
    out[r.key] += 1;
  }
  return out;
}

function expand<K extends string>(counts: Readonly<Record<K, number>>): K[] {
  const out: K[] = [];
  for (const key of Object.keys(counts) as K[]) for (let i = 0; i < counts[key]; i++) out.push(key);
  return out;
}

/** Halls in the order an organization tries them: its preferred hall, its IP type's hall, then the rest. */
function hallPreference(region: Region, primaryType: IpType): HallId[] {
  const preferred: HallId = region === 'OVERSEAS' ? 'international' : region === 'MAINLAND' ? TYPE_HALL[primaryType] : 'gba';
  return [...new Set<HallId>([preferred, TYPE_HALL[primaryType], ...SEED_HALL_IDS])];
}

function planExpo(seed: number): OrgPlan[] {
  const rng = createRandom(deriveSeed(seed, 0x706c616e));

  // Regions: the demo's cross-section first, then the rest, each shuffled.
  const restCounts = { ...REGION_COUNTS };
  for (const region of Object.keys(DEMO_REGION_COUNTS) as Region[]) restCounts[region] -= DEMO_REGION_COUNTS[region];
  const regions = [...rng.shuffle(expand(DEMO_REGION_COUNTS)), ...rng.shuffle(expand(restCounts))];

  // Kinds: exact shares per region, dealt in shuffled order to that region's organizations.
  const kinds: OrgKind[] = new Array(FULL_ORGS);
  const positionsByRegion = new Map<Region, number[]>();
  regions.forEach((region, i) => {
    const list = positionsByRegion.get(region) ?? [];
    list.push(i);
    positionsByRegion.set(region, list);
  });
  for (const [region, positions] of positionsByRegion) {
    const deck = rng.shuffle(expand(apportion(positions.length, KIND_SHARES[region])));
    positions.forEach((pos, k) => {
      kinds[pos] = deck[k] as OrgKind;
    });
  }
  // The demo shows every kind: swap a missing kind in from later in the same region.
  for (const kind of Object.keys(KIND_SHARES.GD) as OrgKind[]) {
    if (kinds.slice(0, DEMO_ORGS).includes(kind)) continue;
    const from = kinds.findIndex((k, i) => i >= DEMO_ORGS && k === kind && regions[i] !== 'OVERSEAS');
    const fromRegion = regions[from];
    const to = kinds.findIndex((k, i) => i < DEMO_ORGS && k === 'enterprise' && regions[i] === fromRegion);
    if (from < 0 || to < 0) throw new Error(`cannot place a ${kind} in the demo`);
    kinds[from] = 'enterprise';
    kinds[to] = kind;
  }

  const plans: OrgPlan[] = regions.map((region, index) => {
    const kind = kinds[index] as OrgKind;
    const country = region === 'OVERSEAS' ? overseasCountry(rng) : region === 'HK' ? 'HK' : region === 'MO' ? 'MO' : 'CN';
    const [lo, hi] = EXHIBIT_RANGES[kind];
    return {
      index,
      region,
      country,
      kind,
      primaryType: rng.weighted(PRIMARY_TYPE_WEIGHTS[kind]),
      exhibitCount: Math.round(rng.logUniform(lo, hi)),
      package: 'standard',
      hallId: 'gba',
    };
  });

  // The demo's mainland exhibitors cover all three type halls.
  const demoMainland = plans.slice(0, DEMO_ORGS).filter((p) => p.region === 'MAINLAND');
  for (const type of ['patent', 'trademark', 'copyright'] as const) {
    if (demoMainland.some((p) => p.primaryType === type)) continue;
    const counts = (t: IpType) => demoMainland.filter((p) => p.primaryType === t).length;
    const donor = demoMainland.find((p) => counts(p.primaryType) > 1);
    if (!donor) throw new Error('too few mainland exhibitors in the demo');
    donor.primaryType = type;
  }

  trimExhibitCounts(plans, rng);
  assignPackages(plans);
  assignHalls(plans);
  return plans;
}

const OVERSEAS_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(OVERSEAS_COUNTRIES.map((c) => [c.code, c.weight]));

function overseasCountry(rng: Random): string {
  return rng.weighted(OVERSEAS_WEIGHTS);
}

/** Nudges random organizations' counts (individuals keep theirs) until the total is exactly 17,000. */
function trimExhibitCounts(plans: OrgPlan[], rng: Random): void {
  let diff = FULL_EXHIBITS - plans.reduce((s, p) => s + p.exhibitCount, 0);
  const adjustable = plans.filter((p) => p.kind !== 'individual');
  while (diff !== 0) {
    const plan = rng.pick(adjustable);
    if (diff > 0 && plan.exhibitCount < MAX_EXHIBITS_PER_ORG) {
      plan.exhibitCount += 1;
      diff -= 1;
    } else if (diff < 0 && plan.exhibitCount > 1) {
      plan.exhibitCount -= 1;
      diff += 1;
    }
  }
}

/**
 * The organizations showing the most exhibits rent the bigger booths (ties: the earlier one): in the demo a fixed
 * number of islands and doubles, and at full scale about 3 % islands and 10 % doubles overall. Draws no random
 * numbers, so the rest of the data set is the same as without packages.
 */
function assignPackages(plans: OrgPlan[]): void {
  const give = (group: OrgPlan[], islands: number, doubles: number) => {
    const ranked = [...group].sort((a, b) => b.exhibitCount - a.exhibitCount || a.index - b.index);
    ranked.forEach((plan, i) => {
      plan.package = i < islands ? 'island' : i < islands + doubles ? 'double' : 'standard';
    });
  };
  give(plans.slice(0, DEMO_ORGS), DEMO_PACKAGES.island, DEMO_PACKAGES.double);
  give(
    plans.slice(DEMO_ORGS),
    Math.round(FULL_ORGS * FULL_PACKAGE_SHARES.island) - DEMO_PACKAGES.island,
    Math.round(FULL_ORGS * FULL_PACKAGE_SHARES.double) - DEMO_PACKAGES.double,
  );
}

/**
 * First come, first served: each organization takes the first hall in its preference order with room for its
 * package (counted in slots). One that finds no hall with room for its package anywhere takes the next smaller one.
 */
function assignHalls(plans: OrgPlan[]): void {
  const taken = new Map<HallId, number>(SEED_HALL_IDS.map((h) => [h, 0]));
  const smaller: Record<BoothPackage, BoothPackage | null> = { island: 'double', double: 'standard', standard: null };
  for (const plan of plans) {
    const order = hallPreference(plan.region, plan.primaryType);
    let pkg: BoothPackage | null = plan.package;
    let hall: HallId | undefined;
    while (pkg && !hall) {
      const size = packageSize(pkg);
      hall = order.find((h) => (taken.get(h) ?? 0) + size <= HALL_CAPACITY);
      if (!hall) pkg = smaller[pkg];
    }
    if (!hall || !pkg) throw new Error('all halls are full');
    plan.package = pkg;
    plan.hallId = hall;
    taken.set(hall, (taken.get(hall) ?? 0) + packageSize(pkg));
  }
}

// ---------- content ----------

/** Names and numbers already used: keeps them unique across the data set. */
interface UsedSets {
  orgNames: Set<string>;
  registrationNumbers: Set<string>;
  /** Exhibit titles: redrawn a few times on a clash so the catalogue rarely repeats itself. */
  titles: Set<string>;
  /** Brand → index of the organization owning it: two owners never share a mark. */
  brandOwners: Map<string, number>;
}

interface OrgProfile {
  name: string;
  shortName: string;
  /** Brand used in software titles and some trademarks. */
  brand: string;
  /** City or place the taglines mention. */
  place: string;
  fields: FieldVocabulary[];
  /** Marks the organization already shows (its portfolio reuses them across classes and offices). */
  brands: string[];
  /** Overseas home offices. */
  patentOffices: readonly PatentOffice[];
  trademarkOffices: readonly TrademarkOffice[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
type TemplatePart = string | { key: string; capitalize: boolean };
const parsedTemplates = new Map<string, TemplatePart[]>();

/** Fills `{key}` placeholders; `{Key}` capitalizes the value. Templates are parsed once. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  let parts = parsedTemplates.get(template);
  if (!parts) {
    parts = template.split(/(\{\w+\})/).map((part) => {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!key) return part;
      return { key: key.toLowerCase(), capitalize: key.charAt(0) !== key.charAt(0).toLowerCase() };
    });
    parsedTemplates.set(template, parts);
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = values[part.key];
    if (value === undefined) throw new Error(`no value for {${part.key}}`);
    out += part.capitalize ? cap(value) : value;
  }
  return out;
}

function weightedPick<T>(rng: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((s, item) => s + weight(item), 0);
  let r = rng.next() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

function pinyinBrand(rng: Random): string {
  const first = rng.pick(PINYIN_SYLLABLES);
  let second = rng.pick(PINYIN_SYLLABLES);
  while (second === first) second = rng.pick(PINYIN_SYLLABLES);
  return cap(first) + second;
}

function cantoneseBrand(rng: Random): string {
  const [a, b] = rng.sample(CANTONESE_SYLLABLES, 2);
  return `${a} ${b}`;
}

function personName(rng: Random, region: Region, country: string): string {
  if (region === 'HK') {
    const given = rng.pick(HK_GIVEN);
    const family = rng.pick(HK_FAMILY);
    return given.includes('-') ? `${family} ${given}` : `${given} ${family}`;
  }
  if (region === 'MO') return `${rng.pick(MO_FAMILY)} ${rng.pick(MO_GIVEN)}`;
  if (region === 'OVERSEAS') {
    const [given, family] = OVERSEAS_PEOPLE[countryInfo(country).language];
    return `${rng.pick(given)} ${rng.pick(family)}`;
  }
  return `${rng.pick(CN_FAMILY)} ${rng.pick(CN_GIVEN)}`;
}

function countryInfo(code: string): (typeof OVERSEAS_COUNTRIES)[number] {
  const info = OVERSEAS_COUNTRIES.find((c) => c.code === code);
  if (!info) throw new Error(`unknown overseas country ${code}`);
  return info;
}

function fieldByKey(key: string): FieldVocabulary {
  const field = FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`unknown field ${key}`);
  return field;
}

/** The fields an organization works in: its main one first. */
function orgFields(rng: Random, plan: OrgPlan, main: FieldVocabulary): FieldVocabulary[] {
  // Brokers and parks span unrelated fields; everyone else strays only into neighbouring ones.
  const others = FIELDS.filter((f) => f !== main);
  const related = main.related.map(fieldByKey);
  switch (plan.kind) {
    case 'ip-service':
      return [main, ...rng.sample(others, rng.int(2, 4))];
    case 'high-tech-park':
      return [main, ...rng.sample(others, rng.int(1, 3))];
    case 'research-institute':
      return [main, ...rng.sample(related, rng.int(0, 2))];
    case 'individual':
      return [main];
    default:
      return rng.chance(0.25) ? [main, rng.pick(related)] : [main];
  }
}

function domesticCity(rng: Random, region: Region): string {
  if (region === 'GD') return rng.weighted(GD_CITIES);
  if (region === 'MAINLAND') return rng.weighted(MAINLAND_CITIES);
  return region === 'HK' ? 'Hong Kong' : 'Macao';
}

/** Draws a name for the organization (not yet checked for uniqueness). */
function drawProfile(rng: Random, plan: OrgPlan, main: FieldVocabulary): OrgProfile {
  const { region, kind, country } = plan;
  let fields = orgFields(rng, plan, main);
  const discipline = main.discipline;
  const industry = rng.pick(main.industries);
  const base = { fields, brands: [] as string[], patentOffices: [] as PatentOffice[], trademarkOffices: [] as TrademarkOffice[] };

  if (region === 'OVERSEAS') {
    const info = countryInfo(country);
    const root = rng.pick(OVERSEAS_ROOTS[info.language]);
    const legal = rng.pick(info.legalForms);
    const offices = { patentOffices: info.patentOffices, trademarkOffices: info.trademarkOffices };
    let name: string;
    let shortName: string;
    if (kind === 'university') {
      name = fill(rng.pick(OVERSEAS_UNIVERSITY_TEMPLATES), { root });
      shortName = name;
    } else if (kind === 'research-institute') {
      name = fill(rng.pick(OVERSEAS_INSTITUTE_TEMPLATES), { root, discipline });
      shortName = name;
    } else if (kind === 'ip-service') {
      name = fill(rng.pick(OVERSEAS_IP_SERVICE_TEMPLATES), { root, legal });
      shortName = `${root} IP`;
    } else {
      shortName = `${root} ${industry}`;
      name = `${shortName} ${legal}`;
    }
    return { ...base, ...offices, name, shortName, brand: root, place: root };
  }

  const city = domesticCity(rng, region);
  const sar = region === 'HK' || region === 'MO';
  const brand = sar ? (region === 'HK' && rng.chance(0.35) ? rng.pick(HK_ENGLISH_BRANDS) : cantoneseBrand(rng)) : pinyinBrand(rng);

  switch (kind) {
    case 'university': {
      const candidates = CN_UNIVERSITIES.filter((u) => u.fields.includes(main.key) && !(sar && u.name.includes('Agricultural')));
      const university = rng.pick(candidates.length > 0 ? candidates : CN_UNIVERSITIES);
      const place = region === 'HK' ? rng.pick(HK_PLACES) : region === 'MO' ? rng.pick(MO_PLACES) : city;
      const uniName = fill(university.name, { city: place });
      fields = [main, ...rng.sample(university.fields.filter((f) => f !== main.key).map(fieldByKey), rng.int(0, 2))];
      const school = SCHOOLS[main.key];
      const name = school && rng.chance(0.45) ? `${school}, ${uniName}` : uniName;
      return { ...base, fields, name, shortName: name.length <= 80 ? name : uniName, brand: place, place };
    }
    case 'research-institute': {
      const place = region === 'GD' && rng.chance(0.3) ? 'Guangdong' : city;
      const name = fill(rng.pick(INSTITUTE_TEMPLATES), { place, discipline });
      return { ...base, name, shortName: name, brand: place, place: city };
    }
    case 'ip-service': {
      const name = sar
        ? fill(rng.pick(SAR_IP_SERVICE_TEMPLATES), { brand, place: city })
        : fill(rng.pick(IP_SERVICE_TEMPLATES), { city, brand });
      return { ...base, name, shortName: `${brand} IP`, brand, place: city };
    }
    case 'high-tech-park': {
      const district =
        region === 'GD'
          ? rng.pick(GD_DISTRICTS)
          : region === 'HK'
            ? rng.pick(HK_DISTRICTS)
            : region === 'MO'
              ? rng.pick(MO_DISTRICTS)
              : city;
      const name = fill(rng.pick(PARK_TEMPLATES), { district, discipline, brand });
      return { ...base, name, shortName: name, brand: district, place: district };
    }
    case 'individual': {
      const name = personName(rng, region, country);
      return { ...base, name, shortName: name, brand: name.split(' ')[0] ?? name, place: city };
    }
    default: {
      const shortName = `${brand} ${industry}`;
      let name: string;
      if (region === 'HK') {
        name = rng.pick([`${shortName} (Hong Kong) Limited`, `Hong Kong ${shortName} Limited`, `${shortName} Limited`]);
      } else if (region === 'MO') {
        name = rng.pick([`${shortName} (Macau) Limited`, `Macau ${shortName} Co., Ltd.`]);
      } else {
        const r = rng.next();
        if (r < 0.55) name = `${city} ${shortName} Co., Ltd.`;
        else if (r < 0.7) name = `${shortName} (${city}) Co., Ltd.`;
        else if (r < 0.82) name = `${city} ${shortName} Group Co., Ltd.`;
        else name = region === 'GD' ? `Guangdong ${shortName} Co., Ltd.` : `${city} ${shortName} Technology Co., Ltd.`;
      }
      return { ...base, name, shortName, brand, place: city };
    }
  }
}

function tagline(rng: Random, plan: OrgPlan, profile: OrgProfile): string {
  const main = profile.fields[0] as FieldVocabulary;
  const values = { city: profile.place, discipline: main.discipline };
  if (plan.kind === 'enterprise') {
    // Slogans that name the Bay Area only suit exhibitors from there.
    const gba = plan.region === 'GD' || plan.region === 'HK' || plan.region === 'MO';
    const options = main.slogans.filter((s) => gba || !/Bay Area|Guangdong|Lingnan/.test(s));
    if (plan.region !== 'OVERSEAS') options.push(`${main.discipline} specialists in ${profile.place}`);
    return rng.pick(options);
  }
  const options = KIND_TAGLINES[plan.kind] ?? main.slogans;
  return fill(rng.pick(options), values);
}

// ---------- registration numbers ----------

function patentNumber(rng: Random, office: PatentOffice, utilityModel: boolean): string {
  const year = rng.int(2012, 2020);
  switch (office) {
    case 'CN': {
      const digits = `${year}${utilityModel ? 2 : 1}${pad(rng.int(10_000, utilityModel ? 2_999_999 : 1_499_999), 7)}`;
      return `ZL${digits}.${cnPatentCheckDigit(digits)}`;
    }
    case 'US':
      return `US ${withCommas(rng.int(9_000_000, 11_200_000))} ${rng.chance(0.1) ? 'B1' : 'B2'}`;
    case 'EP': {
      const n = String(rng.int(2_500_000, 3_899_999));
      return `EP${n.slice(0, 1)} ${n.slice(1, 4)} ${n.slice(4)} B1`;
    }
    case 'JP':
      return `JP${rng.int(6_000_000, 7_199_999)}B2`;
    case 'KR':
      return `KR10-${rng.int(1_500_000, 2_599_999)}`;
    case 'DE':
      return `DE10${year}${rng.int(100_001, 134_999)}B4`;
    case 'GB':
      return `GB${rng.int(2_480_000, 2_599_999)}B`;
    case 'HK':
      return `HK${rng.int(1_150_000, 1_259_999)}`;
    case 'MO':
      return `I/${pad(rng.int(500, 2_499), 6)}`;
    case 'WO':
      return `WO ${year}/${pad(rng.int(1, 259_999), 6)} A1`;
  }
}

function trademarkNumber(rng: Random, office: TrademarkOffice): string {
  switch (office) {
    case 'CN':
      return `TM ${rng.int(10_000_000, 47_999_999)}`;
    case 'US':
      return `Reg. No. ${withCommas(rng.int(4_100_000, 6_249_999))}`;
    case 'EU':
      return `EUTM ${pad(rng.int(10_500_000, 18_349_999), 9)}`;
    case 'HK':
      return String(rng.int(302_000_000, 305_499_999));
    case 'MO':
      return `N/${pad(rng.int(80_000, 169_999), 6)}`;
    case 'WO':
      return `IR ${rng.int(1_100_000, 1_579_999)}`;
  }
}

function copyrightNumber(rng: Random, jurisdiction: 'CN' | 'US', category: CopyrightCategory, region: Region, year: number): string {
  if (jurisdiction === 'US') {
    if (category === 'software' || category === 'literary') return usCopyright('TX', rng.int(8_200_000, 8_949_999));
    if (category === 'design') return usCopyright('VA', rng.int(2_050_000, 2_229_999));
    return usCopyright('PA', rng.int(2_100_000, 2_279_999));
  }
  if (category === 'software') return `${year}SR${pad(rng.int(1_000, 1_299_999), 7)}`;
  const letter = COPYRIGHT_CATEGORIES[category].letter;
  // Guangdong registers many works provincially (粤作登字 → YZDZ); the national office is 国作登字 → GZDZ.
  return region === 'GD' && rng.chance(0.5)
    ? `YZDZ-${year}-${letter}-${pad(rng.int(10_000, 199_999), 8)}`
    : `GZDZ-${year}-${letter}-${pad(rng.int(100_000, 1_999_999), 8)}`;
}

function usCopyright(prefix: string, n: number): string {
  const s = String(n);
  return `${prefix} ${s.slice(0, 1)}-${s.slice(1, 4)}-${s.slice(4)}`;
}

/** Draws until the number is new (a registration number identifies one right). */
function uniqueNumber(used: Set<string>, draw: () => string): string {
  for (;;) {
    const n = draw();
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

// ---------- exhibits ----------

function askingPrice(rng: Random, type: IpType, lo: number, hi: number): Money {
  const [min, max] = PRICE_RANGES[type];
  const raw = rng.logUniform(Math.max(lo, min), Math.min(hi, max));
  const step = raw < 100_000 ? 1_000 : raw < 1_000_000 ? 5_000 : 10_000;
  const yuan = Math.min(max, Math.max(min, Math.round(raw / step) * step));
  return { amount: yuan * MINOR_PER_YUAN, currency: 'CNY' };
}

function tradeModes(rng: Random, type: IpType): TradeMode[] {
  const odds = TRADE_MODE_ODDS[type];
  const modes = (Object.keys(odds) as TradeMode[]).filter((m) => rng.chance(odds[m]));
  return modes.length > 0 ? modes : [FALLBACK_TRADE_MODE[type]];
}

function pickOffice<O extends string>(rng: Random, plan: OrgPlan, domestic: Partial<Record<O, number>>, home: readonly O[], china: O): O {
  if (plan.region !== 'OVERSEAS') return rng.weighted(domestic as Record<O, number>);
  // Overseas exhibitors come to sell into China: a third of their rights are Chinese, the rest from home offices.
  return rng.chance(0.33) ? china : rng.pick(home);
}

const PATENT_LABELS: Readonly<Record<PatentOffice, string>> = {
  CN: 'Granted Chinese invention patent',
  US: 'Granted US patent',
  EP: 'European patent',
  JP: 'Japanese patent',
  KR: 'Korean patent',
  DE: 'German patent',
  GB: 'UK patent',
  HK: 'Hong Kong standard patent',
  MO: 'Macao invention patent',
  WO: 'PCT international application',
};

/** Draws a title, redrawing a few times while it is taken; the last draw stands even if taken. */
function uniqueTitle(used: UsedSets, draw: () => string, attempts = 12): string {
  let title = draw();
  for (let i = 1; i < attempts && used.titles.has(title); i++) title = draw();
  used.titles.add(title);
  return title;
}

function patentExhibit(rng: Random, plan: OrgPlan, field: FieldVocabulary, used: UsedSets) {
  const office = pickOffice<PatentOffice>(
    rng,
    plan,
    DOMESTIC_PATENT_OFFICES[plan.region as Exclude<Region, 'OVERSEAS'>] ?? {},
    [...(countryPatentOffices(plan) ?? ['US'])],
    'CN',
  );
  const utilityModel = office === 'CN' && !field.inventionTemplates && rng.chance(0.3);
  const templates = utilityModel ? UTILITY_TEMPLATES : (field.inventionTemplates ?? INVENTION_TEMPLATES);
  let values = { process: '', object: '', context: '', technique: '', qualifier: '' };
  const title = uniqueTitle(used, () => {
    values = {
      process: rng.pick(field.processes),
      object: rng.pick(field.objects),
      context: rng.pick(field.contexts),
      technique: rng.pick(field.techniques),
      qualifier: rng.pick(QUALIFIERS).toLowerCase(),
    };
    return fill(rng.pick(templates), values);
  });
  const registrationNumber = uniqueNumber(used.registrationNumbers, () => patentNumber(rng, office, utilityModel));
  // A claimed object leads with its own class; method titles (and the rest) take the field's method and control classes.
  const count = weightedPick(rng, [1, 2, 3], (n) => [0, 45, 35, 20][n] ?? 0);
  const objectIndex = field.objects.findIndex((o) => title.toLowerCase().includes(o.toLowerCase()));
  const lead = field.objectIpc[objectIndex];
  const classes = lead ? [lead, ...rng.sample(field.ipc, count - 1)] : rng.sample(field.ipc, count);
  const metric = rng.pick(field.metrics);
  const benefit = metric.startsWith('-')
    ? `Cuts ${metric.slice(1)} by ${rng.int(10, 45)}% compared with conventional solutions.`
    : `Improves ${metric.slice(1)} by ${rng.int(12, 60)}% compared with conventional solutions.`;
  const label = utilityModel ? 'Chinese utility model patent' : PATENT_LABELS[office];
  const summary = [
    `${label} covering ${values.process} of ${values.object} for ${values.context}.`,
    benefit,
    ...(rng.chance(0.6) ? [rng.pick(PATENT_NOTES)] : []),
  ].join(' ');
  const price = utilityModel
    ? askingPrice(rng, 'patent', 50_000, 600_000)
    : askingPrice(rng, 'patent', office === 'CN' || office === 'HK' || office === 'MO' ? 80_000 : 300_000, 8_000_000);
  return { title, registrationNumber, jurisdiction: office, classes, summary, askingPrice: price };
}

function countryPatentOffices(plan: OrgPlan): readonly PatentOffice[] | undefined {
  return plan.region === 'OVERSEAS' ? countryInfo(plan.country).patentOffices : undefined;
}

function inventedWord(rng: Random): string {
  if (rng.chance(0.35)) return `${rng.pick(BRAND_HEADS)}${rng.pick(BRAND_TAILS)}`;
  for (;;) {
    let word = rng.chance(0.2) ? rng.pick(BRAND_VOWELS) : '';
    const syllables = rng.int(2, 3);
    for (let i = 0; i < syllables; i++) word += rng.pick(BRAND_CONSONANTS) + rng.pick(BRAND_VOWELS);
    if (rng.chance(0.3)) word += rng.pick(['N', 'S', 'R', 'L']);
    if (!BRAND_BLOCKLIST.test(word)) return word;
  }
}

/** A mark for the organization: often one it already shows, else a new one no other owner holds. */
function brandName(rng: Random, profile: OrgProfile, plan: OrgPlan, used: UsedSets): string {
  if (profile.brands.length > 0 && rng.chance(0.3)) return rng.pick(profile.brands);
  const draw = (): string => {
    const r = rng.next();
    if (r < 0.55) return inventedWord(rng);
    if (r < 0.85) return `${rng.pick(MARK_FIRST)} ${rng.pick(MARK_SECOND)}`;
    // The house brand; individuals and institutions use invented words instead.
    return plan.kind === 'enterprise' || plan.kind === 'ip-service' ? profile.brand.toUpperCase() : inventedWord(rng);
  };
  let brand = draw();
  for (let owner = used.brandOwners.get(brand); owner !== undefined && owner !== plan.index; owner = used.brandOwners.get(brand)) {
    brand = draw();
  }
  used.brandOwners.set(brand, plan.index);
  profile.brands.push(brand);
  return brand;
}

function trademarkExhibit(rng: Random, plan: OrgPlan, profile: OrgProfile, field: FieldVocabulary, used: UsedSets) {
  const office = pickOffice<TrademarkOffice>(
    rng,
    plan,
    DOMESTIC_TRADEMARK_OFFICES[plan.region as Exclude<Region, 'OVERSEAS'>] ?? {},
    plan.region === 'OVERSEAS' ? countryInfo(plan.country).trademarkOffices : ['CN'],
    'CN',
  );
  const brand = brandName(rng, profile, plan, used);
  const device = rng.chance(0.35);
  const title = device ? `${brand} & Device` : brand;
  const main = rng.chance(0.7) ? (field.nice[0] as string) : (field.nice[1] ?? (field.nice[0] as string));
  const count = weightedPick(rng, [1, 2, 3], (n) => [0, 55, 30, 15][n] ?? 0);
  const extras = rng.sample(
    [...new Set([...field.nice, '35'])].filter((c) => c !== main),
    count - 1,
  );
  const classes = [main, ...extras].sort((a, b) => Number(a) - Number(b));
  const goods = classes.map((c) => `Class ${c} (${NICE_GOODS[c] ?? 'goods and services'})`);
  const goodsText = goods.length > 1 ? `${goods.slice(0, -1).join(', ')} and ${goods[goods.length - 1]}` : goods[0];
  const summary = [
    `${device ? 'Combined word-and-device mark' : 'Word mark'} ${brand}, registered in ${goodsText}.`,
    `On the register since ${rng.int(2010, 2020)}.`,
    ...(rng.chance(0.6) ? [rng.pick(TRADEMARK_NOTES)] : []),
  ].join(' ');
  const registrationNumber = uniqueNumber(used.registrationNumbers, () => trademarkNumber(rng, office));
  const price = askingPrice(rng, 'trademark', 10_000, 3_000_000);
  return { title, registrationNumber, jurisdiction: office, classes, summary, askingPrice: price };
}

function copyrightCategory(rng: Random, plan: OrgPlan, field: FieldVocabulary): CopyrightCategory {
  if (plan.kind === 'individual') return rng.weighted({ literary: 30, music: 25, design: 25, film: 10, software: 10 });
  if (field.key === 'culture') return rng.weighted({ literary: 20, music: 20, film: 25, design: 25, software: 10 });
  return rng.weighted({ software: 82, design: 10, literary: 8, music: 0, film: 0 });
}

function copyrightExhibit(rng: Random, plan: OrgPlan, profile: OrgProfile, field: FieldVocabulary, used: UsedSets) {
  const category = copyrightCategory(rng, plan, field);
  const jurisdiction = plan.region === 'OVERSEAS' && rng.chance(0.6) ? 'US' : 'CN';
  const year = rng.int(2014, 2020);
  let description = '';
  let title: string;
  let designForm = '';
  if (category === 'software') {
    title = uniqueTitle(used, () => {
      const subject = rng.pick(field.software);
      const version = `V${rng.int(1, 5)}.${rng.int(0, 9)}`;
      const prefix = plan.kind === 'individual' ? '' : `${profile.brand} `;
      description = `Computer software copyright for the ${subject}, used in ${rng.pick(field.settings ?? field.contexts)}; ${version} registered in ${year}.`;
      return `${prefix}${subject} ${version}`;
    });
  } else {
    title = uniqueTitle(used, () => {
      const theme = rng.pick(WORK_THEMES);
      const form = rng.pick(WORK_FORMS[category]);
      designForm = form;
      const place = theme === 'Bay Area' ? 'the Greater Bay Area' : theme;
      description = `Registered ${COPYRIGHT_CATEGORIES[category].label} created in ${year}, inspired by ${place}.`;
      if (rng.chance(0.4)) {
        const story = `The ${rng.pick(WORK_SUBJECTS)} of ${place}`;
        return category === 'literary' ? story : category === 'film' ? `${story} ${form}` : `${story}: ${form}`;
      }
      return category === 'literary' && form === 'Picture Book' ? `${theme}: A Picture Book` : `${theme} ${form}`;
    });
  }
  const summary = [description, ...(rng.chance(0.7) ? [rng.pick(WORK_NOTES[category])] : [])].join(' ');
  const registrationNumber = uniqueNumber(used.registrationNumbers, () => copyrightNumber(rng, jurisdiction, category, plan.region, year));
  const price = category === 'software' ? askingPrice(rng, 'copyright', 20_000, 800_000) : askingPrice(rng, 'copyright', 5_000, 300_000);
  // Design works carry the Locarno classes of what they are applied to; other works have no classification.
  const classes = category === 'design' ? [...(DESIGN_LOCARNO[designForm] ?? [])] : [];
  return { title, registrationNumber, jurisdiction, classes, summary, askingPrice: price };
}

/** Locarno classes of each design form (32: graphic symbols, patterns; 18: type faces; 19: printed matter…). */
const DESIGN_LOCARNO: Record<string, string[]> = {
  'Mascot Design': ['LOC 21', 'LOC 32'],
  'Pattern Collection': ['LOC 5', 'LOC 32'],
  'Illustration Series': ['LOC 19', 'LOC 32'],
  'Character Design Set': ['LOC 21', 'LOC 32'],
  'Poster Series': ['LOC 19', 'LOC 20'],
  'Typeface Design': ['LOC 18'],
  'Sticker Set': ['LOC 19'],
  'Souvenir Design': ['LOC 11'],
};

// ---------- legal status ----------

/** When the seeded data set's clock starts (the 2020 expo opened on 13 November). */
const SEED_NOW = Date.UTC(2020, 10, 13);
const YEAR_MS = 365.25 * 24 * 3_600_000;
const IN_FORCE_UNTIL_AT_LEAST = Date.UTC(2029, 0, 1);

const ENCUMBRANCES = [
  'Non-exclusive licence to a manufacturer in Guangdong, 2019–2024',
  'Pledged to a commercial bank as security for a loan, 2020–2023',
  'Non-exclusive licence to a university spin-off, royalty-bearing',
  'Exclusive licence for Hong Kong and Macao, 2018–2023',
] as const;

/**
 * Mostly granted or registered rights, some pending, a few lapsed (fees unpaid) or expired; most of those
 * on the register already checked by the organizer. Drawn from its own stream so the rest of the data set
 * stays as it was.
 */
function legalStatus(rng: Random, type: IpType, owner: string): SeedLegalStatus {
  const roll = rng.next();
  const inForce: LegalState = type === 'patent' ? 'granted' : 'registered';
  const state: LegalState = roll < 0.8 ? inForce : roll < 0.94 ? 'pending' : roll < 0.98 ? 'lapsed' : 'expired';
  const termYears = type === 'patent' ? 20 : type === 'trademark' ? 10 : 50;
  const status: SeedLegalStatus = { state, ownerOfRecord: owner };
  // Rights in force run well past today's clock (the data set is dated 2020 but served years later).
  if (state === 'expired') status.expiresAt = Math.round(SEED_NOW - rng.int(30, 900) * 86_400_000);
  else if (state !== 'pending') status.expiresAt = Math.round(IN_FORCE_UNTIL_AT_LEAST + rng.int(0, termYears) * 0.75 * YEAR_MS);
  if (state !== 'pending' && rng.chance(0.12)) status.encumbrances = [rng.pick(ENCUMBRANCES)];
  if (state !== 'pending' && rng.chance(0.75)) status.verifiedAt = SEED_NOW - rng.int(1, 60) * 86_400_000;
  return status;
}

// ---------- assembly ----------

function generateOrg(seed: number, plan: OrgPlan, used: UsedSets, firstExhibitNumber: number) {
  const rng = createRandom(deriveSeed(seed, 0x6f7267, plan.index));
  const number = plan.index + 1;
  const orgId = `org-s${pad(number, 4)}`;
  const boothId = `booth-s${pad(number, 4)}`;

  const main = weightedPick(rng, FIELDS, (f) => f.affinity[plan.primaryType]);
  let profile = drawProfile(rng, plan, main);
  for (let attempt = 2; used.orgNames.has(profile.name); attempt++) {
    profile = attempt <= 50 ? drawProfile(rng, plan, main) : { ...profile, name: `${profile.name} (${attempt})` };
  }
  used.orgNames.add(profile.name);

  const org: SeedOrg = {
    id: orgId,
    name: profile.name,
    kind: plan.kind,
    region: plan.region,
    country: plan.country,
    staffName: plan.kind === 'individual' ? profile.name : personName(rng, plan.region, plan.country),
    staffEmail: `exhibitor-${pad(number, 4)}@seed.pavilion.expo`,
    verified: rng.chance(0.85),
  };
  const booth: SeedBooth = {
    id: boothId,
    orgId,
    hallId: plan.hallId,
    name: profile.shortName,
    tagline: tagline(rng, plan, profile),
    package: plan.package,
  };

  const exhibits: SeedExhibit[] = [];
  for (let j = 0; j < plan.exhibitCount; j++) {
    // The lead exhibit is always of the organization's main type (the type that chose its hall).
    const type = j === 0 || rng.chance(PRIMARY_TYPE_SHARE) ? plan.primaryType : rng.weighted(MIXED_TYPE_WEIGHTS);
    const field = j === 0 || rng.chance(0.6) ? main : rng.pick(profile.fields);
    const content =
      type === 'patent'
        ? patentExhibit(rng, plan, field, used)
        : type === 'trademark'
          ? trademarkExhibit(rng, plan, profile, field, used)
          : copyrightExhibit(rng, plan, profile, field, used);
    exhibits.push({
      id: `ex-s${pad(firstExhibitNumber + j, 5)}`,
      boothId,
      orgId,
      type,
      ...content,
      tradeModes: tradeModes(rng, type),
      status: 'available',
      legalStatus: legalStatus(createRandom(deriveSeed(seed, 0x6c6567, firstExhibitNumber + j)), type, profile.name),
    });
  }
  return { org, booth, exhibits };
}

/**
 * Generates the seed data set. `full` is expo scale (2,469 organizations, 17,000 exhibits); `demo` is exactly
 * the first 60 organizations of `full` with their booths and exhibits.
 */
export function generateExpo(scale: SeedScale, seed: number = DEFAULT_SEED): SeedExpo {
  const plans = planExpo(seed);
  const count = scale === 'full' ? plans.length : DEMO_ORGS;
  const used: UsedSets = { orgNames: new Set(), registrationNumbers: new Set(), titles: new Set(), brandOwners: new Map() };
  const out: SeedExpo = { orgs: [], booths: [], exhibits: [] };
  let nextExhibit = 1;
  for (const plan of plans.slice(0, count)) {
    const { org, booth, exhibits } = generateOrg(seed, plan, used, nextExhibit);
    out.orgs.push(org);
    out.booths.push(booth);
    out.exhibits.push(...exhibits);
    nextExhibit += exhibits.length;
  }
  return out;
}
