import type { OfferTerms } from '@pavilion/shared';
import { parseYuan, yuanInputValue } from '../../lib/yuanInput';
import { offerTerms } from '../../test/offerFixture';
import { draftFrom, type OfferDraft, parseCountries, termsFromDraft } from './offerDraft';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
const draft = (patch: Partial<OfferDraft> = {}): OfferDraft => ({
  price: '1,200,000',
  licenseType: 'exclusive',
  territoryMode: 'countries',
  countries: 'CN, hk',
  termMonths: '24',
  royaltyPercent: '',
  note: '',
  expiresAt: '',
  ...patch,
});

describe('yuan typed by people becomes exact minor units', () => {
  test('grouping, symbols and up to two decimals are understood without float error', () => {
    expect(parseYuan('1,200,000')).toBe(120_000_000);
    expect(parseYuan('¥ 1 200 000.5')).toBe(120_000_050);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('19.99')).toBe(1999);
    expect(parseYuan('100元')).toBe(10_000);
  });
  test('negative, fractional fen, empty and non-numbers are not amounts', () => {
    for (const bad of ['', '-5', '1.234', 'abc', '1e6', '12,34.5.6']) expect(parseYuan(bad)).toBeNull();
  });
  test('minor units go back into an input without grouping', () => {
    expect(yuanInputValue(120_000_050)).toBe('1200000.50');
    expect(yuanInputValue(500)).toBe('5');
  });
});

describe('an offer draft becomes terms the server accepts, or says which field is wrong', () => {
  test('a valid licence offer passes the shared OfferTerms schema', () => {
    const result = termsFromDraft(draft({ royaltyPercent: '2.5', note: ' hello ' }), ['exclusive', 'assignment'], NOW);
    expect(result).toEqual({
      ok: true,
      terms: offerTerms({ price: { amount: 120_000_000, currency: 'CNY' }, royaltyPercent: 2.5, note: 'hello' }),
    });
  });

  test('licence types are limited to the exhibit’s trade modes', () => {
    const result = termsFromDraft(draft({ licenseType: 'non-exclusive' }), ['assignment', 'exclusive'], NOW);
    expect(result.ok ? null : result.errors.licenseType?.problem).toBe('licenseType');
  });

  test('territories must be Worldwide or ISO codes, each once', () => {
    const unknown = termsFromDraft(draft({ countries: 'CN, XX, Mars' }), ['exclusive'], NOW);
    expect(unknown.ok ? null : unknown.errors.territory).toEqual({ problem: 'countriesUnknown', values: { codes: 'XX, MARS' } });
    const repeated = termsFromDraft(draft({ countries: 'CN cn' }), ['exclusive'], NOW);
    expect(repeated.ok ? null : repeated.errors.territory?.problem).toBe('countriesRepeated');
    const empty = termsFromDraft(draft({ countries: ' , ' }), ['exclusive'], NOW);
    expect(empty.ok ? null : empty.errors.territory?.problem).toBe('countriesEmpty');
    const worldwide = termsFromDraft(draft({ territoryMode: 'worldwide', countries: 'XX' }), ['exclusive'], NOW);
    expect(worldwide.ok && worldwide.terms.territory).toBe('WORLDWIDE');
    expect(parseCountries('cn，hk、mo  us')).toEqual(['CN', 'HK', 'MO', 'US']);
  });

  test('a licence needs a whole-month term from 1 to 600; an assignment has none', () => {
    const missing = termsFromDraft(draft({ termMonths: '' }), ['exclusive'], NOW);
    expect(missing.ok ? null : missing.errors.termMonths?.problem).toBe('termRequired');
    for (const bad of ['0', '601', '1.5']) {
      const r = termsFromDraft(draft({ termMonths: bad }), ['exclusive'], NOW);
      expect([bad, r.ok ? null : r.errors.termMonths?.problem]).toEqual([bad, 'termRange']);
    }
    const assignment = termsFromDraft(draft({ licenseType: 'assignment', termMonths: '24' }), ['assignment'], NOW);
    expect(assignment.ok && assignment.terms.termMonths).toBeUndefined();
  });

  test('prices must be positive whole fen below the expo’s ceiling; royalty 0–100; expiry in the future', () => {
    const price = (p: string) => {
      const r = termsFromDraft(draft({ price: p }), ['exclusive'], NOW);
      return r.ok ? null : r.errors.price?.problem;
    };
    expect(price('0')).toBe('priceZero');
    expect(price('-3')).toBe('priceInvalid');
    expect(price('10000000001')).toBe('priceTooHigh');
    const royalty = termsFromDraft(draft({ royaltyPercent: '101' }), ['exclusive'], NOW);
    expect(royalty.ok ? null : royalty.errors.royaltyPercent?.problem).toBe('royaltyRange');
    const past = termsFromDraft(draft({ expiresAt: '2020-01-01T10:00' }), ['exclusive'], NOW);
    expect(past.ok ? null : past.errors.expiresAt?.problem).toBe('expiryPast');
    const future = termsFromDraft(draft({ expiresAt: '2027-01-01T10:00' }), ['exclusive'], NOW);
    expect(future.ok && future.terms.expiresAt).toBe(new Date('2027-01-01T10:00').getTime());
  });

  test('a counter-offer starts from the terms it answers; a first offer from the asking price and first trade mode', () => {
    const terms: OfferTerms = { price: { amount: 99_950, currency: 'CNY' }, licenseType: 'exclusive', territory: ['CN'], termMonths: 6 };
    expect(draftFrom(terms, null)).toMatchObject({
      price: '999.50',
      licenseType: 'exclusive',
      territoryMode: 'countries',
      countries: 'CN',
      termMonths: '6',
    });
    const first = draftFrom(undefined, {
      askingPrice: { amount: 500_000_00, currency: 'CNY' },
      tradeModes: ['non-exclusive', 'assignment'],
    });
    expect(first).toMatchObject({ price: '500000', licenseType: 'non-exclusive', territoryMode: 'worldwide', termMonths: '12' });
  });
});
