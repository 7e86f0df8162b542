import { liveSession } from '../../../test/sessionFixture';
import { addReminder, MAX_REMINDERS } from './reminderQueue';

describe('reminder toasts', () => {
  test('reminders stack newest last, and the same session reminded twice shows once', () => {
    const a = liveSession({ id: 'a', status: 'live' });
    const b = liveSession({ id: 'b', status: 'live' });
    let stack = addReminder([], a, 1);
    stack = addReminder(stack, b, 2);
    stack = addReminder(stack, { ...a, viewers: 5 }, 3);
    expect(stack.map((r) => [r.session.id, r.shownAt])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(stack[0]?.session.viewers).toBe(5);
  });

  test(`at most ${MAX_REMINDERS} reminders stay stacked: the oldest gives way`, () => {
    let stack = addReminder([], liveSession({ id: 's0' }), 0);
    for (let i = 1; i <= MAX_REMINDERS; i++) stack = addReminder(stack, liveSession({ id: `s${i}` }), i);
    expect(stack.map((r) => r.session.id)).toEqual(Array.from({ length: MAX_REMINDERS }, (_, i) => `s${i + 1}`));
  });
});
