import type { SessionQuestion } from '@pavilion/shared';
import { activeEntryIndex, formatOffset, replayTimeline } from './replayTimeline';

const START = 1_700_000_000_000;
const recording = { startedAt: START, durationMs: 600_000 };
const q = (id: string, at: number, answered: boolean): SessionQuestion => ({
  id,
  sessionId: 's1',
  userId: `u-${id}`,
  userName: `User ${id}`,
  text: `Question ${id}?`,
  votes: 0,
  answered,
  at,
});

test('spotlight changes and answered questions are placed at their offset from the recording start, in time order', () => {
  const entries = replayTimeline(
    recording,
    [
      { exhibitId: 'e1', title: 'Battery', at: START + 5_000 },
      { exhibitId: null, title: '', at: START + 125_000 },
    ],
    [q('a', START + 65_000, true), q('b', START + 70_000, false)],
  );
  expect(entries.map((e) => [e.kind, e.offsetMs])).toEqual([
    ['spotlight', 5_000],
    ['question', 65_000],
    ['spotlight', 125_000],
  ]);
  expect(entries.map((e) => formatOffset(e.offsetMs))).toEqual(['00:05', '01:05', '02:05']);
});

test('moments before the recording began sit at 0, after it ended at its end, still in the order they happened', () => {
  const entries = replayTimeline(
    recording,
    [
      { exhibitId: 'e2', title: 'Second', at: START - 1_000 },
      { exhibitId: 'e1', title: 'First', at: START - 9_000 },
      { exhibitId: 'e3', title: 'Late', at: START + 900_000 },
    ],
    [],
  );
  expect(entries.map((e) => (e.kind === 'spotlight' ? [e.exhibitId, e.offsetMs] : null))).toEqual([
    ['e1', 0],
    ['e2', 0],
    ['e3', 600_000],
  ]);
});

test('the active entry is the last one at or before the playback time; none before the first', () => {
  const entries = replayTimeline(
    recording,
    [
      { exhibitId: 'e1', title: 'A', at: START + 10_000 },
      { exhibitId: 'e2', title: 'B', at: START + 20_000 },
      { exhibitId: 'e3', title: 'C', at: START + 30_000 },
    ],
    [],
  );
  expect(activeEntryIndex(entries, 9_999)).toBe(-1);
  expect(activeEntryIndex(entries, 10_000)).toBe(0);
  expect(activeEntryIndex(entries, 29_999)).toBe(1);
  expect(activeEntryIndex(entries, 600_000)).toBe(2);
  expect(activeEntryIndex([], 5_000)).toBe(-1);
});

test('offsets read as mm:ss, with hours past the first', () => {
  expect(formatOffset(0)).toBe('00:00');
  expect(formatOffset(59_999)).toBe('00:59');
  expect(formatOffset(3_599_000)).toBe('59:59');
  expect(formatOffset(3_725_000)).toBe('1:02:05');
  expect(formatOffset(-5)).toBe('00:00');
});
