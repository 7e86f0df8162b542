import type { LiveSession } from '@pavilion/shared';

/** How long a calendar entry lasts when the session has not ended (an hour, the usual booth talk). */
export const DEFAULT_SESSION_MS = 60 * 60 * 1000;

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** `20261125T160000Z` */
export function icsTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (continuations start with a space), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A calendar (VCALENDAR) with one event per session; `origin` makes each event link to its page. */
export function toIcs(sessions: LiveSession[], origin: string, now: number, name: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pavilion//Expo programme//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${icsText(name)}`);
  for (const s of sessions) {
    const start = s.startedAt ?? s.startsAt;
    const end = s.endedAt ?? start + DEFAULT_SESSION_MS;
    const url = `${origin}/sessions/${s.id}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.id}@pavilion`,
      `DTSTAMP:${icsTime(now)}`,
      `DTSTART:${icsTime(start)}`,
      `DTEND:${icsTime(end)}`,
      `SUMMARY:${icsText(s.title)}`,
      `DESCRIPTION:${icsText([s.description, `${s.orgName} — ${s.boothName}`, url].filter(Boolean).join('\n'))}`,
      `LOCATION:${icsText(`${s.boothName} (${s.orgName})`)}`,
      `URL:${url}`,
      `STATUS:${s.status === 'ended' ? 'CANCELLED' : 'CONFIRMED'}`,
      `SEQUENCE:${s.seq}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
