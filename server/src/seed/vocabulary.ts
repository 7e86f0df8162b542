/**
 * Word lists for the seed data set. Everything here is fictional: names are built from parts so they read
 * like real exhibitors without naming any real company, university or person.
 *
 * The lists live in `vocabulary.json` beside this module; this module checks them against the schema below
 * when it loads, so the types every generator relies on hold for the data too.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One technology field: it ties an exhibitor's name to its patents' titles and IPC classes, its marks' Nice classes and its software. */
export interface FieldVocabulary {
  key: string;
  /** How likely an exhibitor whose main IP type is patent / trademark / copyright works in this field. */
  affinity: { patent: number; trademark: number; copyright: number };
  /** Neighbouring fields an exhibitor also works in. */
  related: readonly string[];
  /** A discipline as used in institute names and summaries ("Photonics"). */
  discipline: string;
  /** Industry words for company names ("Huaxin Photonics Co., Ltd."). */
  industries: readonly string[];
  /** Gerund phrases for "Method and system for …". */
  processes: readonly string[];
  /** Things a patent claims. */
  objects: readonly string[];
  /** Where it is applied. */
  contexts: readonly string[];
  /** Techniques for "… based on {technique}". */
  techniques: readonly string[];
  /** What the invention improves, for the summary: `+` when more is better, `-` when less is. */
  metrics: readonly string[];
  /** The IPC class of each entry of `objects` (same order). */
  objectIpc: readonly string[];
  /** Further IPC classes of the field (methods, control, monitoring). */
  ipc: readonly string[];
  /** Nice classes a brand of this field registers in; the first two are the main ones. */
  nice: readonly string[];
  /** Software products (copyright titles). */
  software: readonly string[];
  /** Booth taglines. */
  slogans: readonly string[];
  /** Where the field's software runs, when `contexts` are not places (diseases, skin types). */
  settings?: readonly string[];
  /**
   * Invention title templates replacing the generic ones (placeholders {process} {object} {context} {technique});
   * fields whose inventions are products and compositions rather than devices have them.
   */
  inventionTemplates?: readonly string[];
}

/**
 * Copyright work categories. Software is registered as `2020SR0123456`; other works as
 * `GZDZ-2020-F-00123456`, where the letter is the work's category (A literary, C music, F fine art, I audiovisual).
 */
export const COPYRIGHT_CATEGORIES = {
  software: { letter: '', label: 'computer software' },
  literary: { letter: 'A', label: 'literary work' },
  music: { letter: 'C', label: 'musical work' },
  film: { letter: 'I', label: 'audiovisual work' },
  design: { letter: 'F', label: 'fine art and design work' },
} as const;
/** A copyright work category. */
export type CopyrightCategory = keyof typeof COPYRIGHT_CATEGORIES;

const NAME_LANGUAGES = ['en', 'de', 'fr', 'ja', 'ko', 'nordic', 'nl', 'it', 'he'] as const;
/** Languages used for overseas names. */
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** Invented words that must not become brands. */
export const BRAND_BLOCKLIST = /PENI|ANUS|SEX|NAZI|KIL|RAPE|PORN|FUK|SUK|DIE|DUMB|MORON|NIG/;

const Words = z.array(z.string()).min(1);
const Weights = z.record(z.string(), z.number().positive());
const Phrases = z.record(z.string(), z.string());
const Language = z.enum(NAME_LANGUAGES);
const Category = z.enum(Object.keys(COPYRIGHT_CATEGORIES) as [CopyrightCategory, ...CopyrightCategory[]]);

const Field = z.strictObject({
  key: z.string(),
  related: z.array(z.string()),
  affinity: z.strictObject({ patent: z.number(), trademark: z.number(), copyright: z.number() }),
  discipline: z.string(),
  industries: Words,
  processes: Words,
  objects: Words,
  objectIpc: Words,
  contexts: Words,
  techniques: Words,
  metrics: Words,
  ipc: Words,
  nice: Words,
  software: Words,
  slogans: Words,
  settings: Words.optional(),
  inventionTemplates: Words.optional(),
});

