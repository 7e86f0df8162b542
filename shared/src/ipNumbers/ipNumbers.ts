import type { IpType } from '../domain.js';

/**
 * Registration numbers as the offices write them, checked per jurisdiction and IP type. A number is matched
 * with its spaces and thousands commas removed and its Latin letters upper-cased, so `US 10,123,456 B2` and
 * `us10123456b2` are the same number; it is stored as typed. docs/protocol.md lists every accepted form.
 */

/** Why a registration number was refused. */
export type RegistrationProblem = 'checkDigit' | 'registrationFormat';

/** The outcome of {@link checkRegistrationNumber}; `example` is a number of the expected form. */
export type RegistrationCheck = { ok: true } | { ok: false; problem: RegistrationProblem; example: string; message: string };

/** The weights of the 12-digit Chinese application number (since October 2003). */
const CN_WEIGHTS_12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;
/** The weights of the 8-digit form used from 1985 to September 2003. */
const CN_WEIGHTS_8 = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The check digit of a Chinese patent application number given its 12 (or pre-2004: 8) digits: each digit
 * times its weight, summed, modulo 11; a remainder of 10 is written `X`.
 */
export function cnPatentCheckDigit(digits: string): string {
  if (!/^(\d{8}|\d{12})$/.test(digits)) throw new Error('a Chinese application number has 8 or 12 digits before its check digit');
  const weights = digits.length === 12 ? CN_WEIGHTS_12 : CN_WEIGHTS_8;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * A Chinese patent application number with its check digit: `year` (2003 on), `kind` (1 invention,
 * 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model) and a serial below 10,000,000.
 */
export function cnPatentApplicationNumber(year: number, kind: 1 | 2 | 3 | 8 | 9, serial: number): string {
  const digits = `${year}${kind}${String(serial).padStart(7, '0')}`;
  return `${digits}.${cnPatentCheckDigit(digits)}`;
}

const ok: RegistrationCheck = { ok: true };
const format = (example: string, message: string): RegistrationCheck => ({ ok: false, problem: 'registrationFormat', example, message });

const CN_PATENT_EXAMPLE = 'ZL201710601862.3';

function checkCnPatent(n: string): RegistrationCheck {
  const m12 = /^(?:ZL|CN)?(\d{4})([12389])(\d{7})\.?([\dX])$/.exec(n);
  const m8 = m12 ? null : /^(?:ZL|CN)?(\d{2})([12389])(\d{5})\.?([\dX])$/.exec(n);
  const m = m12 ?? m8;
  if (!m) return format(CN_PATENT_EXAMPLE, 'must be a Chinese application number: 12 digits, a dot and the check digit');
  const year = Number(m[1]);
  if (m12 ? year < 2003 || year > 2099 : year > 3 && year < 85)
    return format(CN_PATENT_EXAMPLE, 'the year of the application number is out of range');
  const digits = `${m[1]}${m[2]}${m[3]}`;
  const expected = cnPatentCheckDigit(digits);
  if (m[4] !== expected) {
    return { ok: false, problem: 'checkDigit', example: CN_PATENT_EXAMPLE, message: 'the check digit does not match the number' };
  }
  return ok;
}

function checkCnCopyright(n: string): RegistrationCheck {
  const example = '国作登字-2020-A-00123456';
  const work = /^(?:\p{Script=Han}作登字|[A-Z]ZDZ)-(\d{4})-([A-Z])-(\d{8})$/u.exec(n);
  if (work) return Number(work[1]) >= 1991 && Number(work[1]) <= 2099 ? ok : format(example, 'the year is out of range');
  if (/^软著登字第\d{7,8}号$/u.test(n)) return ok;
  const software = /^(\d{4})SR\d{6,7}$/.exec(n);
  if (software) return Number(software[1]) >= 1991 && Number(software[1]) <= 2099 ? ok : format(example, 'the year is out of range');
  return format(example, 'must be a copyright registration number (国作登字-YYYY-X-NNNNNNNN, 软著登字第NNNNNNN号 or YYYYSRNNNNNNN)');
}

type Rule = (n: string) => RegistrationCheck;

const pattern =
  (example: string, message: string, ...forms: RegExp[]): Rule =>
  (n) =>
    forms.some((f) => f.test(n)) ? ok : format(example, message);

const noRegister =
  (message: string): Rule =>
  () =>
    format('', message);

/** The offices whose numbers are checked; any other jurisdiction's number is checked for its characters only. */
const RULES: Readonly<Record<string, Readonly<Record<IpType, Rule>>>> = {
  CN: {
    patent: checkCnPatent,
    trademark: pattern('第12345678号', 'must be a trademark registration number of 6 to 8 digits', /^(?:TM)?\d{6,8}$/, /^第\d{6,8}号$/u),
    copyright: checkCnCopyright,
  },
  US: {
    patent: pattern(
      'US 10,123,456 B2',
      'must be a US patent (10,123,456), design (D912,345), plant (PP32,123) or reissue (RE48,123) number, an application (16/123,456) or a publication (2020/0123456)',
      /^(?:US)?(?:\d{6,8}|D\d{6}|PP\d{5}|RE\d{5})(?:[AB]\d|[ES]|P\d)?$/,
      /^(?:US)?\d{2}\/\d{6}$/,
      /^(?:US)?\d{4}\/?\d{7}(?:A\d)?$/,
    ),
    trademark: pattern(
      'Reg. No. 4,123,456',
      'must be a US registration (7 digits) or serial number (8 digits)',
      /^(?:REG\.?NO\.?|US)?\d{6,8}$/,
    ),
    copyright: pattern(
      'TX 8-123-456',
      'must be a US copyright registration such as TX 8-123-456 (TX, TXu, VA, VAu, PA, PAu, SR, SRu or RE)',
      /^(?:TXU?|VAU?|PAU?|SRU?|RE)\d{1,2}-?\d{3}-?\d{3}$/,
    ),
  },
  EP: {
    patent: pattern(
      'EP 3 123 456 B1',
      'must be a European publication (EP 3 123 456 B1) or application number (EP 17123456.7)',
      /^EP\d{7}(?:[AB]\d)?$/,
      /^(?:EP)?\d{8}\.\d$/,
    ),
    trademark: noRegister('the European Patent Office registers patents only (EU trade marks: jurisdiction EU)'),
    copyright: noRegister('there is no European copyright register'),
  },
  EU: {
    patent: noRegister('European patents are filed under jurisdiction EP'),
    trademark: pattern('EUTM 018123456', 'must be an EU trade mark number of 9 digits', /^(?:EUTM)?\d{9}$/),
    copyright: noRegister('there is no EU copyright register'),
  },
  WO: {
    patent: pattern(
      'WO/2020/123456',
      'must be an international publication (WO/2020/123456) or application number (PCT/CN2020/123456)',
      /^WO\/?(?:19[89]\d|20\d\d)\/?\d{6}(?:A\d)?$/,
      /^PCT\/[A-Z]{2}(?:19[89]\d|20\d\d)\/\d{6}$/,
    ),
    trademark: pattern('IR 1234567', 'must be a Madrid international registration number of 6 or 7 digits', /^(?:IR)?\d{6,7}$/),
    copyright: noRegister('there is no international copyright register'),
  },
  HK: {
    patent: pattern(
      'HK1234567',
      'must be a Hong Kong patent number (HK1234567) or application number (19123456.7)',
      /^HK\d{7}(?:[AB]\d?)?$/,
      /^\d{8}\.\d$/,
    ),
    trademark: pattern('302123456', 'must be a Hong Kong trade mark number of 9 digits', /^\d{9}$/),
    copyright: noRegister('Hong Kong keeps no copyright register'),
  },
  MO: {
    patent: pattern(
      'I/001234',
      'must be a Macao number: I/ (invention), U/ (utility model), D/ (design) or J/ (extended Chinese patent) and 6 digits',
      /^[IUDJ]\/\d{6}$/,
    ),
    trademark: pattern('N/123456', 'must be a Macao trade mark number: N/ and 6 digits', /^N\/\d{6}$/),
    copyright: noRegister('Macao keeps no copyright register'),
  },
};

/** Jurisdictions whose numbers are checked beyond their characters. */
export const CHECKED_JURISDICTIONS = Object.keys(RULES);

/** Letters, digits and the punctuation offices use: the only check on numbers of other jurisdictions. */
const OTHER_OFFICE_NUMBER = /^[A-Z0-9.,/()_-]+$/;

/** The number as matched: spaces and thousands commas removed, Latin letters upper-cased. */
export function compactRegistrationNumber(n: string): string {
  return n.replace(/[\s,]+/g, '').replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** Whether `registrationNumber` is a number the office of `jurisdiction` gives a right of `type` (see the module note). */
export function checkRegistrationNumber(type: IpType, jurisdiction: string, registrationNumber: string): RegistrationCheck {
  const n = compactRegistrationNumber(registrationNumber);
  const rule = RULES[jurisdiction]?.[type];
  if (rule) return rule(n);
  return OTHER_OFFICE_NUMBER.test(n) ? ok : format('', 'may only hold letters, digits, spaces and , . / ( ) _ -');
}
