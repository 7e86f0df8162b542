import { type Exhibit, ISO_COUNTRIES, MAX_PRICE_MINOR, OfferTerms, type TradeMode } from '@pavilion/shared';
import { parseYuan, yuanInputValue } from '../../lib/yuanInput';
import type { TermField } from './offerRedline';

/** What the offer form holds: the text of each input, turned into {@link OfferTerms} on submit. */
export interface OfferDraft {
  /** Yuan, as typed. */
  price: string;
  licenseType: TradeMode | '';
  territoryMode: 'worldwide' | 'countries';
  /** ISO codes as typed: `CN, HK MO`. */
  countries: string;
  termMonths: string;
  royaltyPercent: string;
  note: string;
  /** A `datetime-local` value (the visitor's wall clock), or empty for no expiry. */
  expiresAt: string;
}

/** Why a field of the draft is not acceptable; each has a translated message in the feature bundle. */
export type OfferFieldProblem =
  | 'priceInvalid'
  | 'priceZero'
  | 'priceTooHigh'
  | 'licenseType'
  | 'countriesEmpty'
  | 'countriesUnknown'
  | 'countriesRepeated'
  | 'countriesTooMany'
  | 'termRequired'
  | 'termRange'
  | 'royaltyRange'
  | 'noteTooLong'
  | 'expiryInvalid'
  | 'expiryPast'
  | 'invalid';

/** The problems of a draft by field, with the values a message needs (the unknown codes, say). */
export type OfferFieldErrors = Partial<Record<TermField, { problem: OfferFieldProblem; values?: Record<string, string> }>>;

/** The longest note the server keeps (characters). */
export const MAX_NOTE_LENGTH = 1000;
/** The most countries one territory may list. */
export const MAX_TERRITORY_COUNTRIES = 60;

/** Splits typed country codes on commas, spaces and ideographic commas, upper-cased. */
export function parseCountries(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Epoch ms as a `datetime-local` value on this device's wall clock. */
export function toLocalInputValue(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The form's starting point: a counter-offer starts from the terms it answers, a first offer from the
 * exhibit's asking price and its first trade mode.
 */
export function draftFrom(terms: OfferTerms | undefined, exhibit: Pick<Exhibit, 'askingPrice' | 'tradeModes'> | null): OfferDraft {
  if (terms) {
    const allowed = !exhibit || exhibit.tradeModes.includes(terms.licenseType);
    return {
      price: yuanInputValue(terms.price.amount),
      licenseType: allowed ? terms.licenseType : (exhibit?.tradeModes[0] ?? ''),
      territoryMode: terms.territory === 'WORLDWIDE' ? 'worldwide' : 'countries',
      countries: terms.territory === 'WORLDWIDE' ? '' : terms.territory.join(', '),
      termMonths: terms.termMonths !== undefined ? String(terms.termMonths) : '',
      royaltyPercent: terms.royaltyPercent !== undefined ? String(terms.royaltyPercent) : '',
      note: '',
      expiresAt: '',
    };
  }
  const mode = exhibit?.tradeModes[0] ?? '';
  return {
    price: exhibit ? yuanInputValue(exhibit.askingPrice.amount) : '',
    licenseType: mode,
    territoryMode: 'worldwide',
    countries: '',
    termMonths: mode && mode !== 'assignment' ? '12' : '',
    royaltyPercent: '',
    note: '',
    expiresAt: '',
  };
}

function schemaProblems(error: { issues: { path: PropertyKey[] }[] }, errors: OfferFieldErrors): void {
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in errors)) errors[field as TermField] = { problem: 'invalid' };
  }
}

/**
 * Turns a draft into terms the server accepts: every rule of the shared `OfferTerms` schema, plus the
 * exhibit's trade modes and an expiry in the future (by `now`, the server's clock as best we know it).
 * Fails with a translatable problem per field.
 */
export function termsFromDraft(
  draft: OfferDraft,
  allowedModes: readonly TradeMode[],
  now: number,
): { ok: true; terms: OfferTerms } | { ok: false; errors: OfferFieldErrors } {
  const errors: OfferFieldErrors = {};
  const amount = parseYuan(draft.price);
  if (amount === null) errors.price = { problem: 'priceInvalid' };
  else if (amount <= 0) errors.price = { problem: 'priceZero' };
  else if (amount > MAX_PRICE_MINOR) errors.price = { problem: 'priceTooHigh' };

  const licenseType = draft.licenseType;
  if (!licenseType || !allowedModes.includes(licenseType)) errors.licenseType = { problem: 'licenseType' };

  let territory: OfferTerms['territory'] = 'WORLDWIDE';
  if (draft.territoryMode === 'countries') {
    const codes = parseCountries(draft.countries);
    const unknown = codes.filter((c) => !ISO_COUNTRIES.has(c));
    if (codes.length === 0) errors.territory = { problem: 'countriesEmpty' };
    else if (unknown.length > 0) errors.territory = { problem: 'countriesUnknown', values: { codes: unknown.join(', ') } };
    else if (new Set(codes).size !== codes.length) errors.territory = { problem: 'countriesRepeated' };
    else if (codes.length > MAX_TERRITORY_COUNTRIES) errors.territory = { problem: 'countriesTooMany' };
    territory = codes;
  }

  let termMonths: number | undefined;
  if (licenseType && licenseType !== 'assignment') {
    const text = draft.termMonths.trim();
    if (!text) errors.termMonths = { problem: 'termRequired' };
    else {
      termMonths = Number(text);
      if (!/^\d+$/.test(text) || termMonths < 1 || termMonths > 600) errors.termMonths = { problem: 'termRange' };
    }
  }

  let royaltyPercent: number | undefined;
  if (draft.royaltyPercent.trim()) {
    royaltyPercent = Number(draft.royaltyPercent.trim().replace(/%$/, ''));
    if (!Number.isFinite(royaltyPercent) || royaltyPercent < 0 || royaltyPercent > 100) errors.royaltyPercent = { problem: 'royaltyRange' };
  }

  const note = draft.note.trim();
  if (note.length > MAX_NOTE_LENGTH) errors.note = { problem: 'noteTooLong' };

  let expiresAt: number | undefined;
  if (draft.expiresAt) {
    expiresAt = new Date(draft.expiresAt).getTime();
    if (!Number.isFinite(expiresAt)) errors.expiresAt = { problem: 'expiryInvalid' };
    else if (expiresAt <= now) errors.expiresAt = { problem: 'expiryPast' };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const candidate = {
    price: { amount: amount as number, currency: 'CNY' as const },
    licenseType,
    territory,
    ...(termMonths !== undefined ? { termMonths } : {}),
    ...(royaltyPercent !== undefined ? { royaltyPercent } : {}),
    ...(note ? { note } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
  // The shared schema has the last word: whatever it refuses, the server would refuse too.
  const parsed = OfferTerms.safeParse(candidate);
  if (!parsed.success) {
    schemaProblems(parsed.error, errors);
    return { ok: false, errors };
  }
  return { ok: true, terms: parsed.data };
}
