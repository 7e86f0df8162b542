import { axisFigure, periodLabel } from './chartFormat';

describe('chart labels', () => {
  test('value-axis labels are short: 1.5B in English, 1.5亿 / 1.5億 in Chinese', () => {
    expect(axisFigure(150_000_000_000, 'en')).toBe('1.5B');
    expect(axisFigure(150_000_000_000, 'zh-CN')).toBe('15亿');
    expect(axisFigure(150_000_000_000, 'zh-HK')).toBe('15億');
    expect(axisFigure(5_000_000, 'en')).toBe('50K');
    expect(axisFigure(0, 'en')).toBe('0');
  });

  test('a minute axis shows the clock only, a day axis the date only', () => {
    const t = new Date(2026, 10, 25, 14, 3).getTime();
    expect(periodLabel(t, 'minute', 'en-GB', t, t + 60_000)).toBe('14:03');
    expect(periodLabel(t, 'day', 'en-GB', t, t)).toBe('25 Nov');
    expect(periodLabel(t, 'hour', 'en-GB', t, t)).toMatch(/25 Nov.*14:03/);
  });

  test('a minute axis that spans days adds the date', () => {
    const t = new Date(2026, 10, 25, 23, 59).getTime();
    expect(periodLabel(t, 'minute', 'en-GB', t, t + 120_000)).toMatch(/25 Nov.*23:59/);
  });
});
