import { liveSession } from '../../../test/sessionFixture';
import { mergeSessionUpdate, NO_SESSIONS, sessionListsFrom } from './sessionLists';

const scheduled = liveSession({ id: 's1', status: 'scheduled', startsAt: 2_000, seq: 1 });
const later = liveSession({ id: 's2', status: 'scheduled', startsAt: 5_000, seq: 1 });
const onAir = liveSession({ id: 's3', status: 'live', startsAt: 500, startedAt: 600, seq: 4 });

describe('lobby and programme lists', () => {
  test('a snapshot is sorted (live newest first, upcoming soonest first) and keeps only its own hall when one is given', () => {
    const other = liveSession({ id: 's4', status: 'scheduled', startsAt: 1_000, hallId: 'trademarks' });
    const newer = liveSession({ id: 's5', status: 'live', startsAt: 700, startedAt: 900 });
    const lists = sessionListsFrom([onAir, newer], [later, scheduled, other]);
    expect(lists.live.map((s) => s.id)).toEqual(['s5', 's3']);
    expect(lists.upcoming.map((s) => s.id)).toEqual(['s4', 's1', 's2']);
    expect(sessionListsFrom([onAir, newer], [later, scheduled, other], 'trademarks').upcoming.map((s) => s.id)).toEqual(['s4']);
  });

  test('a scheduled session going live moves from upcoming to live', () => {
    const lists = sessionListsFrom([onAir], [scheduled, later]);
    const next = mergeSessionUpdate(lists, { ...scheduled, status: 'live', startedAt: 3_000, seq: 2 });
    expect(next.upcoming.map((s) => s.id)).toEqual(['s2']);
    expect(next.live.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(next.live[0]?.status).toBe('live');
  });

  test('an ended session disappears from both lists, and a late update sent before the end does not bring it back', () => {
    const lists = sessionListsFrom([onAir], [scheduled]);
    const ended = mergeSessionUpdate(lists, { ...onAir, status: 'ended', endedAt: 9_000, seq: 6 });
    expect(ended.live).toEqual([]);
    expect(ended.upcoming.map((s) => s.id)).toEqual(['s1']);
    const late = mergeSessionUpdate(ended, { ...onAir, viewers: 12, seq: 5 });
    expect(late.live).toEqual([]);
  });

  test('a newly scheduled session is added in start order, and viewer counts update in place', () => {
    const lists = sessionListsFrom([onAir], [scheduled, later]);
    const added = mergeSessionUpdate(lists, liveSession({ id: 's9', status: 'scheduled', startsAt: 3_000 }));
    expect(added.upcoming.map((s) => s.id)).toEqual(['s1', 's9', 's2']);
    // The server pushes viewer counts without bumping seq.
    const watched = mergeSessionUpdate(added, { ...onAir, viewers: 42 });
    expect(watched.live[0]?.viewers).toBe(42);
  });

  test('an update older than the one held (lower seq), or the very same one again, changes nothing', () => {
    const lists = sessionListsFrom([{ ...onAir, viewers: 9, seq: 8 }], []);
    expect(mergeSessionUpdate(lists, { ...onAir, viewers: 3, seq: 7 })).toBe(lists);
    expect(mergeSessionUpdate(lists, { ...onAir, viewers: 9, seq: 8 })).toBe(lists);
    expect(mergeSessionUpdate(NO_SESSIONS, { ...onAir, status: 'ended' }).ended).toEqual({ s3: true });
  });
});
