import { type AuctionDraft, bodyFromDraft, errorsFromIssues } from './auctionDraft';

const NOW = new Date('2026-11-25T10:00').getTime();
const draft = (patch: Partial<AuctionDraft> = {}): AuctionDraft => ({
  startPrice: '100,000',
  incrementMode: 'fixed',
  increment: '1,000',
  tiers: [{ from: '', step: '' }],
  reserve: '',
  startMode: 'now',
  startsAt: '2026-11-25T12:00',
  endsAt: '2026-11-26T10:00',
  softCloseMinutes: '2',
  hardEndsAt: '',
  ...patch,
});
/** The draft with `patch`, as submitted for exhibit ex1 at NOW. */
const submitted = (patch: Partial<AuctionDraft> = {}) => bodyFromDraft(draft(patch), 'ex1', NOW);
/** A tiered draft with these `[from, step]` tiers, in the order typed. */
const tiered = (...tiers: [string, string][]) =>
  submitted({ incrementMode: 'tiered', tiers: tiers.map(([from, step]) => ({ from, step })) });

describe('creating an auction', () => {
  test('a valid draft becomes the POST /api/auctions body', () => {
    const r = submitted({ reserve: '150000' });
    expect(r).toEqual({
      ok: true,
      body: {
        exhibitId: 'ex1',
        startPrice: { amount: 10_000_000, currency: 'CNY' },
        minIncrement: { amount: 100_000, currency: 'CNY' },
        reservePrice: { amount: 15_000_000, currency: 'CNY' },
        endsAt: new Date('2026-11-26T10:00').getTime(),
        softCloseMs: 120_000,
      },
    });
  });
  test('tiers must rise; a reserve below the opening price and an end before the start are refused', () => {
    const tiers = tiered(['500000', '5000'], ['200000', '2000']);
    expect(tiers.ok ? null : tiers.errors.incrementTiers).toBe('tiersOrder');
    const reserve = submitted({ reserve: '50,000' });
    expect(reserve.ok ? null : reserve.errors.reservePrice).toBe('reserveLow');
    const order = submitted({ startMode: 'later', startsAt: '2026-11-27T10:00' });
    expect(order.ok ? null : order.errors.endsAt).toBe('endBeforeStart');
    const past = submitted({ endsAt: '2026-11-25T09:00' });
    expect(past.ok ? null : past.errors.endsAt).toBe('endPast');
    const hard = submitted({ hardEndsAt: '2026-11-26T09:00' });
    expect(hard.ok ? null : hard.errors.hardEndsAt).toBe('hardEndBeforeEnd');
    const zero = submitted({ increment: '0' });
    expect(zero.ok ? null : zero.errors.minIncrement).toBe('amountZero');
  });
  test('tiered steps are sent as incrementTiers in increasing order', () => {
    const r = tiered(['200000', '2000'], ['500000', '5000']);
    expect(r.ok && r.body.incrementTiers).toEqual([
      { from: { amount: 20_000_000, currency: 'CNY' }, step: { amount: 200_000, currency: 'CNY' } },
      { from: { amount: 50_000_000, currency: 'CNY' }, step: { amount: 500_000, currency: 'CNY' } },
    ]);
  });
  test('a 400 INVALID_INPUT is mapped onto its fields by issue code and reason, whatever its English says', () => {
    expect(
      errorsFromIssues([
        { path: 'body.endsAt', code: 'custom', params: { reason: 'beforeStart' } },
        { path: 'body.reservePrice', code: 'custom', params: { reason: 'belowStartPrice' } },
        { path: 'body.endsAt', code: 'custom', params: { reason: 'past' } },
      ]),
    ).toEqual({ endsAt: 'endBeforeStart', reservePrice: 'reserveLow' });
    expect(errorsFromIssues([{ path: 'body.startPrice.amount', code: 'custom', params: { reason: 'notPositive' } }])).toEqual({
      startPrice: 'amountZero',
    });
    expect(errorsFromIssues([{ path: 'body.incrementTiers.1.from', code: 'too_small', params: { minimum: 1 } }])).toEqual({
      incrementTiers: 'invalid',
    });
    expect(errorsFromIssues([{ path: 'body.exhibitId', code: 'invalid_type' }])).toEqual({});
  });
});
