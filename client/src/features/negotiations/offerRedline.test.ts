import type { Offer, OfferTerms } from '@pavilion/shared';
import { offerTerms } from '../../test/offerFixture';
import { currentRedline, redlineTerms, sameTerritory } from './offerRedline';

const base = offerTerms();
const offer = (version: number, terms: OfferTerms): Offer => ({
  id: `o${version}`,
  version,
  by: 'u',
  side: version % 2 ? 'buyer' : 'seller',
  terms,
  at: version,
});

describe('the redline of a counter-offer against the offer it supersedes', () => {
  test('the first offer has nothing to compare with, so nothing is redlined', () => {
    expect([...redlineTerms(undefined, base)]).toEqual([]);
  });

  test('identical terms redline nothing', () => {
    expect([...redlineTerms(base, { ...base })]).toEqual([]);
  });

  test('a changed price and term are redlined, unchanged terms are not', () => {
    const counter = { ...base, price: { amount: 140_000_000, currency: 'CNY' as const }, termMonths: 36 };
    expect([...redlineTerms(base, counter)].sort()).toEqual(['price', 'termMonths']);
  });

  test('a territory listed in another order is the same territory; adding a country changes it', () => {
    expect(sameTerritory(['CN', 'HK'], ['HK', 'CN'])).toBe(true);
    expect([...redlineTerms(base, { ...base, territory: ['HK', 'CN'] })]).toEqual([]);
    expect([...redlineTerms(base, { ...base, territory: ['HK', 'CN', 'MO'] })]).toEqual(['territory']);
    expect([...redlineTerms(base, { ...base, territory: 'WORLDWIDE' })]).toEqual(['territory']);
    expect(sameTerritory('WORLDWIDE', 'WORLDWIDE')).toBe(true);
  });

  test('switching to an assignment redlines the licence type and the term that no longer applies', () => {
    const { termMonths: _term, ...rest } = base;
    expect([...redlineTerms(base, { ...rest, licenseType: 'assignment' })].sort()).toEqual(['licenseType', 'termMonths']);
  });

  test('a term that appears or disappears (royalty, note, expiry) is a change; whitespace around a note is not', () => {
    const { royaltyPercent: _r, ...noRoyalty } = base;
    expect([...redlineTerms(base, noRoyalty)]).toEqual(['royaltyPercent']);
    expect([...redlineTerms(base, { ...base, note: '  Opening offer ' })]).toEqual([]);
    expect([...redlineTerms(base, { ...base, expiresAt: 5 })]).toEqual(['expiresAt']);
  });

  test('the current redline compares the latest offer with the one before it', () => {
    const offers = [offer(1, base), offer(2, { ...base, royaltyPercent: 5 }), offer(3, { ...base, royaltyPercent: 5, termMonths: 12 })];
    const { current, previous, changed } = currentRedline(offers);
    expect(current?.version).toBe(3);
    expect(previous?.version).toBe(2);
    expect([...changed]).toEqual(['termMonths']);
    expect(currentRedline([]).current).toBeUndefined();
  });
});
