import { dateTimeFormat, MEETING_EARLY_JOIN_MS, type Meeting } from '@pavilion/shared';
import type { SlotToPublish } from './meetingsApi';

/** How far ahead the booking control and the console list slots. */
export const SLOT_WINDOW_MS = 14 * 86_400_000;

/** Whether the room's "Join" button is on: from shortly before the start until the end, unless cancelled. */
export function canJoin(meeting: Pick<Meeting, 'startsAt' | 'endsAt' | 'status'>, now: number): boolean {
  if (meeting.status === 'cancelled' || meeting.status === 'no-show') return false;
  return now >= meeting.startsAt - MEETING_EARLY_JOIN_MS && now < meeting.endsAt;
}

/** Upcoming (not ended, not cancelled; soonest first) and past (latest first). */
export function splitMeetings(meetings: readonly Meeting[], now: number): { upcoming: Meeting[]; past: Meeting[] } {
  const upcoming = meetings.filter((m) => m.endsAt > now && m.status !== 'cancelled').sort((a, b) => a.startsAt - b.startsAt);
  const past = meetings.filter((m) => !upcoming.includes(m)).sort((a, b) => b.startsAt - a.startsAt);
  return { upcoming, past };
}

/** The viewer's time zone name (`Asia/Hong_Kong`), shown beside times. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `HH:MM–HH:MM` on a day, in the viewer's time zone and locale. */
export function formatSlotRange(startsAt: number, endsAt: number, lng: string): string {
  const day = dateTimeFormat(lng, { weekday: 'short', month: 'short', day: 'numeric' }).format(startsAt);
  const time = dateTimeFormat(lng, { hour: '2-digit', minute: '2-digit' });
  return `${day} ${time.format(startsAt)}–${time.format(endsAt)}`;
}

/**
 * A `datetime-local` value (wall-clock time in the viewer's zone) as ISO 8601 with that zone's offset at that
 * moment, e.g. `2026-12-03T18:00` in Hong Kong → `2026-12-03T18:00:00+08:00`. Null when it is not a time.
 */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(at.getTime()) || at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Epoch ms as a `datetime-local` value in the viewer's zone. */
export function toLocalInput(epochMs: number): string {
  const at = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

const MINUTE = 60_000;

/** Back-to-back slots from a wall-clock start in the viewer's zone, each as ISO 8601 with its own offset (DST-safe). */
export function seriesToSlots(form: { start: string; minutes: number; count: number }): SlotToPublish[] | null {
  const first = localInputToIso(form.start);
  if (!first) return null;
  const start = Date.parse(first);
  return Array.from({ length: form.count }, (_, i) => {
    const from = start + i * form.minutes * MINUTE;
    const to = from + form.minutes * MINUTE;
    return {
      startsAt: localInputToIso(toLocalInput(from)) ?? new Date(from).toISOString(),
      endsAt: localInputToIso(toLocalInput(to)) ?? new Date(to).toISOString(),
    };
  });
}