const Vocabulary = z.strictObject({
  fields: z.array(Field).min(1),
  inventionTemplates: Words,
  utilityTemplates: Words,
  qualifiers: Words,
  patentNotes: Words,
  niceGoods: Phrases,
  brandConsonants: Words,
  brandVowels: Words,
  brandHeads: Words,
  brandTails: Words,
  markFirst: Words,
  markSecond: Words,
  trademarkNotes: Words,
  workThemes: Words,
  workSubjects: Words,
  workForms: z.record(Category.exclude(['software']), Words),
  workNotes: z.record(Category, Words),
  gdCities: Weights,
  mainlandCities: Weights,
  gdDistricts: Words,
  hkDistricts: Words,
  moDistricts: Words,
  pinyinSyllables: Words,
  cantoneseSyllables: Words,
  hkEnglishBrands: Words,
  cnFamily: Words,
  cnGiven: Words,
  hkFamily: Words,
  hkGiven: Words,
  moFamily: Words,
  moGiven: Words,
  cnUniversities: z.array(z.strictObject({ name: z.string(), fields: Words })).min(1),
  schools: Phrases,
  instituteTemplates: Words,
  ipServiceTemplates: Words,
  sarIpServiceTemplates: Words,
  parkTemplates: Words,
  kindTaglines: z.record(z.string(), Words),
  hkPlaces: Words,
  moPlaces: Words,
  overseasCountries: z
    .array(
      z.strictObject({
        code: z.string(),
        weight: z.number().positive(),
        language: Language,
        legalForms: Words,
        patentOffices: z.array(z.enum(['US', 'EP', 'JP', 'KR', 'DE', 'GB', 'WO'])).min(1),
        trademarkOffices: z.array(z.enum(['US', 'EU', 'WO'])).min(1),
      }),
    )
    .min(1),
  overseasRoots: z.record(Language, Words),
  overseasPeople: z.record(Language, z.tuple([Words, Words])),
  overseasUniversityTemplates: Words,
  overseasInstituteTemplates: Words,
  overseasIpServiceTemplates: Words,
});

