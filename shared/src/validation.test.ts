import { CreateExhibitBody, RegisterBody } from './catalog.js';
import { AuctionBid, ChatSend, HallMove } from './realtime.js';
import { stripControlChars } from './text.js';
import { parseWith } from './validation.js';

describe('shared schemas', () => {
  test('errors name every failing field, a missing one as "is required"', () => {
    const r = parseWith(CreateExhibitBody, { boothId: 'b1', type: 'patent' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.fields).toEqual(expect.arrayContaining(['title', 'registrationNumber', 'askingPrice']));
      expect(r.message).toContain('title: is required');
    }
  });

  test('unknown fields are rejected, not silently dropped', () => {
    const r = parseWith(ChatSend, { room: 'booth:b1', text: 'hi', clientMsgId: 'm1', html: '<b>' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.message).toContain('html');
  });

  test('text is trimmed and stripped of control and bidi-override characters', () => {
    expect(stripControlChars('a\u0000b\u202Ec\td\ne')).toBe('abc\td\ne');
    const r = parseWith(ChatSend, { room: 'booth:b1', text: '  hello\u0007  ', clientMsgId: 'm1' });
    expect(r.success && r.data.text).toBe('hello');
  });

  test('moves with NaN, Infinity or huge values are invalid', () => {
    for (const bad of [
      { x: Number.NaN, z: 0, heading: 0 },
      { x: Number.POSITIVE_INFINITY, z: 0, heading: 0 },
      { x: 0, z: 1e12, heading: 0 },
    ]) {
      expect(HallMove.safeParse(bad).success).toBe(false);
    }
    expect(HallMove.safeParse({ x: 1.5, z: -2, heading: 3.1 }).success).toBe(true);
  });

  test('bids need positive integer CNY amounts', () => {
    const bid = (amount: unknown) => AuctionBid.safeParse({ auctionId: 'a1', bidId: 'b1', amount: { amount, currency: 'CNY' } }).success;
    expect(bid(0)).toBe(false);
    expect(bid(-100)).toBe(false);
    expect(bid(99.5)).toBe(false);
    expect(bid(100)).toBe(true);
  });

  test('organization country must fit its region', () => {
    const base = { email: 'a@b.co', password: 'long enough', displayName: 'A', role: 'exhibitor' as const };
    expect(
      RegisterBody.safeParse({ ...base, organization: { name: 'HK Co', kind: 'enterprise', region: 'HK', country: 'CN' } }).success,
    ).toBe(false);
    expect(
      RegisterBody.safeParse({ ...base, organization: { name: 'DE Co', kind: 'enterprise', region: 'OVERSEAS', country: 'CN' } }).success,
    ).toBe(false);
    expect(
      RegisterBody.safeParse({ ...base, organization: { name: 'DE Co', kind: 'enterprise', region: 'OVERSEAS', country: 'DE' } }).success,
    ).toBe(true);
  });
});
