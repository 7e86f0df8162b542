import type { LiveSession } from '@pavilion/shared';
import ical, { ICalCalendarMethod, ICalEventStatus, escape as icalText } from 'ical-generator';

/** How long a calendar entry lasts when the session has not ended (an hour, the usual booth talk). */
export const DEFAULT_SESSION_MS = 60 * 60 * 1000;

interface CalendarSlot {
  start: number;
  end: number;
  status: ICalEventStatus;
}

/**
 * When a session happens as a calendar sees it. A session that went live keeps its real start (and its real
 * end once it has ended); one that was ended without ever starting was cancelled, and keeps its planned slot
 * so that calendars strike out the hour people had booked rather than an interval that ends before it starts.
 */
function slotOf(s: LiveSession): CalendarSlot {
  if (s.startedAt === undefined) {
    const status = s.status === 'ended' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
    return { start: s.startsAt, end: s.startsAt + DEFAULT_SESSION_MS, status };
  }
  const end = s.endedAt === undefined ? s.startedAt + DEFAULT_SESSION_MS : Math.max(s.endedAt, s.startedAt);
  return { start: s.startedAt, end, status: ICalEventStatus.CONFIRMED };
}

/** A calendar (VCALENDAR) with one event per session; `origin` makes each event link to its page. */
export function toIcs(sessions: LiveSession[], origin: string, now: number, name: string): string {
  const calendar = ical({
    prodId: { company: 'Pavilion', product: 'Expo programme', language: 'EN' },
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // The library writes the calendar name as it is given (unlike event text), and a session title may hold
    // separators and newlines.
    name: icalText(name, false),
  });
  for (const s of sessions) {
    const url = `${origin}/sessions/${s.id}`;
    const slot = slotOf(s);
    calendar.createEvent({
      id: `${s.id}@pavilion`,
      stamp: new Date(now),
      start: new Date(slot.start),
      end: new Date(slot.end),
      summary: s.title,
      description: [s.description, `${s.orgName} — ${s.boothName}`, url].filter(Boolean).join('\n'),
      location: `${s.boothName} (${s.orgName})`,
      url,
      status: slot.status,
      sequence: s.seq,
    });
  }
  return calendar.toString();
}
