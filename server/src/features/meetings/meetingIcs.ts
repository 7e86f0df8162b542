import type { Meeting } from '@pavilion/shared';
import ical, { ICalCalendarMethod, ICalEventStatus, escape as icalText } from 'ical-generator';

/**
 * A calendar (VCALENDAR) with the meeting as one event, linking to its room. A cancelled meeting is exported
 * as cancelled (same UID, higher SEQUENCE), so a calendar that imported the booking strikes it out.
 */
export function meetingToIcs(m: Meeting, origin: string, now: number): string {
  const title = `${m.boothName} — ${m.visitorName} / ${m.staffName}`;
  const calendar = ical({
    prodId: { company: 'Pavilion', product: 'Meetings', language: 'EN' },
    scale: 'GREGORIAN',
    method: m.status === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    name: icalText(title, false),
  });
  const url = `${origin}/meetings/${m.id}`;
  calendar.createEvent({
    id: `${m.id}@pavilion`,
    stamp: new Date(now),
    start: new Date(m.startsAt),
    end: new Date(m.endsAt),
    summary: title,
    description: [m.note, `${m.orgName} — ${m.boothName}`, url].filter(Boolean).join('\n'),
    location: url,
    url,
    status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: m.seq,
  });
  return calendar.toString();
}
