import { dateTimeFormat, type LiveSession } from '@pavilion/shared';

/** One day of the programme: its calendar date in the viewer's time zone and its sessions, earliest first. */
export interface ProgrammeDay {
  /** `YYYY-MM-DD` in the time zone the programme was grouped in. */
  day: string;
  sessions: LiveSession[];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayKey(at: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Sessions grouped by the day they start on *in the viewer's time zone* (a 23:30 start in Shanghai is the
 * previous day in London), days in order and sessions by start time within each day.
 */
export function groupSessionsByDay(sessions: readonly LiveSession[], timeZone: string): ProgrammeDay[] {
  const days = new Map<string, LiveSession[]>();
  for (const s of [...sessions].sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id))) {
    const key = dayKey(s.startsAt, timeZone);
    const list = days.get(key);
    if (list) list.push(s);
    else days.set(key, [s]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, sessions: list }));
}

/** A `YYYY-MM-DD` date as the locale writes a programme day: `Tuesday 4 March`, `3月4日星期二`. */
export function formatProgrammeDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // The date is already the viewer's; format it at noon UTC, in UTC, so no zone can move it to another day.
  return dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d, 12));
}

/** A session's clock time in the viewer's zone and locale: `14:30`, `2:30 PM`. */
export function formatSessionTime(at: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** A start time with its day unless it is today: `14:30` or `Thu 14:30`. */
export function formatSessionStart(at: number, locale: string, now = Date.now(), timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = dayKey(now, zone) === dayKey(at, zone);
  return new Intl.DateTimeFormat(
    locale,
    today
      ? { hour: 'numeric', minute: '2-digit', timeZone: zone }
      : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone },
  ).format(at);
}