const vocabulary = Vocabulary.parse(JSON.parse(readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8')));

type WordList = readonly string[];

export const FIELDS: readonly FieldVocabulary[] = vocabulary.fields;

/** Generic invention title templates. */
export const INVENTION_TEMPLATES: WordList = vocabulary.inventionTemplates;
/** Utility-model title templates: devices, no methods. */
export const UTILITY_TEMPLATES: WordList = vocabulary.utilityTemplates;
/** Qualifiers for device titles. */
export const QUALIFIERS: WordList = vocabulary.qualifiers;
/** Closing sentences of patent summaries. */
export const PATENT_NOTES: WordList = vocabulary.patentNotes;
/** What each Nice class covers (trademark summaries). */
export const NICE_GOODS: Readonly<Record<string, string>> = vocabulary.niceGoods;

/** Letters for invented brand words built syllable by syllable ("KALIMO"). */
export const BRAND_CONSONANTS: WordList = vocabulary.brandConsonants;
export const BRAND_VOWELS: WordList = vocabulary.brandVowels;
/** Parts of invented brand words ("LUMIVO", "NEXORA"). */
export const BRAND_HEADS: WordList = vocabulary.brandHeads;
export const BRAND_TAILS: WordList = vocabulary.brandTails;
/** Two-word marks ("Jade Crane"). */
export const MARK_FIRST: WordList = vocabulary.markFirst;
export const MARK_SECOND: WordList = vocabulary.markSecond;
/** Closing sentences of trademark summaries. */
export const TRADEMARK_NOTES: WordList = vocabulary.trademarkNotes;

/** Themes for literary, musical, audiovisual and design works. */
export const WORK_THEMES: WordList = vocabulary.workThemes;
/** Characters and things for titles like "The Lantern Maker of Qilou Arcade". */
export const WORK_SUBJECTS: WordList = vocabulary.workSubjects;
export const WORK_FORMS: Readonly<Record<Exclude<CopyrightCategory, 'software'>, WordList>> = vocabulary.workForms;
export const WORK_NOTES: Readonly<Record<CopyrightCategory, WordList>> = vocabulary.workNotes;

// ---------- places ----------

/** Guangdong cities, weighted by how many exhibitors they send. */
export const GD_CITIES: Readonly<Record<string, number>> = vocabulary.gdCities;
/** Other mainland cities. */
export const MAINLAND_CITIES: Readonly<Record<string, number>> = vocabulary.mainlandCities;
/** Innovation districts, for park names. */
export const GD_DISTRICTS: WordList = vocabulary.gdDistricts;
export const HK_DISTRICTS: WordList = vocabulary.hkDistricts;
export const MO_DISTRICTS: WordList = vocabulary.moDistricts;

// ---------- Chinese, Hong Kong and Macao names ----------

/** Pinyin syllables for company brands ("Huaxin"). */
export const PINYIN_SYLLABLES: WordList = vocabulary.pinyinSyllables;
/** Cantonese romanisation syllables for Hong Kong and Macao brands ("Wah Hing"). */
export const CANTONESE_SYLLABLES: WordList = vocabulary.cantoneseSyllables;
/** English brands used by Hong Kong firms. */
export const HK_ENGLISH_BRANDS: WordList = vocabulary.hkEnglishBrands;
export const CN_FAMILY: WordList = vocabulary.cnFamily;
export const CN_GIVEN: WordList = vocabulary.cnGiven;
export const HK_FAMILY: WordList = vocabulary.hkFamily;
export const HK_GIVEN: WordList = vocabulary.hkGiven;
export const MO_FAMILY: WordList = vocabulary.moFamily;
export const MO_GIVEN: WordList = vocabulary.moGiven;

// ---------- institutions ----------

/** Chinese university names by the fields they exhibit in ({city} is replaced). */
export const CN_UNIVERSITIES: readonly { name: string; fields: readonly string[] }[] = vocabulary.cnUniversities;
/** Schools of a university, by field, for names like "School of Computer Science, Foshan University of Technology". */
export const SCHOOLS: Readonly<Record<string, string>> = vocabulary.schools;
export const INSTITUTE_TEMPLATES: WordList = vocabulary.instituteTemplates;
export const IP_SERVICE_TEMPLATES: WordList = vocabulary.ipServiceTemplates;
/** IP firms in Hong Kong and Macao. */
export const SAR_IP_SERVICE_TEMPLATES: WordList = vocabulary.sarIpServiceTemplates;
export const PARK_TEMPLATES: WordList = vocabulary.parkTemplates;
/** Taglines by organization kind ({city} and {discipline} are replaced). */
export const KIND_TAGLINES: Readonly<Record<string, WordList>> = vocabulary.kindTaglines;

// ---------- overseas ----------

/** University places in Hong Kong and Macao. */
export const HK_PLACES: WordList = vocabulary.hkPlaces;
export const MO_PLACES: WordList = vocabulary.moPlaces;

/** Overseas countries: how often they exhibit, name language, legal forms, home patent/trademark offices. */
export const OVERSEAS_COUNTRIES: readonly {
  code: string;
  weight: number;
  language: NameLanguage;
  legalForms: readonly string[];
  patentOffices: readonly ('US' | 'EP' | 'JP' | 'KR' | 'DE' | 'GB' | 'WO')[];
  trademarkOffices: readonly ('US' | 'EU' | 'WO')[];
}[] = vocabulary.overseasCountries;
/** Name roots for overseas organizations, by language. */
export const OVERSEAS_ROOTS: Readonly<Record<NameLanguage, WordList>> = vocabulary.overseasRoots;
/** Staff names by language: [given names, family names]. */
export const OVERSEAS_PEOPLE: Readonly<Record<NameLanguage, readonly [WordList, WordList]>> = vocabulary.overseasPeople;
export const OVERSEAS_UNIVERSITY_TEMPLATES: WordList = vocabulary.overseasUniversityTemplates;
export const OVERSEAS_INSTITUTE_TEMPLATES: WordList = vocabulary.overseasInstituteTemplates;
export const OVERSEAS_IP_SERVICE_TEMPLATES: WordList = vocabulary.overseasIpServiceTemplates;
