import { averageStay, formatDuration, splitDuration } from './timeSpent';

describe('time spent in the booth', () => {
  test('under an hour a stay reads in minutes and seconds', () => {
    expect(splitDuration(0)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
    expect(splitDuration(42_400)).toEqual({ hours: 0, minutes: 0, seconds: 42 });
    expect(splitDuration(252_000)).toEqual({ hours: 0, minutes: 4, seconds: 12 });
  });

  test('from an hour on a stay is rounded to the minute and reads in hours and minutes', () => {
    expect(splitDuration(3_600_000)).toEqual({ hours: 1, minutes: 0, seconds: 0 });
    expect(splitDuration(2 * 3_600_000 + 5 * 60_000 + 31_000)).toEqual({ hours: 2, minutes: 6, seconds: 0 });
    expect(splitDuration(3_599_700)).toEqual({ hours: 1, minutes: 0, seconds: 0 });
  });

  test('the average stay is total time over visits, and there is none before the first visit', () => {
    expect(averageStay(90_000, 3)).toBe(30_000);
    expect(averageStay(0, 0)).toBeNull();
    expect(averageStay(5_000, 0)).toBeNull();
  });

  test('durations are written with the locale’s unit words and never as an empty string', () => {
    expect(formatDuration(252_000, 'en')).toBe('4 min 12 sec');
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 hr');
    expect(formatDuration(0, 'en')).toBe('0 sec');
    expect(formatDuration(65_000, 'zh-CN')).toBe('1分钟 5秒');
  });
});
