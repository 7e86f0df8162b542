import type { Meeting } from '@pavilion/shared';
import { canJoin, localInputToIso, seriesToSlots, splitMeetings, toLocalInput } from './meetingTime';

const MIN = 60_000;
const base = { startsAt: 100 * MIN, endsAt: 130 * MIN, status: 'booked' as const };

describe('meeting times', () => {
  test('join opens ten minutes before the start and closes at the end', () => {
    expect(canJoin(base, 89 * MIN)).toBe(false);
    expect(canJoin(base, 90 * MIN)).toBe(true);
    expect(canJoin(base, 129 * MIN)).toBe(true);
    expect(canJoin(base, 130 * MIN)).toBe(false);
    expect(canJoin({ ...base, status: 'cancelled' }, 100 * MIN)).toBe(false);
  });

  test('a wall-clock time keeps its instant through the ISO form with the offset', () => {
    const iso = localInputToIso('2026-12-03T18:30');
    expect(iso).toMatch(/^2026-12-03T18:30:00[+-]\d{2}:\d{2}$/);
    expect(toLocalInput(Date.parse(iso as string))).toBe('2026-12-03T18:30');
    expect(localInputToIso('2026-02-30T10:00')).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
  });

  test('upcoming meetings come soonest first, cancelled and ended ones are past', () => {
    const m = (id: string, startsAt: number, status: Meeting['status'] = 'booked') =>
      ({ id, startsAt, endsAt: startsAt + 30 * MIN, status }) as Meeting;
    const { upcoming, past } = splitMeetings(
      [m('late', 300 * MIN), m('soon', 200 * MIN), m('gone', 10 * MIN), m('off', 250 * MIN, 'cancelled')],
      100 * MIN,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['soon', 'late']);
    expect(past.map((x) => x.id)).toEqual(['off', 'gone']);
  });

  test('a series is back-to-back slots from the first start, each written with its offset', () => {
    const slots = seriesToSlots({ start: '2026-12-03T10:00', minutes: 30, count: 3 }) ?? [];
    expect(slots).toHaveLength(3);
    const [a, b, c] = slots.map((s) => Date.parse(s.startsAt)) as [number, number, number];
    expect(b - a).toBe(30 * MIN);
    expect(c - b).toBe(30 * MIN);
    expect(Date.parse(slots[2]?.endsAt ?? '') - c).toBe(30 * MIN);
    for (const s of slots) expect(s.startsAt).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(seriesToSlots({ start: 'soon', minutes: 30, count: 1 })).toBeNull();
  });
});
