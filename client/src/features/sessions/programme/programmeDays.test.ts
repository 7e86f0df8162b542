import { liveSession } from '../../../test/sessionFixture';
import { dayKey, formatProgrammeDay, groupSessionsByDay, nextDay } from './programmeDays';

// 15:30 and 17:00 UTC on 1 March: the same day in London, either side of midnight in Shanghai (UTC+8).
const a = liveSession({ id: 'a', startsAt: Date.UTC(2025, 2, 1, 15, 30) });
const b = liveSession({ id: 'b', startsAt: Date.UTC(2025, 2, 1, 17, 0) });
const c = liveSession({ id: 'c', startsAt: Date.UTC(2025, 2, 1, 9, 0) });

describe('programme grouping by day', () => {
  test('sessions are grouped by the day they start on in the viewer’s time zone', () => {
    expect(groupSessionsByDay([b, a, c], 'Europe/London').map((d) => [d.day, d.sessions.map((s) => s.id)])).toEqual([
      ['2025-03-01', ['c', 'a', 'b']],
    ]);
    expect(groupSessionsByDay([b, a, c], 'Asia/Shanghai').map((d) => [d.day, d.sessions.map((s) => s.id)])).toEqual([
      ['2025-03-01', ['c', 'a']],
      ['2025-03-02', ['b']],
    ]);
    // New York (UTC-5) puts all three on 1 March, and the morning one at 04:00.
    expect(groupSessionsByDay([b, a, c], 'America/New_York').map((d) => d.day)).toEqual(['2025-03-01']);
  });

  test('a day key is the calendar date in that zone, and the next day rolls over months and years', () => {
    expect(dayKey(Date.UTC(2024, 11, 31, 20, 0), 'Asia/Hong_Kong')).toBe('2025-01-01');
    expect(dayKey(Date.UTC(2024, 11, 31, 20, 0), 'UTC')).toBe('2024-12-31');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  test('a programme day is written in the reader’s language without shifting the date', () => {
    expect(formatProgrammeDay('2025-03-04', 'en-GB')).toBe('Tuesday 4 March');
    expect(formatProgrammeDay('2025-03-04', 'zh-CN')).toBe('3月4日星期二');
  });
});
