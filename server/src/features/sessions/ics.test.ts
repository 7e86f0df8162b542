import type { LiveSession } from '@pavilion/shared';
import ICAL from 'ical.js';
import { DEFAULT_SESSION_MS, toIcs } from './ics.js';

const ORIGIN = 'https://expo.example';
const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
const PLANNED = Date.UTC(2026, 10, 25, 16, 0, 0);
const MINUTE = 60_000;

function session(over: Partial<LiveSession> = {}): LiveSession {
  return {
    id: 'sess1',
    boothId: 'booth1',
    hallId: 'patents',
    orgId: 'org1',
    boothName: 'Blue Booth',
    orgName: 'Acme IP',
    title: 'Licensing Q&A',
    hostId: 'user1',
    hostName: 'Host',
    status: 'scheduled',
    startsAt: PLANNED,
    spotlight: null,
    viewers: 0,
    broadcasting: false,
    transport: 'p2p',
    recorded: false,
    audience: 'public',
    recording: null,
    seq: 1,
    ...over,
  };
}

/** The calendar as a calendar client reads it. */
function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

function only(text: string): ICAL.Component {
  const all = events(text);
  expect(all).toHaveLength(1);
  return all[0] as ICAL.Component;
}

function timeOf(event: ICAL.Component, name: 'dtstart' | 'dtend' | 'dtstamp'): number {
  return (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
}

describe('calendar export', () => {
  test('an ended session that took place is exported as confirmed with its real end', () => {
    const startedAt = PLANNED + 5 * MINUTE;
    const endedAt = PLANNED + 50 * MINUTE;
    const event = only(toIcs([session({ status: 'ended', startedAt, endedAt })], ORIGIN, NOW, 'Talk'));
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(timeOf(event, 'dtstart')).toBe(startedAt);
    expect(timeOf(event, 'dtend')).toBe(endedAt);
  });

  test('a cancelled session never ends before it starts', () => {
    // Cancelled (ended without ever going live) hours before its planned start.
    const event = only(toIcs([session({ status: 'ended', endedAt: NOW })], ORIGIN, NOW, 'Talk'));
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(timeOf(event, 'dtstart')).toBe(PLANNED);
    expect(timeOf(event, 'dtend')).toBe(PLANNED + DEFAULT_SESSION_MS);
  });

  test('a scheduled session takes its planned hour and a live one starts when it went live', () => {
    const scheduled = only(toIcs([session()], ORIGIN, NOW, 'Talk'));
    expect(scheduled.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect([timeOf(scheduled, 'dtstart'), timeOf(scheduled, 'dtend')]).toEqual([PLANNED, PLANNED + DEFAULT_SESSION_MS]);

    const startedAt = PLANNED + 7 * MINUTE;
    const live = only(toIcs([session({ status: 'live', startedAt })], ORIGIN, NOW, 'Talk'));
    expect(live.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect([timeOf(live, 'dtstart'), timeOf(live, 'dtend')]).toEqual([startedAt, startedAt + DEFAULT_SESSION_MS]);
  });

  test('one event per session, each with a UID that does not change between exports', () => {
    const list = [session({ id: 'a1' }), session({ id: 'b2', status: 'live', startedAt: PLANNED }), session({ id: 'c3' })];
    const uids = (text: string) => events(text).map((e) => e.getFirstPropertyValue('uid'));
    const first = toIcs(list, ORIGIN, NOW, 'Pavilion programme');
    expect(uids(first)).toEqual(['a1@pavilion', 'b2@pavilion', 'c3@pavilion']);
    expect(uids(toIcs(list, ORIGIN, NOW + 3_600_000, 'Pavilion programme'))).toEqual(uids(first));
    expect(events(first).map((e) => timeOf(e, 'dtstamp'))).toEqual([NOW, NOW, NOW]);
    expect(events(first).map((e) => e.getFirstPropertyValue('url'))).toEqual([
      `${ORIGIN}/sessions/a1`,
      `${ORIGIN}/sessions/b2`,
      `${ORIGIN}/sessions/c3`,
    ]);
  });

  test('titles with separators, newlines and Chinese characters round-trip, on lines of at most 75 octets', () => {
    const title = `Licensing; Q&A, part 2 — ${'知识产权'.repeat(25)}`;
    const description = 'Bring questions,\nand; samples\\';
    const text = toIcs([session({ title, description, orgName: '深圳, 专利; 公司' })], ORIGIN, NOW, title);
    const event = only(text);
    expect(event.getFirstPropertyValue('summary')).toBe(title);
    expect(event.getFirstPropertyValue('description')).toBe(`${description}\n深圳, 专利; 公司 — Blue Booth\n${ORIGIN}/sessions/sess1`);
    expect(event.getFirstPropertyValue('location')).toBe('Blue Booth (深圳, 专利; 公司)');
    // Calendar parsers do not know the name's type; read it as the text it is.
    const rawName = parse(text).getFirstPropertyValue('x-wr-calname') as string;
    expect(ICAL.design.icalendar.value.text?.fromICAL?.(rawName)).toBe(title);

    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    expect(lines.join('\n')).not.toContain('\uFFFD');
  });

  test('a newline in a title cannot start a calendar line of its own', () => {
    const title = 'Talk\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged';
    const text = toIcs([session({ title })], ORIGIN, NOW, title);
    expect(text.split(/\r?\n/).filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
    expect(only(text).getFirstPropertyValue('summary')).toBe(title);
  });
});
