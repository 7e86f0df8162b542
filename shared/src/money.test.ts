import { compactYuan, formatMoney, Money, yuan } from './money.js';

describe('money', () => {
  test('amounts are integer minor units: fractions, negatives and other currencies are rejected', () => {
    expect(Money.safeParse({ amount: 1.5, currency: 'CNY' }).success).toBe(false);
    expect(Money.safeParse({ amount: -1, currency: 'CNY' }).success).toBe(false);
    expect(Money.safeParse({ amount: 100, currency: 'USD' }).success).toBe(false);
    expect(Money.safeParse({ amount: 100, currency: 'CNY' }).success).toBe(true);
  });

  test('yuan converts whole yuan to fen', () => {
    expect(yuan(1_867_000_000)).toEqual({ amount: 186_700_000_000, currency: 'CNY' });
  });

  test('formatting happens at the edge with the locale: ¥ and grouping', () => {
    expect(formatMoney(yuan(1_867_000_000), 'en')).toBe('¥1,867,000,000');
    expect(formatMoney({ amount: 12345, currency: 'CNY' }, 'zh-CN')).toBe('¥123.45');
  });

  test('headline figures are compact the way an organizer announces them', () => {
    expect(compactYuan(yuan(1_867_000_000), 'en')).toBe('1.867 billion');
    expect(compactYuan(yuan(1_867_000_000), 'zh-CN')).toBe('18.67亿');
  });
});
