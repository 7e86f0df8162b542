import { CreateExhibitBody, RegisterBody } from './catalog.js';
import { AuctionBid } from './features/auctions.js';
import { ChatSend } from './features/chat.js';
import { HallMove } from './features/hall.js';
import { isReservedName, stripControlChars } from './text.js';
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

  test('format characters are stripped from names, organization names and chat text (RLO, zero-width space, separators)', () => {
    const spoof = 'Ad\u202Ea\u200B \u2066Lo\u2069ve\u2028lace\u2029\uFEFF\u00AD';
    expect(stripControlChars(spoof)).toBe('Ada Lovelace');
    const reg = parseWith(RegisterBody, {
      email: 'ada@example.com',
      password: 'long enough',
      displayName: spoof,
      role: 'exhibitor',
      organization: { name: '\u200BPearl\u202E River', kind: 'enterprise', region: 'GD', country: 'CN' },
    });
    expect(reg.success && [reg.data.displayName, reg.data.organization?.name]).toEqual(['Ada Lovelace', 'Pearl River']);
    const chat = parseWith(ChatSend, { room: 'booth:b1', text: 'pay\u202Eme\u200D now', clientMsgId: 'm1' });
    expect(chat.success && chat.data.text).toBe('payme now');
    // Nothing but invisible characters is an empty name.
    const empty = parseWith(RegisterBody, { email: 'a@b.co', password: 'long enough', displayName: '\u200B\u202E', role: 'visitor' });
    expect(!empty.success && empty.fields).toEqual(['displayName']);
  });

  test('names reserved for the organizer are refused whatever their case, width or hidden characters', () => {
    for (const name of [
      'Organizer',
      'organiser',
      'PAVILION',
      'Ａｄｍｉｎ',
      'the moderator',
      'Org\u200Banizer',
      '主办方',
      '主辦方',
      '管理员',
      '管理員 小王',
    ]) {
      expect({ name, reserved: isReservedName(name) }).toEqual({ name, reserved: true });
      const r = parseWith(RegisterBody, { email: 'a@b.co', password: 'long enough', displayName: name, role: 'visitor' });
      expect(!r.success && r.fields).toEqual(['displayName']);
    }
    for (const name of ['Ada Lovelace', 'Badminton Club', 'Organic Farms', '王小明']) {
      expect({ name, reserved: isReservedName(name) }).toEqual({ name, reserved: false });
    }
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
