import type { LiveSession } from '@pavilion/shared';

/** How long a reminder stays on screen unless dismissed (ms); hovering or focusing it holds it. */
export const REMINDER_TTL_MS = 30_000;
/** Reminders shown at once; an older one gives way to a newer. */
export const MAX_REMINDERS = 4;

/** One reminder on screen. */
export interface Reminder {
  session: LiveSession;
  /** When it appeared (ms, `performance.now()` or `Date.now()`). */
  shownAt: number;
}

/**
 * Adds a `session:reminder` to the stack (newest last). The same session twice (one per socket of the user)
 * shows once, keeping its place and its time; past {@link MAX_REMINDERS} the oldest goes.
 */
export function addReminder(stack: readonly Reminder[], session: LiveSession, now: number): Reminder[] {
  if (stack.some((r) => r.session.id === session.id)) return stack.map((r) => (r.session.id === session.id ? { ...r, session } : r));
  return [...stack, { session, shownAt: now }].slice(-MAX_REMINDERS);
}
