import { z } from 'zod';
import { CreateBoothBody, CreateExhibitBody, RegisterBody, UpdateBoothBody } from './catalog.js';
import { AuctionBid } from './features/auctions.js';
import { ChatSend } from './features/chat.js';
import { HallMove } from './features/hall.js';
import { isReservedName, stripControlChars } from './text.js';
import { issuesOf, parseWith } from './validation.js';

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

  test('organization and booth names reserved for the expo are refused whatever their case, spacing or width; ordinary names that contain such words pass', () => {
    const reserved = [
      'Pavilion',
      'P a v i l i o n  Trading',
      'pavilion.official',
      'Official Partners',
      'System',
      'S Y S T E M',
      'Customer Service Desk',
      'ｓｕｐｐｏｒｔ',
      '主办方',
      '官方旗舰',
      '展会 客服',
      '系统',
    ];
    for (const name of reserved) {
      expect({ name, reserved: isReservedName(name) }).toEqual({ name, reserved: true });
      const booth = parseWith(CreateBoothBody, { hallId: 'gba', name });
      expect({ name, fields: !booth.success && booth.fields }).toEqual({ name, fields: ['name'] });
      const renamed = parseWith(UpdateBoothBody, { name });
      expect({ name, fields: !renamed.success && renamed.fields }).toEqual({ name, fields: ['name'] });
      const org = parseWith(RegisterBody, {
        email: 'a@b.co',
        password: 'long enough',
        displayName: 'Wang Fang',
        role: 'exhibitor',
        organization: { name, kind: 'enterprise', region: 'GD', country: 'CN' },
      });
      expect({ name, fields: !org.success && org.fields }).toEqual({ name, fields: ['organization.name'] });
    }
    for (const name of [
      'Power System Co., Ltd.',
      '深圳市系统集成有限公司',
      'Support Vector Labs',
      'Expo Logistics',
      'Badminton Club',
      'A Team Robotics',
    ]) {
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
    const zero = parseWith(AuctionBid, { auctionId: 'a1', bidId: 'b1', amount: { amount: 0, currency: 'CNY' } });
    expect(!zero.success && zero.issues).toEqual([{ path: 'amount.amount', code: 'custom', params: { reason: 'notPositive' } }]);
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

describe('validation issues', () => {
  const Sample = z.strictObject({
    name: z.string().min(3).max(10),
    email: z.email(),
    count: z.number().int().nonnegative().multipleOf(5),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).max(2),
    code: z.string().startsWith('X-'),
    even: z.number().refine((n) => n % 2 === 0, { message: 'must be even', params: { reason: 'odd' } }),
  });

  test("zod's issues become { path, code, params } with the rule's limits and never the input", () => {
    const secret = 'hunter2-secret-input';
    const r = Sample.safeParse(
      { name: secret, email: 'nope', count: 7, kind: 'c', tags: ['1', '2', '3'], code: 'Y', even: 3, extra: secret },
      { reportInput: true },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    const issues = issuesOf(r.error);
    expect(issues).toEqual([
      { path: 'name', code: 'too_big', params: { origin: 'string', maximum: 10, inclusive: true } },
      { path: 'email', code: 'invalid_format', params: { format: 'email' } },
      { path: 'count', code: 'not_multiple_of', params: { divisor: 5 } },
      { path: 'kind', code: 'invalid_value', params: { values: ['a', 'b'] } },
      { path: 'tags', code: 'too_big', params: { origin: 'array', maximum: 2, inclusive: true } },
    ]);
    expect(JSON.stringify(issues)).not.toContain(secret);
  });

  test('a missing field, a custom rule with params, a string prefix and an unknown key', () => {
    const r = Sample.safeParse({ email: 'a@b.co', count: 5, kind: 'a', tags: [], code: 'Y-1', even: 1, extra: 1 }, { reportInput: true });
    expect(!r.success && issuesOf(r.error)).toEqual([
      { path: 'name', code: 'invalid_type', params: { expected: 'string', received: 'undefined' } },
      { path: 'code', code: 'invalid_format', params: { format: 'starts_with', prefix: 'X-' } },
      { path: 'even', code: 'custom', params: { reason: 'odd' } },
      { path: '', code: 'unrecognized_keys', params: { keys: ['extra'] } },
    ]);
  });

  test('parseWith reports the issues beside the message and fields', () => {
    const r = parseWith(CreateExhibitBody, { boothId: 'b1', type: 'patent' });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual(!r.success && r.fields);
    expect(!r.success && r.issues.find((i) => i.path === 'title')).toEqual({
      path: 'title',
      code: 'invalid_type',
      params: { expected: 'string', received: 'undefined' },
    });
  });
});
