import { yuan } from '@pavilion/shared';
import i18next from 'i18next';
import { compactYuanFigure, formatChatTime, formatCount, formatElapsed, formatHeadline, formatPrice, hallName } from './format';
import { localeResources } from './localeFiles';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: localeResources(),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});

describe('money and number formatting', () => {
  test('headline totals read the way an organizer announces them: ¥1.867 billion / 18.67亿元', () => {
    expect(formatHeadline(yuan(1_867_000_000), 'en', i18next.t)).toBe('¥1.867 billion');
    expect(formatHeadline(yuan(1_867_000_000), 'zh-CN', i18next.t)).toBe('18.67亿元');
    expect(formatHeadline(yuan(144_000_000), 'zh-CN', i18next.t)).toBe('1.44亿元');
  });

  test('186,700,000,000 fen is announced as ¥1.867 billion, 18.67亿元 and, in Hong Kong, 18.67億元', () => {
    const fen = { amount: 186_700_000_000, currency: 'CNY' as const };
    expect(formatHeadline(fen, 'en', i18next.t)).toBe('¥1.867 billion');
    expect(formatHeadline(fen, 'zh-CN', i18next.t)).toBe('18.67亿元');
    expect(formatHeadline(fen, 'zh-HK', i18next.t)).toBe('18.67億元');
  });

  test('headline figures keep at most four significant digits', () => {
    expect(formatHeadline(yuan(186_712_345), 'en', i18next.t)).toBe('¥186.7 million');
    expect(formatHeadline(yuan(186_712_345), 'zh-CN', i18next.t)).toBe('1.867亿元');
    expect(formatHeadline(yuan(1_723_456_789), 'zh-HK', i18next.t)).toBe('17.23億元');
    expect(formatHeadline(yuan(3_456_789), 'zh-CN', i18next.t)).toBe('345.7万元');
  });

  test('Chinese headlines count in 万 / 亿 / 万亿, and zh-HK writes the units in traditional characters', () => {
    expect(compactYuanFigure(yuan(52_000), 'zh-CN')).toBe('5.2万');
    expect(compactYuanFigure(yuan(52_000), 'zh-HK')).toBe('5.2萬');
    expect(compactYuanFigure(yuan(1_234_567_890_000), 'zh-CN')).toBe('1.235万亿');
    expect(compactYuanFigure(yuan(1_234_567_890_000), 'zh-HK')).toBe('1.235萬億');
  });

  test('figures too small to compact are announced exactly: ¥52,000, 5200元, ¥0', () => {
    expect(formatHeadline(yuan(52_000), 'en', i18next.t)).toBe('¥52,000');
    expect(formatHeadline(yuan(5_200), 'zh-CN', i18next.t)).toBe('5200元');
    expect(formatHeadline(yuan(0), 'en', i18next.t)).toBe('¥0');
    expect(formatHeadline(yuan(0), 'zh-HK', i18next.t)).toBe('0元');
  });

  test('prices are exact with the locale grouping: ¥1,867,000,000', () => {
    expect(formatPrice(yuan(1_867_000_000), 'en')).toBe('¥1,867,000,000');
    expect(formatPrice({ amount: 5_200_000, currency: 'CNY' }, 'zh-CN')).toBe('¥52,000');
  });

  test('counts use the locale grouping', () => {
    expect(formatCount(17000, 'en')).toBe('17,000');
  });

  test('hall names translate by id and fall back to the server name for halls the catalog does not know', () => {
    const tZh = i18next.getFixedT('zh-CN');
    expect(hallName(tZh, { id: 'patents', name: 'Patents & Technology Hall' })).toBe('专利馆');
    expect(hallName(tZh, { id: 'biotech', name: 'Biotech Hall' })).toBe('Biotech Hall');
  });
});

describe('time formatting', () => {
  test('time in a booth reads like a stopwatch, hours only when needed', () => {
    expect(formatElapsed(42_000)).toBe('0:42');
    expect(formatElapsed(12 * 60_000 + 5_000)).toBe('12:05');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
    expect(formatElapsed(-500)).toBe('0:00');
  });

  test('a chat line shows only the clock time today, and the date too for earlier days', () => {
    const now = new Date(2026, 10, 25, 15, 0).getTime();
    expect(formatChatTime(new Date(2026, 10, 25, 14, 3).getTime(), 'en-GB', now)).toBe('14:03');
    expect(formatChatTime(new Date(2026, 10, 24, 9, 30).getTime(), 'en-GB', now)).toMatch(/24 Nov.*09:30/);
  });
});
